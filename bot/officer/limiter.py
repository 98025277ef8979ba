"""Officer sign-in limits, taken *before* the password check (32 MiB of scrypt each).

`reserve` decides and books in one step (one lock, or one SQLite write transaction shared by
every worker process), so 200 concurrent guesses cannot all pass the check before any of them is
counted: each attempt is booked as a failure up front, and only a right password gives it back.

- Per client (address, or /64 for IPv6): `free_failures` wrong passwords, then a backoff that
  doubles from 1 s up to `max_backoff` between attempts. This is the lockout, and it is per
  client: an attacker locks out only themself.
- Per account, for browsers that have never signed in to it: a token bucket of `account_burst`
  attempts refilled at `account_per_minute`, which bounds what many clients together (a botnet,
  rotating addresses) can try against one account. It is a throttle with a short Retry-After,
  never a lockout, and a browser that has signed in to the account before (it holds a signed
  device cookie, which an attacker cannot make) does not draw on it: that browser has its own
  per-device backoff instead, so an attack can never lock the officer out of their own browser.

State lives in memory (one process) or, given a path, in SQLite next to the officer accounts,
so that several workers share one count. Either way it is bounded: entries quiet for twice the
longest backoff are dropped, and at most `max_keys` are kept (least recently used go first).
"""

from __future__ import annotations

import contextlib
import math
import sqlite3
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass
class _Backoff:
    failures: int = 0
    next_allowed: float = 0.0
    last: float = 0.0


@dataclass
class _Bucket:
    tokens: float
    at: float


@dataclass(frozen=True)
class Reservation:
    key: str                  # the backoff key charged (client or device)
    account: str | None       # the account bucket charged, if any
    previous: _Backoff        # to give the attempt back unchanged (cancel)


class _MemoryState:
    def __init__(self, max_keys: int):
        self.max_keys = max_keys
        self.lock = threading.Lock()
        self.backoff: OrderedDict[str, _Backoff] = OrderedDict()
        self.buckets: OrderedDict[str, _Bucket] = OrderedDict()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[_MemoryState]:
        with self.lock:
            yield self

    def get_backoff(self, key: str) -> _Backoff | None:
        return self.backoff.get(key)

    def put_backoff(self, key: str, value: _Backoff | None) -> None:
        self._put(self.backoff, key, value)

    def get_bucket(self, key: str) -> _Bucket | None:
        return self.buckets.get(key)

    def put_bucket(self, key: str, value: _Bucket) -> None:
        self._put(self.buckets, key, value)

    def _put(self, table: OrderedDict, key: str, value: object) -> None:
        if value is None:
            table.pop(key, None)
            return
        table[key] = value
        table.move_to_end(key)
        while len(table) > self.max_keys:
            table.popitem(last=False)


_SCHEMA = """
CREATE TABLE IF NOT EXISTS signin_backoff (
    key TEXT PRIMARY KEY, failures INTEGER NOT NULL, next_allowed REAL NOT NULL, last REAL NOT NULL);
CREATE TABLE IF NOT EXISTS signin_buckets (
    key TEXT PRIMARY KEY, tokens REAL NOT NULL, at REAL NOT NULL);
"""


class _SqliteState:
    """The same operations inside one `BEGIN IMMEDIATE` transaction: the write lock is taken
    before reading, so two workers cannot both read "allowed" and both book. Each transaction
    has its own connection (threads of one worker run them side by side)."""

    def __init__(self, path: Path, max_keys: int, forget_after: float):
        self.path, self.max_keys, self.forget_after = path, max_keys, forget_after
        self._ready = False
        self._setup_lock = threading.Lock()
        self._writes = 0

    @contextlib.contextmanager
    def transaction(self) -> Iterator[_SqliteTx]:
        db = sqlite3.connect(self.path, timeout=5.0, isolation_level=None)
        try:
            if not self._ready:
                self._prepare(db)
            db.execute("BEGIN IMMEDIATE")
            try:
                yield _SqliteTx(db)
                self._writes += 1
                if self._writes % 64 == 1:
                    self._trim(db)
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
        finally:
            db.close()

    def _prepare(self, db: sqlite3.Connection) -> None:
        """WAL and the tables, once per process. Several workers (or threads) starting at once
        race for the switch to WAL, which SQLite answers with "database is locked" at once
        rather than through the busy timeout: retried here for as long as that timeout."""
        with self._setup_lock:
            if self._ready:
                return
            deadline = time.monotonic() + 5.0
            while True:
                try:
                    db.execute("PRAGMA journal_mode=WAL")
                    db.executescript(_SCHEMA)
                    break
                except sqlite3.OperationalError as exc:
                    if "locked" not in str(exc) or time.monotonic() > deadline:
                        raise
                    time.sleep(0.01)
            self.path.chmod(0o600)
            self._ready = True

    def _trim(self, db: sqlite3.Connection) -> None:
        horizon = time.time() - self.forget_after
        db.execute("DELETE FROM signin_backoff WHERE last < ?", (horizon,))
        db.execute("DELETE FROM signin_buckets WHERE at < ?", (horizon,))
        for table, column in (("signin_backoff", "last"), ("signin_buckets", "at")):
            db.execute(f"DELETE FROM {table} WHERE key IN (SELECT key FROM {table} "
                       f"ORDER BY {column} DESC LIMIT -1 OFFSET ?)", (self.max_keys,))


