"""The Redis session store behind the same interface as the in-process one."""

from __future__ import annotations

import uuid

from bot.sessions.redis_store import RedisSessionStore
from tests.conftest import require_service


def test_redis_sessions_expire_and_dedup():
    require_service("Redis", 6379)
    store = RedisSessionStore.from_url("redis://127.0.0.1:6379/15")
    key = f"test:{uuid.uuid4()}"
    store.put(key, {"language": "vi", "flow": "help"}, ttl_seconds=30)
    assert store.get(key) == {"language": "vi", "flow": "help"}
    assert 0 < store._redis.ttl("companion:" + key) <= 30
    assert store.add_once(key + ":u1", 30) is True
    assert store.add_once(key + ":u1", 30) is False
    store.delete(key)
    assert store.get(key) is None
    assert store.ping()
