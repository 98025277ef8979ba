"""One PostgreSQL connection whose every call has an end, for the stores that live beside the
logbook (the logbook itself, pending check-ins).

A stalled server or network is the fault a server-side `statement_timeout` cannot see: the
socket just stops answering, and a blocking psycopg call waits with it, for minutes or for
ever, holding the store's lock and, behind it, every caller (a turn's thread, the check-in
scheduler). So each call here is bounded three ways: the lock is waited for at most `timeout`
seconds, connecting by `connect_timeout`, and the work by a client-side deadline that shuts the
socket down when it passes, so the blocked call fails at once. A connection that failed is
dropped and the next call opens a new one (reconnect); `setup` runs on new connections until it
has succeeded once (a schema check, say).
"""

from __future__ import annotations

import contextlib
import os
import socket
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import psycopg

T = TypeVar("T")


class BoundedConnection:
    def __init__(self, url: str, *, timeout: float, options: str,
                 setup: Callable[[psycopg.Connection[Any]], None] | None = None):
        """`options` are server settings added to the URL's own (`-c statement_timeout=…`)."""
        self.url, self.timeout = url, timeout
        self._options = options
        self._setup = setup
        self._lock = threading.Lock()
        self._conn: psycopg.Connection[Any] | None = None
        self.ready = setup is None          # whether `setup` has succeeded once

    def connect_options(self) -> dict[str, Any]:
        """Keyword arguments for `psycopg.connect` (and its asyncio twin): the URL's own
        `options` (a search_path, say) kept, ours added, since `options=` replaces them."""
        from psycopg.conninfo import conninfo_to_dict

        own = str(conninfo_to_dict(self.url).get("options") or "")
        return {"connect_timeout": max(1, round(self.timeout)),
                "options": f"{own} {self._options}".strip()}

    def run(self, work: Callable[[psycopg.Connection[Any]], T]) -> T:
        """`work(conn)` within the deadline; on any failure the connection is dropped."""
        if not self._lock.acquire(timeout=self.timeout):
            raise TimeoutError("PostgreSQL connection busy")
        try:
            conn = self._ensure()
            with deadline(conn, self.timeout + 0.5):
                return work(conn)
        except BaseException:
            self._drop()
            raise
        finally:
            self._lock.release()

    def connection(self) -> psycopg.Connection[Any]:
        """The open connection (reconnecting if needed), unbounded: for tests and tools."""
        with self._lock:
            return self._ensure()

    def close(self) -> None:
        with self._lock:
            self._drop()

    def _ensure(self) -> psycopg.Connection[Any]:
        if self._conn is None or self._conn.closed or self._conn.broken:
            self._drop()
            self._conn = psycopg.connect(self.url, autocommit=True, **self.connect_options())
            if not self.ready and self._setup is not None:
                with deadline(self._conn, self.timeout + 0.5):
                    self._setup(self._conn)
                self.ready = True
        return self._conn

    def _drop(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.close()


class _Watchdog:
    """One daemon thread that runs an action when its deadline passes, unless disarmed first:
    the deadline of every call without starting a thread per call (a `threading.Timer` each
    time cost about as much CPU as the call itself).

    Arming wakes the thread only when the new deadline comes before the thread's next wake-up:
    with nothing armed it still wakes every `IDLE_WAKE` seconds, and deadlines are later than
    that, so a call arms and disarms without a context switch to this thread."""

    IDLE_WAKE = 0.5

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._armed: dict[int, tuple[float, Callable[[], None]]] = {}
        self._ids = 0
        self._thread: threading.Thread | None = None
        self._wakes_at = 0.0                 # when the thread wakes next (0: now, or unknown)

    def arm(self, seconds: float, action: Callable[[], None]) -> int:
        with self._cond:
            self._ids += 1
            at = time.monotonic() + seconds
            self._armed[self._ids] = (at, action)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="postgres-deadline",
                                                daemon=True)
                self._thread.start()
            if at < self._wakes_at:
                self._cond.notify()
            return self._ids

    def disarm(self, ident: int) -> None:
        with self._cond:
            self._armed.pop(ident, None)

    def _run(self) -> None:
        while True:
            with self._cond:
                now = time.monotonic()
                due = [i for i, (at, _) in self._armed.items() if at <= now]
                actions = [self._armed.pop(i)[1] for i in due]
                if not actions:
                    soonest = min((at for at, _ in self._armed.values()),
                                  default=now + self.IDLE_WAKE)
                    wait = max(0.001, min(soonest, now + self.IDLE_WAKE) - now)
                    self._wakes_at = now + wait
                    self._cond.wait(wait)
                    self._wakes_at = 0.0
                    continue
            for action in actions:
                action()


_WATCHDOG = _Watchdog()


@contextlib.contextmanager
def deadline(conn: psycopg.Connection[Any], seconds: float) -> Iterator[None]:
    """Shut the connection's socket down if the work inside takes longer than `seconds`: the
    blocked call then fails at once instead of waiting for a server that stopped answering."""
    def abort() -> None:
        with contextlib.suppress(Exception):
            sock = socket.socket(fileno=os.dup(conn.fileno()))
            try:
                sock.shutdown(socket.SHUT_RDWR)
            finally:
                sock.close()

    ident = _WATCHDOG.arm(seconds, abort)
    try:
        yield
    finally:
        _WATCHDOG.disarm(ident)
