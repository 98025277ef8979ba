"""The handoff counts for officers: outcome × channel for a period, with the same small-cell
suppression as every export (bot/reports/suppression.py: "<K" below K, "x" where a small count
could be worked out, the whole table withheld when nothing else protects it).

    companion handoffs --period 2026-H1          (CSV on stdout)
"""

from __future__ import annotations

import csv
import io
from datetime import date

from bot.config import Settings
from bot.logbook.handoffs import CHANNELS, OUTCOMES
from bot.reports.export_query import open_reader
from bot.reports.export_table import check_min_count, primary_marker
from bot.reports.suppression import PRIMARY, SHOWN, protect


def handoff_csv(settings: Settings, *, start: date, end: date,
                min_count: int | None = None) -> bytes:
    """One row per outcome, one column per channel, with totals; small cells suppressed."""
    k = check_min_count(settings, min_count)
    with open_reader(settings) as reader:
        counts = reader.handoff_counts(start, end)
    cells = {(outcome, channel): counts.get((outcome, channel), 0)
             for outcome in OUTCOMES for channel in CHANNELS}
    shield = protect(cells, 2, k, domains=(OUTCOMES, CHANNELS))

    def shown(status: str, value: int) -> str:
        if status == SHOWN:
            return str(value)
        return primary_marker(k) if status == PRIMARY else "x"

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["outcome", *CHANNELS, "total"])
    for outcome in OUTCOMES:
        writer.writerow([outcome,
                         *(shown(shield.cells[(outcome, c)], cells[(outcome, c)])
                           for c in CHANNELS),
                         shown(shield.margins[(0, outcome)], shield.margin_counts[(0, outcome)])])
    writer.writerow(["total", *(shown(shield.margins[(1, c)], shield.margin_counts[(1, c)])
                                for c in CHANNELS),
                     shown(shield.total, shield.total_count)])
    return out.getvalue().encode("utf-8")
