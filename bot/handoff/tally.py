"""Counting handoffs anonymously: each outcome (queued, unavailable, taken, left, ended) adds one
to its day × channel × language cell in the logbook (bot/logbook/handoffs.py) and to
/metrics. Nothing else goes with it. A logbook that cannot be written loses the count, never the
conversation."""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from bot import metrics
from bot.config import Settings
from bot.logbook.handoffs import CHANNELS, HandoffCount

log = logging.getLogger(__name__)


class LogbookTally:
    def __init__(self, logbook: Any, settings: Settings):
        self.logbook = logbook
        self.settings = settings

    def __call__(self, channel: str, language: str, outcome: str) -> None:
        metrics.HANDOFFS.labels(channel, outcome).inc()
        if channel not in CHANNELS:
            return
        day = dt.datetime.now(self.settings.city.timezone).date().isoformat()
        try:
            self.logbook.count_handoff(HandoffCount(day, channel, language, outcome))
        except Exception as exc:
            log.warning("handoff not counted in the logbook (%s)", type(exc).__name__)
