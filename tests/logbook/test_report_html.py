"""The HTML report: self-contained, every chart present and decodable, no hidden figure drawn."""

from __future__ import annotations

import base64
import io
import re
from datetime import date
from html.parser import HTMLParser

import pytest
from PIL import Image

from bot.logbook.export import chart_pngs, count_table, render_report
from bot.logbook.report_charts import CHARTS, bars_figure

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
    assert len(images) == len(CHARTS) == 5
    for attrs in images:
        src = attrs["src"]
        assert src.startswith("data:image/png;base64,")
        data = base64.b64decode(src.split(",", 1)[1], validate=True)
        assert data.startswith(PNG_MAGIC)
        with Image.open(io.BytesIO(data)) as picture:
            picture.verify()
        assert attrs["alt"]
    ids = {attrs.get("id") for _, attrs in page.tags}
    assert set(CHARTS) | {"suppression"} <= ids
    # Nothing to fetch: no external scripts, styles, fonts or images.
    for tag, attrs in page.tags:
        assert tag not in ("script", "link", "iframe")
        for name in ("src", "href"):
            assert not attrs.get(name, "data:").startswith(("http", "//", "/"))
    assert "url(" not in html
    body = " ".join(page.text)
    assert "<5" in body  # the suppression note and the hidden figures' markers


def test_report_tables_never_show_a_small_number(known_logbook):
    html = render_report(known_logbook, **H1, lang="en")
    numbers = [int(n) for n in re.findall(r'<td class="n">(\d+)</td>', html)]
    assert numbers and all(n >= 5 for n in numbers)
    assert '<td class="n">52</td>' in html  # the total


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
