"""Small inline SVG bar charts for the dashboard.

SVG drawn on the server needs no script, no third-party library and no extra request, and is
allowed by the page's `default-src 'self'` policy (presentation attributes are not inline
styles). A suppressed cell has no bar at all: only its label ("<5") is drawn, so the picture
cannot give away the number the table hides.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

# (label, count or None when suppressed, text to show)
Series = Sequence[tuple[str, int | None, str]]

ROW, LABEL_W, BAR_W, VALUE_W = 26, 150, 260, 60


def bar_chart(series: Series) -> str:
    if not series:
        return '<p class="muted">Chưa có dữ liệu. <span class="en">No data yet.</span></p>'
    largest = max((count for _, count, _ in series if count), default=0) or 1
    width = LABEL_W + BAR_W + VALUE_W
    height = ROW * len(series) + 6
    parts = [f'<svg class="bars" viewBox="0 0 {width} {height}" role="img" '
             f'xmlns="http://www.w3.org/2000/svg" preserveAspectRatio="xMinYMin meet">']
    for row, (label, count, shown) in enumerate(series):
        y = 3 + row * ROW
        short = label if len(label) <= 22 else label[:21] + "…"
        parts.append(f'<text x="{LABEL_W - 6}" y="{y + 17}" text-anchor="end">'
                     f"<title>{escape(label)}</title>{escape(short)}</text>")
        bar = 0 if count is None else max(2, round(BAR_W * count / largest)) if count else 0
        if bar:
            parts.append(f'<rect x="{LABEL_W}" y="{y + 4}" width="{bar}" height="{ROW - 8}" '
                         f'rx="3" fill="#1d4ed8"></rect>')
        parts.append(f'<text x="{LABEL_W + bar + 6}" y="{y + 17}" class="value">'
                     f"{escape(shown)}</text>")
    parts.append("</svg>")
    return "".join(parts)
