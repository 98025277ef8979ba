"""`companion report`: one HTML file an officer can attach to the 6-month or annual report.

Self-contained on purpose: the charts are SVG pictures inside the page (data: URIs of <img>,
written directly by report_svg.py), the style is inline,
and nothing is fetched, so the file opens the same offline, on a ministry laptop or in a mail
client. Under each chart the same figures are repeated as a table, for screen readers and for
copying into a report; both come from the same protected table.
"""

from __future__ import annotations

from datetime import date
from html import escape

from bot.config import Settings
from bot.reports.export_labels import check_lang, notes, text, value_label
from bot.reports.export_table import SECONDARY_MARKER, SuppressedTable
from bot.reports.export_writers import summary_items
from bot.reports.periods import check_range
from bot.reports.reader_memo import MemoReader
from bot.reports.reader_open import open_reader
from bot.reports.report_charts import CHARTS, chart_tables
from bot.reports.report_svg import bars_svg, svg_uri, urgent_svg
from bot.reports.report_targets import targets_html

_STYLE = """
body { font-family: "Segoe UI", "DejaVu Sans", Arial, sans-serif; margin: 2rem auto;
       max-width: 52rem; padding: 0 1rem; color: #1d1d1d; line-height: 1.45; }
h1 { font-size: 1.5rem; margin-bottom: .2rem; }
h2 { font-size: 1.15rem; margin-top: 2rem; border-bottom: 1px solid #ddd; }
table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .9rem; }
th, td { border: 1px solid #ccc; padding: .2rem .6rem; text-align: left; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
tr.total td { font-weight: bold; }
figure { margin: 1rem 0; } img { max-width: 100%; height: auto; }
.muted { color: #555; font-size: .9rem; }
"""


def render_report(settings: Settings, *, start: date, end: date, lang: str = "vi") -> str:
    """The whole report as an HTML string (UTF-8 when written to a file)."""
    check_lang(lang)
    check_range(start, end)
    with open_reader(settings) as opened:  # one connection and snapshot for the whole page
        reader = MemoReader(opened)          # a grouping or total asked twice is read once
        tables = chart_tables(settings, start, end, reader)
        targets = targets_html(settings, start, end, lang, reader)  # check-in outcomes, targets
    summary_table = tables["urgent"]  # its shares are checked against the urgent chart's figures
    k = summary_table.min_count
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(text(lang, 'report_title'))} {escape(summary_table.period)}</title>",
        f"<style>{_STYLE}</style></head><body>",
        f"<h1>{escape(text(lang, 'report_title'))}</h1>",
        f'<p class="muted">{escape(settings.city.name if lang == "vi" else settings.city.name_en)}'
        f" · {escape(summary_table.period)}</p>",
        f"<h2>{escape(text(lang, 'summary'))}</h2>",
        _summary_html(summary_table, lang),
    ]
    for name, (dim, title_key, horizontal) in CHARTS.items():
        table, title = tables[name], text(lang, title_key)
        svg = urgent_svg(table, lang, title) if name == "urgent" else \
            bars_svg(table, dim, lang, title, horizontal)
        parts += [
            f'<h2 id="{name}">{escape(title)}</h2>',
            f'<figure><img src="{svg_uri(svg)}" alt="{escape(title)}"></figure>',
            _figures_html(table, dim, lang),
        ]
    parts.append(targets)
    parts += [
        f'<h2 id="suppression">{escape(text(lang, "suppression"))}</h2><ul>',
        *(f"<li>{escape(line)}</li>" for line in notes(lang, k, SECONDARY_MARKER)),
        "</ul>",
        f'<p class="muted">{escape(text(lang, "privacy"))}</p>',
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"


def _summary_html(table: SuppressedTable, lang: str) -> str:
    rows = []
    for label, value, number_format in summary_items(table, lang):
        shown = f"{value * 100:.1f}%" if number_format == "0.0%" and isinstance(value, float) \
            else str(value)
        rows.append(f'<tr><th scope="row">{escape(label)}</th><td class="n">{escape(shown)}</td>'
                    f"</tr>")
    return '<table class="summary">' + "".join(rows) + "</table>"


def _figures_html(table: SuppressedTable, dim: str, lang: str) -> str:
    head = (f'<tr><th scope="col">{escape(text(lang, dim))}</th>'
            f'<th scope="col">{escape(text(lang, "count"))}</th></tr>')
    rows = [f"<tr><td>{escape(value_label(lang, dim, r.values[dim]))}</td>"
            f'<td class="n">{escape(str(r.count))}</td></tr>' for r in table.margins[dim]]
    rows.append(f'<tr class="total"><td>{escape(text(lang, "total"))}</td>'
                f'<td class="n">{escape(str(table.total.count))}</td></tr>')
    return '<table class="figures">' + head + "".join(rows) + "</table>"
