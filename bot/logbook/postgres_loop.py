"""The PostgreSQL logbook's writes from a turn, made on the server's event loop.

A statement sent from a turn's thread while the event loop is busy costs several times its own
CPU (measured here: an UPDATE took ~40 µs alone and ~300 µs from a thread beside a busy loop,
as the GIL passes back and forth at every blocking socket call); with psycopg's asyncio
connection the same statement costs ~70–90 µs on the loop. So when sessions are read on the loop
(`bot/sessions/loop_session.py`), a turn's count writes are made here after the turn.

The same guarantees as the blocking side: one connection (statements from concurrent turns
wait their turn), the server's `statement_timeout` and `lock_timeout`, a client-side deadline
(`asyncio.timeout`, in place of the blocking side's watchdog), `synchronous_commit=off`, and a
connection that failed is dropped and made again by the next call. Work this side does not do
(a schema not checked yet, an older version's key table) raises `NotOnLoop`, and the caller
uses the blocking side in a thread instead.
"""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import asdict
from typing import Any

import psycopg

from bot.logbook.keys import key_row_id
from bot.logbook.record import REPLAYS, TABLE, NotOnLoop, RequestRecord, check_update


class PostgresOnLoop:
    """psycopg's asyncio connection for one `PostgresLogbook`, bound to one event loop."""

    def __init__(self, logbook: Any):
        self._logbook = logbook
        self._conn: psycopg.AsyncConnection[Any] | None = None
        self._lock: asyncio.Lock | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._legacy = False         # an older version's key table was found: blocking side
        # statements waiting for the connection: (sql, params, the future their caller awaits)
        self._queue: list[tuple[str, tuple[Any, ...], asyncio.Future[None]]] = []

    async def replay_open(self, key: str, record: RequestRecord, once_sql: str) -> int:
        """`INSERT … ON CONFLICT (id) DO NOTHING` under the key's row id (see `replay_open`)."""
        row_id = key_row_id(key)
        await self._execute(once_sql, (row_id, *asdict(record).values()))
        return row_id

    async def update_request(self, row_id: int, **fields: Any) -> None:
        if not check_update(fields):
            return
        sets = ", ".join(f"{name} = %s" for name in fields)
        await self._execute(f"UPDATE {TABLE} SET {sets} WHERE id = %s",
                            (*fields.values(), row_id))

    async def aclose(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(Exception):
                await conn.close()

    async def _execute(self, sql: str, params: tuple[Any, ...]) -> None:
        """Run one statement, in one pipeline with the statements queued behind the one in
        flight.

        With many people writing at once, turns end while a statement is on the wire; their
        statements queue, and whoever holds the connection next sends all of them in one
        pipeline (one round trip, one wait) instead of one wait each, which cost ~100 µs of
        the loop's CPU per statement. Each statement is still its own autocommit: if any
        fails, or the connection does, every statement of that pipeline fails to its caller,
        which spools it (an insert under its key and an update by id are safe to replay)."""
        if self._legacy or not self._logbook.schema_checked:
            raise NotOnLoop("the blocking side checks the schema and knows older key tables")
        loop = asyncio.get_running_loop()
        if self._loop is not loop:               # a new loop: a new lock, a new connection
            self._loop, self._lock, self._conn = loop, asyncio.Lock(), None
            self._queue = []
        assert self._lock is not None
        done: asyncio.Future[None] = loop.create_future()
        item = (sql, params, done)
        self._queue.append(item)
        try:
            # One bound over waiting for the connection and using it: behind a stalled
            # statement, the calls queued on the lock fail in time too (and are spooled).
            async with asyncio.timeout(self._logbook.timeout + 0.5):
                async with self._lock:
                    if not done.done():
                        await self._send_queued()
            await done
        except BaseException:
            if item in self._queue:              # (timed out before it was sent: not sent)
                self._queue.remove(item)
            if not done.done():
                done.cancel()
            elif not done.cancelled():
                done.exception()                 # (read: never "exception never retrieved")
            raise

    async def _send_queued(self) -> None:
        """Send every queued statement (the caller holds the lock); each one's future is
        answered with the pipeline's outcome."""
        batch, self._queue = self._queue, []
        try:
            conn = await self._connection()
            if len(batch) == 1:
                await conn.execute(batch[0][0], batch[0][1])
            else:
                async with conn.pipeline():
                    for sql, params, _done in batch:
                        await conn.execute(sql, params)
        except BaseException as exc:
            await self._drop()
            for _sql, _params, waiting in batch:
                if not waiting.done():
                    waiting.set_exception(exc if isinstance(exc, Exception) else
                                          ConnectionError("the logbook write was cut short"))
            raise
        for _sql, _params, waiting in batch:
            if not waiting.done():
                waiting.set_result(None)

    async def _connection(self) -> psycopg.AsyncConnection[Any]:
        if self._conn is None or self._conn.closed or self._conn.broken:
            conn = await psycopg.AsyncConnection.connect(self._logbook.url, autocommit=True,
                                                         **self._logbook.connect_options())
            found = await (await conn.execute("SELECT to_regclass(%s)", (REPLAYS,))).fetchone()
            if found and found[0] is not None:
                await conn.close()
                self._legacy = True
                raise NotOnLoop("an older version's key table is still there")
            self._conn = conn
        return self._conn

    async def _drop(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(Exception):
                await conn.close()
