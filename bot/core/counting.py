"""Counting help requests in the anonymous logbook, once per person per day.

A row is written as soon as someone asks for help or danger is detected (leaving half-way still
counts as having sought help); later answers in the same session fill that row in. "Once per day"
is a marker in the session store under a keyed hash of the person, expiring at the city's
midnight: the logbook itself never learns who anyone is.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from bot import metrics
from bot.config import Settings
from bot.core.count_limit import CountLimiter, counting_client
from bot.logbook import Logbook, RequestRecord
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
        if seen and seen.get("day") == day:
            return  # already counted today; nothing links this session to that row
        client = counting_client.get()
        over = self.limiter.allow(client) if client is not None else None
        if over is not None:
            # Answered in full, just not counted; marked as seen so the person is not
            # reconsidered at every message.
            metrics.UNCOUNTED.labels(turn.inbound.channel, over).inc()
            self._sessions.put(marker, {"day": day}, self._seconds_to_midnight())
            return
        record = RequestRecord(day=day, channel=turn.inbound.channel, language=session.language,
                               **fields)
        session.request_row = self._logbook.open_request(record)
        self._sessions.put(marker, {"day": day}, self._seconds_to_midnight())

    def update(self, turn: Any, **fields: Any) -> None:
        """Fill in the open request's row; a no-op when this session has none."""
        row = turn.session.request_row
        if row is None or not fields:
            return
        self._logbook.update_request(row, **fields)
