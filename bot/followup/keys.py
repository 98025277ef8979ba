"""The follow-up key: seals what a check-in needs (AES-GCM) and names a person's row by a keyed
hash, so the store never holds a chat id, a user id, a language or a kind of violence in clear.

One secret from the environment (`[followup] key_env`, COMPANION_FOLLOWUP_KEY by default) gives
two keys by HMAC-SHA256 with fixed labels: one to encrypt, one to hash. Without the secret the
rows cannot be read or matched to anyone; with a new secret the old rows can no longer be opened
and are dropped when their turn comes.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

MIN_SECRET = 32
_AAD = b"companion-followup-v1"


class FollowupKeyError(ValueError):
    """The secret is too short, or a sealed row does not open with this key."""


class FollowupKey:
    def __init__(self, secret: str):
        if len(secret) < MIN_SECRET:
            raise FollowupKeyError(f"the follow-up key must be at least {MIN_SECRET} characters")
        raw = secret.encode()
        self._seal = AESGCM(hmac.new(raw, b"followup-encrypt", hashlib.sha256).digest())
        self._hash = hmac.new(raw, b"followup-finder", hashlib.sha256).digest()

    def finder(self, channel: str, user: str) -> str:
        """The row's name for one person on one channel; not reversible without the key."""
        return hmac.new(self._hash, f"{channel}\x00{user}".encode(), hashlib.sha256).hexdigest()

    def seal(self, data: dict[str, Any]) -> bytes:
        nonce = os.urandom(12)
        plain = json.dumps(data, separators=(",", ":")).encode()
        return nonce + self._seal.encrypt(nonce, plain, _AAD)

    def open(self, blob: bytes) -> dict[str, Any]:
        try:
            plain = self._seal.decrypt(bytes(blob[:12]), bytes(blob[12:]), _AAD)
        except (InvalidTag, ValueError):
            raise FollowupKeyError("a follow-up row does not open with this key") from None
        data = json.loads(plain)
        if not isinstance(data, dict):
            raise FollowupKeyError("a follow-up row holds no record")
        return data
