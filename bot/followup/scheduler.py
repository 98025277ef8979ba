"""Sending due check-ins exactly once, from any number of processes.

Every `interval` seconds the scheduler claims a few due rows (the store leases each one for
`lease` seconds in one atomic statement), opens them with the key and hands each to `deliver`,
which answers "sent" (the row is deleted), "drop" (deleted too: blocked, outside a platform's
window, a key that no longer opens it) or "retry" (left leased until a later try; after
`max_attempts` it is dropped). A process killed between claim and send leaves the row leased:
when the lease runs out another process (or this one, restarted) claims and sends it.

Logs name the channel and what happened, never the person.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import time
from collections.abc import Awaitable, Callable

from bot.followup.keys import FollowupKey
from bot.followup.store import Due, FollowupStore, open_due

log = logging.getLogger("companion.followup")

Deliver = Callable[[Due], Awaitable[str]]
# Test hook (documented in README): pause this many seconds right after a claim, so a test can
# kill -9 the process between claim and send.
PAUSE_ENV = "COMPANION_FOLLOWUP_TEST_PAUSE_AFTER_CLAIM"


class Scheduler:
    def __init__(self, store: FollowupStore, key: FollowupKey, deliver: Deliver, *,
                 now: Callable[[], float] = time.time, interval: float = 30.0,
                 lease: float = 300.0, max_attempts: int = 5, batch: int = 20):
        self.store, self.key, self.deliver = store, key, deliver
        self.now, self.interval, self.lease = now, interval, lease
        self.max_attempts, self.batch = max_attempts, batch
        self._task: asyncio.Task[None] | None = None

    async def run_once(self) -> int:
        """Claim and handle the due check-ins; how many were sent."""
        rows = await asyncio.to_thread(self.store.claim, self.now(), self.lease, self.batch)
        if not rows:
            return 0
        pause = float(os.environ.get(PAUSE_ENV, "0") or 0)
        if pause > 0:
            log.warning("follow-up: %d check-in(s) claimed; pausing %g s (test hook %s)",
                        len(rows), pause, PAUSE_ENV)
            await asyncio.sleep(pause)
        sent = 0
        for row in rows:
            sent += await self._one(row)
        return sent

    async def _one(self, row: tuple[int, str, int, bytes]) -> int:
        due = open_due(self.key, row)
        if due is None:
            log.warning("follow-up: a check-in on %s does not open with the current key; dropped",
                        row[1])
            await asyncio.to_thread(self.store.done, row[0])
            return 0
        try:
            outcome = await self.deliver(due)
        except Exception as exc:
            log.error("follow-up: sending a check-in on %s failed (%s)", due.channel,
                      type(exc).__name__)
            outcome = "retry"
        if outcome == "sent":
            await asyncio.to_thread(self.store.done, due.id)
            log.info("follow-up: a check-in was sent on %s", due.channel)
            return 1
        if outcome == "retry" and due.attempts < self.max_attempts:
            backoff = min(self.lease, self.interval * (2 ** due.attempts))
            await asyncio.to_thread(self.store.retry_at, due.id, self.now() + backoff)
            return 0
        if outcome == "retry":
            log.warning("follow-up: a check-in on %s could not be sent after %d attempts; "
                        "dropped", due.channel, due.attempts)
        await asyncio.to_thread(self.store.done, due.id)
        return 0

    async def run(self) -> None:
        while True:
            try:
                await self.run_once()
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # a store that is down: try again next time
                log.warning("follow-up: looking for due check-ins failed (%s)",
                            type(exc).__name__)
            await asyncio.sleep(self.interval)

    def start(self) -> None:
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self.run())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task
            self._task = None
