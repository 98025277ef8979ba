"""The session store protocol and how a store is chosen from config.

A store maps an opaque key to a small JSON-able dict that expires after a TTL. Keys are derived
from the channel's user id with a keyed hash (`session_key`), so even the short-lived store never
holds a raw Telegram or Zalo id: a Redis dump shows nothing that points at a person.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from typing import Any, Protocol

_PROCESS_SALT = os.environ.get("COMPANION_SESSION_SALT", "").encode() or secrets.token_bytes(32)


def session_key(channel: str, user: str, namespace: str = "s") -> str:
    """An opaque key for one person on one channel. Not reversible, not stable across salts."""
    digest = hmac.new(_PROCESS_SALT, f"{channel}\x00{user}".encode(), hashlib.sha256).hexdigest()
    return f"{namespace}:{digest[:40]}"


class SessionStore(Protocol):
    """Key → dict with a time to live. Implementations: memory (default) and Redis."""

    def get(self, key: str) -> dict[str, Any] | None: ...

    def put(self, key: str, value: dict[str, Any], ttl_seconds: int) -> None: ...

    def delete(self, key: str) -> None: ...

    def add_once(self, key: str, ttl_seconds: int) -> bool:
        """Mark `key` as seen; True the first time, False while the mark lives (dedup of retries)."""
        ...

    def ping(self) -> bool: ...


def open_session_store(url: str) -> SessionStore:
    """`memory://` → in-process store; `redis://…` → Redis (shared between processes)."""
    if url.startswith("memory://"):
        from bot.sessions.memory import MemorySessionStore

        return MemorySessionStore()
    if url.startswith(("redis://", "rediss://")):
        from bot.sessions.redis_store import RedisSessionStore

        return RedisSessionStore.from_url(url)
    raise ValueError(f"unknown session store URL: {url}")
