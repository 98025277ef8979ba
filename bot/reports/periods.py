"""Reporting periods and time buckets.

Officers think in calendar units (the 6-month and annual reports), so a period is written the way
they say it: `2026`, `2026-H1`, `2026-Q3`, `2026-07`. The logbook stores the day as 'YYYY-MM-DD'
text in the city's time zone, so every bucket here is computed from that text and never from a
clock: an export run in another time zone gives the same answer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta

TIME_DIMENSIONS = ("day", "week", "month", "quarter", "half", "year")

_PERIOD = re.compile(
    r"^\s*(?P<year>\d{4})(?:-(?:(?P<half>[Hh][12])|(?P<quarter>[Qq][1-4])|(?P<month>\d{2})))?\s*$")


class ExportError(ValueError):
    """Bad input to an export or report (a dimension, a date, a period): one line for a person."""


def parse_period(text: str) -> tuple[date, date]:
    """`2026` / `2026-H1` / `2026-Q3` / `2026-07` → (first day, last day), both inclusive."""
    match = _PERIOD.match(text or "")
    if not match:
        raise ExportError(f'unknown period "{text}": use a year (2026), a half (2026-H1), '
                          f'a quarter (2026-Q3) or a month (2026-07)')
    year = int(match["year"])
    if year < 1:
        raise ExportError(f'unknown period "{text}": the year must be 0001 or later')
    if match["half"]:
        first_month, months = (1, 6) if match["half"][1] == "1" else (7, 6)
    elif match["quarter"]:
        first_month, months = 3 * (int(match["quarter"][1]) - 1) + 1, 3
    elif match["month"]:
        first_month, months = int(match["month"]), 1
        if not 1 <= first_month <= 12:
            raise ExportError(f'unknown period "{text}": month must be 01 to 12')
    else:
        first_month, months = 1, 12
    start = date(year, first_month, 1)
    return start, _month_end(year, first_month + months - 1)


def parse_day(text: str, what: str = "date") -> date:
    """A `YYYY-MM-DD` date, or an `ExportError` naming which option was wrong."""
    try:
        return date.fromisoformat(text.strip())
    except (ValueError, AttributeError):
        raise ExportError(f'{what} "{text}" is not a date like 2026-07-31') from None


def check_range(start: date, end: date) -> None:
    if start > end:
        raise ExportError(f"--from {start.isoformat()} is after --to {end.isoformat()}")


def period_label(start: date, end: date) -> str:
    """The shortest name for a range: `2026-H1` when it is exactly a half, else `from – to`."""
    for candidate in _candidate_names(start):
        try:
            if parse_period(candidate) == (start, end):
                return candidate
        except ExportError:  # pragma: no cover - candidates are well formed
            continue
    return f"{start.isoformat()} – {end.isoformat()}"


def _candidate_names(start: date) -> list[str]:
    quarter = (start.month - 1) // 3 + 1
    half = 1 if start.month <= 6 else 2
    return [f"{start.year:04d}", f"{start.year:04d}-H{half}", f"{start.year:04d}-Q{quarter}",
            f"{start.year:04d}-{start.month:02d}"]


def bucket(unit: str, day: date) -> str:
    """The label of the `unit` bucket a day falls in (ISO weeks: `2026-W05`)."""
    if unit == "day":
        return day.isoformat()
    if unit == "week":
        iso = day.isocalendar()
        return f"{iso.year:04d}-W{iso.week:02d}"
    if unit == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if unit == "quarter":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if unit == "half":
        return f"{day.year:04d}-H{1 if day.month <= 6 else 2}"
    if unit == "year":
        return f"{day.year:04d}"
    raise ExportError(f'unknown time unit "{unit}"')


def buckets(unit: str, start: date, end: date) -> list[str]:
    """Every bucket label touched by the inclusive range, in order (empty ones included)."""
    seen: dict[str, None] = {}
    for day in _days(start, end, unit):
        seen.setdefault(bucket(unit, day), None)
    return list(seen)


def _days(start: date, end: date, unit: str) -> Iterator[date]:
    # Walking every day is at most a few thousand steps for real periods; coarse units jump
    # ahead to keep multi-decade ranges cheap.
    day = start
    step = timedelta(days=1)
    while day <= end:
        yield day
        if unit in ("month", "quarter", "half", "year"):
            nxt = _month_end(day.year, day.month) + step
            day = nxt
        else:
            day += step


def _month_end(year: int, month: int) -> date:
    if month == 12:
        return date(year, 12, 31)
    return date(year, month + 1, 1) - timedelta(days=1)
