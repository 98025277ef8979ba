"""The HTML report: self-contained, every chart present and decodable, no hidden figure drawn."""

from __future__ import annotations

import base64
import io
import re
from datetime import date
from html import unescape
from html.parser import HTMLParser

import pytest
from PIL import Image

from bot.knowledge.wards import WardIndex
from bot.logbook.store import RequestRecord
from bot.reports.export import chart_pngs, count_table, render_report
from bot.reports.report_charts import CHARTS, bars_figure, chart_tables

H1 = {"start": date(2026, 1, 1), "end": date(2026, 6, 30)}
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


class Collector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_report_is_self_contained_with_every_chart(known_logbook, lang):
    html = render_report(known_logbook, **H1, lang=lang)
    page = Collector()
    page.feed(html)
    images = [attrs for tag, attrs in page.tags if tag == "img"]
    assert len(images) == len(CHARTS) + 1 == 6   # the charts and the targets panel
    for attrs in images:
        src = attrs["src"]
        assert src.startswith("data:image/png;base64,")
        data = base64.b64decode(src.split(",", 1)[1], validate=True)
        assert data.startswith(PNG_MAGIC)
        with Image.open(io.BytesIO(data)) as picture:
            picture.verify()
        assert attrs["alt"]
    ids = {attrs.get("id") for _, attrs in page.tags}
    assert set(CHARTS) | {"suppression", "targets"} <= ids
    # Nothing to fetch: no external scripts, styles, fonts or images.
    for tag, attrs in page.tags:
        assert tag not in ("script", "link", "iframe")
        for name in ("src", "href"):
            assert not attrs.get(name, "data:").startswith(("http", "//", "/"))
    assert "url(" not in html
    body = " ".join(page.text)
    assert "<5" in body  # the suppression note and the hidden figures' markers


def figures(html):
    """The counts in the figure tables under the charts (not the summary's period or K)."""
    tables = re.findall(r'<table class="figures">(.*?)</table>', html)
    return [unescape(c) for t in tables for c in re.findall(r"<td class=\"n\">([^<]*)</td>", t)]


def test_report_tables_never_show_a_small_number(known_logbook):
    html = render_report(known_logbook, **H1, lang="en")
    counts = figures(html)
    numbers = [int(n) for n in counts if n.isdigit()]
    wards = len(WardIndex.load(known_logbook.wards_file).wards) + 1  # and "not given"
    assert len(counts) == 6 + 9 + 3 + wards + 2 + 5  # every value and each chart's total
    assert numbers and all(n >= 5 for n in numbers)
    assert set(counts) - {str(n) for n in numbers} == {"<5", "x"}
    assert numbers.count(52) == 5  # the total under each chart
    summary = re.search(r'<table class="summary">(.*?)</table>', html)[1]
    assert "<td class=\"n\">52</td>" in summary and "38.5%" in summary  # 20 of 52 for others


def test_chart_pngs_for_the_dashboard(known_logbook):
    charts = chart_pngs(known_logbook, **H1, lang="en")
    assert set(charts) == {"per_month", "by_kind", "by_channel", "by_ward", "urgent"}
    for data in charts.values():
        with Image.open(io.BytesIO(data)) as picture:
            assert picture.format == "PNG" and picture.size[0] > 300


@pytest.mark.parametrize("horizontal", [False, True])
def test_a_hidden_figure_is_a_label_never_a_bar(known_logbook, horizontal):
    table = count_table(known_logbook, **H1, by=["kind"])
    fig = bars_figure(table, "kind", "en", "By kind", horizontal)
    ax = fig.axes[0]
    sizes = sorted(p.get_width() if horizontal else p.get_height() for p in ax.patches)
    assert sizes == sorted(r.count for r in table.margins["kind"] if r.shown) == [7, 12, 30]
    labels = [t.get_text() for t in ax.texts]
    assert labels.count("<5") == 6 and "7" in labels and "3" not in labels



def test_when_one_chart_must_hide_the_total_every_chart_shows_markers_only(make_logbook):
    # 4 urgent and 4 not urgent: a shown total of 8 beside two "<5" would tell both are 4,
    # so the urgent table hides it, and then no other chart may show it.
    settings = make_logbook([RequestRecord(day=f"2027-01-0{i + 1}", channel="telegram",
                                           language="vi", kind="physical", urgent=i % 2)
                             for i in range(8)], known=False)
    start, end = date(2027, 1, 1), date(2027, 12, 31)
    alone = count_table(settings, start=start, end=end, by=["urgent"])
    assert alone.total.count == "x"
    assert count_table(settings, start=start, end=end, by=["month"]).total.count == 8
    tables = chart_tables(settings, start, end)
    # Shown, the month chart's 8 would bound the total from below and undo the urgent table.
    for table in tables.values():
        assert table.total.count == "x"
        assert all(r.count in ("<5", "x") for r in table.rows)
        assert set(table.summary.as_dict().values()) == {"x"}
    html = render_report(settings, start=start, end=end, lang="en")
    assert not [c for c in figures(html) if c.isdigit()]


def test_an_empty_period_still_renders_every_chart_with_markers_only(known_logbook):
    html = render_report(known_logbook, start=date(2030, 1, 1), end=date(2030, 12, 31))
    assert html.count('src="data:image/png;base64,') == 6   # the charts and the targets panel
    assert not [c for c in figures(html) if c.isdigit()]
