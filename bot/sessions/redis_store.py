"""Redis-backed sessions, for several processes or machines serving one bot.

Two clients share one prefix and one set of timeouts: the blocking one for calls made inside a
turn's thread, and an asyncio one (`aget`/`aput`/`adelete`) that lets the server read a
person's session on its event loop before the turn and write it back after. A blocking socket
call from a turn thread hands Python's GIL back and forth several times per round trip
(measured: about 75 context switches per turn against 9 for the memory store), so the two
session round trips of every turn are far cheaper on the loop.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Sequence
from typing import Any

import redis
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

_RETRIED = (RedisConnectionError, RedisTimeoutError, OSError)


class RedisSessionStore:
    """Values are JSON strings with Redis's own expiry (`SET … EX`), so Redis forgets them."""

    def __init__(self, client: redis.Redis, prefix: str = "companion:"):
        self._redis = client
        self._prefix = prefix
        self._loop_client: Any = None          # a RedisBatcher, bound to one event loop
        self._loop: asyncio.AbstractEventLoop | None = None
        self._url: str | None = None             # set by from_url, for the asyncio client
        self._timeouts = (0.25, 1)

    @classmethod
    def from_url(cls, url: str, timeout: float = 0.25, retries: int = 1) -> RedisSessionStore:
        """Short socket timeouts (a stalled Redis costs a caller at most about
        `timeout × (retries + 1)` plus the backoff), retried with exponential backoff."""
        from redis.backoff import ExponentialBackoff
        from redis.retry import Retry

        retry = Retry(ExponentialBackoff(cap=0.2, base=0.02), retries, supported_errors=_RETRIED)
        store = cls(redis.Redis.from_url(url, socket_timeout=timeout,
                                         socket_connect_timeout=timeout, retry=retry,
                                         health_check_interval=10))
        store._url, store._timeouts = url, (timeout, retries)
        return store

    def _on_loop(self) -> Any:
        """The batching asyncio client for the running loop, made on first use with the
        blocking client's address and timeouts; a new loop (tests run one per test) gets a new
        one."""
        loop = asyncio.get_running_loop()
        if self._loop_client is None or self._loop is not loop:
            from bot.sessions.redis_batch import RedisBatcher

            self._loop_client = RedisBatcher(self._make_loop_client())
            self._loop = loop
        return self._loop_client

    def _make_loop_client(self) -> Any:
        import redis.asyncio as aredis
        from redis.asyncio.retry import Retry as AsyncRetry
        from redis.backoff import ExponentialBackoff

        if self._url is not None:
            timeout, retries = self._timeouts
            retry = AsyncRetry(ExponentialBackoff(cap=0.2, base=0.02), retries,
                               supported_errors=_RETRIED)
            return aredis.Redis.from_url(self._url, socket_timeout=timeout,
                                         socket_connect_timeout=timeout, retry=retry,
                                         health_check_interval=10)
        given = self._redis.connection_pool.connection_kwargs   # a client handed in (tests)
        keep = ("host", "port", "db", "username", "password", "socket_timeout",
                "socket_connect_timeout", "health_check_interval")
        return aredis.Redis(**{name: given[name] for name in keep if name in given})

    async def aclose(self) -> None:
        """Close the asyncio client of the running loop (server shutdown)."""
        batcher, self._loop_client, self._loop = self._loop_client, None, None
        if batcher is not None:
            await batcher.aclose()

    async def aget(self, key: str) -> dict[str, Any] | None:
        """`get` on the running event loop."""
        raw = await self._on_loop().get(self._prefix + key)
        return None if raw is None else json.loads(raw)

    async def aget_many(self, keys: list[str]) -> list[dict[str, Any] | None]:
        """`get` of several keys on the running event loop, in one batch."""
        raws = await self._on_loop().get_many([self._prefix + key for key in keys])
        return [None if raw is None else json.loads(raw) for raw in raws]

    async def aput(self, key: str, value: dict[str, Any], ttl_seconds: int) -> None:
        """`put` on the running event loop."""
        await self._on_loop().set(self._prefix + key, json.dumps(value, ensure_ascii=False),
                                  ttl_seconds)

    async def adelete(self, key: str) -> None:
        """`delete` on the running event loop."""
        await self._on_loop().delete(self._prefix + key)

    async def aadd_once(self, key: str, ttl_seconds: int) -> bool:
        """`add_once` on the running event loop."""
        return bool(await self._on_loop().set_once(self._prefix + key, ttl_seconds))

    async def aappend(self, key: str, items: Sequence[str], ttl_seconds: int,
                      keep: int) -> None:
        """`append` on the running event loop."""
        if items:
            await self._on_loop().append(self._prefix + key, list(items), ttl_seconds, keep)

    async def aitems(self, key: str) -> list[str]:
        """`items` on the running event loop."""
        return [v.decode() if isinstance(v, bytes) else str(v)
                for v in await self._on_loop().items(self._prefix + key)]

    def get(self, key: str) -> dict[str, Any] | None:
        raw = self._redis.get(self._prefix + key)
        if raw is None:
            return None
        return json.loads(raw)

    def put(self, key: str, value: dict[str, Any], ttl_seconds: int) -> None:
        self._redis.set(self._prefix + key, json.dumps(value, ensure_ascii=False), ex=ttl_seconds)

    def append(self, key: str, items: Sequence[str], ttl_seconds: int, keep: int) -> None:
        """RPUSH, LTRIM to the newest `keep`, EXPIRE: one round trip, constant per item."""
        if not items:
            return
        name = self._prefix + key
        pipe = self._redis.pipeline(transaction=True)
        pipe.rpush(name, *items)
        pipe.ltrim(name, -keep, -1)
        pipe.expire(name, ttl_seconds)
        pipe.execute()

    def items(self, key: str) -> list[str]:
        return [v.decode() if isinstance(v, bytes) else str(v)
                for v in self._redis.lrange(self._prefix + key, 0, -1)]

    def delete(self, key: str) -> None:
        self._redis.delete(self._prefix + key)

    def add_once(self, key: str, ttl_seconds: int) -> bool:
        return bool(self._redis.set(self._prefix + key, "1", ex=ttl_seconds, nx=True))

    def ping(self) -> bool:
        try:
            return bool(self._redis.ping())
        except redis.RedisError:
            return False
