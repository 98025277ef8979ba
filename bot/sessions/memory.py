"""In-process TTL store: the embedded default for a single process.

Values are kept pickled: a caller never shares a mutable object with the store (as with
Redis's JSON), at a fraction of `copy.deepcopy`'s cost (about a fifth of a turn's CPU went to
copying sessions in and out).
"""

from __future__ import annotations

import pickle
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Sequence
from typing import Any

SWEEP_EVERY = 1.0   # seconds of the store's clock between two sweeps made by reads and writes


class MemorySessionStore:
    """A dict with expiry times. Calls first drop what has expired (at most once a second of
    the clock), so nothing about a person stays in memory past its TTL and a second, even if
    they never come back; an expired entry is never answered.

    The sweep costs nothing per live entry: keys are kept in the order they expire, one queue
    per TTL (a store uses a handful: sessions, day marks, message logs), since with one TTL
    and a clock that only goes forward the last written expires last. A sweep pops expired
    keys off the front of each queue and stops at the first live one. (It used to scan every
    entry each 256 writes: at 50 browsers, with the sessions of an hour in memory, that scan
    was a growing share of each turn.)"""

    def __init__(self, clock: Callable[[], float] = time.monotonic):
        self._clock = clock
        self._data: dict[str, tuple[float, bytes | deque[str] | None]] = {}
        self._queues: dict[float, OrderedDict[str, None]] = {}   # TTL → keys, soonest first
        self._ttl_of: dict[str, float] = {}
        self._lock = threading.Lock()
        self._swept = -SWEEP_EVERY     # the clock at the last sweep

    def get(self, key: str) -> dict[str, Any] | None:
        with self._lock:
            now = self._clock()
            self._sweep(now)
            item = self._data.get(key)
            if item is None:
                return None
            expires, value = item
            if expires <= now:     # behind a live key in its queue only if the clock went back
                self._drop(key)
                return None
            if isinstance(value, deque):
                return {"items": list(value)}
            return pickle.loads(value) if value is not None else {}

    def put(self, key: str, value: dict[str, Any], ttl_seconds: int) -> None:
        with self._lock:
            self._set(key, self._clock(), ttl_seconds,
                      pickle.dumps(value, pickle.HIGHEST_PROTOCOL))

    def append(self, key: str, items: Sequence[str], ttl_seconds: int, keep: int) -> None:
        """Add `items` to the list under `key`, keeping the newest `keep`; constant time per
        item, however long the list (a chat's message ids for the quick exit)."""
        with self._lock:
            now = self._clock()
            item = self._data.get(key)
            kept = item[1] if item is not None and item[0] > now else None
            if not isinstance(kept, deque) or kept.maxlen != keep:
                kept = deque(kept if isinstance(kept, deque) else (), maxlen=keep)
            kept.extend(items)
            self._set(key, now, ttl_seconds, kept)

    def items(self, key: str) -> list[str]:
        """The list `append` keeps under `key`, oldest first ([] when none)."""
        found = self.get(key)
        return list(found.get("items", [])) if found else []

    def delete(self, key: str) -> None:
        with self._lock:
            self._drop(key)
            self._sweep()

    def add_once(self, key: str, ttl_seconds: int) -> bool:
        with self._lock:
            item = self._data.get(key)
            now = self._clock()
            if item is not None and item[0] > now:
                self._sweep(now)
                return False
            self._set(key, now, ttl_seconds, None)
            return True

    def ping(self) -> bool:
        return True

    def __len__(self) -> int:
        self.sweep()
        return len(self._data)

    def sweep(self) -> None:
        with self._lock:
            self._swept = -SWEEP_EVERY
            self._sweep()

    def _set(self, key: str, now: float, ttl: float,
             value: bytes | deque[str] | None) -> None:
        """Store `value` until now + ttl, moving `key` to the back of its TTL's queue, then
        sweep."""
        self._data[key] = (now + ttl, value)
        previous = self._ttl_of.get(key)
        if previous is not None and previous != ttl:
            self._queues[previous].pop(key, None)
        queue = self._queues.get(ttl)
        if queue is None:
            queue = self._queues[ttl] = OrderedDict()
        queue[key] = None
        queue.move_to_end(key)
        self._ttl_of[key] = ttl
        self._sweep(now)

    def _drop(self, key: str) -> None:
        self._data.pop(key, None)
        ttl = self._ttl_of.pop(key, None)
        if ttl is not None:
            self._queues[ttl].pop(key, None)

    def _sweep(self, now: float | None = None) -> None:
        now = self._clock() if now is None else now
        # At most once a second of the clock (expired entries are never answered: `get` checks
        # each one), so a turn's eight-odd store calls do not each walk the queues.
        if self._swept <= now < self._swept + SWEEP_EVERY:
            return
        self._swept = now
        for queue in self._queues.values():
            while queue:
                key = next(iter(queue))
                if self._data[key][0] > now:
                    break
                queue.popitem(last=False)
                del self._data[key]
                del self._ttl_of[key]
