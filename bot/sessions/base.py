"""The session store protocol and how a store is chosen from config.

A store maps an opaque key to a small JSON-able dict that expires after a TTL. Keys are derived
from the channel's user id with a keyed hash (`session_key`), so even the short-lived store never
holds a raw Telegram or Zalo id: a Redis dump shows nothing that points at a person.
"""

from __future__ import annotations

import hmac
import logging
import os
import secrets
from typing import Any, Protocol

SECRET_ENV = "COMPANION_SESSION_SECRET"
LEGACY_SECRET_ENV = "COMPANION_SESSION_SALT"   # deprecated name, still read
MIN_SECRET_CHARS = 16
_PROCESS_SECRET = secrets.token_bytes(32)      # one process, memory store: nothing to share
_warned: list[bool] = []


class SessionConfigError(ValueError):
    """A shared session store without the shared key secret (one line, for start-up)."""


def shared_secret() -> bytes | None:
    """The key secret every process serving the bot shares, from the environment, or None."""
    value = os.environ.get(SECRET_ENV, "").strip()
    if not value:
        value = os.environ.get(LEGACY_SECRET_ENV, "").strip()
        if value and not _warned:
            _warned.append(True)
            logging.getLogger(__name__).warning(
                "%s is deprecated; name the session secret %s", LEGACY_SECRET_ENV, SECRET_ENV)
    return value.encode() if value else None


def require_shared_secret() -> None:
    """Refuse to start a shared (Redis) store without the shared secret: each process would key
    sessions differently, so a conversation would split between workers and restarts."""
    secret = shared_secret()
    if secret is None:
        raise SessionConfigError(
            f"{SECRET_ENV} must be set when [sessions] url is Redis (the same random value for "
            f"every worker, e.g. `export {SECRET_ENV}=$(openssl rand -hex 32)`)")
    if len(secret) < MIN_SECRET_CHARS:
        raise SessionConfigError(f"{SECRET_ENV} is too short: use at least {MIN_SECRET_CHARS} "
                                 "random characters")


def session_key(channel: str, user: str, namespace: str = "s") -> str:
    """An opaque key for one person on one channel. Not reversible, not stable across secrets:
    the shared secret from the environment when set, else one random per process."""
    global _last_digest
    key = shared_secret() or _PROCESS_SECRET
    # A Telegram update derives five keys of one person (session, update mark, flood count,
    # keyboard, message ids) and the namespace is no part of the hash: the last digest is
    # reused. Only the last one, so memory never holds a table from ids to keys.
    last = _last_digest
    if last[0] == key and last[1] == channel and last[2] == user:
        return f"{namespace}:{last[3]}"
    # hmac.digest: the one-shot C path, half the cost of hmac.new(...).hexdigest() (the same
    # bytes).
    digest = hmac.digest(key, f"{channel}\x00{user}".encode(), "sha256").hex()[:40]
    _last_digest = (key, channel, user, digest)   # one tuple, replaced whole: safe in threads
    return f"{namespace}:{digest}"


_last_digest: tuple[bytes, str, str, str] = (b"", "", "", "")


class SessionStore(Protocol):
    """Key → dict with a time to live. Implementations: memory (default) and Redis."""

    def get(self, key: str) -> dict[str, Any] | None: ...

    def put(self, key: str, value: dict[str, Any], ttl_seconds: int) -> None: ...

    def delete(self, key: str) -> None: ...

    def add_once(self, key: str, ttl_seconds: int) -> bool:
        """Mark `key` as seen; True the first time, False while the mark lives (dedup of retries)."""
        ...

    def ping(self) -> bool: ...


def open_session_store(url: str, timeout: float = 0.25, retries: int = 1) -> SessionStore:
    """`memory://` → in-process store; `redis://…` → Redis (shared between processes)."""
    if url.startswith("memory://"):
        from bot.sessions.memory import MemorySessionStore

        return MemorySessionStore()
    if url.startswith(("redis://", "rediss://")):
        from bot.sessions.redis_store import RedisSessionStore

        require_shared_secret()
        return RedisSessionStore.from_url(url, timeout, retries)
    raise ValueError(f"unknown session store URL: {url}")
