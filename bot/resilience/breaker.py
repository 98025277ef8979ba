"""A small circuit breaker: after a failure, calls are refused for `cooldown` seconds, then one
call is let through to try again (half-open)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class Breaker:
    def __init__(self, cooldown: float = 2.0, clock: Callable[[], float] = time.monotonic):
        self.cooldown = cooldown
        self._clock = clock
        self._lock = threading.Lock()
        self._open_until = 0.0
        self._failed = False
        # Set when a background prober (bot/resilience/maintenance.py) watches the dependency:
        # then no caller is used as the probe (a caller on the event loop would wait out a
        # stalled store's timeout); only the prober's success closes the breaker.
        self.probe_only = False

    @property
    def down(self) -> bool:
        """True while the dependency is known to be failing (open or half-open)."""
        return self._failed

    def allow(self) -> bool:
        """May a call be tried now? While open, no; after the cooldown one caller at a time."""
        if not self._failed:        # the common case, without the lock (a read of one flag)
            return True
        with self._lock:
            if not self._failed:
                return True
            now = self._clock()
            if self.probe_only or now < self._open_until:
                return False
            self._open_until = now + self.cooldown   # this caller is the probe
            return True

    def success(self) -> None:
        if not self._failed and not self._open_until:   # already closed: nothing to change
            return
        with self._lock:
            self._failed = False
            self._open_until = 0.0

    def failure(self) -> None:
        with self._lock:
            self._failed = True
            self._open_until = self._clock() + self.cooldown
