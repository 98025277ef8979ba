"""A logbook that never raises into a turn: failed writes are spooled and replayed.

`open_request` returns the real row id when the logbook answers. When it fails (or is known to
be down, or older writes are still waiting in the spool, so that order is kept) the record is
spooled with a key, and a provisional row id is returned: a negative number derived from the
key, which the session keeps like any row id. Updates to it are spooled too; on replay the
logbook inserts the record once per key (`replay_open`, idempotent) and resolves provisional ids
through that key, in this process or any other sharing the logbook. Check-in outcomes and
handoff counts are spooled and replayed the same way (they have no row id to hand back).
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import threading
from dataclasses import asdict
from pathlib import Path
from typing import Any

from bot.logbook.handoffs import HandoffCount
from bot.logbook.keys import new_request_key
from bot.logbook.outcomes import OutcomeRecord
from bot.logbook.record import NotOnLoop
from bot.logbook.store import RequestRecord
from bot.resilience.breaker import Breaker
from bot.resilience.counters import REPLAYED, SPOOL_PENDING, SPOOLED, STORE_FAILURES
from bot.resilience.spool import Spool

log = logging.getLogger("companion.logbook")


def _key_of(provisional: int) -> str:
    return f"p{-provisional}"


class ResilientLogbook:
    def __init__(self, inner: Any, spool_dir: Path, cooldown: float = 2.0):
        self.inner = inner
        self.spool = Spool(spool_dir)
        self.breaker = Breaker(cooldown)
        self._resolved: dict[int, int] = {}        # provisional → real row id (this process)
        self._replay_lock = threading.Lock()

    def __getattr__(self, name: str) -> Any:     # e.g. `.db` of the SQLite store, in tests
        return getattr(self.inner, name)

    # -- writes from turns --------------------------------------------------------------------
    def _spooling(self) -> bool:
        return self.spool.pending > 0 or not self.breaker.allow()

    def _failed(self, op: str, exc: Exception) -> None:
        self.breaker.failure()
        STORE_FAILURES.labels("logbook", op, type(exc).__name__).inc()
        log.warning("logbook %s failed (%s); spooled", op, type(exc).__name__)

    def open_request(self, record: RequestRecord) -> int:
        if not self._spooling():
            try:
                row = int(self.inner.open_request(record))
            except Exception as exc:
                self._failed("open", exc)
            else:
                self.breaker.success()
                return row
        else:
            STORE_FAILURES.labels("logbook", "open", "skipped").inc()
        key = new_request_key()
        self._spool({"op": "open", "key": key, "record": asdict(record)})
        return -int(key[1:])

    def open_request_once(self, key: str, record: RequestRecord) -> int:
        """Like `open_request`, but at most one row per `key` (from `new_request_key`), however
        often it is called, in any process: a caller that records the key *before* the write
        (e.g. in the person's day mark) can repeat the write after a crash without counting the
        person twice. Returns the row id, or the key's provisional id while the write is spooled.
        """
        if not (key.startswith("p") and key[1:].isdigit()):
            raise ValueError("use a key from new_request_key()")
        provisional = -int(key[1:])
        if not self._spooling():
            try:
                row = int(self.inner.replay_open(key, record))
            except Exception as exc:
                self._failed("open", exc)
            else:
                # Not remembered here: the logbook answers the same id for the same key, and a
                # map of every request opened would only grow.
                self.breaker.success()
                return row
        else:
            STORE_FAILURES.labels("logbook", "open", "skipped").inc()
        self._spool({"op": "open", "key": key, "record": asdict(record)})
        return provisional

    def update_request(self, row_id: int, **fields: Any) -> None:
        if not self._spooling():
            try:
                real = self._resolve(row_id)
                if real is not None:
                    self.inner.update_request(real, **fields)
                    self.breaker.success()
                    return
            except ValueError:
                raise                              # invalid fields: a bug, not an outage
            except Exception as exc:
                self._failed("update", exc)
        else:
            STORE_FAILURES.labels("logbook", "update", "skipped").inc()
        self._spool({"op": "update", "row": row_id, "fields": fields})

    # -- the same writes on the event loop (a PostgreSQL logbook; see bot/logbook/postgres_loop.py)
    def record_outcome(self, record: OutcomeRecord) -> None:
        """One answered check-in (bot/logbook/outcomes.py), spooled like the rest when the
        logbook fails or is known down: a person's answer is counted once it is given."""
        self._count("outcome", "record_outcome", record)

    def count_handoff(self, record: HandoffCount) -> None:
        """One handoff event (bot/logbook/handoffs.py), spooled the same way."""
        self._count("handoff", "count_handoff", record)

    def _count(self, op: str, method: str, record: Any) -> None:
        if not self._spooling():
            try:
                getattr(self.inner, method)(record)
            except Exception as exc:
                self._failed(op, exc)
            else:
                self.breaker.success()
                return
        else:
            STORE_FAILURES.labels("logbook", op, "skipped").inc()
        self._spool({"op": op, "record": asdict(record)})

    @property
    def on_loop(self) -> bool:
        """Whether the logbook underneath can also write on the event loop."""
        return inspect.iscoroutinefunction(getattr(self.inner, "areplay_open", None))

    async def aopen_request_once(self, key: str, record: RequestRecord) -> int:
        """`open_request_once` on the event loop: the same row id or provisional id, the same
        spool. Whatever the loop side cannot do (spooling already, a schema not checked yet,
        an older key table) is done by the blocking side in a thread."""
        if not (key.startswith("p") and key[1:].isdigit()):
            raise ValueError("use a key from new_request_key()")
        if not self._spooling():
            try:
                row = int(await self.inner.areplay_open(key, record))
            except NotOnLoop:
                pass
            except asyncio.CancelledError:       # cut short: the count is kept all the same
                self._spool({"op": "open", "key": key, "record": asdict(record)})
                raise
            except Exception as exc:
                self._failed("open", exc)
                await asyncio.to_thread(self._spool, {"op": "open", "key": key,
                                                      "record": asdict(record)})
                return -int(key[1:])
            else:
                self.breaker.success()
                return row
        return await asyncio.to_thread(self.open_request_once, key, record)

    async def aupdate_request(self, row_id: int, **fields: Any) -> None:
        """`update_request` on the event loop, spooled the same way when it fails."""
        if row_id > 0 and not self._spooling():
            try:
                await self.inner.aupdate_request(row_id, **fields)
            except ValueError:
                raise                              # invalid fields: a bug, not an outage
            except NotOnLoop:
                pass
            except asyncio.CancelledError:
                self._spool({"op": "update", "row": row_id, "fields": fields})
                raise
            except Exception as exc:
                self._failed("update", exc)
                await asyncio.to_thread(self._spool, {"op": "update", "row": row_id,
                                                      "fields": fields})
                return
            else:
                self.breaker.success()
                return
        await asyncio.to_thread(self.update_request, row_id, **fields)

    async def aclose(self) -> None:
        """Close the logbook's event-loop connection, if it made one; never raises."""
        try:
            await self.inner.aclose()
        except Exception as exc:
            log.warning("logbook close failed (%s)", type(exc).__name__)

    def _spool(self, entry: dict[str, Any]) -> None:
        try:
            self.spool.append(entry)
        except OSError as exc:   # the disk too: the person is still answered; counted, logged
            STORE_FAILURES.labels("spool", entry["op"], type(exc).__name__).inc()
            log.error("logbook spool write failed (%s): one count is lost",
                      type(exc).__name__)
            return
        SPOOLED.inc()
        SPOOL_PENDING.set(self.spool.pending)

    def _resolve(self, row_id: int) -> int | None:
        if row_id > 0:
            return row_id
        real = self._resolved.get(row_id)
        if real is None:
            real = self.inner.replayed_row(_key_of(row_id))
            if real is not None:
                self._resolved[row_id] = real
        return real

    # -- background ---------------------------------------------------------------------------
    @property
    def backlog(self) -> bool:
        return self.spool.pending > 0 or self.spool.has_orphans()

    def replay(self) -> int:
        """Replay the spool into the logbook (called off the loop by the maintenance thread).
        Raises nothing; returns how many writes were applied."""
        with self._replay_lock:
            try:
                applied = self.spool.replay(self._apply)
            except Exception as exc:
                self.breaker.failure()
                STORE_FAILURES.labels("logbook", "replay", type(exc).__name__).inc()
                log.warning("logbook replay stopped (%s); will retry", type(exc).__name__)
                applied = 0
            else:
                self.breaker.success()
            SPOOL_PENDING.set(self.spool.pending)
            return applied

    def _apply(self, entry: dict[str, Any]) -> None:
        if entry.get("op") == "open":
            row = self.inner.replay_open(str(entry["key"]), RequestRecord(**entry["record"]))
            key = str(entry["key"])
            if key.startswith("p") and key[1:].isdigit():
                self._resolved[-int(key[1:])] = row
        elif entry.get("op") == "update":
            real = self._resolve(int(entry["row"]))
            if real is None:
                raise LookupError("a spooled update names a row not written yet")
            self.inner.update_request(real, **entry["fields"])
        elif entry.get("op") == "outcome":
            self.inner.record_outcome(OutcomeRecord(**entry["record"]))
        elif entry.get("op") == "handoff":
            self.inner.count_handoff(HandoffCount(**entry["record"]))
        REPLAYED.inc()

    def ping(self) -> bool:
        try:
            ok = bool(self.inner.ping())
        except Exception:
            ok = False
        if not ok:
            self.breaker.failure()
        elif self.spool.pending == 0:
            self.breaker.success()
        return ok

    @property
    def down(self) -> bool:
        return self.breaker.down

    def close(self) -> None:
        self.spool.close()
        self.inner.close()
