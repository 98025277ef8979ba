"""The HTML report: self-contained, every chart present and decodable, no hidden figure drawn."""

from __future__ import annotations

import base64
import io
import re
from datetime import date
from html import unescape
from html.parser import HTMLParser
from xml.etree import ElementTree

import pytest
from PIL import Image

from bot.knowledge.wards import WardIndex
from bot.logbook.store import RequestRecord
from bot.reports.export import chart_pngs, count_table, render_report
from bot.reports.report_charts import CHARTS, bars_figure, chart_tables
from bot.reports.report_svg import bars_svg, nice_ticks

H1 = {"start": date(2026, 1, 1), "end": date(2026, 6, 30)}
SVG = "{http://www.w3.org/2000/svg}"


def picture_of(src: str) -> ElementTree.Element:
    """The SVG document of an <img>'s data: URI (parsing fails on anything else)."""
    assert src.startswith("data:image/svg+xml;base64,")
    return ElementTree.fromstring(base64.b64decode(src.split(",", 1)[1], validate=True))


def svg_bars(svg: ElementTree.Element) -> list[ElementTree.Element]:
    return [r for r in svg.iter(f"{SVG}rect") if r.get("class") == "bar"]


def svg_texts(svg: ElementTree.Element) -> list[str]:
    return [t.text or "" for t in svg.iter(f"{SVG}text")]


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
        svg = picture_of(attrs["src"])
        assert svg.tag == f"{SVG}svg" and float(svg.get("width")) >= 500
        assert svg.find(f"{SVG}title").text == attrs["alt"]   # the chart's title, twice
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



@pytest.mark.parametrize("horizontal", [False, True])
def test_a_hidden_figure_is_a_label_never_a_bar_in_the_svg(known_logbook, horizontal):
    table = count_table(known_logbook, **H1, by=["kind"])
    svg = ElementTree.fromstring(bars_svg(table, "kind", "en", "By kind", horizontal))
    sizes = sorted(float(r.get("width" if horizontal else "height")) for r in svg_bars(svg))
    shown = sorted(r.count for r in table.margins["kind"] if r.shown)
    assert shown == [7, 12, 30] and len(sizes) == 3
    per_count = sizes[-1] / 30   # bar lengths in proportion to the counts
    assert all(abs(size / count - per_count) < 0.05
               for size, count in zip(sizes, shown, strict=True))
    labels = svg_texts(svg)
    assert labels.count("<5") == 6 and "7" in labels and "3" not in labels


def test_the_page_draws_a_bar_only_for_a_shown_figure(known_logbook):
    html = render_report(known_logbook, **H1, lang="en")
    page = Collector()
    page.feed(html)
    pictures = [picture_of(attrs["src"]) for tag, attrs in page.tags if tag == "img"]
    tables = chart_tables(known_logbook, H1["start"], H1["end"])
    for (name, (dim, _, _)), svg in zip(CHARTS.items(), pictures, strict=False):
        rows = tables[name].margins[dim]
        if name == "urgent":   # 3 urgent: hidden, so neither part of the 100 % bar is drawn
            assert not svg_bars(svg) and "<5" in " ".join(svg_texts(svg))
        else:
            assert len(svg_bars(svg)) == sum(r.shown for r in rows) > 0
    # The targets: no check-ins in this logbook, so both shares are hidden and have no bar.
    assert not svg_bars(pictures[-1]) and svg_texts(pictures[-1]).count("x") == 2


def test_axis_ticks_are_round_and_cover_the_bars():
    assert nice_ticks(34.5) == [0, 5, 10, 15, 20, 25, 30]
    assert nice_ticks(1150) == [0, 200, 400, 600, 800, 1000]
    assert nice_ticks(0) == [0.0]


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
    pictures = re.findall(r'<img src="([^"]*)"', html)
    assert len(pictures) == 6 and not [b for src in pictures for b in svg_bars(picture_of(src))]


def test_an_empty_period_still_renders_every_chart_with_markers_only(known_logbook):
    html = render_report(known_logbook, start=date(2030, 1, 1), end=date(2030, 12, 31))
    assert html.count('src="data:image/svg+xml;base64,') == 6   # the charts and the targets panel
    assert not [c for c in figures(html) if c.isdigit()]
