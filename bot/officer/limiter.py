"""Officer sign-in limits, taken *before* the password check (32 MiB of scrypt each).

`reserve` is synchronous and is called with no await between the decision and the booking, so
200 concurrent guesses cannot all pass the check before any of them is counted: each attempt is
booked as a failure up front, and only a right password gives it back.

- Per client (address, or /64 for IPv6): `free_failures` wrong passwords, then a backoff that
  doubles from 1 s up to `max_backoff` between attempts. This is the lockout, and it is per
  client: an attacker locks out only themself.
- Per account, for browsers that have never signed in to it: a token bucket of `account_burst`
  attempts refilled at `account_per_minute`, which bounds what many clients together (a botnet,
  rotating addresses) can try against one account. It is a throttle with a short Retry-After,
  never a lockout, and a browser that has signed in to the account before (it holds a signed
  device cookie, which an attacker cannot make) does not draw on it: that browser has its own
  per-device backoff instead, so an attack can never lock the officer out of their own browser.

Memory is bounded (least recently used entries are forgotten first). Limits are per process.
"""

from __future__ import annotations

import math
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass


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


class SignInLimiter:
    def __init__(self, *, free_failures: int = 5, max_backoff: float = 900.0,
                 account_burst: int = 10, account_per_minute: float = 6.0,
                 max_keys: int = 10_000, clock: Callable[[], float] = time.monotonic):
        self.free_failures = free_failures
        self.max_backoff = max_backoff
        self.account_burst = account_burst
        self.account_rate = account_per_minute / 60.0
        self.max_keys = max_keys
        self.clock = clock
        self._lock = threading.Lock()
        self._backoff: OrderedDict[str, _Backoff] = OrderedDict()
        self._accounts: OrderedDict[str, _Bucket] = OrderedDict()

    @classmethod
    def from_settings(cls, officers: object) -> SignInLimiter:
        o = officers
        return cls(free_failures=o.signin_free_failures,  # type: ignore[attr-defined]
                   max_backoff=float(o.signin_max_backoff_seconds),  # type: ignore[attr-defined]
                   account_burst=o.account_burst,  # type: ignore[attr-defined]
                   account_per_minute=float(o.account_per_minute))  # type: ignore[attr-defined]

    def _delay(self, failures: int) -> float:
        if failures < self.free_failures:
            return 0.0
        return min(self.max_backoff, 2.0 ** min(failures - self.free_failures, 30))

    @staticmethod
    def _touch(table: OrderedDict, key: str, value: object, limit: int) -> None:
        table[key] = value
        table.move_to_end(key)
        while len(table) > limit:
            table.popitem(last=False)

    def reserve(self, *, client: str, account: str,
                device: str | None = None) -> Reservation | float:
        """Book one attempt, or return the seconds to wait. `device` is the id of a valid device
        cookie for this very account (the browser signed in to it before), else None."""
        with self._lock:
            now = self.clock()
            key = f"d:{device}" if device else f"c:{client}"
            state = self._backoff.get(key) or _Backoff()
            if state.failures and now - state.last > 2 * self.max_backoff:
                state = _Backoff()                      # long quiet: start afresh
            if now < state.next_allowed:
                return max(1.0, math.ceil(state.next_allowed - now))
            charged: str | None = None
            if device is None:
                bucket = self._accounts.get(account) or _Bucket(float(self.account_burst), now)
                bucket.tokens = min(float(self.account_burst),
                                    bucket.tokens + (now - bucket.at) * self.account_rate)
                bucket.at = now
                self._touch(self._accounts, account, bucket, self.max_keys)
                if bucket.tokens < 1:
                    return max(1.0, math.ceil((1 - bucket.tokens) / self.account_rate))
                bucket.tokens -= 1
                charged = account
            previous = _Backoff(state.failures, state.next_allowed, state.last)
            failures = state.failures + 1
            booked = _Backoff(failures, now + self._delay(failures), now)
            self._touch(self._backoff, key, booked, self.max_keys)
            return Reservation(key, charged, previous)

    def success(self, reservation: Reservation) -> None:
        """The password was right: the client's failures are forgotten, the account token given
        back."""
        with self._lock:
            self._backoff.pop(reservation.key, None)
            self._refund(reservation)

    def cancel(self, reservation: Reservation) -> None:
        """The check never ran (server busy): undo the booking."""
        with self._lock:
            current = self._backoff.get(reservation.key)
            if current is not None and current.failures == reservation.previous.failures + 1:
                self._backoff[reservation.key] = reservation.previous
            self._refund(reservation)

    def _refund(self, reservation: Reservation) -> None:
        if reservation.account is not None:
            bucket = self._accounts.get(reservation.account)
            if bucket is not None:
                bucket.tokens = min(float(self.account_burst), bucket.tokens + 1)
