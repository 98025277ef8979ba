"""Counting help requests in the anonymous logbook, once per person per day.

A row is written as soon as someone asks for help or danger is detected (leaving half-way still
counts as having sought help); later answers in the same session fill that row in. "Once per day"
is a marker in the session store under a keyed hash of the person, expiring at the city's
midnight: the logbook itself never learns who anyone is. The mark carries the row's key (its id
to be, bot/logbook/keys.py), written before the row and confirmed after it, so a crash between
the two never counts a person twice: the next message writes the row again under the same key,
which the logbook inserts at most once.

Within a turn run by the engine (`turn.writes` set, see `batch`), what the flows count is
gathered and written once when the turn ends (`flush`): a request opened and filled in by the
same message is one insert, later answers one update per message, instead of one write per
field. A turn object without `writes` (a caller outside the engine) is written at once. When
the server runs the turn with its keys on the event loop (Redis sessions, `LoopSession`) and the
logbook can write there too (PostgreSQL), `flush` hands the writes to the loop instead, in the
same order (`_on_loop`).
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field
from typing import Any

from bot import metrics
from bot.config import Settings
from bot.core.count_limit import CountLimiter, counting_client
from bot.logbook import Logbook, RequestRecord
from bot.logbook.keys import key_row_id
from bot.logbook.record import check_update
from bot.resilience.logbook import new_request_key
from bot.sessions import SessionStore, session_key
from bot.sessions.loop_session import LoopSession


@dataclass
class PendingWrites:
    """What one turn counts, written by `RequestCounter.flush` when the turn ends."""

    record: RequestRecord | None = None    # a row to open under `key`, with its day mark
    key: str = ""
    marker: str = ""
    fields: dict[str, Any] = field(default_factory=dict)   # updates, the last value wins
    sessions: Any = None    # the turn's LoopSession: day marks are read and written through it


def day_mark_of(session_key_: str) -> str:
    """The day mark's key of the person whose session is under `session_key_`: the same keyed
    digest in the mark's namespace (`session_key(channel, user, "day")`)."""
    return f"day:{session_key_.partition(':')[2]}"


