"""The read side's covering indexes (bot/logbook/indexes.py): both stores create them, also on a
logbook made before them; the SQLite reader answers one-way counts and "values ever" through them
with the same figures as the plain queries; a logbook without them is read as before."""

from __future__ import annotations

import dataclasses
import re
import sqlite3
from datetime import date
from pathlib import Path

import psycopg
import pytest

from bot.logbook.indexes import COVERING
from bot.logbook.store import KINDS, RequestRecord, SqliteLogbook
from bot.reports.reader_sqlite import SqliteReader
from bot.reports.report import render_report
from tests.reports.pg import empty
from tests.reports.test_reader_backends import odd_records

RANGES = [(date(2025, 1, 1), date(2026, 12, 31)),   # long: the whole history
          (date(2025, 12, 29), date(2026, 1, 4)),   # a week across the new year
          (date(2026, 3, 5), date(2026, 3, 5)),     # one day
          (date(2030, 1, 1), date(2030, 12, 31))]   # nothing in it


def sqlite_indexes(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    finally:
        conn.close()


def write(path: Path, records: list[RequestRecord], *, indexes: bool) -> Path:
    book = SqliteLogbook(path)
    for record in records:
        book.open_request(record)
    if not indexes:  # a logbook as an older bot left it
        for name in COVERING.values():
            book.conn.execute(f"DROP INDEX {name}")
    book.close()
    return path


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    records = odd_records()
    return (write(tmp_path / "new.db", records, indexes=True),
            write(tmp_path / "old.db", records, indexes=False))


def test_an_older_logbook_gets_the_indexes_when_the_bot_opens_it(pair):
    _, old = pair
    assert not set(COVERING.values()) & sqlite_indexes(old)
    SqliteLogbook(old).close()
    assert set(COVERING.values()) <= sqlite_indexes(old)


def test_counts_and_values_through_the_indexes_equal_the_plain_queries(pair):
    new, old = pair
    with SqliteReader(new) as fast, SqliteReader(old) as plain:
        assert fast.covering == set(COVERING) and plain.covering == frozenset()
        for dim in ("kind", "ward", "channel"):
            for start, end in RANGES:
                got = fast.grouped_counts(start, end, (dim,))
                assert got == plain.grouped_counts(start, end, (dim,)), (dim, start)
                assert all(type(n) is int and n > 0 for n in got.values())
        for dim in ("channel", "language", "ward"):
            assert sorted(fast.values_ever(dim), key=repr) == \
                sorted(plain.values_ever(dim), key=repr)
        assert None in fast.values_ever("ward") and "" in fast.values_ever("ward")
        start, end = RANGES[0]
        values = {"kind": KINDS, "urgent": (1, 0), "channel": fast.values_ever("channel")}
        totals, counts = fast.one_way_counts(start, end, values)
        plain_totals, plain_counts = plain.one_way_counts(start, end, values)
        assert totals == plain_totals and counts["urgent"] == plain_counts["urgent"]
        # a dimension with an index is left to its index's count; the others are in the pass
        assert set(counts) == set(values) - set(COVERING)


def test_the_reader_uses_the_indexes_instead_of_scanning(pair):
    new, _ = pair
    statements: list[str] = []
    with SqliteReader(new) as reader:
        reader.conn.set_trace_callback(statements.append)
        reader.values_ever("ward")
        reader.grouped_counts(*RANGES[0], ("ward",))
    assert statements and all(f"INDEXED BY {COVERING['ward']}" in s or "IS NULL" in s
                              for s in statements)
    assert not any("DISTINCT" in s or "GROUP BY" in s for s in statements)


def test_the_report_is_the_same_page_with_or_without_the_indexes(settings, pair):
    new, old = pair
    pages = [render_report(dataclasses.replace(settings, logbook_url=f"sqlite:///{path}"),
                           start=date(2025, 1, 1), end=date(2026, 12, 31), lang="en")
             for path in (new, old)]
    strip = [re.sub(r'Generated at</th><td class="n">[^<]*', "", p)
             for p in pages]
    assert strip[0] == strip[1] and "<table" in strip[0]


@pytest.mark.postgres
def test_postgres_store_adds_the_indexes_to_an_older_table(pg_database):
    from bot.logbook.postgres import PostgresLogbook

    url = empty(pg_database)
    PostgresLogbook(url).close()
    with psycopg.connect(url, autocommit=True) as conn:
        for name in COVERING.values():
            conn.execute(f"DROP INDEX {name}")
    PostgresLogbook(url).close()
    with psycopg.connect(url) as conn:
        found = {r[0] for r in conn.execute(
            "SELECT indexname FROM pg_indexes WHERE tablename = 'help_requests'")}
    assert set(COVERING.values()) <= found
