"""The Redis board: the storage a `Desk` needs, shared by every process serving the bot.

Values are JSON strings with Redis's own expiry; the queue is a sorted set by time joined; a live
conversation's messages are a Redis Stream (XADD with a length cap and an expiry), which every
process reads after the last id it has seen; presence is a sorted set of expiry times. Every key
has a TTL, so Redis forgets a conversation by itself even if no process ends it.
"""

from __future__ import annotations

import json
import time
from typing import Any

import redis

QUEUE_TTL = 24 * 3600


class RedisBoard:
    def __init__(self, client: redis.Redis, prefix: str = "companion:hd:"):
        self._redis = client
        self._prefix = prefix

    @classmethod
    def from_url(cls, url: str, timeout: float = 0.5, prefix: str = "companion:hd:") -> RedisBoard:
        return cls(redis.Redis.from_url(url, socket_timeout=timeout,
                                        socket_connect_timeout=timeout), prefix)

    def _k(self, key: str) -> str:
        return self._prefix + key

    # values ------------------------------------------------------------------------------
    def get(self, key: str) -> Any:
        raw = self._redis.get(self._k(key))
        return None if raw is None else json.loads(raw)

    def put(self, key: str, value: Any, ttl: int) -> None:
        self._redis.set(self._k(key), json.dumps(value, ensure_ascii=False), ex=ttl)

    def delete(self, key: str) -> None:
        self._redis.delete(self._k(key), self._k("log:" + key))

    def claim(self, key: str, ttl: int) -> bool:
        return bool(self._redis.set(self._k(key), "1", ex=ttl, nx=True))

    # the queue -----------------------------------------------------------------------------
    def enqueue(self, ticket: str, at: float) -> None:
        pipe = self._redis.pipeline()
        pipe.zadd(self._k("queue"), {ticket: at}, nx=True)
        pipe.expire(self._k("queue"), QUEUE_TTL)
        pipe.execute()

    def dequeue(self, ticket: str) -> None:
        self._redis.zrem(self._k("queue"), ticket)

    def queued(self) -> list[str]:
        return [t.decode() if isinstance(t, bytes) else str(t)
                for t in self._redis.zrange(self._k("queue"), 0, -1)]

    # a conversation's messages -------------------------------------------------------------
    def append(self, log: str, event: dict[str, Any], ttl: int) -> str:
        key = self._k("log:" + log)
        pipe = self._redis.pipeline()
        pipe.xadd(key, {"e": json.dumps(event, ensure_ascii=False)}, maxlen=500,
                  approximate=True)
        pipe.expire(key, ttl)
        event_id, _ = pipe.execute()
        return event_id.decode() if isinstance(event_id, bytes) else str(event_id)

    def read(self, log: str, after: str | None) -> list[tuple[str, dict[str, Any]]]:
        start = f"({after}" if after else "-"
        try:
            entries = self._redis.xrange(self._k("log:" + log), min=start, max="+")
        except redis.ResponseError:      # a malformed cursor from a client: from the start
            entries = self._redis.xrange(self._k("log:" + log), min="-", max="+")
        found = []
        for event_id, fields in entries:
            raw = fields.get(b"e") or fields.get("e")
            found.append((event_id.decode() if isinstance(event_id, bytes) else str(event_id),
                          json.loads(raw)))
        return found

    def drop_log(self, log: str) -> None:
        self._redis.delete(self._k("log:" + log))

    # presence ------------------------------------------------------------------------------
    def seen(self, counsellor: str, ttl: int) -> None:
        pipe = self._redis.pipeline()
        pipe.zadd(self._k("online"), {counsellor: time.time() + ttl})
        pipe.expire(self._k("online"), max(ttl, 60))
        pipe.execute()

    def gone(self, counsellor: str) -> None:
        self._redis.zrem(self._k("online"), counsellor)

    def online(self) -> int:
        now = time.time()
        self._redis.zremrangebyscore(self._k("online"), "-inf", now)
        return int(self._redis.zcount(self._k("online"), now, "+inf"))

    def ping(self) -> bool:
        try:
            return bool(self._redis.ping())
        except redis.RedisError:
            return False
