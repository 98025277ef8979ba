"""The in-process session store: entries expire after their TTL, and add_once marks once."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

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


def test_entries_of_different_ttls_expire_each_on_time_without_being_read():
    now = [0.0]
    store = MemorySessionStore(clock=lambda: now[0])
    store.put("session", {"s": 1}, ttl_seconds=1800)
    store.add_once("day-mark", 86400)
    store.append("log", ["1", "2"], ttl_seconds=60, keep=10)
    now[0] = 61
    store.put("other", {}, ttl_seconds=1800)           # a write sweeps what has expired
    assert set(store._data) == {"session", "day-mark", "other"}
    store.put("session", {"s": 2}, ttl_seconds=1800)   # written again: lives 1800 s from now
    now[0] = 1801                                      # its first write has expired, not it
    store.put("x", {}, ttl_seconds=5)
    assert set(store._data) == {"session", "day-mark", "other", "x"}
    assert store.get("session") == {"s": 2}
    now[0] = 1900
    store.add_once("y", 5)
    assert set(store._data) == {"day-mark", "y"}
    now[0] = 86401
    assert len(store) == 0


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["put", "append", "once", "delete", "get", "wait"]),
                          st.sampled_from(["a", "b", "c", "d"]),
                          st.sampled_from([1, 5, 30])), max_size=60))
def test_the_store_agrees_with_a_plain_dict_and_keeps_nothing_expired(ops):
    """Against a model that checks every expiry on every read: the same answers, and after
    any call nothing past its TTL is still held."""
    now = [0.0]
    store = MemorySessionStore(clock=lambda: now[0])
    model: dict[str, tuple[float, object]] = {}

    def live(key: str) -> object | None:
        item = model.get(key)
        return item[1] if item is not None and item[0] > now[0] else None

    for op, key, n in ops:
        if op == "wait":
            now[0] += n
        elif op == "put":
            store.put(key, {"n": n}, ttl_seconds=n)
            model[key] = (now[0] + n, {"n": n})
        elif op == "append":
            store.append(key, [str(n)], ttl_seconds=n, keep=3)
            kept = live(key)
            items = (kept["items"] if isinstance(kept, dict) and "items" in kept else [])
            model[key] = (now[0] + n, {"items": [*items, str(n)][-3:]})
        elif op == "once":
            fresh = live(key) is None
            assert store.add_once(key, n) is fresh
            if fresh:
                model[key] = (now[0] + n, {})
        elif op == "delete":
            store.delete(key)
            model.pop(key, None)
        else:
            assert store.get(key) == live(key)
        if op != "wait":
            assert all(expires > now[0] for expires, _ in store._data.values())
    for key in "abcd":
        assert store.get(key) == live(key)
