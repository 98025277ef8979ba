"""The report's charts: their protected tables (chart_tables, used by the HTML report, whose
pictures are SVG written by report_svg.py) and their PNG pictures drawn with matplotlib's Agg
renderer (chart_pngs, for the dashboard and exports).

A chart is a picture of numbers, so it obeys the same rule as a table: a hidden figure is never
drawn. A bar exists only for a shown count; a hidden one gets its marker ("<5", "x") written at
the baseline instead of a bar, so its height cannot be measured off the picture.

`Figure` objects are used directly (no pyplot): no global state, safe in a server thread.
"""

from __future__ import annotations

import dataclasses
import io
from dataclasses import dataclass
from datetime import date
from typing import Any

from bot.config import Settings
from bot.logbook.store import KINDS
from bot.reports.export_labels import check_lang, text, value_label
from bot.reports.export_query import open_reader
from bot.reports.export_table import (
    SECONDARY_MARKER,
    Row,
    Summary,
    SuppressedTable,
    count_table,
)
from bot.reports.reader import LogbookReader
from bot.reports.reader_memo import MemoReader

# name → (dimension, title key, horizontal bars)
CHARTS: dict[str, tuple[str, str, bool]] = {
    "per_month": ("month", "per_month", False),
    "by_kind": ("kind", "by_kind", True),
    "by_channel": ("channel", "by_channel", False),
    "by_ward": ("ward", "by_ward", True),
    "urgent": ("urgent", "urgent_chart", True),
}

_BAR = "#3b6ea5"
_MUTED = "#6b6b6b"


@dataclass(frozen=True)
class Chart:
    name: str
    title: str
    table: SuppressedTable
    png: bytes


def chart_tables(settings: Settings, start: date, end: date,
                 reader: LogbookReader | None = None) -> dict[str, SuppressedTable]:
    """One protected one-way table per chart. They share one grand total and nothing else, so
    each is safe on its own as long as that total is shown in all of them. When one table has
    to hide it (a tiny period, such as 4 urgent and 4 not), bounds read off the other charts
    could give it back, so every chart then shows markers only. `reader`, when given, is best a
    MemoReader (totals and values ever read once, not per chart)."""
    if reader is None:
        with open_reader(settings) as opened:  # one connection, one snapshot for every chart
            return chart_tables(settings, start, end, MemoReader(opened))
    if isinstance(reader, MemoReader):  # totals, kinds, urgency and channels in one scan
        reader.prefetch_one_way(start, end, {"kind": KINDS, "urgent": (1, 0),
                                             "channel": reader.values_ever("channel")})
    result = {name: count_table(settings, start=start, end=end, by=[dim], reader=reader)
              for name, (dim, _, _) in CHARTS.items()}
    if any(not t.total.shown for t in result.values()):
        result = {name: hide_everything(t) for name, t in result.items()}
    return result


def hide_everything(table: SuppressedTable) -> SuppressedTable:
    """The same table with every shown figure (and share) replaced by the hidden marker."""
    def hide(row: Row) -> Row:
        return row if not row.shown else Row(row.values, SECONDARY_MARKER)

    summary = Summary(total=hide(table.total).count, urgent_share=SECONDARY_MARKER,
                      for_other_share=SECONDARY_MARKER, provider_shown_share=SECONDARY_MARKER)
    return dataclasses.replace(
        table, rows=tuple(hide(r) for r in table.rows), total=hide(table.total),
        margins={d: tuple(hide(r) for r in rows) for d, rows in table.margins.items()},
        summary=summary)


def draw_charts(tables: dict[str, SuppressedTable], lang: str) -> list[Chart]:
    check_lang(lang)
    charts = []
    for name, (dim, title_key, horizontal) in CHARTS.items():
        table = tables[name]
        title = text(lang, title_key)
        if name == "urgent":
            png = _urgent_png(table, lang, title)
        else:
            png = _png(bars_figure(table, dim, lang, title, horizontal))
        charts.append(Chart(name, title, table, png))
    return charts


def chart_pngs(settings: Settings, *, start: date, end: date, lang: str = "vi") -> dict[str, bytes]:
    """PNG bytes of each report chart by name: per_month, by_kind, by_channel, by_ward, urgent."""
    check_lang(lang)
    return {c.name: c.png for c in draw_charts(chart_tables(settings, start, end), lang)}


# A fixed layout, computed from the label lengths here instead of by matplotlib's constrained
# layout (which measures every text twice and was a third of a 1M-row report's time), at a
# resolution that suits a screen or a phone (8 in × 80 dpi = 640 px wide).
DPI = 80
_CHAR = 0.075   # inches per character of a 9 pt tick label (DejaVu Sans, generous)
_PAD = 0.25     # inches between a label and the figure's edge


