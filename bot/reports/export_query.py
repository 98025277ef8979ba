"""What an export asks of the logbook: the dimensions it can break counts down by, the values
always listed, and the reader it reads them through (bot/logbook/reader.py: SQLite or
PostgreSQL, chosen from [logbook] url).

`open_readonly` and `grouped_counts` on a SQLite connection are kept here for the benchmarks.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.logbook.store import FOR_WHOM, KINDS
from bot.reports.periods import TIME_DIMENSIONS, ExportError
from bot.reports.reader import (
    CATEGORY_DIMENSIONS,
    DIMENSIONS,
    HISTORY_DIMENSIONS,
    LogbookReader,
    LogbookReadError,
    Totals,
)
from bot.reports.reader_open import open_reader
from bot.reports.reader_sqlite import grouped_counts, open_readonly

__all__ = ["CATEGORY_DIMENSIONS", "DIMENSIONS", "FIXED_VALUES", "HISTORY_DIMENSIONS",
           "TIME_DIMENSIONS", "LogbookReadError", "LogbookReader", "Totals", "check_dimensions",
           "grouped_counts", "open_reader", "open_readonly"]

# Values every export lists even when their count is 0, so that a listed row never tells that
# someone asked (and a count of 0 is shown as "<K" like any small count).
FIXED_VALUES: dict[str, tuple[object, ...]] = {
    "channel": ("telegram", "zalo", "web"),
    "language": ("vi", "en"),
    "for_whom": FOR_WHOM,
    "kind": KINDS,
    "urgent": (1, 0),
}


def check_dimensions(by: Sequence[str]) -> tuple[str, ...]:
    """Validate `--by` names (order kept, repeats dropped)."""
    result: list[str] = []
    for name in by:
        if name not in DIMENSIONS:
            raise ExportError(f'unknown dimension "{name}": choose from {", ".join(DIMENSIONS)}')
        if name not in result:
            result.append(name)
    return tuple(result)
