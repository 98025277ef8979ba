"""The dashboard's targets panel: requests over time, the shares of answered check-ins that
reached a service and that got help against the plan's 70% and 100% lines, the outcomes by
month, kind and channel, and the plain note that these are shares of people who chose a
check-in. Figures come from the protected tables of bot/reports (outcomes.py,
report_targets.py): the panel can only print what an export would publish.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import Any

from bot.officer.charts import bar_chart
from bot.officer.counts import one_way
from bot.reports.export_labels import text
from bot.reports.outcomes import Targets
from bot.reports.report_targets import BREAKDOWNS, matrix_html, outcome_tables, share_text

ROW, LABEL_W, BAR_W = 30, 190, 300


def targets_svg(targets: Targets) -> str:
    """Two bars against dashed target lines; a hidden share ("x") has no bar."""
    rows = [("Liên hệ được / Reached", targets.reached_share, targets.reached_line),
            ("Được giúp / Got help", targets.helped_share, targets.helped_line)]
    width, height = LABEL_W + BAR_W + 70, ROW * len(rows) + 8
    parts = [f'<svg class="targets" viewBox="0 0 {width} {height}" role="img" '
             f'xmlns="http://www.w3.org/2000/svg" preserveAspectRatio="xMinYMin meet">']
    for i, (label, share, line) in enumerate(rows):
        y = 4 + i * ROW
        short = label if len(label) <= 34 else label[:33] + "…"
        parts.append(f'<text x="{LABEL_W - 6}" y="{y + 19}" text-anchor="end">'
                     f"<title>{escape(label)}</title>{escape(short)}</text>")
        bar = round(BAR_W * share) if isinstance(share, float) else 0
        if bar:
            parts.append(f'<rect x="{LABEL_W}" y="{y + 5}" width="{bar}" height="{ROW - 10}" '
                         f'rx="3" fill="#1d4ed8"></rect>')
        mark = LABEL_W + round(BAR_W * line)
        parts.append(f'<line x1="{mark}" y1="{y + 1}" x2="{mark}" y2="{y + ROW - 1}" '
                     f'stroke="#b91c1c" stroke-width="2" stroke-dasharray="4 3"></line>')
        parts.append(f'<text x="{LABEL_W + bar + 6}" y="{y + 19}" class="value">'
                     f"{escape(share_text(share))} / {escape(share_text(line))}</text>")
    parts.append("</svg>")
    return "".join(parts)


def targets_panel(settings: Any, start: dt.date, end: dt.date, reader: Any) -> str:
    tables = outcome_tables(settings, start, end, reader)
    targets: Targets = tables["outcome"].targets
    months, _ = one_way(settings, "month", start, end, reader)
    matrices = "".join(
        f"<h3>{escape(text('vi', 'outcomes_title'))} · {escape(text('vi', dim))} "
        f'<span class="en">{escape(text("en", "outcomes_title"))} · '
        f'{escape(text("en", dim))}</span></h3>{matrix_html(tables[dim], dim, "vi")}'
        for dim in BREAKDOWNS)
    return f"""
<section class="card" id="targets"><h2>{escape(text('vi', 'targets_title'))}
<span class="en">{escape(text('en', 'targets_title'))}</span></h2>
<p class="note">{escape(text('vi', 'targets_note'))}
<span class="en">{escape(text('en', 'targets_note'))}</span></p>
<p>{escape(text('vi', 'answered'))} <span class="en">{escape(text('en', 'answered'))}</span>:
<strong id="answered">{escape(str(targets.answered))}</strong></p>
{targets_svg(targets)}
<p class="muted">{escape(text('vi', 'reached_line'))} · {escape(text('vi', 'helped_line'))}
<span class="en">{escape(text('en', 'reached_line'))} · {escape(text('en', 'helped_line'))}</span></p>
<h3>{escape(text('vi', 'requests_over_time'))}
<span class="en">{escape(text('en', 'requests_over_time'))}</span></h3>
{bar_chart(months)}
{matrices}
</section>"""
