"""Counting help requests in the anonymous logbook, once per person per day.

A row is written as soon as someone asks for help or danger is detected (leaving half-way still
counts as having sought help); later answers in the same session fill that row in. "Once per day"
is a marker in the session store under a keyed hash of the person, expiring at the city's
midnight: the logbook itself never learns who anyone is. The mark carries a random key for the
row (written before the row, confirmed after it), so a crash between the two never counts a
person twice: the next message writes the row again under the same key, which the logbook
inserts at most once.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from bot import metrics
from bot.config import Settings
from bot.core.count_limit import CountLimiter, counting_client
from bot.logbook import Logbook, RequestRecord
from bot.resilience.logbook import new_request_key
from bot.sessions import SessionStore, session_key


class RequestCounter:
    def __init__(self, logbook: Logbook, sessions: SessionStore, settings: Settings):
        self._logbook = logbook
        self._sessions = sessions
        self._settings = settings
        self.limiter = CountLimiter.from_settings(settings)

    def today(self) -> dt.date:
        return dt.datetime.now(self._settings.city.timezone).date()

    def _seconds_to_midnight(self) -> int:
        now = dt.datetime.now(self._settings.city.timezone)
        midnight = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time(),
                                       tzinfo=self._settings.city.timezone)
        return max(60, int((midnight - now).total_seconds()) + 60)

    def open(self, turn: Any, **fields: Any) -> None:
        """Make sure this session's request is counted; fill in `fields` if it has a row."""
        session = turn.session
        if session.request_row is not None:
            self.update(turn, **fields)
            return
        day = self.today().isoformat()
        marker = session_key(turn.inbound.channel, turn.inbound.user, "day")
        seen = self._sessions.get(marker)
        record = RequestRecord(day=day, channel=turn.inbound.channel, language=session.language,
                               **fields)
        if seen and seen.get("day") == day:
            if seen.get("written") is False and seen.get("key"):
                # A process stopped between marking the day and confirming the row: write it
                # again under the same key (at most one row per key, in any process).
                session.request_row = self._logbook.open_request_once(seen["key"], record)
                self._mark(marker, day, seen["key"], written=True)
            return  # already counted today; nothing links this session to that row
        client = counting_client.get()
        over = self.limiter.allow(client) if client is not None else None
        if over is not None:
            # Answered in full, just not counted; marked as seen so the person is not
            # reconsidered at every message.
            metrics.UNCOUNTED.labels(turn.inbound.channel, over).inc()
            self._sessions.put(marker, {"day": day}, self._seconds_to_midnight())
            return
        # The day mark (with the row's idempotency key) is written before the row and confirmed
        # after it, so a kill -9 anywhere in between never counts the person twice.
        key = new_request_key()
        self._mark(marker, day, key, written=False)
        session.request_row = self._logbook.open_request_once(key, record)
        self._mark(marker, day, key, written=True)

    def _mark(self, marker: str, day: str, key: str, *, written: bool) -> None:
        self._sessions.put(marker, {"day": day, "key": key, "written": written},
                           self._seconds_to_midnight())

    def update(self, turn: Any, **fields: Any) -> None:
        """Fill in the open request's row; a no-op when this session has none."""
        row = turn.session.request_row
        if row is None or not fields:
            return
        self._logbook.update_request(row, **fields)
