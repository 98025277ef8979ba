"""The HTML report's charts written directly as SVG: the same bars, markers and layout as the
matplotlib charts (report_charts.py, still used for the dashboard's PNGs), without matplotlib.

Why: drawing six figures through matplotlib (ticks, text layout, Agg rasterising, PNG encoding)
was about a second of a 1M-row report, most of the time left once the counts came from the
indexes; writing the same picture as SVG text takes milliseconds, and a vector picture stays
sharp when printed or zoomed. The rule is the one of the PNG charts: a bar exists only for a
shown count; a hidden one is only its marker ("<5", "x"), written at the baseline in grey, so
its size cannot be measured off the picture. Bars carry class="bar" so tests can find them.

Sizes follow the PNG charts (8 in wide at 80 dpi = 640 px; margins from the label lengths).
The SVG goes into the page as a data: URI of an <img>, so nothing is fetched and no script or
style from it can run.
"""

from __future__ import annotations

import base64
import math
from collections.abc import Sequence
from html import escape

from bot.reports.export_labels import text, value_label
from bot.reports.export_table import SuppressedTable

DPI = 80
_CHAR = 0.075 * DPI   # px per character of a 9 pt label (as report_charts._CHAR)
_PAD = 0.25 * DPI
_BAR, _MUTED = "#3b6ea5", "#6b6b6b"
_FONT = "DejaVu Sans, Segoe UI, Arial, sans-serif"
_SMALL, _TICK, _TITLE = 9, 10, 12   # px: 8 pt, 9 pt and 11 pt at 80 dpi


def _num(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _text(x: float, y: float, content: str, *, size: int = _TICK, anchor: str = "start",
          fill: str = "black", extra: str = "") -> str:
    return (f'<text x="{_num(x)}" y="{_num(y)}" font-size="{size}" text-anchor="{anchor}" '
            f'fill="{fill}"{extra}>{escape(content)}</text>')


def _rect(x: float, y: float, w: float, h: float, fill: str, label: str) -> str:
    return (f'<rect class="bar" x="{_num(x)}" y="{_num(y)}" width="{_num(w)}" '
            f'height="{_num(h)}" fill="{fill}"><title>{escape(label)}</title></rect>')


def _line(x1: float, y1: float, x2: float, y2: float, *, stroke: str = "black",
          extra: str = "") -> str:
    return (f'<line x1="{_num(x1)}" y1="{_num(y1)}" x2="{_num(x2)}" y2="{_num(y2)}" '
            f'stroke="{stroke}"{extra}/>')


def _svg(width: float, height: float, title: str, body: list[str]) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{_num(width)}" '
            f'height="{_num(height)}" viewBox="0 0 {_num(width)} {_num(height)}" role="img" '
            f'font-family="{_FONT}"><title>{escape(title)}</title>'
            f'<rect width="100%" height="100%" fill="white"/>' + "".join(body) + "</svg>")


def _label_room(labels: Sequence[str]) -> float:
    return _PAD + _CHAR * max([len(s) for s in labels] + [1])


def nice_ticks(limit: float) -> list[float]:
    """Round tick values from 0 up to `limit` (steps of 1, 2, 2.5 or 5 × a power of ten,
    at most 8 ticks), as an axis would print them."""
    if limit <= 0:
        return [0.0]
    raw = limit / 7
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    return [i * step for i in range(int(limit / step + 1e-9) + 1)]


def _tick_text(value: float) -> str:
    return f"{value:.0f}" if value == int(value) else f"{value:g}"


def bars_svg(table: SuppressedTable, dim: str, lang: str, title: str, horizontal: bool) -> str:
    """A bar per shown count; a hidden one is only its marker, written at the baseline."""
    rows = table.margins[dim]
    labels = [value_label(lang, dim, r.values[dim]) for r in rows]
    top = max([r.count for r in rows if isinstance(r.count, int)] + [1])
    limit = top * 1.15
    n = max(len(rows), 1)
    body: list[str] = []
    if horizontal:
        width, height = 8 * DPI, max(2.2, 0.32 * len(rows) + 1) * DPI
        left = min(_label_room(labels), width / 2)
        x0, x1, y0, y1 = left, width - 0.3 * DPI, 0.4 * DPI, height - 0.35 * DPI
        band = (y1 - y0) / n
        scale = (x1 - x0) / limit
        for i, (row, label) in enumerate(zip(rows, labels, strict=True)):
            mid = y0 + band * (i + 0.5)
            value = row.count if row.shown else 0
            if row.shown:
                body.append(_rect(x0, mid - 0.4 * band, value * scale, 0.8 * band, _BAR,
                                  f"{label}: {row.count}"))
            body.append(_text(x0 - 6, mid + 3.5, label, anchor="end"))
            body.append(_text(x0 + (value + top * 0.01) * scale, mid + 3, str(row.count),
                              size=_SMALL, fill="black" if row.shown else _MUTED))
        for tick in nice_ticks(limit):
            x = x0 + tick * scale
            body += [_line(x, y1, x, y1 + 4), _text(x, y1 + 15, _tick_text(tick), anchor="middle")]
    else:
        slanted = len(rows) > 6
        width, height = 8 * DPI, 3.4 * DPI
        bottom = _label_room(labels) * 0.72 if slanted else 0.4 * DPI
        left = _label_room([f"{limit:.0f}"]) + 0.1 * DPI
        x0, x1, y0, y1 = left, width - 0.3 * DPI, 0.4 * DPI, height - min(bottom, 0.6 * height)
        band = (x1 - x0) / n
        scale = (y1 - y0) / limit
        for i, (row, label) in enumerate(zip(rows, labels, strict=True)):
            mid = x0 + band * (i + 0.5)
            value = row.count if row.shown else 0
            if row.shown:
                body.append(_rect(mid - 0.4 * band, y1 - value * scale, 0.8 * band,
                                  value * scale, _BAR, f"{label}: {row.count}"))
            body.append(_text(mid, y1 - (value + top * 0.01) * scale - 2, str(row.count),
                              size=_SMALL, anchor="middle",
                              fill="black" if row.shown else _MUTED))
            if slanted:
                body.append(_text(mid + 3, y1 + 12, label, size=_SMALL, anchor="end",
                                  extra=f' transform="rotate(-45 {_num(mid + 3)} {_num(y1 + 12)})"'))
            else:
                body.append(_text(mid, y1 + 14, label, size=_SMALL, anchor="middle"))
        for tick in nice_ticks(limit):
            y = y1 - tick * scale
            body += [_line(x0 - 4, y, x0, y), _text(x0 - 6, y + 3.5, _tick_text(tick),
                                                    anchor="end")]
    body += [_line(x0, y0, x0, y1), _line(x0, y1, x1, y1),
             _text(x0, y0 - 8, title, size=_TITLE)]
    return _svg(width, height, title, body)


