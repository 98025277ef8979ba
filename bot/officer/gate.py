"""At most N password checks at once, whatever arrives: each scrypt check takes 32 MiB, so a
burst of sign-ins must queue rather than add up (200 at once once took the server to 1.4 GB).

The checks run in worker threads; waiting happens in the event loop (an asyncio semaphore, one
per loop), so waiting sign-ins hold no thread. The queue is bounded too: beyond `max_waiting`,
or after `wait_seconds`, the attempt is refused as busy (`Busy`) without being checked.

With `lock_dir`, the bound holds for the whole machine, not per worker process: a check first
takes one of N slot files (`.officer-hash-<i>.lock`) with an exclusive flock, which the kernel
releases even if the process dies.
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import os
import time
import weakref
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from starlette.concurrency import run_in_threadpool

T = TypeVar("T")


class Busy(Exception):
    """Too many password checks waiting; try again shortly."""


class HashGate:
    def __init__(self, concurrency: int = 2, *, max_waiting: int = 32,
                 wait_seconds: float = 10.0, lock_dir: Path | None = None):
        self.concurrency = concurrency
        self.max_waiting = max_waiting
        self.wait_seconds = wait_seconds
        self.lock_dir = lock_dir
        self.waiting = 0
        self._semaphores: weakref.WeakKeyDictionary[Any, asyncio.Semaphore] = \
            weakref.WeakKeyDictionary()

    def _semaphore(self) -> asyncio.Semaphore:
        loop = asyncio.get_running_loop()
        semaphore = self._semaphores.get(loop)
        if semaphore is None:
            semaphore = self._semaphores[loop] = asyncio.Semaphore(self.concurrency)
        return semaphore

    async def run(self, func: Callable[..., T], *args: Any) -> T:
        semaphore = self._semaphore()
        if semaphore.locked() and self.waiting >= self.max_waiting:
            raise Busy
        self.waiting += 1
        try:
            await asyncio.wait_for(semaphore.acquire(), self.wait_seconds)
        except TimeoutError:
            raise Busy from None
        finally:
            self.waiting -= 1
        # Released when the thread is done, not when the request is: a client that hangs up
        # mid-check must not let a third check start beside the one still running.
        task = asyncio.ensure_future(run_in_threadpool(self._in_slot, func, *args))
        task.add_done_callback(lambda _: semaphore.release())
        return await asyncio.shield(task)

    def _in_slot(self, func: Callable[..., T], *args: Any) -> T:
        with self._machine_slot():
            return func(*args)

    @contextlib.contextmanager
    def _machine_slot(self) -> Iterator[None]:
        if self.lock_dir is None:
            yield
            return
        deadline = time.monotonic() + self.wait_seconds
        while True:
            for index in range(self.concurrency):
                path = self.lock_dir / f".officer-hash-{index}.lock"
                fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    os.close(fd)
                    continue
                try:
                    yield
                finally:
                    fcntl.flock(fd, fcntl.LOCK_UN)
                    os.close(fd)
                return
            if time.monotonic() > deadline:
                raise Busy
            time.sleep(0.005)