class RequestCounter:
    def __init__(self, logbook: Logbook, sessions: SessionStore, settings: Settings):
        self._logbook = logbook
        self._sessions = sessions
        self._settings = settings
        self.limiter = CountLimiter.from_settings(settings)
        self._midnight = 0.0    # the next midnight in the city, as a timestamp (worked out once a day)

    def today(self) -> dt.date:
        return dt.datetime.now(self._settings.city.timezone).date()

    def _seconds_to_midnight(self) -> int:
        """Seconds until the city's next midnight, and a minute more (a day mark's life). The
        midnight is worked out once a day (a time zone's rules cost more than the subtraction)."""
        now = time.time()
        midnight = self._midnight
        if now >= midnight:
            local = dt.datetime.fromtimestamp(now, self._settings.city.timezone)
            midnight = self._midnight = dt.datetime.combine(
                local.date() + dt.timedelta(days=1), dt.time(),
                tzinfo=self._settings.city.timezone).timestamp()
        return max(60, int(midnight - now) + 60)

    @staticmethod
    def batch(sessions: Any = None) -> PendingWrites:
        """An empty set of writes for a turn (`turn.writes`), written by `flush`.

        `sessions` is given when the server reads and writes the turn's keys on its event loop
        (`LoopSession`): the day mark, read before the turn with the session, is then answered
        from memory, and the mark that confirms a new row is written after the turn with the
        session. Deferring that one is safe: a crash before it lands leaves the unconfirmed
        mark, and the next message writes the row again under the same key, which the logbook
        inserts at most once."""
        return PendingWrites(sessions=sessions if isinstance(sessions, LoopSession) else None)

    @staticmethod
    def day_mark_key(channel: str, user: str) -> str:
        """The session-store key of a person's "counted today" mark."""
        return session_key(channel, user, "day")

    def flush(self, turn: Any) -> None:
        """Write what the turn counted: the new row (with every field the turn filled in) and
        its day mark, or one update of the row the session already has."""
        pending: PendingWrites | None = getattr(turn, "writes", None)
        if pending is None:
            return
        turn.writes = PendingWrites(sessions=pending.sessions)
        marks = pending.sessions if pending.sessions is not None else self._sessions
        session = turn.session
        if self._on_loop(pending, session):
            return
        if pending.record is not None:
            record = pending.record
            if pending.fields:
                record = RequestRecord(**{**_fields_of(record), **pending.fields})
            self._mark(pending.marker, record.day, pending.key, written=False, store=marks)
            session.request_row = self._logbook.open_request_once(pending.key, record)
            confirm = marks.put_after_turn if pending.sessions is not None else marks.put
            confirm(pending.marker, {"day": record.day, "key": pending.key, "written": True},
                    self._seconds_to_midnight())
        elif pending.fields and session.request_row is not None:
            self._logbook.update_request(session.request_row, **pending.fields)

    def _on_loop(self, pending: PendingWrites, session: Any) -> bool:
        """Hand the turn's writes to the event loop when both the sessions and the logbook can
        be written there (Redis and PostgreSQL): True when they were taken.

        The same order as `flush`, on the loop after the turn: the unconfirmed day mark, then
        the row, then the session (holding the row's id) with the confirming mark. A crash
        anywhere in between leaves at worst the unconfirmed mark, and the next message writes
        the row again under the same key, which the logbook inserts at most once."""
        turn_store = pending.sessions
        if not isinstance(turn_store, LoopSession) or not getattr(self._logbook, "on_loop", False):
            return False
        record, fields, row = pending.record, dict(pending.fields), session.request_row
        if record is None and not (fields and row is not None):
            return True                       # nothing counted this turn
        if record is not None and fields:
            record = RequestRecord(**{**_fields_of(record), **fields})
        key, marker, ttl = pending.key, pending.marker, self._seconds_to_midnight()

        async def write() -> None:
            if record is None:
                await self._logbook.aupdate_request(row, **fields)
                return
            mark = {"day": record.day, "key": key, "written": False}
            await self._sessions.aput(marker, mark, ttl)
            opened = await self._logbook.aopen_request_once(key, record)
            turn_store.update_held(turn_store.key, request_row=opened)
            turn_store.put_after_turn(marker, {**mark, "written": True}, ttl)

        if not turn_store.defer(write):
            return False                      # past the deadline: written here, now
        if record is not None:
            session.request_row = key_row_id(key)   # its id is the key's number (keys.py)
        return True

    def open(self, turn: Any, **fields: Any) -> None:
        """Make sure this session's request is counted; fill in `fields` if it has a row."""
        session = turn.session
        pending: PendingWrites | None = getattr(turn, "writes", None)
        if session.request_row is not None or (pending is not None and pending.record):
            self.update(turn, **fields)
            return
        day = self.today().isoformat()
        loop_session = pending.sessions if pending is not None else None
        # (on the server's loop the session's key is known: the mark's key shares its digest,
        # and is not hashed again in this thread, where the last digest is another person's)
        marker = day_mark_of(loop_session.key) if loop_session is not None else \
            self.day_mark_key(turn.inbound.channel, turn.inbound.user)
        marks = loop_session if loop_session is not None else self._sessions
        seen = marks.get(marker)
        record = RequestRecord(day=day, channel=turn.inbound.channel, language=session.language,
                               **fields)
        if seen and seen.get("day") == day:
            if seen.get("written") is False and seen.get("key"):
                # A process stopped between marking the day and confirming the row: write it
                # again under the same key (at most one row per key, in any process).
                if pending is not None:
                    pending.record, pending.key, pending.marker = record, seen["key"], marker
                    return
                session.request_row = self._logbook.open_request_once(seen["key"], record)
                self._mark(marker, day, seen["key"], written=True, store=marks)
            return  # already counted today; nothing links this session to that row
        client = counting_client.get()
        over = self.limiter.allow(client) if client is not None else None
        if over is not None:
            # Answered in full, just not counted; marked as seen so the person is not
            # reconsidered at every message.
            metrics.UNCOUNTED.labels(turn.inbound.channel, over).inc()
            marks.put(marker, {"day": day}, self._seconds_to_midnight())
            return
        # The day mark (with the row's idempotency key) is written before the row and confirmed
        # after it, so a kill -9 anywhere in between never counts the person twice.
        key = new_request_key()
        if pending is not None:   # written when the turn ends, with what else it counted
            pending.record, pending.key, pending.marker = record, key, marker
            return
        self._mark(marker, day, key, written=False, store=marks)
        session.request_row = self._logbook.open_request_once(key, record)
        self._mark(marker, day, key, written=True, store=marks)

    def _mark(self, marker: str, day: str, key: str, *, written: bool, store: Any) -> None:
        store.put(marker, {"day": day, "key": key, "written": written},
                  self._seconds_to_midnight())

    def update(self, turn: Any, **fields: Any) -> None:
        """Fill in the open request's row; a no-op when this session has none."""
        row = turn.session.request_row
        pending: PendingWrites | None = getattr(turn, "writes", None)
        if pending is not None and (row is not None or pending.record is not None) and fields:
            check_update(dict(fields))   # a bad field fails here, where the flow asked for it
            pending.fields.update(fields)
            return
        if row is None or not fields:
            return
        self._logbook.update_request(row, **fields)


def _fields_of(record: RequestRecord) -> dict[str, Any]:
    return {name: getattr(record, name) for name in RequestRecord.__dataclass_fields__}
