"""Check-in outcomes for officers: the protected tables (both backends), the targets and their
suppression, `companion export --table outcomes`, `companion report` and the dashboard's
targets panel; property tests that no published share or table gives away a small count."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.cli import main
from bot.logbook import open_logbook
from bot.logbook.outcomes import OUTCOMES, OutcomeRecord
from bot.reports.export import export_counts, render_report
from bot.reports.outcomes import outcome_table, targets
from bot.reports.report_targets import outcome_tables
from tests.reports.conftest import BACKENDS

H1 = {"start": date(2026, 1, 1), "end": date(2026, 6, 30)}


def known_outcomes() -> list[OutcomeRecord]:
    """In H1: 42 answers: reached and helped 18, reached no help yet 9, not yet 10, rather not
    say 5; by channel telegram 30, zalo 12; months Jan–Mar; one answer in July (outside)."""
    plan = ["reached_helped"] * 18 + ["reached_waiting"] * 9 + ["not_yet"] * 10 + \
        ["rather_not"] * 5
    records = [OutcomeRecord(day=f"2026-{i % 3 + 1:02d}-{i % 28 + 1:02d}",
                             channel="telegram" if i < 30 else "zalo",
                             language="vi" if i % 5 else "en",
                             kind="physical" if i % 2 else "unknown", outcome=outcome)
               for i, outcome in enumerate(plan)]
    return [*records, OutcomeRecord("2026-07-02", "telegram", "vi", "sexual", "not_yet")]


def write(settings, records: list[OutcomeRecord]):
    logbook = open_logbook(settings.logbook_url, settings.resolve)
    try:
        for record in records:
            logbook.record_outcome(record)
    finally:
        logbook.close()
    return settings


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def outcome_logbook(logbook_settings):
    if logbook_settings.logbook_url.startswith("postgresql"):
        import psycopg

        with psycopg.connect(logbook_settings.logbook_url, autocommit=True) as conn:
            conn.execute("DROP TABLE IF EXISTS help_outcomes")
    return write(logbook_settings, known_outcomes())


def test_outcomes_by_outcome_and_the_targets(outcome_logbook) -> None:
    table = outcome_table(outcome_logbook, **H1, by=("outcome",))
    assert {r.values["outcome"]: r.count for r in table.rows} == {
        "reached_helped": 18, "reached_waiting": 9, "not_yet": 10, "rather_not": 5}
    assert table.total.count == 42
    t = table.targets
    assert t.answered == 42
    assert t.reached_share == round(27 / 42, 4)       # 64.3 %, under the 70 % line
    assert t.helped_share == round(18 / 42, 4)        # 42.9 %, under the 100 % line
    assert (t.reached_line, t.helped_line) == (0.70, 1.00)


def test_a_share_that_would_give_away_a_small_count_is_hidden(logbook_settings) -> None:
    if logbook_settings.logbook_url.startswith("postgresql"):
        import psycopg

        with psycopg.connect(logbook_settings.logbook_url, autocommit=True) as conn:
            conn.execute("DROP TABLE IF EXISTS help_outcomes")
    records = [OutcomeRecord("2026-02-01", "zalo", "vi", "online", o)
               for o in ["reached_helped"] * 3 + ["reached_waiting"] * 8 + ["not_yet"] * 9]
    write(logbook_settings, records)
    t = targets(logbook_settings, **H1)
    assert t.answered == 20
    assert t.helped_share == "x"        # 3 of 20 would be "<5" worked out
    assert t.reached_share == "x"       # its parts are not all shown (3 is "<5")


def test_a_secondary_hidden_count_hides_the_share_made_of_it(logbook_settings) -> None:
    """3 "rather not say" is "<5", so the smallest other count (9) is hidden with it: the
    reached share (18 + 9) would give both back, and is hidden too."""
    if logbook_settings.logbook_url.startswith("postgresql"):
        import psycopg

        with psycopg.connect(logbook_settings.logbook_url, autocommit=True) as conn:
            conn.execute("DROP TABLE IF EXISTS help_outcomes")
    plan = ["reached_helped"] * 18 + ["reached_waiting"] * 9 + ["not_yet"] * 10 + \
        ["rather_not"] * 3
    write(logbook_settings, [OutcomeRecord("2026-03-01", "telegram", "vi", "unknown", o)
                             for o in plan])
    table = outcome_table(logbook_settings, **H1, by=("outcome",))
    assert {r.values["outcome"]: r.count for r in table.rows} == {
        "reached_helped": 18, "reached_waiting": "x", "not_yet": 10, "rather_not": "<5"}
    assert table.targets.reached_share == "x"
    assert table.targets.helped_share == round(18 / 40, 4)


def test_export_json_csv_and_cli(outcome_logbook, capsys) -> None:
    data = json.loads(export_counts(outcome_logbook, **H1, by=["month", "outcome"], fmt="json",
                                    subject="outcomes"))
    assert data["subject"] == "outcomes" and data["dimensions"] == ["month", "outcome"]
    assert "not all victims" in data["targets"]["note"]
    assert all(isinstance(r["count"], str) or r["count"] >= 5 for r in data["rows"])
    csv_text = export_counts(outcome_logbook, **H1, by=["channel"], fmt="csv", lang="en",
                             subject="outcomes").decode("utf-8-sig")
    assert csv_text.splitlines()[0] == "Channel,Check-in answers"
    assert "telegram,30" in csv_text and "zalo,12" in csv_text
    xlsx = export_counts(outcome_logbook, **H1, by=["kind", "outcome"], fmt="xlsx",
                         subject="outcomes")
    assert xlsx[:2] == b"PK"
    code = main(["--config", str(outcome_logbook.path), "export", "--period", "2026-H1",
                 "--table", "outcomes", "--by", "kind", "--format", "json"])
    assert code == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["totals"]["all"] == 42
    assert printed["targets"]["helped_share"] == round(18 / 42, 4)
    code = main(["--config", str(outcome_logbook.path), "export", "--period", "2026-H1",
                 "--table", "outcomes", "--by", "ward"])
    assert code == 2 and "check-in outcomes" in capsys.readouterr().err


def test_the_report_has_the_targets_panel_with_the_note(outcome_logbook) -> None:
    html = render_report(outcome_logbook, **H1, lang="en")
    section = html[html.index('id="targets"'):html.index('id="suppression"')]
    assert "not all victims" in section and "64.3%" in section and "42.9%" in section
    assert "70.0%" in section and "100.0%" in section
    shown = [int(n) for n in re.findall(r'<td class="n">(\d+)</td>', section)]
    assert shown and all(n >= 5 for n in shown)
    vi = render_report(outcome_logbook, **H1, lang="vi")
    assert "không phải trên tất cả nạn nhân" in vi


def test_an_old_logbook_without_outcomes_reads_as_none(sqlite_logbook) -> None:
    import sqlite3

    path = sqlite_logbook.logbook_path
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TABLE help_outcomes")
    t = targets(sqlite_logbook, **H1)
    assert t.answered == "<5" and t.reached_share == "x"


# -- properties --------------------------------------------------------------------------------

counts_strategy = st.dictionaries(
    st.tuples(st.sampled_from(["2026-01-15", "2026-02-15", "2026-03-15"]),
              st.sampled_from(["telegram", "zalo"]), st.sampled_from(OUTCOMES)),
    st.integers(min_value=0, max_value=14), max_size=24)


class FakeReader:
    """Counts as the readers give them, from a dict of (day, channel, outcome) → n."""

    def __init__(self, data):
        self.data = data

    def outcome_counts(self, start, end, dims):
        from bot.reports.periods import bucket

        result: dict = {}
        for (day, channel, outcome), n in self.data.items():
            if not n:
                continue
            values = {"month": bucket("month", date.fromisoformat(day)), "channel": channel,
                      "outcome": outcome, "kind": "unknown", "language": "vi"}
            key = tuple(values[d] for d in dims)
            result[key] = result.get(key, 0) + n
        return result


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(counts_strategy, st.sampled_from([3, 5]))
def test_no_published_outcome_figure_gives_away_a_small_count(settings_, data, k) -> None:
    from dataclasses import replace

    conf = replace(settings_, min_count=k)
    tables = outcome_tables(conf, H1["start"], H1["end"], FakeReader(data))
    one_way = tables["outcome"]
    true = {o: sum(n for (_, _, oo), n in data.items() if oo == o) for o in OUTCOMES}
    whole = sum(true.values())
    for table in tables.values():
        for row in [*table.rows, table.total, *(r for m in table.margins.values() for r in m)]:
            assert not row.shown or row.count >= k
        shown_margins = {r.values["outcome"]: r.shown for r in table.margins.get("outcome", ())}
        if shown_margins and any(r.shown for r in table.rows):
            assert shown_margins == {r.values["outcome"]: r.shown for r in one_way.rows}
    t = one_way.targets
    for share, parts in ((t.reached_share, ("reached_helped", "reached_waiting")),
                         (t.helped_share, ("reached_helped",))):
        if isinstance(share, float):
            part = sum(true[o] for o in parts)
            assert part >= k and whole - part >= k
            # every count the share is made of is published anyway: it tells nothing more
            assert all(r.shown for r in one_way.rows if r.values["outcome"] in parts)
            assert one_way.total.shown and share == round(part / whole, 4)


@pytest.fixture
def settings_(settings):
    return settings
