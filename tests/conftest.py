"""Shared fixtures. No test may reach the network: only loopback connections are allowed."""

from __future__ import annotations

import ipaddress
import shutil
import socket
from pathlib import Path

import pytest

from cohort import make_cohort
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


def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No key, server, config file or data dir of the developer's; a data dir in `tmp_path`."""
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


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Tests never see the developer's key, server, config file or data dir."""
    clean_env(monkeypatch, tmp_path)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def settings(data_dir: Path) -> Settings:
    return Settings(data_dir=data_dir, offline=True, trainee="t-001", cohort="spring")


@pytest.fixture
def services(settings: Settings) -> Services:
    return build_services(settings)


@pytest.fixture(scope="session")
def cohort_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Path]]:
    """The cohort (6 sessions played by the offline engine), played once per test process
    (once per xdist worker); tests get copies from `cohort`, never this directory."""
    root = tmp_path_factory.mktemp("cohort-template")
    with pytest.MonkeyPatch.context() as monkeypatch:  # function fixtures have not run yet
        clean_env(monkeypatch, root)
        return root / "data", make_cohort(root / "data")


@pytest.fixture
def cohort(cohort_template: tuple[Path, list[Path]], data_dir: Path) -> list[Path]:
    """A fresh copy of the cohort's session files in this test's data dir, in play order
    (trainee by scenario), free to change."""
    template, paths = cohort_template
    shutil.copytree(template, data_dir, dirs_exist_ok=True)
    return [data_dir / path.relative_to(template) for path in paths]
