"""Zalo OA access tokens: a durable store and a single-flight refresher.

Facts (sources read: chatwoot `app/models/channel/zalo_oa.rb#refresh_post`, and the issue text):
`POST {oauth_base_url}/v4/oa/access_token` with header `secret_key: <app secret>` and form fields
`refresh_token`, `app_id`, `grant_type=refresh_token`. The answer is `{"access_token",
"refresh_token", "expires_in"}` (`expires_in` in seconds, sometimes sent as a string; about
25 hours); a failure carries `error` / `error_name` / `error_description` and no `access_token`
(chatwoot checks `error_description`), so "no access_token" is what we treat as failure.

Refresh tokens live about three months and are **single-use**: once Zalo has answered a refresh,
the old refresh token is dead. So the new pair is written to disk (temp file, fsync, os.replace,
fsync of the folder) before it is used or the old one forgotten, and refreshes never run in
parallel (an asyncio lock): two concurrent refreshes would spend the same token twice and the
second would lock the bot out until an operator pastes a new one.
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import hashlib
import json
import logging
import os
import tempfile
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import asdict, dataclass
from pathlib import Path

import httpx

log = logging.getLogger(__name__)

REFRESH_PATH = "/v4/oa/access_token"
DEFAULT_LIFETIME = 90000  # seconds (25 h), when Zalo's answer has no usable expires_in


class TokenError(Exception):
    """No usable access token: the refresh token is missing, spent or rejected."""


@dataclass(frozen=True)
class TokenPair:
    access_token: str
    refresh_token: str
    expires_at: float  # unix seconds
    # Digest of the environment's refresh token this store was seeded from: when an operator
    # puts a *different* token in the environment, it wins over the store.
    seed: str = ""

    def expired(self, now: float, margin: float = 0.0) -> bool:
        return not self.access_token or now >= self.expires_at - margin


def seed_digest(refresh_token: str) -> str:
    return hashlib.sha256(refresh_token.encode()).hexdigest()[:16]


class TokenStore:
    """One small JSON file, replaced atomically, readable by its owner only."""

    def __init__(self, path: Path):
        self.path = Path(path)

    def load(self) -> TokenPair | None:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            return TokenPair(str(raw["access_token"]), str(raw["refresh_token"]),
                             float(raw["expires_at"]), str(raw.get("seed", "")))
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError):
            log.error("zalo token store %s is unreadable; falling back to the environment",
                      self.path)
            return None

    @contextlib.asynccontextmanager
    async def locked(self) -> AsyncIterator[None]:
        """An exclusive lock on the store across processes (several workers, one OA), held
        while one of them refreshes; waiting happens in a thread, not on the event loop."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path.with_name(self.path.name + ".lock"), os.O_RDWR | os.O_CREAT, 0o600)
        try:
            await asyncio.to_thread(fcntl.flock, fd, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)

    def save(self, pair: TokenPair) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".zalo-tokens-", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(asdict(pair), handle)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(tmp, 0o600)
            os.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        with contextlib.suppress(OSError):  # make the rename itself durable
            dir_fd = os.open(self.path.parent, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)