def _figure(width: float, height: float, *, left: float = 0.45, bottom: float = 0.35,
            top: float = 0.4) -> Any:
    """A Figure (Agg canvas, no pyplot) with margins in inches: `left` for tick labels, `bottom`
    for the x ticks, `top` for the title."""
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), dpi=DPI)
    fig.subplots_adjust(left=min(left / width, 0.5), right=1 - 0.3 / width,
                        bottom=min(bottom / height, 0.6), top=1 - top / height)
    return fig


def _label_room(labels: list[str]) -> float:
    return _PAD + _CHAR * max([len(s) for s in labels] + [1])


def _png(fig: Any) -> bytes:
    out = io.BytesIO()
    fig.savefig(out, format="png", metadata={"Software": None})
    return out.getvalue()


def bars_figure(table: SuppressedTable, dim: str, lang: str, title: str,
                horizontal: bool) -> Any:
    """A bar per shown count; a hidden one is only its marker, written at the baseline."""
    rows = table.margins[dim]
    labels = [value_label(lang, dim, r.values[dim]) for r in rows]
    top = max([r.count for r in rows if isinstance(r.count, int)] + [1])
    positions = list(range(len(rows)))
    if horizontal:
        fig = _figure(8, max(2.2, 0.32 * len(rows) + 1), left=_label_room(labels))
        ax = fig.add_subplot()
        ax.barh([p for p, r in zip(positions, rows, strict=True) if r.shown],
                [r.count for r in rows if r.shown], color=_BAR)
        ax.set_yticks(positions, labels, fontsize=9)
        ax.invert_yaxis()
        ax.set_xlim(0, top * 1.15)
        for p, r in zip(positions, rows, strict=True):
            value = r.count if r.shown else 0
            ax.text(value + top * 0.01, p, str(r.count), va="center", fontsize=8,
                    color="black" if r.shown else _MUTED)
    else:
        slanted = len(rows) > 6
        fig = _figure(8, 3.4, bottom=_label_room(labels) * 0.72 if slanted else 0.4,
                      left=_label_room([f"{top * 1.15:.0f}"]) + 0.1)
        ax = fig.add_subplot()
        ax.bar([p for p, r in zip(positions, rows, strict=True) if r.shown],
               [r.count for r in rows if r.shown], color=_BAR)
        ax.set_xticks(positions, labels, rotation=45 if slanted else 0,
                      ha="right" if slanted else "center", fontsize=8)
        ax.set_ylim(0, top * 1.15)
        for p, r in zip(positions, rows, strict=True):
            value = r.count if r.shown else 0
            ax.text(p, value + top * 0.01, str(r.count), ha="center", va="bottom", fontsize=8,
                    color="black" if r.shown else _MUTED)
    ax.set_title(title, fontsize=11, loc="left")
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return fig


def _urgent_png(table: SuppressedTable, lang: str, title: str) -> bytes:
    """One 100 % bar split into urgent / not urgent, or just the marker when they are hidden."""
    rows = {r.values["urgent"]: r for r in table.margins["urgent"]}
    yes, no = rows[1], rows[0]
    fig = _figure(8, 1.8, left=0.3)
    ax = fig.add_subplot()
    ax.set_title(title, fontsize=11, loc="left")
    ax.set_yticks([])
    ax.set_xlim(0, 1)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    if yes.shown and no.shown and table.total.shown and table.total.count:
        share = yes.count / table.total.count
        ax.barh([0], [share], color="#b5453a")
        ax.barh([0], [1 - share], left=[share], color="#c9d6e3")
        ax.text(share / 2, 0, f"{text(lang, 'urgent_yes')}: {share:.0%}", ha="center",
                va="center", color="white" if share > 0.15 else "black", fontsize=9)
        ax.text(share + (1 - share) / 2, 0, f"{text(lang, 'urgent_no')}: {1 - share:.0%}",
                ha="center", va="center", fontsize=9)
        ax.xaxis.set_major_formatter(_percent())
    else:
        ax.set_xticks([])
        ax.text(0.5, 0, f"{text(lang, 'urgent_yes')}: {yes.count}   "
                        f"{text(lang, 'urgent_no')}: {no.count}",
                ha="center", va="center", color=_MUTED, fontsize=10)
    return _png(fig)


def _percent() -> Any:
    from matplotlib.ticker import PercentFormatter

    return PercentFormatter(xmax=1)
