"""Settings from the environment and an optional YAML config file, in one place.

Environment names follow the OpenAI SDK (`OPENAI_API_KEY`, `OPENAI_BASE_URL`) and our own prefix
(`ROLEPLAY_MODEL`, `ROLEPLAY_DATA_DIR`, ...). The config file is `ROLEPLAY_CONFIG`, else
`<user config dir>/roleplay/config.yaml`; the environment wins over the file. The API key is a
SecretStr: it is never printed, logged or written anywhere by this program.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlsplit

import platformdirs
import yaml
from pydantic import AliasChoices, Field, SecretStr, ValidationError, field_validator
from pydantic_settings import (
    BaseSettings,
    NoDecode,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    YamlConfigSettingsSource,
)

from roleplay.errors import SettingsError

APP = "roleplay"
ENV_PREFIX = "ROLEPLAY_"
# A config file is a handful of `key: value` lines; anything this large is the wrong file.
MAX_CONFIG_BYTES = 64_000


def default_data_dir() -> Path:
    return platformdirs.user_data_path(APP)


def config_file() -> Path:
    override = os.environ.get("ROLEPLAY_CONFIG")
    return Path(override) if override else platformdirs.user_config_path(APP) / "config.yaml"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, extra="ignore", populate_by_name=True)

    api_key: SecretStr | None = Field(
        None, validation_alias=AliasChoices("OPENAI_API_KEY", "ROLEPLAY_API_KEY", "api_key")
    )
    base_url: str | None = Field(
        None, validation_alias=AliasChoices("OPENAI_BASE_URL", "ROLEPLAY_BASE_URL", "base_url")
    )
    model: str = "gpt-4o-mini"
    judge_model: str | None = None
    data_dir: Path = Field(default_factory=default_data_dir)
    # Instructor content directories, after the shipped content: later ones override earlier.
    # In the environment: ROLEPLAY_CONTENT_DIRS, separated like PATH (or a JSON list).
    content_dirs: Annotated[list[Path], NoDecode] = []
    # Key for `--pseudonymize` (ROLEPLAY_PSEUDONYM_KEY); else a key file in the data dir.
    pseudonym_key: SecretStr | None = None
    offline: bool = False
    trainee: str | None = None
    cohort: str | None = None
    # Bounds on waiting for a server: per request, tries, and the whole retry budget.
    timeout: float = Field(45.0, gt=0, le=3600, allow_inf_nan=False)
    max_attempts: int = Field(4, ge=1, le=10)
    max_retry_seconds: float = Field(40.0, gt=0, le=3600, allow_inf_nan=False)
    # First wait between tries; it doubles each time, with as much again of random jitter.
    retry_backoff: float = Field(0.5, ge=0, le=30, allow_inf_nan=False)
    # Bounds on what a server may send: one response body (or a whole stream), in bytes, and
    # one streamed client reply, in characters (a server may ignore max_tokens).
    max_response_bytes: int = Field(1024 * 1024, ge=16 * 1024, le=1024 * 1024 * 1024)
    max_reply_chars: int = Field(4000, ge=200, le=1_000_000)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        path = config_file()
        if path.is_file():
            sources.append(_ConfigFile(settings_cls, yaml_file=path))
        elif path.exists():  # a directory, a FIFO (which would block), a device
            raise SettingsError(f"config file {path}: not a regular file", _CONFIG_HINT)
        return tuple(sources)

    @field_validator("content_dirs", mode="before")
    @classmethod
    def _split_dirs(cls, value: Any) -> Any:
        if isinstance(value, str):
            text = value.strip()
            if text.startswith("["):
                return json.loads(text)
            return [Path(part).expanduser() for part in text.split(os.pathsep) if part.strip()]
        return value

    @field_validator("base_url")
    @classmethod
    def _strip(cls, value: str | None) -> str | None:
        return value.strip().rstrip("/") or None if value else None

    @property
    def uses_server(self) -> bool:
        """A configured server (a base URL or a key) means LLM mode, unless offline is forced."""
        return not self.offline and (self.base_url is not None or self.api_key is not None)

    @property
    def effective_judge_model(self) -> str:
        return self.judge_model or self.model

    @property
    def server(self) -> str:
        """host:port of the server, for display and the session record; never credentials."""
        parts = urlsplit(self.base_url or "https://api.openai.com/v1")
        host = parts.hostname or "?"
        port = parts.port or (443 if parts.scheme == "https" else 80)
        return f"{host}:{port}"

    def with_overrides(self, **values: Any) -> Settings:
        return self.model_copy(update={k: v for k, v in values.items() if v is not None})


class _ConfigFile(YamlConfigSettingsSource):
    """The YAML config file, read so that a bad one is a sentence naming the file and line."""

    def _read_file(self, file_path: Any) -> dict[str, Any]:
        path = Path(file_path)
        try:
            with path.open("rb") as handle:
                raw = handle.read(MAX_CONFIG_BYTES + 1)
        except OSError as exc:
            raise SettingsError(
                f"config file {path}: cannot be read ({exc.strerror})", _CONFIG_HINT
            ) from None
        if len(raw) > MAX_CONFIG_BYTES:
            raise SettingsError(
                f"config file {path}: larger than {MAX_CONFIG_BYTES:,} bytes; is it the right "
                "file?",
                _CONFIG_HINT,
            )
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = raw[: exc.start].count(b"\n") + 1
            raise SettingsError(f"{path}:{line}: not UTF-8 text", _CONFIG_HINT) from None
        if "\x00" in text:
            line = text[: text.index("\x00")].count("\n") + 1
            raise SettingsError(f"{path}:{line}: a binary file, not YAML", _CONFIG_HINT)
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
            what = getattr(exc, "problem", None) or "invalid YAML"
            raise SettingsError(f"{where}: not valid YAML ({what})", _CONFIG_HINT) from None
        if data is None:
            return {}
        if not isinstance(data, dict):
            raise SettingsError(
                f"config file {path}: expected `key: value` lines, found a {type(data).__name__}",
                _CONFIG_HINT,
            )
        return data


_CONFIG_HINT = "fix the file, or point ROLEPLAY_CONFIG at another one"


def load_settings() -> Settings:
    """Settings from the environment and the config file, or a SettingsError naming the setting
    and where it came from (never a traceback, never the value of a secret)."""
    try:
        return Settings()
    except ValidationError as exc:
        raise _settings_error(exc) from None


def _settings_error(exc: ValidationError) -> SettingsError:
    error = exc.errors(include_url=False)[0]
    name = str(error["loc"][0]) if error["loc"] else ""
    field = _field_named(name)
    message = str(error["msg"]).removeprefix("Value error, ")
    env = next((n for n in _env_names(field) if n in os.environ), None) if field else None
    secret = field is not None and Settings.model_fields[field].annotation in (
        SecretStr,
        SecretStr | None,
    )
    if env is not None:
        shown = "" if secret else f"={_clip(os.environ[env])}"
        return SettingsError(
            f"the environment variable {env}{shown} is not usable: {message}",
            f"fix or unset {env}",
        )
    key = field or name
    return SettingsError(
        f"the setting `{key}` in {config_file()} is not usable: {message}",
        f"fix `{key}` in that file, or set {ENV_PREFIX}{key.upper()} to override it",
    )


def _field_named(name: str) -> str | None:
    if name in Settings.model_fields:
        return name
    for field, info in Settings.model_fields.items():
        if name in _env_names(field) or (info.alias and name == info.alias):
            return field
    return None


def _env_names(field: str) -> list[str]:
    alias = Settings.model_fields[field].validation_alias
    if isinstance(alias, AliasChoices):
        return [c for c in alias.choices if isinstance(c, str) and c.isupper()]
    return [f"{ENV_PREFIX}{field.upper()}"]


def _clip(value: str) -> str:
    value = value if len(value) <= 40 else value[:39] + "\u2026"
    return repr(value)