class TokenManager:
    """Hands out a valid access token and refreshes it ahead of expiry, one refresh at a time."""

    def __init__(self, http: httpx.AsyncClient, *, oauth_base_url: str, app_id: str,
                 secret_key: str, store: TokenStore, env_refresh_token: str | None,
                 clock: Callable[[], float] = time.time, refresh_margin: float = 3600.0):
        self._http = http
        self._url = oauth_base_url.rstrip("/") + REFRESH_PATH
        self._app_id, self._secret_key = app_id, secret_key
        self._store, self._env_refresh = store, env_refresh_token
        self._clock = clock
        self.refresh_margin = refresh_margin
        self._pair: TokenPair | None = None
        self._lock = asyncio.Lock()
        self.refreshes = 0

    @property
    def pair(self) -> TokenPair | None:
        return self._pair

    def load(self) -> None:
        """Pick the starting pair: the store, unless the environment holds a newer seed."""
        stored = self._store.load()
        env = self._env_refresh
        if env and (stored is None or stored.seed != seed_digest(env)):
            # A refresh token the store has never seen: the operator's fresh one.
            self._pair = TokenPair("", env, 0.0, seed_digest(env))
        else:
            self._pair = stored

    async def access_token(self) -> str:
        """A token valid now; refreshes first when it is missing or about to expire."""
        pair = self._pair
        if pair is None or pair.expired(self._clock(), margin=60.0):
            pair = await self.refresh(stale=pair.access_token if pair else None)
        return pair.access_token

    async def refresh(self, stale: str | None = None) -> TokenPair:
        """Refresh once. `stale` is the access token the caller saw fail: if another task has
        already replaced it, its result is reused instead of spending another refresh token."""
        async with self._lock:
            current = self._pair
            if current is not None and current.access_token and current.access_token != stale:
                return current
            async with self._store.locked():
                adopted = self._newer_in_store(current, stale)
                if adopted is not None:
                    self._pair = adopted
                    return adopted
                if current is None or not current.refresh_token:
                    raise TokenError("no Zalo refresh token: set it in the environment")
                new = await self._exchange(current)
                self._store.save(new)  # durable before the old refresh token is dropped
                self._pair = new
            self.refreshes += 1
            log.info("zalo access token refreshed; valid for %d s",
                     int(new.expires_at - self._clock()))
            return new

    def _newer_in_store(self, current: TokenPair | None, stale: str | None) -> TokenPair | None:
        """Another process serving the same OA may have refreshed already: use its pair rather
        than spend our (now dead) refresh token."""
        stored = self._store.load()
        if stored is None or not stored.access_token or stored.access_token == stale:
            return None
        if current is not None and (stored.refresh_token == current.refresh_token
                                    or stored.seed != current.seed):
            return None
        if stored.expired(self._clock(), margin=60.0):
            return None
        return stored

    async def _exchange(self, current: TokenPair) -> TokenPair:
        try:
            response = await self._http.post(
                self._url, headers={"secret_key": self._secret_key},
                data={"refresh_token": current.refresh_token, "app_id": self._app_id,
                      "grant_type": "refresh_token"})
            data = response.json()
        except (httpx.HTTPError, ValueError) as exc:
            raise TokenError(f"Zalo token refresh failed: {type(exc).__name__}") from None
        if not isinstance(data, dict) or not data.get("access_token") \
                or not data.get("refresh_token"):
            code = data.get("error") if isinstance(data, dict) else None
            raise TokenError(f"Zalo refused the refresh token (error {code})")
        try:
            lifetime = float(data.get("expires_in") or DEFAULT_LIFETIME)
        except (TypeError, ValueError):
            lifetime = DEFAULT_LIFETIME
        return TokenPair(str(data["access_token"]), str(data["refresh_token"]),
                         self._clock() + lifetime, current.seed)

    def seconds_until_refresh(self) -> float:
        pair = self._pair
        if pair is None or not pair.access_token:
            return 0.0
        lifetime_left = pair.expires_at - self._clock()
        # Refresh an hour ahead, or halfway through a short lifetime.
        margin = min(self.refresh_margin, max(lifetime_left / 2, 0.0))
        return max(lifetime_left - margin, 0.0)

    async def run_refresher(self, retry_delay: float = 60.0, max_delay: float = 1800.0) -> None:
        """Background loop: refresh ahead of expiry; on failure retry with growing delays."""
        delay = retry_delay
        while True:
            await asyncio.sleep(self.seconds_until_refresh())
            try:
                await self.refresh(stale=self._pair.access_token if self._pair else None)
                delay = retry_delay
            except TokenError as exc:
                log.error("%s; retrying in %d s", exc, int(delay))
                await asyncio.sleep(delay)
                delay = min(delay * 2, max_delay)
