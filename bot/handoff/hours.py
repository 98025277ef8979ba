"""Whether a live chat may be offered now: `[handoff] hours` in the city's time zone."""

from __future__ import annotations

import datetime as dt

from bot.config import Settings
from bot.config.loaders_serving import parse_hours


def within_hours(settings: Settings, now: dt.datetime | None = None) -> bool:
    """True inside the configured window ("22:00-06:00" wraps past midnight)."""
    window = parse_hours(settings.handoff.hours)
    if window is None:
        return False
    local = (now or dt.datetime.now(dt.UTC)).astimezone(settings.city.timezone)
    minute = local.hour * 60 + local.minute
    start, end = window
    return start <= minute < end if start < end else minute >= start or minute < end
