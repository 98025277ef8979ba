"""The in-process board: the storage a `Desk` needs, for one process (the embedded default).

Everything expires: values and logs after their TTL, presence marks after theirs. Nothing is
written anywhere but this process's memory.
"""

from __future__ import annotations

import copy
import threading
import time
from collections.abc import Callable
from typing import Any


class MemoryBoard:
    # Every call is a dict look-up under a lock held for microseconds: safe to call on the event
    # loop, where a hop to a worker thread would cost more than the call (bot/channels/web/chat.py).
    in_process = True

    def __init__(self, clock: Callable[[], float] = time.time):
        self._clock = clock
        self._lock = threading.Lock()
        self._values: dict[str, tuple[float, Any]] = {}
        self._queue: dict[str, float] = {}            # ticket id → joined at
        self._logs: dict[str, tuple[float, list[tuple[str, dict[str, Any]]]]] = {}
        self._seen: dict[str, float] = {}             # counsellor → presence expires at
        self._counter = 0

    # values ------------------------------------------------------------------------------
    def get(self, key: str) -> Any:
        with self._lock:
            item = self._values.get(key)
            if item is None or item[0] <= self._clock():
                self._values.pop(key, None)
                return None
            return copy.deepcopy(item[1])

    def put(self, key: str, value: Any, ttl: int) -> None:
        with self._lock:
            self._values[key] = (self._clock() + ttl, copy.deepcopy(value))

    def delete(self, key: str) -> None:
        with self._lock:
            self._values.pop(key, None)
            self._logs.pop(key, None)

    def claim(self, key: str, ttl: int) -> bool:
        """Set `key` only if absent: True for the one caller that set it."""
        with self._lock:
            item = self._values.get(key)
            if item is not None and item[0] > self._clock():
                return False
            self._values[key] = (self._clock() + ttl, True)
            return True

    # the queue -----------------------------------------------------------------------------
    def enqueue(self, ticket: str, at: float) -> None:
        with self._lock:
            self._queue.setdefault(ticket, at)

    def dequeue(self, ticket: str) -> None:
        with self._lock:
            self._queue.pop(ticket, None)

    def queued(self) -> list[str]:
        with self._lock:
            return [t for t, _ in sorted(self._queue.items(), key=lambda kv: kv[1])]

    # a conversation's messages -------------------------------------------------------------
    def append(self, log: str, event: dict[str, Any], ttl: int) -> str:
        with self._lock:
            self._counter += 1
            event_id = f"{int(self._clock() * 1000)}-{self._counter}"
            _, events = self._logs.get(log, (0.0, []))
            events.append((event_id, copy.deepcopy(event)))
            self._logs[log] = (self._clock() + ttl, events[-500:])
            return event_id

    def read(self, log: str, after: str | None) -> list[tuple[str, dict[str, Any]]]:
        with self._lock:
            item = self._logs.get(log)
            if item is None or item[0] <= self._clock():
                self._logs.pop(log, None)
                return []
            events = item[1]
            if after:
                last = _sequence(after)
                events = [(i, e) for i, e in events if _sequence(i) > last]
            return copy.deepcopy(events)

    def drop_log(self, log: str) -> None:
        with self._lock:
            self._logs.pop(log, None)

    # presence ------------------------------------------------------------------------------
    def seen(self, counsellor: str, ttl: int) -> None:
        with self._lock:
            self._seen[counsellor] = self._clock() + ttl

    def gone(self, counsellor: str) -> None:
        with self._lock:
            self._seen.pop(counsellor, None)

    def online(self) -> int:
        with self._lock:
            now = self._clock()
            for name in [n for n, until in self._seen.items() if until <= now]:
                del self._seen[name]
            return len(self._seen)

    def ping(self) -> bool:
        return True


def _sequence(event_id: str) -> int:
    try:
        return int(event_id.rpartition("-")[2])
    except ValueError:
        return 0
