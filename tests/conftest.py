"""Shared fixtures. No test may reach the network: only loopback connections are allowed."""

from __future__ import annotations

import ipaddress
import socket
from pathlib import Path

import pytest

from roleplay.factory import Services, build_services
from roleplay.settings import Settings

REPO = Path(__file__).resolve().parent.parent
SCENARIOS = sorted((REPO / "scenarios").glob("*.yaml"))

_real_connect = socket.socket.connect


def _loopback_only(self: socket.socket, address, *args, **kwargs):
    host = address[0] if isinstance(address, tuple) else None
    if host is not None and self.family in (socket.AF_INET, socket.AF_INET6):
        try:
            loopback = ipaddress.ip_address(host).is_loopback
        except ValueError:
            loopback = host == "localhost"
        if not loopback:
            raise AssertionError(f"test tried to reach the network: {address!r}")
    return _real_connect(self, address, *args, **kwargs)


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket.socket, "connect", _loopback_only)


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Tests never see the developer's key, server, config file or data dir."""
    for name in (
        "OPENAI_API_KEY",
        "OPENAI_BASE_URL",
        "ROLEPLAY_MODEL",
        "ROLEPLAY_JUDGE_MODEL",
        "ROLEPLAY_API_KEY",
        "ROLEPLAY_BASE_URL",
        "ROLEPLAY_TRAINEE",
        "ROLEPLAY_COHORT",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("ROLEPLAY_CONFIG", str(tmp_path / "no-config.yaml"))
    monkeypatch.setenv("ROLEPLAY_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def settings(data_dir: Path) -> Settings:
    return Settings(data_dir=data_dir, offline=True, trainee="t-001", cohort="spring")


@pytest.fixture
def services(settings: Settings) -> Services:
    return build_services(settings)
