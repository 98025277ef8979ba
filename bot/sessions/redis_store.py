"""Redis-backed sessions, for several processes or machines serving one bot."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import redis


class RedisSessionStore:
    """Values are JSON strings with Redis's own expiry (`SET … EX`), so Redis forgets them."""

    def __init__(self, client: redis.Redis, prefix: str = "companion:"):
        self._redis = client
        self._prefix = prefix

    @classmethod
    def from_url(cls, url: str, timeout: float = 0.25, retries: int = 1) -> RedisSessionStore:
        """Short socket timeouts (a stalled Redis costs a caller at most about
        `timeout × (retries + 1)` plus the backoff), retried with exponential backoff."""
        from redis.backoff import ExponentialBackoff
        from redis.exceptions import ConnectionError as RedisConnectionError
        from redis.exceptions import TimeoutError as RedisTimeoutError
        from redis.retry import Retry

        retry = Retry(ExponentialBackoff(cap=0.2, base=0.02), retries,
                      supported_errors=(RedisConnectionError, RedisTimeoutError, OSError))
        return cls(redis.Redis.from_url(url, socket_timeout=timeout,
                                        socket_connect_timeout=timeout, retry=retry,
                                        health_check_interval=10))

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