def urgent_svg(table: SuppressedTable, lang: str, title: str) -> str:
    """One 100 % bar split into urgent / not urgent, or just the marker when they are hidden."""
    rows = {r.values["urgent"]: r for r in table.margins["urgent"]}
    yes, no = rows[1], rows[0]
    width, height = 8 * DPI, 1.8 * DPI
    x0, x1, y0, y1 = 0.3 * DPI, width - 0.3 * DPI, 0.4 * DPI, height - 0.35 * DPI
    mid = (y0 + y1) / 2
    body = [_text(x0, y0 - 8, title, size=_TITLE), _line(x0, y1, x1, y1)]
    if yes.shown and no.shown and table.total.shown and table.total.count:
        share = int(yes.count) / int(table.total.count)   # shown: both are numbers
        split = x0 + share * (x1 - x0)
        band = 0.8 * (y1 - y0)
        yes_text = f"{text(lang, 'urgent_yes')}: {share:.0%}"
        no_text = f"{text(lang, 'urgent_no')}: {1 - share:.0%}"
        body += [_rect(x0, mid - band / 2, split - x0, band, "#b5453a", yes_text),
                 _rect(split, mid - band / 2, x1 - split, band, "#c9d6e3", no_text),
                 _text((x0 + split) / 2, mid + 3.5, yes_text, anchor="middle",
                       fill="white" if share > 0.15 else "black"),
                 _text((split + x1) / 2, mid + 3.5, no_text, anchor="middle")]
        for i in range(6):
            x = x0 + i / 5 * (x1 - x0)
            body += [_line(x, y1, x, y1 + 4), _text(x, y1 + 15, f"{i * 20}%", anchor="middle")]
    else:
        body.append(_text((x0 + x1) / 2, mid + 4, f"{text(lang, 'urgent_yes')}: {yes.count}   "
                          f"{text(lang, 'urgent_no')}: {no.count}", size=11, anchor="middle",
                          fill=_MUTED, extra=' xml:space="preserve"'))
    return _svg(width, height, title, body)


def targets_svg(labels: Sequence[str], values: Sequence[float | str],
                lines: Sequence[float], shown: Sequence[str], title: str) -> str:
    """Bars of shares in % against dashed target lines; a hidden share has no bar, only its
    marker (`shown`: the texts written beside the bars)."""
    width, height = 6.4 * DPI, 2.6 * DPI
    left = min(_label_room(labels), width / 2)
    x0, x1, y0, y1 = left, width - 0.3 * DPI, 0.15 * DPI, height - 0.55 * DPI
    scale = (x1 - x0) / 110
    band = (y1 - y0) / max(len(labels), 1)
    body: list[str] = []
    for i, (label, value, line, note) in enumerate(zip(labels, values, lines, shown,
                                                       strict=True)):
        mid = y0 + band * (i + 0.5)
        percent = value * 100 if isinstance(value, float) else 0
        if isinstance(value, float):
            body.append(_rect(x0, mid - 0.25 * band, percent * scale, 0.5 * band, _BAR,
                              f"{label}: {note}"))
        body.append(_text(x0 + (percent + 1) * scale, mid + 3.5, note))
        body.append(_line(x0 + line * 100 * scale, mid - 0.35 * band, x0 + line * 100 * scale,
                          mid + 0.35 * band, stroke="#b91c1c",
                          extra=' stroke-width="1.5" stroke-dasharray="5 3"'))
        body += [_line(x0 - 4, mid, x0, mid), _text(x0 - 6, mid + 3.5, label, anchor="end")]
    for tick in range(0, 101, 20):
        x = x0 + tick * scale
        body += [_line(x, y1, x, y1 + 4), _text(x, y1 + 15, str(tick), anchor="middle")]
    body += [f'<rect x="{_num(x0)}" y="{_num(y0)}" width="{_num(x1 - x0)}" '
             f'height="{_num(y1 - y0)}" fill="none" stroke="black"/>',
             _text((x0 + x1) / 2, y1 + 32, "%", anchor="middle")]
    return _svg(width, height, title, body)


def svg_uri(svg: str) -> str:
    """An SVG picture as a data: URI for an <img> (base64: no quoting problems, and an <img>
    never runs or fetches anything from it)."""
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")
