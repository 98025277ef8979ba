"""One turn's session, read on the event loop before the turn and written back after it.

With Redis sessions, the server reads the keys a turn may read (the person's session and day
mark, `Engine.keys_read`) with the store's asyncio client before handing the turn to its
thread, and writes the session back on the loop once the thread is done (`bot/runtime.py`). The
engine sees this object as its session store: prefetched keys are answered from memory, the
session's write is held for the loop, and other writes go to the blocking store as before
(the day mark that must land before a logbook row does, at once).

If the turn misses its deadline, the runtime stops holding writes (`release`): a turn still
running in its thread then writes its session itself when it ends, as it would without this.
A caller may also hand a write of another key to the loop (`put_after_turn`) when it may
land after the turn's replies, and work of its own (`defer`: the counting's logbook writes,
made on the loop with the logbook's asyncio side); the runtime runs that work after the turn,
then writes what is held.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable
from typing import Any

Write = tuple[str, "dict[str, Any] | None", int]     # ("put" | "delete", value, ttl seconds)


class LoopSession:
    """A session store for one turn: the values of `read` prefetched, the write of `key` (the
    session) deferred."""

    def __init__(self, store: Any, key: str, read: dict[str, dict[str, Any] | None]):
        self._store = store
        self.key = key
        self._read = dict(read)
        self._lock = threading.Lock()
        self._holding = True
        self._writes: dict[str, Write] = {}
        self._jobs: list[Callable[[], Awaitable[None]]] | None = []

    def get(self, key: str) -> dict[str, Any] | None:
        if key in self._read:
            return self._read[key]
        return self._store.get(key)

    def put(self, key: str, value: dict[str, Any], ttl_seconds: int) -> None:
        self._remember(key, value)
        if key != self.key or not self._hold(key, ("put", value, ttl_seconds)):
            self._store.put(key, value, ttl_seconds)

    def put_after_turn(self, key: str, value: dict[str, Any], ttl_seconds: int) -> None:
        """`put` that may land after the turn: made on the loop with the session's write."""
        self._remember(key, value)
        if not self._hold(key, ("put", value, ttl_seconds)):
            self._store.put(key, value, ttl_seconds)

    def delete(self, key: str) -> None:
        self._remember(key, None)
        if key != self.key or not self._hold(key, ("delete", None, 0)):
            self._store.delete(key)

    def _remember(self, key: str, value: dict[str, Any] | None) -> None:
        if key in self._read:       # a later read in this turn sees this turn's write
            self._read[key] = value

    def _hold(self, key: str, write: Write) -> bool:
        with self._lock:
            if self._holding:
                self._writes[key] = write
            return self._holding

    def defer(self, job: Callable[[], Awaitable[None]]) -> bool:
        """Run `job()` on the loop after the turn, before the held writes are made. False when
        the runtime no longer takes work (the turn ran past its deadline): do it now instead."""
        with self._lock:
            if self._holding and self._jobs is not None:
                self._jobs.append(job)
                return True
            return False

    def take_jobs(self) -> list[Callable[[], Awaitable[None]]]:
        """The deferred work, once; `defer` refuses any more after this."""
        with self._lock:
            jobs, self._jobs = self._jobs or [], None
        return jobs

    def update_held(self, key: str, **fields: Any) -> None:
        """Change fields of the value held for `key` (the session's row, once the logbook
        answered with it)."""
        with self._lock:
            held = self._writes.get(key)
            if held is not None and held[0] == "put" and held[1] is not None:
                self._writes[key] = ("put", {**held[1], **fields}, held[2])

    def release(self) -> dict[str, Write]:
        """Stop holding writes; those held so far (key → write), for the loop to make."""
        with self._lock:
            self._holding = False
            writes, self._writes = self._writes, {}
        return writes

    def __getattr__(self, name: str) -> Any:       # add_once, append, items… as the store
        return getattr(self._store, name)


async def write_back(store: Any, writes: dict[str, Write]) -> None:
    """Make held writes, together, with the store's asyncio side (which never raises: see
    `ResilientSessionStore`)."""
    if len(writes) == 1:
        await _write(store, *next(iter(writes.items())))
    elif writes:
        await asyncio.gather(*(_write(store, key, write) for key, write in writes.items()))


async def _write(store: Any, key: str, write: Write) -> None:
    op, value, ttl = write
    if op == "delete":
        await store.adelete(key)
    else:
        assert value is not None
        await store.aput(key, value, ttl)
