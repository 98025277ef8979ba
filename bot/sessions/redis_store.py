"""Redis-backed sessions, for several processes or machines serving one bot."""

from __future__ import annotations

import json
from typing import Any

import redis


class RedisSessionStore:
    """Values are JSON strings with Redis's own expiry (`SET … EX`), so Redis forgets them."""

    def __init__(self, client: redis.Redis, prefix: str = "companion:"):
        self._redis = client
        self._prefix = prefix

    @classmethod
    def from_url(cls, url: str) -> RedisSessionStore:
        return cls(redis.Redis.from_url(url, socket_timeout=2, socket_connect_timeout=2))

    def get(self, key: str) -> dict[str, Any] | None:
        raw = self._redis.get(self._prefix + key)
        if raw is None:
            return None
        return json.loads(raw)

    def put(self, key: str, value: dict[str, Any], ttl_seconds: int) -> None:
        self._redis.set(self._prefix + key, json.dumps(value, ensure_ascii=False), ex=ttl_seconds)

    def delete(self, key: str) -> None:
        self._redis.delete(self._prefix + key)

    def add_once(self, key: str, ttl_seconds: int) -> bool:
        return bool(self._redis.set(self._prefix + key, "1", ex=ttl_seconds, nx=True))

    def ping(self) -> bool:
        try:
            return bool(self._redis.ping())
        except redis.RedisError:
            return False
