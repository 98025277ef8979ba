"""The in-process session store: entries expire after their TTL, and add_once marks once."""

from __future__ import annotations

from bot.sessions.memory import MemorySessionStore


def test_memory_store_expires_and_dedups():
    now = [1000.0]
    store = MemorySessionStore(clock=lambda: now[0])
    store.put("k", {"a": 1}, ttl_seconds=10)
    assert store.get("k") == {"a": 1}
    assert store.add_once("u", 5) is True
    assert store.add_once("u", 5) is False
    now[0] += 11
    assert store.get("k") is None
    assert store.add_once("u", 5) is True
    assert len(store) == 1
