"""Handoff counts for officers: the protected table on both backends (and the same from each),
`companion export --table handoffs`, `companion handoffs` made from the same table; property
tests that no published handoff figure is small and none hidden can be worked out."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from datetime import date

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from scipy.optimize import Bounds, LinearConstraint, milp

from bot.cli import main
from bot.logbook import open_logbook
from bot.logbook.handoffs import CHANNELS, HANDOFF_TABLE, OUTCOMES, HandoffCount
from bot.reports.export import ExportError, export_counts, open_reader
from bot.reports.handoffs import handoff_csv, handoff_table
from bot.reports.periods import bucket
from bot.reports.suppression import SHOWN
from tests.reports.conftest import BACKENDS, use_logbook_url
from tests.reports.pg import empty
from tests.reports.test_suppression_props import determined_exactly, linear_system

H1 = {"start": date(2026, 1, 1), "end": date(2026, 6, 30)}


def known_handoffs() -> list[tuple[str, str, str, str]]:
    """In H1: unavailable 20 (telegram 14, zalo 6), queued 11 (zalo 8, web 3), taken 9 (web 6,
    zalo 3), left 2 (web), ended 9 (web 6, zalo 3); 51 in all, 8 of them in English (the zalo
    queued ones); Jan 20, Feb 11, Mar 20. Outside H1: 7 on 2025-12-31 and 5 on 2026-07-01."""
    rows = ([("2026-01-10", "telegram", "vi", "unavailable")] * 14
            + [("2026-01-11", "zalo", "vi", "unavailable")] * 6
            + [("2026-02-02", "zalo", "en", "queued")] * 8
            + [("2026-02-03", "web", "vi", "queued")] * 3
            + [("2026-03-04", "web", "vi", "taken")] * 6
            + [("2026-03-05", "zalo", "vi", "taken")] * 3
            + [("2026-03-06", "web", "vi", "left")] * 2
            + [("2026-03-07", "web", "vi", "ended")] * 6
            + [("2026-03-08", "zalo", "vi", "ended")] * 3)
    return [*rows, *[("2025-12-31", "web", "vi", "queued")] * 7,
            *[("2026-07-01", "telegram", "en", "unavailable")] * 5]


def write(settings, rows: list[tuple[str, str, str, str]]):
    logbook = open_logbook(settings.logbook_url, settings.resolve)
    try:
        for values in rows:
            logbook.count_handoff(HandoffCount(*values))
    finally:
        logbook.close()
    return settings


def fresh_postgres(request: pytest.FixtureRequest, settings):
    url = empty(request.getfixturevalue("pg_database"))
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"DROP TABLE IF EXISTS {HANDOFF_TABLE}")
    return use_logbook_url(settings, url)


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def handoff_logbook(settings, backend: str, request: pytest.FixtureRequest):
    conf = settings if backend == "sqlite" else fresh_postgres(request, settings)
    return write(conf, known_handoffs())


def by_values(table, dim: str) -> dict:
    return {r.values[dim]: r.count for r in table.margins[dim]}


def test_counts_by_outcome_are_exact_and_small_ones_hidden(handoff_logbook) -> None:
    table = handoff_table(handoff_logbook, **H1, by=("outcome",))
    counts = {r.values["outcome"]: r.count for r in table.rows}
    # left (2) is under 5; the smallest other count (ended or taken, 9) goes with it
    assert counts["unavailable"] == 20 and counts["queued"] == 11 and counts["left"] == "<5"
    assert sorted(str(counts[o]) for o in ("taken", "ended")) == ["9", "x"]
    assert table.total.count == 51 and table.subject == "handoffs"


def test_every_listed_value_is_a_row_even_at_zero(handoff_logbook) -> None:
    table = handoff_table(handoff_logbook, **H1, by=("channel", "language", "outcome"))
    assert len(table.rows) == len(CHANNELS) * 2 * len(OUTCOMES)
    assert [r.values["channel"] for r in table.margins["channel"]] == list(CHANNELS)
    assert [r.values["outcome"] for r in table.margins["outcome"]] == list(OUTCOMES)
    zero = next(r for r in table.rows if r.values == {"channel": "console", "language": "en",
                                                      "outcome": "left"})
    assert zero.count == "<5"
    assert all(not r.shown or r.count >= 5 for r in table.rows)
    assert by_values(table, "language") == {"vi": 43, "en": 8}


def test_time_units_and_the_default_breakdown(handoff_logbook) -> None:
    table = handoff_table(handoff_logbook, **H1)
    assert table.dimensions == ("month", "outcome")
    assert [r.values["month"] for r in table.margins["month"]] == [
        "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"]
    assert by_values(table, "month")["2026-01"] == 20
    year = handoff_table(handoff_logbook, start=date(2025, 1, 1), end=date(2026, 12, 31),
                         by=("year",))
    assert {r.values["year"]: r.count for r in year.rows} == {"2025": 7, "2026": 56}
    quarter = handoff_table(handoff_logbook, **H1, by=("quarter", "channel"))
    assert by_values(quarter, "quarter") == {"2026-Q1": 51, "2026-Q2": "<5"}


def test_bad_breakdowns_are_refused(handoff_logbook) -> None:
    for by in (("kind",), ("ward",), ("month", "year"), ("month", "channel", "language",
                                                         "outcome")):
        with pytest.raises(ExportError):
            handoff_table(handoff_logbook, **H1, by=by)
    with pytest.raises(ExportError):
        handoff_table(handoff_logbook, **H1, min_count=2)


def test_a_logbook_without_handoffs_reads_as_none(settings) -> None:
    import sqlite3

    write(settings, [("2026-02-02", "web", "vi", "queued")])
    with sqlite3.connect(settings.logbook_path) as conn:    # a logbook from before handoffs
        conn.execute(f"DROP TABLE {HANDOFF_TABLE}")
    table = handoff_table(settings, **H1, by=("outcome",))
    assert table.total.count == "<5"
    assert {r.count for r in table.rows} == {"<5"}


@pytest.mark.postgres
def test_sqlite_and_postgres_give_the_same_tables(settings, request) -> None:
    rows = known_handoffs() + [("2026-04-30", "console", "en", "ended")] * 5
    on_sqlite = write(settings, rows)
    on_postgres = write(fresh_postgres(request, settings), rows)
    for by in [(), ("outcome",), ("channel", "outcome"), ("month", "language", "outcome"),
               ("week", "channel"), ("day",), ("half", "outcome"), ("quarter", "channel")]:
        with open_reader(on_sqlite) as a, open_reader(on_postgres) as b:
            assert a.handoff_grouped(H1["start"], H1["end"], by) == \
                b.handoff_grouped(H1["start"], H1["end"], by)
        tables = [handoff_table(conf, **H1, by=by).to_dict() for conf in (on_sqlite, on_postgres)]
        for t in tables:
            t.pop("generated_at")
        assert tables[0] == tables[1], by
    assert handoff_csv(on_sqlite, **H1) == handoff_csv(on_postgres, **H1)
    assert export_counts(on_sqlite, **H1, by=["month", "channel", "outcome"], fmt="csv",
                         subject="handoffs") == \
        export_counts(on_postgres, **H1, by=["month", "channel", "outcome"], fmt="csv",
                      subject="handoffs")


def test_export_formats_and_the_cli(handoff_logbook, capsys, tmp_path) -> None:
    config = str(handoff_logbook.path)
    assert main(["--config", config, "export", "--period", "2026-H1", "--table", "handoffs",
                 "--by", "channel,outcome", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["subject"] == "handoffs" and data["dimensions"] == ["channel", "outcome"]
    assert data["totals"]["all"] == 51 and "not people" in data["note"]
    cells = {(r["channel"], r["outcome"]): r["count"] for r in data["rows"]}
    assert cells[("telegram", "unavailable")] == 14
    assert cells[("web", "left")] == "<5"
    assert all(isinstance(r["count"], str) or r["count"] >= 5 for r in data["rows"])
    assert main(["--config", config, "export", "--period", "2026-H1", "--table", "handoffs",
                 "--by", "outcome", "--lang", "en"]) == 0
    lines = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert lines[0] == ["Outcome", "Events"]
    assert ["Nobody available", "20"] in lines and ["Total", "51"] in lines
    out = tmp_path / "handoffs.xlsx"
    assert main(["--config", config, "export", "--period", "2026-H1", "--table", "handoffs",
                 "-o", str(out)]) == 0
    book = load_workbook(out)
    summary = [[c.value for c in row] for row in book.worksheets[0].iter_rows()]
    assert ["Tổng số lượt chuyển tới tư vấn viên (mọi kết quả)", 51] in summary
    breakdown = [[c.value for c in row] for row in book.worksheets[1].iter_rows()]
    assert breakdown[0] == ["Tháng", "Kết quả", "Số lượt"]
    assert ["2026-01", "Không có ai trực", 20] in breakdown
    assert main(["--config", config, "export", "--period", "2026-H1", "--table", "handoffs",
                 "--by", "ward"]) == 2
    assert "for handoffs" in capsys.readouterr().err


def test_companion_handoffs_shows_the_tables_own_figures(handoff_logbook, capsys) -> None:
    assert main(["--config", str(handoff_logbook.path), "handoffs", "--period", "2026-H1"]) == 0
    grid = {row[0]: row[1:] for row in csv.reader(io.StringIO(capsys.readouterr().out))}
    assert grid["outcome"] == [*CHANNELS, "total"]
    table = handoff_table(handoff_logbook, **H1, by=("outcome", "channel"))
    for r in table.rows:
        column = CHANNELS.index(r.values["channel"])
        assert grid[r.values["outcome"]][column] == str(r.count)
    assert grid["total"][-1] == "51"
    assert grid["unavailable"][0] == "14" and grid["left"][2] == "<5"


# -- properties --------------------------------------------------------------------------------

DAYS = ["2026-01-15", "2026-02-15", "2026-05-20"]
BYS = [("outcome",), ("channel",), ("channel", "outcome"), ("month", "outcome"),
       ("language", "outcome"), ("quarter", "channel"), ("channel", "language", "outcome"),
       ("month", "channel", "outcome")]

counts_strategy = st.dictionaries(
    st.tuples(st.sampled_from(DAYS), st.sampled_from(CHANNELS), st.sampled_from(["vi", "en"]),
              st.sampled_from(OUTCOMES)),
    st.one_of(st.integers(0, 6), st.integers(0, 30)), max_size=30)


class FakeReader:
    """Handoff counts as the readers give them, from a dict (day, channel, language, outcome)
    → n."""

    def __init__(self, data):
        self.data = data

    def handoff_grouped(self, start, end, dims):
        result: dict = {}
        for (day, channel, language, outcome), n in self.data.items():
            if not n:
                continue
            values = {"channel": channel, "language": language, "outcome": outcome}
            key = tuple(bucket(d, date.fromisoformat(day)) if d not in values else values[d]
                        for d in dims)
            result[key] = result.get(key, 0) + n
        return result


def true_count(data, values: dict) -> int:
    def matches(key) -> bool:
        day, *rest = key
        fields = dict(zip(("channel", "language", "outcome"), rest, strict=True))
        return all((bucket(d, date.fromisoformat(day)) if d not in fields else fields[d]) == v
                   for d, v in values.items())
    return sum(n for key, n in data.items() if matches(key))


def published(table, data):
    """(true values, published figure, equations) with items ('c', key), ('m', (d, v)), ('t',)
    rebuilt from the table alone, as a reader of the export would."""
    dims = table.dimensions
    true, shown, eqs = {}, {}, []
    cells = []
    for r in table.rows:
        item = ("c", tuple(r.values[d] for d in dims))
        true[item], shown[item] = true_count(data, r.values), r.count
        cells.append((item, r.values))
    true[("t",)], shown[("t",)] = true_count(data, {}), table.total.count
    eqs.append((("t",), [item for item, _ in cells]))
    for i, d in enumerate(dims):
        for r in table.margins[d]:
            item = ("m", (i, r.values[d]))
            true[item], shown[item] = true_count(data, r.values), r.count
            eqs.append((item, [c for c, values in cells if values[d] == r.values[d]]))
        eqs.append((("t",), [("m", (i, r.values[d])) for r in table.margins[d]]))
    return true, shown, eqs


@settings(max_examples=80, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(counts_strategy, st.sampled_from([3, 5]), st.sampled_from(BYS))
def test_no_handoff_figure_under_k_is_shown_and_none_hidden_can_be_worked_out(
        settings_, data, k, by) -> None:
    table = handoff_table(replace(settings_, min_count=k), **H1, by=by, reader=FakeReader(data))
    true, shown, eqs = published(table, data)
    for item, count in shown.items():
        if isinstance(count, int):
            assert count == true[item] and count >= k, item
        elif count == f"<{k}":
            assert true[item] < k, item
        else:
            assert count == "x", item
        if true[item] < k:
            assert not isinstance(count, int), item
    # Exact linear algebra over every published equation: no hidden figure above 0 is pinned
    status = {item: SHOWN if isinstance(c, int) else "hidden" for item, c in shown.items()}
    hidden, rows, rhs = linear_system(true, status, eqs)
    if not hidden:
        return
    pinned = determined_exactly(rows, len(hidden))
    assert not [h for j, h in enumerate(hidden) if j in pinned and true[h] > 0]
    if len(table.dimensions) > 2 or all(c == "x" for c in shown.values()):
        return
    # With the bounds a reader knows ("<K" is 0..K-1, "x" is at least K), each small hidden
    # count above 0 can still take at least two values.
    lo = [0 if shown[h] == f"<{k}" else k for h in hidden]
    hi = [k - 1 if shown[h] == f"<{k}" else 10_000 for h in hidden]
    constraint = LinearConstraint(np.array([[float(x) for x in r] for r in rows]),
                                  np.array([float(x) for x in rhs]),
                                  np.array([float(x) for x in rhs]))
    for j, h in enumerate(hidden):
        if shown[h] != f"<{k}" or true[h] == 0:
            continue
        found = []
        for sign in (1, -1):
            c = np.zeros(len(hidden))
            c[j] = sign
            res = milp(c, constraints=[constraint], integrality=np.ones(len(hidden)),
                       bounds=Bounds(lo, hi))
            assert res.success
            found.append(round(res.x[j]))
        assert found[0] < found[1], (h, found)


@pytest.fixture
def settings_(settings):
    return settings
