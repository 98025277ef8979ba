"""Session reads and writes on the event loop, sent to Redis in batches.

Every turn reads one session and writes it back: two round trips. Under load many turns do so
at once, and one round trip per command is what a Redis client costs most (measured with
redis-py's asyncio client on this machine: 73 µs of CPU for a lone GET, 18 µs per key in a
five-key MGET, 29 µs per SET in a five-command pipeline). So commands asked for while a batch is
on the wire wait for it and go together in the next one: writes first (a person's newer
session wins over an older read), then one MGET for every key read. A lone command is sent at
once: nothing waits for company, so a quiet bot pays no latency for this.
"""

from __future__ import annotations

import asyncio
from typing import Any


class RedisBatcher:
    """Coalesces GET, SET … EX and DEL from concurrent turns into one pipeline per round
    trip. One batch is in flight at a time; results (or the batch's error) go to each caller."""

    def __init__(self, client: Any):
        self._client = client
        self._reads: dict[str, list[asyncio.Future[Any]]] = {}
        self._writes: list[tuple[str, str, Any, int, asyncio.Future[Any]]] = []
        self._busy = False

    async def aclose(self) -> None:
        """Close the client's connections (what is in flight ends first)."""
        for _ in range(200):           # at most ~2 s: a batch is bounded by socket timeouts
            if not self._busy:
                break
            await asyncio.sleep(0.01)
        await self._client.aclose()

    async def get(self, name: str) -> Any:
        """The value stored under `name` (bytes), or None."""
        future = asyncio.get_running_loop().create_future()
        self._reads.setdefault(name, []).append(future)
        self._kick()
        return await future

    async def get_many(self, names: list[str]) -> list[Any]:
        """The values stored under `names`, read in the same batch."""
        loop = asyncio.get_running_loop()
        futures = [loop.create_future() for _ in names]
        for name, future in zip(names, futures, strict=True):
            self._reads.setdefault(name, []).append(future)
        self._kick()
        try:
            return [await future for future in futures]
        except BaseException:
            for future in futures:     # one batch, one fate: no error left unretrieved
                if future.done() and not future.cancelled():
                    future.exception()
                else:
                    future.cancel()
            raise

    async def set(self, name: str, value: str, ttl_seconds: int) -> None:
        await self._write("set", name, value, ttl_seconds)

    async def delete(self, name: str) -> None:
        await self._write("delete", name, None, 0)

    async def _write(self, op: str, name: str, value: Any, ttl_seconds: int) -> None:
        future = asyncio.get_running_loop().create_future()
        self._writes.append((op, name, value, ttl_seconds, future))
        self._kick()
        await future

    # Rarer commands (a channel's update marks and message-id lists) go on their own, straight
    # to the client: batching them would gain little and complicate every batch's results.
    async def set_once(self, name: str, ttl_seconds: int) -> bool:
        """SET name 1 EX ttl NX: True when the name was not set."""
        return bool(await self._client.set(name, "1", ex=ttl_seconds, nx=True))

    async def append(self, name: str, items: list[str], ttl_seconds: int, keep: int) -> None:
        """RPUSH, LTRIM to the newest `keep`, EXPIRE, in one transaction."""
        pipe = self._client.pipeline(transaction=True)
        pipe.rpush(name, *items)
        pipe.ltrim(name, -keep, -1)
        pipe.expire(name, ttl_seconds)
        await pipe.execute()

    async def items(self, name: str) -> list[Any]:
        return list(await self._client.lrange(name, 0, -1))

    def _kick(self) -> None:
        if not self._busy:
            self._busy = True
            asyncio.get_running_loop().call_soon(self._send)   # same-tick callers join

    def _send(self) -> None:
        reads, self._reads = self._reads, {}
        writes, self._writes = self._writes, []
        if not reads and not writes:
            self._busy = False
            return
        task = asyncio.ensure_future(self._round_trip(reads, writes))
        task.add_done_callback(self._next)

    def _next(self, task: asyncio.Future[None]) -> None:
        if task.cancelled():       # the loop is shutting down: nothing more is sent
            self._busy = False
            return
        if self._reads or self._writes:
            self._send()       # what queued while that batch was on the wire goes now
        else:
            self._busy = False

    async def _round_trip(self, reads: dict[str, list[asyncio.Future[Any]]],
                          writes: list[tuple[str, str, Any, int, asyncio.Future[Any]]]) -> None:
        names = list(reads)
        try:
            if len(writes) == 0 and len(names) == 1:
                results: list[Any] = [[await self._client.get(names[0])]]
            elif len(writes) == 1 and not names:
                results = [await self._single_write(writes[0])]
            else:
                pipe = self._client.pipeline(transaction=False)
                for op, name, value, ttl, _ in writes:
                    if op == "set":
                        pipe.set(name, value, ex=ttl)
                    else:
                        pipe.delete(name)
                if names:
                    pipe.mget(names)
                results = await pipe.execute(raise_on_error=False)
        except BaseException as exc:   # every waiting caller gets the error
            error = exc if isinstance(exc, Exception) else ConnectionError("cancelled")
            for *_, future in writes:
                _settle(future, error=error)
            for futures in reads.values():
                for future in futures:
                    _settle(future, error=error)
            return
        for (*_, future), result in zip(writes, results, strict=False):
            _settle(future, error=result if isinstance(result, Exception) else None)
        if names:
            values = results[len(writes)]
            for name, value in zip(names, _values(values, len(names)), strict=True):
                for future in reads[name]:
                    _settle(future, value=value, error=values
                            if isinstance(values, Exception) else None)

    async def _single_write(self, write: tuple[str, str, Any, int, asyncio.Future[Any]]
                            ) -> Any:
        op, name, value, ttl, _ = write
        if op == "set":
            return await self._client.set(name, value, ex=ttl)
        return await self._client.delete(name)


def _values(values: Any, count: int) -> list[Any]:
    return [None] * count if isinstance(values, Exception) else list(values)


def _settle(future: asyncio.Future[Any], value: Any = None,
            error: BaseException | None = None) -> None:
    if future.done():          # its caller gave up (a turn's deadline)
        return
    if error is not None:
        future.set_exception(error)
    else:
        future.set_result(value)
