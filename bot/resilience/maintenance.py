"""Health probes and spool replay, in a daemon thread: never on the event loop.

Every `interval` seconds each dependency is pinged (each with its own short timeout, in its own
thread, so one stalled store does not delay the other's probe); /healthz reads the last result
without waiting. When the logbook answers and writes are waiting in the spool, they are replayed.
"""

from __future__ import annotations

import logging
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any

from bot.resilience.counters import DEPENDENCY_UP

log = logging.getLogger("companion.health")


class Maintenance:
    def __init__(self, dependencies: dict[str, Any], interval: float = 1.0,
                 probe_timeout: float = 1.0):
        self.dependencies = dependencies
        self.interval = interval
        self.probe_timeout = probe_timeout
        self.status: dict[str, bool] = dict.fromkeys(dependencies, True)
        self.checked_at = 0.0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        # One thread per dependency, plus room for a probe that is still stuck.
        self._pool = ThreadPoolExecutor(max_workers=2 * len(dependencies) + 1,
                                        thread_name_prefix="companion-probe")
        self._inflight: dict[str, Any] = {}
        self.first_check = threading.Event()

    def start(self) -> None:
        if self._thread is None:
            for dep in self.dependencies.values():
                breaker = getattr(dep, "breaker", None)
                if breaker is not None:
                    breaker.probe_only = True
            self._thread = threading.Thread(target=self._run, name="companion-maintenance",
                                            daemon=True)
            self._thread.start()

    def _run(self) -> None:
        while True:
            try:
                self.check()
                self.replay()
            except Exception as exc:   # the monitor itself must never die
                log.error("maintenance pass failed (%s)", type(exc).__name__)
            finally:
                self.first_check.set()
            if self._stop.wait(self.interval):
                return

    def wait_first_check(self) -> None:
        """Block (off the event loop) until the first probes are in, at most a probe timeout."""
        self.first_check.wait(self.probe_timeout + 0.5)

    def check(self) -> dict[str, bool]:
        futures = {}
        for name, dep in self.dependencies.items():
            running = self._inflight.get(name)
            if running is not None and not running.done():
                futures[name] = None          # the last probe is still stuck: down
                continue
            futures[name] = self._inflight[name] = self._pool.submit(_ping, dep)
        deadline = time.monotonic() + self.probe_timeout
        for name, future in futures.items():
            ok = False
            if future is not None:
                try:
                    ok = bool(future.result(timeout=max(0.0, deadline - time.monotonic())))
                except FutureTimeout:
                    ok = False
            if ok != self.status.get(name):
                log.warning("dependency %s is %s", name, "back" if ok else "down")
            self.status[name] = ok
            DEPENDENCY_UP.labels(name).set(1 if ok else 0)
        self.checked_at = time.monotonic()
        return dict(self.status)

    def replay(self) -> None:
        logbook = self.dependencies.get("logbook")
        if logbook is not None and self.status.get("logbook") and getattr(logbook, "backlog",
                                                                          False):
            logbook.replay()

    def stop(self) -> None:
        for dep in self.dependencies.values():
            breaker = getattr(dep, "breaker", None)
            if breaker is not None:
                breaker.probe_only = False
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._pool.shutdown(wait=False, cancel_futures=True)


def _ping(dependency: Any) -> bool:
    try:
        return bool(dependency.ping())
    except Exception:
        return False
