"""What the dialogue asks of the follow-up: may a check-in be offered here, keep one, cancel
one, and count an answer. `open_followups` builds it from the settings, or returns None (and
says why, once, in the log) when no key is configured: then no offer is ever shown.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable
from typing import Any

from bot.config import Settings
from bot.followup.keys import FollowupKey, FollowupKeyError
from bot.followup.store import FollowupStore, SqliteFollowups
from bot.logbook.outcomes import OutcomeRecord

log = logging.getLogger("companion.followup")

# Private chats on these platforms only: the web chat and the terminal cannot be written to
# later, and groups are no place to talk about abuse.
CHANNELS = ("telegram", "zalo")


class Followups:
    def __init__(self, store: FollowupStore, key: FollowupKey, settings: Settings,
                 logbook: Any, now: Callable[[], float] = time.time):
        self.store, self.key, self.settings, self.logbook = store, key, settings, logbook
        self.now = now
        self.config = settings.followup

    # -- the offer ---------------------------------------------------------------------------
    def offers(self, channel: str) -> bool:
        return channel in CHANNELS and bool(self.days_for(channel))

    def days_for(self, channel: str) -> tuple[int, ...]:
        """The delays that can be kept on this channel: on Zalo without proactive messages,
        only those inside its reply window (promising a message that cannot be sent is worse
        than not offering it)."""
        days = self.config.days
        if channel == "zalo" and not self.config.zalo_proactive:
            days = tuple(d for d in days if d * self.config.day_seconds <= self.zalo_window())
        return days

    def zalo_window(self) -> float:
        """Zalo's reply window in seconds, scaled like every follow-up time."""
        return self.config.zalo_window_hours * 3600 * self.config.day_seconds / 86400

    # -- keeping and cancelling ------------------------------------------------------------------
    def pending(self, channel: str, user: str) -> bool:
        return self.store.pending(self.key.finder(channel, user))

    def schedule(self, channel: str, user: str, language: str, kind: str, days: int) -> float:
        """Keep one check-in (replacing an earlier one); the due time."""
        now = self.now()
        due = now + days * self.config.day_seconds
        sealed = self.key.seal({"r": user, "l": language, "k": kind, "t": now})
        self.store.add(channel, user, sealed, due)
        log.info("follow-up: a check-in was asked for on %s in %d day(s)", channel, days)
        return due

    def cancel(self, channel: str, user: str) -> bool:
        gone = self.store.cancel(self.key.finder(channel, user)) > 0
        if gone:
            log.info("follow-up: a check-in on %s was cancelled", channel)
        return gone

    # -- the answer --------------------------------------------------------------------------
    def record_outcome(self, channel: str, language: str, kind: str, outcome: str) -> None:
        """One anonymous row in help_outcomes; a failure is logged by kind, never raised."""
        day = dt.datetime.fromtimestamp(self.now(), self.settings.city.timezone).date()
        record = OutcomeRecord(day.isoformat(), channel, language, kind, outcome)
        try:
            self.logbook.record_outcome(record)
        except Exception as exc:
            log.warning("follow-up: an outcome was not counted (%s)", type(exc).__name__)

    def close(self) -> None:
        self.store.close()


def open_followups(settings: Settings, logbook: Any, *,
                   now: Callable[[], float] = time.time) -> Followups | None:
    """The follow-up service, or None when it is off (no key): one log line says why."""
    secret = settings.secret(settings.followup.key_env)
    if not secret:
        log.info("follow-up check-ins are off: set %s (README, \"Follow-up check-in\")",
                 settings.followup.key_env)
        return None
    try:
        key = FollowupKey(secret)
    except FollowupKeyError as exc:
        log.error("follow-up check-ins are off: %s (%s)", exc, settings.followup.key_env)
        return None
    store: FollowupStore
    if settings.logbook_url.startswith(("postgresql://", "postgres://")):
        from bot.followup.postgres import PostgresFollowups

        store = PostgresFollowups(settings.logbook_url, key,
                                  timeout=settings.resilience.logbook_timeout_seconds)
    else:
        store = SqliteFollowups(settings.followup.sqlite_path, key)
    return Followups(store, key, settings, logbook, now)
