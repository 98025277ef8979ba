"""The read side on PostgreSQL: the same bytes as on SQLite for the same rows, read-only, one
snapshot, one line when the database is not a logbook, and time limits when the server is slow
or the network stalls."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import random
import socket
import threading
import time
from datetime import date, datetime

import psycopg
import pytest

from bot.logbook.store import FOR_WHOM, KINDS, RequestRecord
from bot.reports import export_table
from bot.reports.export import (
    LogbookReadError,
    count_table,
    export_counts,
    open_reader,
    render_report,
)
from tests.reports.conftest import known_records, write_records
from tests.reports.pg import empty

pytestmark = pytest.mark.postgres

H1 = {"start": date(2026, 1, 1), "end": date(2026, 6, 30)}
WARDS = ["Ninh Kiều", "Cái Khế", "An Hòa", "Phường Lạ", "", None, None]


def odd_records(n: int = 600, seed: int = 11) -> list[RequestRecord]:
    """Rows over two years and a new-year week, with unusual channels, languages and wards
    (an empty ward next to a ward not given), so ordering, NULL and type handling all show."""
    rng = random.Random(seed)
    days = [date(2025, 1, 1).toordinal() + rng.randrange(730) for _ in range(n)]
    return [RequestRecord(
        day=date.fromordinal(d).isoformat(),
        channel=rng.choice(["telegram", "telegram", "zalo", "web", "console"]),
        language=rng.choice(["vi", "vi", "en", "km"]), for_whom=rng.choice(FOR_WHOM),
        kind=rng.choice(KINDS), ward=rng.choice(WARDS), urgent=rng.choice([0, 0, 1]),
        providers_shown=rng.choice([0, 1, 2])) for d in days]


@pytest.fixture
def both(settings, pg_database, monkeypatch):
    """(SQLite settings, PostgreSQL settings) holding the same rows, and a frozen clock so that
    "generated at" is the same in both files."""
    fixed = datetime(2026, 12, 1, 9, 30, tzinfo=settings.city.timezone)

    class Frozen(datetime):
        @classmethod
        def now(cls, tz=None):
            return fixed

    monkeypatch.setattr(export_table, "datetime", Frozen)
    records = [*known_records(), *odd_records()]
    sqlite = write_records(settings, records)
    pg = write_records(dataclasses.replace(settings, logbook_url=empty(pg_database)), records)
    return sqlite, pg


BREAKDOWNS = [[], ["kind"], ["ward"], ["channel"], ["language"], ["urgent"], ["for_whom"],
              ["day"], ["week"], ["month", "kind"], ["quarter", "ward"], ["half", "channel"],
              ["year", "language", "urgent"], ["week", "ward"], ["month", "ward", "kind"]]


@pytest.mark.parametrize("by", BREAKDOWNS, ids=lambda by: "-".join(by) or "total")
def test_csv_and_json_are_the_same_bytes_on_both_backends(both, by):
    sqlite, pg = both
    for start, end in ((date(2025, 1, 1), date(2026, 12, 31)), (date(2025, 12, 29),
                                                                date(2026, 1, 4))):
        if "day" in by and (end - start).days > 40:
            continue
        for fmt in ("csv", "json"):
            for lang in ("vi", "en"):
                kw = {"start": start, "end": end, "by": by, "fmt": fmt, "lang": lang}
                assert export_counts(pg, **kw) == export_counts(sqlite, **kw), (fmt, lang)


def test_readers_return_the_same_python_values(both):
    sqlite, pg = both
    with open_reader(sqlite) as a, open_reader(pg) as b:
        for dims in (("month", "ward", "urgent"), ("week", "kind"), ("quarter", "half", "year"),
                     ("channel", "language", "for_whom"), ("day",)):
            got, want = b.grouped_counts(date(2025, 1, 1), date(2026, 12, 31), dims), \
                a.grouped_counts(date(2025, 1, 1), date(2026, 12, 31), dims)
            assert got == want
            assert {tuple(map(type, k)) for k in got} == {tuple(map(type, k)) for k in want}
            assert all(type(v) is int for v in got.values())
        assert b.period_totals(**H1) == a.period_totals(**H1)
        for dim in ("channel", "language", "ward"):
            assert sorted(b.values_ever(dim), key=repr) == sorted(a.values_ever(dim), key=repr)
        assert "" in b.values_ever("ward") and None in b.values_ever("ward")


def test_the_one_way_pass_is_the_same_on_both_backends(both):
    sqlite, pg = both
    with open_reader(sqlite) as a, open_reader(pg) as b:
        values = {"kind": KINDS, "urgent": (1, 0), "channel": ("telegram", "zalo", "web"),
                  "for_whom": FOR_WHOM}
        got = b.one_way_counts(date(2025, 1, 1), date(2026, 12, 31), values)
        totals = a.period_totals(date(2025, 1, 1), date(2026, 12, 31))
        assert got[0] == totals
        # "console" is missing from the channels listed: that dimension is left out, for its
        # GROUP BY; the others are complete and equal the GROUP BY's counts.
        assert set(got[1]) == {"kind", "urgent", "for_whom"}
        for dim, counts in got[1].items():
            assert counts == a.grouped_counts(date(2025, 1, 1), date(2026, 12, 31), (dim,))


def test_the_report_is_the_same_page_on_both_backends(both):
    sqlite, pg = both
    assert render_report(pg, **H1, lang="en") == render_report(sqlite, **H1, lang="en")


def test_a_database_without_the_logbook_is_refused_and_left_alone(settings, pg_database):
    url = empty(pg_database)
    pg = dataclasses.replace(settings, logbook_url=url)
    with pytest.raises(LogbookReadError, match="no help_requests table") as err:
        count_table(pg, **H1, by=["kind"])
    assert "\n" not in str(err.value) and "postgres@" not in str(err.value)
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT to_regclass('help_requests')").fetchone() == (None,)
    write_records(pg, known_records()[:3])
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("UPDATE companion_schema SET version = 7")
    with pytest.raises(LogbookReadError, match="schema version 7"):
        count_table(pg, **H1, by=["kind"])


def test_the_reader_cannot_write_and_keeps_one_snapshot(settings, pg_database):
    pg = write_records(dataclasses.replace(settings, logbook_url=empty(pg_database)),
                       known_records())
    with open_reader(pg) as reader:
        assert reader.period_totals(**H1).total == 52
        write_records(pg, [RequestRecord(day="2026-03-03", channel="web", language="vi")])
        assert reader.grouped_counts(**H1, dims=()) == {(): 52}  # the same moment throughout
        with pytest.raises(psycopg.errors.ReadOnlySqlTransaction):
            reader.conn.execute("DELETE FROM help_requests")  # type: ignore[attr-defined]
    assert count_table(pg, **H1, by=[]).total.count == 53


def test_an_unreachable_server_is_one_line_quickly(settings):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again: nothing listens there
    pg = dataclasses.replace(settings, logbook_url=f"postgresql://officer:s3cret@127.0.0.1:{port}/x")
    t0 = time.monotonic()
    with pytest.raises(LogbookReadError, match="cannot connect") as err:
        count_table(pg, **H1, by=["kind"])
    assert time.monotonic() - t0 < 5
    assert "s3cret" not in str(err.value) and "officer" not in str(err.value)


def test_a_slow_query_is_cancelled_by_the_statement_timeout(settings, pg_database):
    from bot.reports.reader_postgres import PostgresReader

    url = empty(pg_database)
    write_records(dataclasses.replace(settings, logbook_url=url), known_records())
    reader = PostgresReader(url, statement_timeout=0.5)
    with psycopg.connect(url) as locker:
        locker.execute("LOCK TABLE help_requests IN ACCESS EXCLUSIVE MODE")
        t0 = time.monotonic()
        with pytest.raises(LogbookReadError, match=r"no answer within 0\.5 s"):
            reader.grouped_counts(**H1, dims=("kind",))
        assert time.monotonic() - t0 < 3
    reader.close()


class StallingProxy:
    """A TCP proxy on loopback to PostgreSQL that forwards until `stall()`, then swallows
    everything and answers nothing (a network that hangs, not one that fails)."""

    def __init__(self, upstream: tuple[str, int] = ("127.0.0.1", 5432)):
        self.upstream = upstream
        self.stalled = threading.Event()
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.sockets: list[socket.socket] = [self.listener]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.upstream)
            self.sockets += [client, server]
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    def _pipe(self, source: socket.socket, target: socket.socket) -> None:
        while True:
            try:
                data = source.recv(65536)
            except OSError:
                return
            if not data:
                return
            if not self.stalled.is_set():
                target.sendall(data)

    def stall(self) -> None:
        self.stalled.set()

    def close(self) -> None:
        for sock in self.sockets:  # shutdown first: it wakes the threads blocked in recv
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()


def test_a_stalled_network_fails_the_read_instead_of_hanging(settings, pg_database,
                                                             monkeypatch):
    from bot.reports import reader_postgres

    url = empty(pg_database)
    write_records(dataclasses.replace(settings, logbook_url=url), known_records())
    proxy = StallingProxy()
    monkeypatch.setattr(reader_postgres, "GRACE_SECONDS", 0.5)
    try:
        through = url.replace("127.0.0.1:5432", f"127.0.0.1:{proxy.port}")
        reader = reader_postgres.PostgresReader(through, statement_timeout=0.5)
        assert reader.grouped_counts(**H1, dims=()) == {(): 52}
        proxy.stall()
        t0 = time.monotonic()
        with pytest.raises(LogbookReadError, match="stalled"):
            reader.grouped_counts(**H1, dims=("kind",))
        assert time.monotonic() - t0 < 3
        reader.close()
    finally:
        proxy.close()


def test_json_of_the_postgresql_logbook_matches_the_known_counts(settings, pg_database):
    pg = write_records(dataclasses.replace(settings, logbook_url=empty(pg_database)),
                       known_records())
    doc = json.loads(export_counts(pg, **H1, by=["channel", "kind"], fmt="json"))
    assert doc["totals"]["all"] == 52
    assert {r["channel"]: r["count"] for r in doc["totals"]["by"]["channel"]} == {
        "telegram": 40, "zalo": 12, "web": "<5"}
