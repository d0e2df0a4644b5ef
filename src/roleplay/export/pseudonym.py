"""Stable keyed pseudonyms for trainee ids: HMAC-SHA256 of the id under a secret key.

The key comes from the `pseudonym_key` setting (env `ROLEPLAY_PSEUDONYM_KEY`), else from
`<data dir>/pseudonym.key`, created 0600 with 32 random bytes on first use. The same key gives the
same pseudonym in every export, so a cohort's files can be joined; without the key a pseudonym
cannot be turned back into an id (short of guessing ids and having the key).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from pathlib import Path

from roleplay.errors import StoreError
from roleplay.regular_files import MAX_SMALL_BYTES, read_regular
from roleplay.store.files import write_private

KEY_FILE = "pseudonym.key"
PREFIX = "p-"
DIGITS = 16  # 64 bits: no collisions in any cohort a person could teach


class Pseudonymizer:
    def __init__(self, key: bytes) -> None:
        if len(key) < 16:
            raise ValueError("a pseudonym key needs at least 16 bytes")
        self._key = key
        self._memo: dict[str, str] = {}

    def __call__(self, trainee: str) -> str:
        found = self._memo.get(trainee)
        if found is None:
            digest = hmac.new(self._key, trainee.encode("utf-8"), hashlib.sha256).hexdigest()
            found = self._memo[trainee] = PREFIX + digest[:DIGITS]
        return found


def load_key(data_dir: Path, configured: str | None) -> bytes:
    """The configured key, else the data dir's key file (made on first use)."""
    if configured:
        return configured.encode("utf-8")
    path = data_dir / KEY_FILE
    try:
        text = read_regular(path, MAX_SMALL_BYTES, "a key file").decode("ascii").strip()
    except FileNotFoundError:
        text = secrets.token_hex(32)
        write_private(path, (text + "\n").encode("ascii"))
    except (OSError, UnicodeDecodeError) as exc:
        raise StoreError(
            f"cannot read the pseudonym key {path}",
            "set ROLEPLAY_PSEUDONYM_KEY, or remove the file to make a new key",
        ) from exc
    if len(text) < 32:
        raise StoreError(
            f"the pseudonym key in {path} is too short",
            "remove the file to make a new key (pseudonyms will change)",
        )
    return text.encode("ascii")
