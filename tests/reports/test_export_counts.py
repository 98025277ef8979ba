"""count_table on a logbook with known rows: the right counts, the right figures hidden."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date

import pytest

from bot.logbook.store import RequestRecord
from bot.reports.export import ExportError, LogbookReadError, count_table, parse_period
from bot.reports.periods import buckets

H1 = {"start": date(2026, 1, 1), "end": date(2026, 6, 30)}


def counts(table, dim):
    return {r.values[dim]: r.count for r in table.rows}


def test_kind_counts_are_exact_and_small_ones_are_markers(known_logbook):
    table = count_table(known_logbook, **H1, by=["kind"])
    assert counts(table, "kind") == {
        "physical": 30, "psychological": 12, "sexual": "<5", "economic": "<5", "online": 7,
        "trafficking": "<5", "child_abuse": "<5", "other": "<5", "unknown": "<5"}
    assert table.total.count == 52
    assert table.min_count == 5 and table.period == "2026-H1"


def test_a_lone_small_cell_takes_its_companion_with_it(known_logbook):
    # urgent: 3 and 49 of 52. Showing 49 next to the total would give the 3 away.
    table = count_table(known_logbook, **H1, by=["urgent"])
    assert counts(table, "urgent") == {1: "<5", 0: "x"}
    assert table.total.count == 52


def test_summary_figures_and_a_share_that_would_reveal_a_small_count(known_logbook):
    summary = count_table(known_logbook, **H1, by=["month"]).summary
    assert summary.total == 52
    assert summary.urgent_share == "x"  # 3 urgent: share x 52 would give the 3 back
    assert summary.for_other_share == round(20 / 52, 4)
    assert summary.provider_shown_share == round(40 / 52, 4)


def test_dates_are_inclusive_and_periods_pick_the_right_days(known_logbook):
    assert count_table(known_logbook, start=date(2025, 12, 31), end=date(2026, 6, 30),
                       by=[]).total.count == 61
    assert count_table(known_logbook, start=date(2026, 7, 1), end=date(2026, 7, 1),
                       by=[]).total.count == 6
    q3 = count_table(known_logbook, start=date(2026, 7, 2), end=date(2026, 9, 30), by=[])
    assert q3.total.count == "<5"  # an empty period is a small count like any other


def test_months_list_empty_ones_too(known_logbook):
    table = count_table(known_logbook, **H1, by=["month"])
    assert counts(table, "month") == {"2026-01": 18, "2026-02": 17, "2026-03": 17,
                                      "2026-04": "<5", "2026-05": "<5", "2026-06": "<5"}


def test_iso_weeks_cross_the_new_year(known_logbook):
    table = count_table(known_logbook, start=date(2025, 12, 29), end=date(2026, 1, 4),
                        by=["week"])
    # 2025-12-31 (9 rows) and 2026-01-01..04 (3 rows: i = 0, 3, 30) are all ISO week 2026-W01.
    assert counts(table, "week") == {"2026-W01": 12}
    assert buckets("week", date(2026, 12, 28), date(2027, 1, 4)) == ["2026-W53", "2027-W01"]


def test_two_way_table_margins_add_up_and_hide_consistently(known_logbook):
    table = count_table(known_logbook, **H1, by=["channel", "kind"])
    channel_totals = {r.values["channel"]: r.count for r in table.margins["channel"]}
    assert channel_totals == {"telegram": 40, "zalo": 12, "web": "<5"}
    cells = {(r.values["channel"], r.values["kind"]): r.count for r in table.rows}
    assert cells[("telegram", "physical")] == 30
    for row in [*table.rows, *table.margins["kind"], *table.margins["channel"], table.total]:
        assert not isinstance(row.count, int) or row.count >= 5


def test_a_higher_threshold_hides_more_and_a_lower_one_is_refused(known_logbook):
    table = count_table(known_logbook, **H1, by=["kind"], min_count=8)
    assert counts(table, "kind")["online"] == "<8"
    with pytest.raises(ExportError, match="below the configured min_count 5"):
        count_table(known_logbook, **H1, by=["kind"], min_count=2)


@pytest.mark.parametrize(("text", "expected"), [
    ("2026", (date(2026, 1, 1), date(2026, 12, 31))),
    ("2026-H1", (date(2026, 1, 1), date(2026, 6, 30))),
    ("2026-h2", (date(2026, 7, 1), date(2026, 12, 31))),
    ("2026-Q3", (date(2026, 7, 1), date(2026, 9, 30))),
    ("2024-02", (date(2024, 2, 1), date(2024, 2, 29))),
    ("2026-12", (date(2026, 12, 1), date(2026, 12, 31))),
])
def test_parse_period(text, expected):
    assert parse_period(text) == expected


@pytest.mark.parametrize("text", ["2026-Q5", "2026-13", "H1", "2026-H3", "26", "", "2026-1"])
def test_parse_period_rejects_with_one_line(text):
    with pytest.raises(ExportError) as err:
        parse_period(text)
    assert "\n" not in str(err.value) and "unknown period" in str(err.value)


def test_bad_input_is_refused(known_logbook):
    with pytest.raises(ExportError, match='unknown dimension "colour"'):
        count_table(known_logbook, **H1, by=["month", "colour"])
    with pytest.raises(ExportError, match="is after"):
        count_table(known_logbook, start=date(2026, 2, 1), end=date(2026, 1, 1), by=[])


def test_a_breakdown_too_fine_to_read_is_refused_before_reading(known_logbook):
    with pytest.raises(ExportError, match="use fewer dimensions"):
        count_table(known_logbook, start=date(1900, 1, 1), end=date(2026, 12, 31),
                    by=["day", "week"])
    with pytest.raises(ExportError, match="use fewer dimensions"):
        count_table(known_logbook, **H1, by=["day", "ward", "kind", "channel", "language"])


def test_export_never_creates_or_changes_the_logbook(sqlite_logbook):
    path = sqlite_logbook.logbook_path
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    count_table(sqlite_logbook, **H1, by=["ward", "kind"])
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    path.unlink()
    with pytest.raises(LogbookReadError, match="no logbook file"):
        count_table(sqlite_logbook, **H1, by=["kind"])
    assert not path.exists()


def test_a_database_that_is_not_a_logbook_is_refused(settings):
    path = settings.logbook_path
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE other (x)")
    conn.commit()
    conn.close()
    with pytest.raises(LogbookReadError, match="not a Helpline Companion logbook"):
        count_table(settings, **H1, by=["kind"])
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE help_requests (id INTEGER PRIMARY KEY, day TEXT)")
    conn.execute("PRAGMA user_version = 7")
    conn.commit()
    conn.close()
    with pytest.raises(LogbookReadError, match="schema version 7"):
        count_table(settings, **H1, by=["kind"])
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(LogbookReadError):
        count_table(settings, **H1, by=["kind"])


def test_values_seen_only_outside_the_period_are_listed_too(make_logbook):
    """A channel or ward named only because it occurred would tell that someone asked; so every
    value found anywhere in the logbook is listed, at "<5" when the period has none."""
    settings = make_logbook([
        RequestRecord(day="2025-03-01", channel="console", language="vi", ward="Phường Lạ")])
    table = count_table(settings, **H1, by=["channel"])
    assert counts(table, "channel") == {"telegram": 40, "zalo": 12, "web": "<5", "console": "<5"}
    wards = counts(count_table(settings, **H1, by=["ward"]), "ward")
    assert wards["Phường Lạ"] == "<5" and wards["Ninh Kiều"] == 25 and wards[None] == 7


def test_rows_a_running_bot_has_just_written_are_counted(known_logbook):
    from bot.logbook.store import open_logbook

    # still open, as in a running server (SQLite: rows still in the WAL)
    live = open_logbook(known_logbook.logbook_url, known_logbook.resolve)
    try:
        for _ in range(5):
            live.open_request(RequestRecord(day="2026-06-30", channel="web", language="vi"))
        table = count_table(known_logbook, **H1, by=["channel"])
        assert counts(table, "channel")["web"] == 5 and table.total.count == 57
    finally:
        live.close()