class _SqliteTx:
    def __init__(self, db: sqlite3.Connection):
        self.db = db

    def get_backoff(self, key: str) -> _Backoff | None:
        row = self.db.execute("SELECT failures, next_allowed, last FROM signin_backoff "
                              "WHERE key = ?", (key,)).fetchone()
        return _Backoff(*row) if row else None

    def put_backoff(self, key: str, value: _Backoff | None) -> None:
        if value is None:
            self.db.execute("DELETE FROM signin_backoff WHERE key = ?", (key,))
        else:
            self.db.execute("INSERT OR REPLACE INTO signin_backoff VALUES (?, ?, ?, ?)",
                            (key, value.failures, value.next_allowed, value.last))

    def get_bucket(self, key: str) -> _Bucket | None:
        row = self.db.execute("SELECT tokens, at FROM signin_buckets WHERE key = ?",
                              (key,)).fetchone()
        return _Bucket(*row) if row else None

    def put_bucket(self, key: str, value: _Bucket) -> None:
        self.db.execute("INSERT OR REPLACE INTO signin_buckets VALUES (?, ?, ?)",
                        (key, value.tokens, value.at))


class SignInLimiter:
    def __init__(self, *, free_failures: int = 5, max_backoff: float = 900.0,
                 account_burst: int = 10, account_per_minute: float = 6.0,
                 max_keys: int = 10_000, path: Path | None = None,
                 clock: Callable[[], float] = time.time):
        self.free_failures = free_failures
        self.max_backoff = max_backoff
        self.account_burst = account_burst
        self.account_rate = account_per_minute / 60.0
        self.clock = clock
        self._state: _MemoryState | _SqliteState = (
            _SqliteState(path, max_keys, 2 * max_backoff) if path is not None
            else _MemoryState(max_keys))

    @classmethod
    def from_settings(cls, officers: object, path: Path | None = None) -> SignInLimiter:
        o = officers
        return cls(free_failures=o.signin_free_failures,  # type: ignore[attr-defined]
                   max_backoff=float(o.signin_max_backoff_seconds),  # type: ignore[attr-defined]
                   account_burst=o.account_burst,  # type: ignore[attr-defined]
                   account_per_minute=float(o.account_per_minute),  # type: ignore[attr-defined]
                   path=path)

    def _delay(self, failures: int) -> float:
        if failures < self.free_failures:
            return 0.0
        return min(self.max_backoff, 2.0 ** min(failures - self.free_failures, 30))

    def reserve(self, *, client: str, account: str,
                device: str | None = None) -> Reservation | float:
        """Book one attempt, or return the seconds to wait. `device` is the id of a valid device
        cookie for this very account (the browser signed in to it before), else None."""
        with self._state.transaction() as state:
            now = self.clock()
            key = f"d:{device}" if device else f"c:{client}"
            current = state.get_backoff(key) or _Backoff()
            if current.failures and now - current.last > 2 * self.max_backoff:
                current = _Backoff()                      # long quiet: start afresh
            if now < current.next_allowed:
                return max(1.0, math.ceil(current.next_allowed - now))
            charged: str | None = None
            if device is None:
                bucket = state.get_bucket(account) or _Bucket(float(self.account_burst), now)
                bucket.tokens = min(float(self.account_burst),
                                    bucket.tokens + max(0.0, now - bucket.at) * self.account_rate)
                bucket.at = now
                if bucket.tokens < 1:
                    state.put_bucket(account, bucket)
                    return max(1.0, math.ceil((1 - bucket.tokens) / self.account_rate))
                bucket.tokens -= 1
                state.put_bucket(account, bucket)
                charged = account
            failures = current.failures + 1
            state.put_backoff(key, _Backoff(failures, now + self._delay(failures), now))
            return Reservation(key, charged, current)

    def success(self, reservation: Reservation) -> None:
        """The password was right: the client's failures are forgotten, the account token given
        back."""
        with self._state.transaction() as state:
            state.put_backoff(reservation.key, None)
            self._refund(state, reservation)

    def cancel(self, reservation: Reservation) -> None:
        """The check never ran (server busy): undo the booking."""
        with self._state.transaction() as state:
            current = state.get_backoff(reservation.key)
            if current is not None and current.failures == reservation.previous.failures + 1:
                previous = reservation.previous
                state.put_backoff(reservation.key, previous if previous.failures else None)
            self._refund(state, reservation)

    def _refund(self, state: _MemoryState | _SqliteTx, reservation: Reservation) -> None:
        if reservation.account is not None:
            bucket = state.get_bucket(reservation.account)
            if bucket is not None:
                bucket.tokens = min(float(self.account_burst), bucket.tokens + 1)
                state.put_bucket(reservation.account, bucket)
