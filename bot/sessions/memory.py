"""In-process TTL store: the embedded default for a single process.

Values are kept pickled: a caller never shares a mutable object with the store (as with
Redis's JSON), at a fraction of `copy.deepcopy`'s cost (about a fifth of a turn's CPU went to
copying sessions in and out).
"""

from __future__ import annotations

import pickle
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from typing import Any


class MemorySessionStore:
    """A dict with expiry times. Expired entries are dropped on access and by a periodic sweep,
    so nothing about a person stays in memory past its TTL even if they never come back."""

    def __init__(self, clock: Callable[[], float] = time.monotonic, sweep_every: int = 256):
        self._clock = clock
        self._data: dict[str, tuple[float, bytes | deque[str] | None]] = {}
        self._lock = threading.Lock()
        self._writes = 0
        self._sweep_every = sweep_every

    def get(self, key: str) -> dict[str, Any] | None:
        with self._lock:
            item = self._data.get(key)
            if item is None:
                return None
            expires, value = item
            if expires <= self._clock():
                del self._data[key]
                return None
            if isinstance(value, deque):
                return {"items": list(value)}
            return pickle.loads(value) if value is not None else {}

    def put(self, key: str, value: dict[str, Any], ttl_seconds: int) -> None:
        with self._lock:
            self._data[key] = (self._clock() + ttl_seconds,
                               pickle.dumps(value, pickle.HIGHEST_PROTOCOL))
            self._maybe_sweep()

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
            self._data[key] = (now + ttl_seconds, kept)
            self._maybe_sweep()

    def items(self, key: str) -> list[str]:
        """The list `append` keeps under `key`, oldest first ([] when none)."""
        found = self.get(key)
        return list(found.get("items", [])) if found else []

    def delete(self, key: str) -> None:
        with self._lock:
            self._data.pop(key, None)

    def add_once(self, key: str, ttl_seconds: int) -> bool:
        with self._lock:
            item = self._data.get(key)
            now = self._clock()
            if item is not None and item[0] > now:
                return False
            self._data[key] = (now + ttl_seconds, None)
            self._maybe_sweep()
            return True

    def ping(self) -> bool:
        return True

    def __len__(self) -> int:
        self.sweep()
        return len(self._data)

    def sweep(self) -> None:
        with self._lock:
            self._sweep()

    def _maybe_sweep(self) -> None:
        self._writes += 1
        if self._writes % self._sweep_every == 0:
            self._sweep()

    def _sweep(self) -> None:
        now = self._clock()
        for key in [k for k, (exp, _) in self._data.items() if exp <= now]:
            del self._data[key]
