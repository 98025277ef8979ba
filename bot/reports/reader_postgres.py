"""Reading counts out of the PostgreSQL logbook: the same queries as the SQLite reader, the same
Python values back.

One connection per reader (psycopg 3), in a `REPEATABLE READ READ ONLY` transaction: the
server refuses any write, and the counts, totals and value lists of one table come from one
snapshot while the bot keeps writing. Nothing is ever created: a database without the logbook's
table is an error, not a new logbook.

Time limits, so an officer's click or a /stats message never waits forever:
- `connect_timeout` for the connection;
- `statement_timeout` (server side, local to the transaction) for each query;
- a client-side deadline a little longer than that: if the network stalls (the server answers
  nothing at all), the socket is shut down and the read fails with one line instead of hanging.

Values match the SQLite reader exactly: days and buckets are computed from the 'YYYY-MM-DD'
text, counts are ints (bigint → int), `urgent` is an int, a ward not given is None. Date bounds
are compared as text, which is ISO order under any collation for fixed-width 'YYYY-MM-DD'.
"""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Sequence
from datetime import date
from typing import Any

import psycopg
from psycopg.conninfo import conninfo_to_dict

from bot.logbook.handoffs import HANDOFF_TABLE
from bot.logbook.indexes import COVERING
from bot.logbook.store import SCHEMA_VERSION, TABLE
from bot.reports import reader_covering
from bot.reports.reader import (
    CONNECT_TIMEOUT,
    STATEMENT_TIMEOUT,
    LogbookReadError,
    ReaderBase,
    Totals,
    check_history_dimension,
    fold_rows,
    handoff_sql,
    outcome_sql,
    split_one_way,
)

_DAY = "day::text"  # a no-op on the TEXT column; keeps the buckets right were it ever a DATE
_MONTH_NUMBER = f"CAST(substr({_DAY}, 6, 2) AS INTEGER)"
SQL = {
    "day": _DAY,
    "week": _DAY,
    "month": f"substr({_DAY}, 1, 7)",
    "quarter": f"substr({_DAY}, 1, 4) || '-Q' || CAST(({_MONTH_NUMBER} + 2) / 3 AS TEXT)",
    "half": f"substr({_DAY}, 1, 4) || '-H' || "
            f"(CASE WHEN {_MONTH_NUMBER} <= 6 THEN '1' ELSE '2' END)",
    "year": f"substr({_DAY}, 1, 4)",
    "channel": "channel",
    "language": "language",
    "for_whom": "for_whom",
    "kind": "kind",
    "ward": "ward",
    "urgent": "urgent",
}
GRACE_SECONDS = 5.0  # the client-side deadline is statement_timeout + this


def describe(url: str) -> str:
    """`PostgreSQL logbook host:port/dbname` for messages: never the user or password."""
    try:
        info = conninfo_to_dict(url)
    except psycopg.Error:
        return "PostgreSQL logbook"
    host = info.get("host") or "localhost"
    port = info.get("port") or "5432"
    return f"PostgreSQL logbook {host}:{port}/{info.get('dbname') or ''}"


class _Deadline:
    """Shut the connection's socket down if one query has not come back within `seconds`:
    the blocked read then fails at once instead of waiting for a server that says nothing."""

    def __init__(self, conn: psycopg.Connection[Any], seconds: float):
        self.conn = conn
        self.fired = False
        self._done = False
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._fire)
        self._timer.daemon = True

    def __enter__(self) -> _Deadline:
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        with self._lock:
            self._done = True
        self._timer.cancel()

    def _fire(self) -> None:
        with self._lock:
            if self._done:
                return
            self.fired = True
            try:
                sock = socket.socket(fileno=os.dup(self.conn.fileno()))
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                finally:
                    sock.close()
            except (OSError, psycopg.Error):
                pass


class PostgresReader(ReaderBase):
    def __init__(self, url: str, *, connect_timeout: float = CONNECT_TIMEOUT,
                 statement_timeout: float = STATEMENT_TIMEOUT):
        self.where = describe(url)
        self.statement_timeout = statement_timeout
        try:
            self.conn = psycopg.connect(url, connect_timeout=max(1, round(connect_timeout)),
                                        application_name="companion-read")
        except psycopg.Error as exc:
            raise LogbookReadError(f"{self.where}: cannot connect ({type(exc).__name__})") from None
        try:
            self.conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
            self.conn.read_only = True
            ms = str(max(1, round(statement_timeout * 1000)))
            self._rows("SELECT set_config('statement_timeout', %s, true), "
                       "set_config('idle_in_transaction_session_timeout', %s, true)",
                       (ms, str(max(10_000, int(ms)))))
            self._check_schema()
        except BaseException:
            self.conn.close()
            raise

    def _check_schema(self) -> None:
        ((table, versions),) = self._rows("SELECT to_regclass(%s), to_regclass(%s)",
                                          (TABLE, "companion_schema"))
        if table is None:
            raise LogbookReadError(f"{self.where}: not a Helpline Companion logbook "
                                   f"(no {TABLE} table)")
        found = [row[0] for row in self._rows("SELECT version FROM companion_schema")] \
            if versions is not None else []
        if found != [SCHEMA_VERSION]:
            shown = ", ".join(map(str, found)) or "none"
            raise LogbookReadError(f"{self.where}: not a Helpline Companion logbook "
                                   f"(schema version {shown})")

    def grouped_counts(self, start: date, end: date,
                       dims: Sequence[str]) -> dict[tuple[Any, ...], int]:
        where = "WHERE day BETWEEN %s AND %s"
        params = (start.isoformat(), end.isoformat())
        if not dims:
            ((n,),) = self._rows(f"SELECT count(*) FROM {TABLE} {where}", params)
            return {(): int(n)} if n else {}
        cols = ", ".join(SQL[d] for d in dims)
        groups = ", ".join(str(i + 1) for i in range(len(dims)))
        return fold_rows(self._rows(
            f"SELECT {cols}, count(*) FROM {TABLE} {where} GROUP BY {groups}", params), dims)

    def period_totals(self, start: date, end: date) -> Totals:
        (row,) = self._rows(
            f"SELECT count(*), count(*) FILTER (WHERE urgent = 1), "
            f"count(*) FILTER (WHERE for_whom = 'other'), "
            f"count(*) FILTER (WHERE providers_shown >= 1) "
            f"FROM {TABLE} WHERE day BETWEEN %s AND %s", (start.isoformat(), end.isoformat()))
        return Totals(*(int(v) for v in row))

    def one_way_counts(self, start: date, end: date, values: dict[str, Sequence[Any]],
                       ) -> tuple[Totals, dict[str, dict[tuple[Any, ...], int]]]:
        """The period totals and the one-way counts of `values`' dimensions in one scan, as
        SqliteReader.one_way_counts (MemoReader.prefetch_one_way): `count(*) FILTER` columns
        instead of a GROUP BY each (1M rows: ~0.5 s against ~0.9 s for the totals and three
        GROUP BYs). A dimension whose values do not add up is left out for its GROUP BY."""
        cols = "".join(f", count(*) FILTER (WHERE {SQL[d]} = %s)"
                       for d, vals in values.items() for _ in vals)
        params = [v for vals in values.values() for v in vals]
        (row,) = self._rows(
            f"SELECT count(*), count(*) FILTER (WHERE urgent = 1), "
            f"count(*) FILTER (WHERE for_whom = 'other'), "
            f"count(*) FILTER (WHERE providers_shown >= 1){cols} "
            f"FROM {TABLE} WHERE day BETWEEN %s AND %s",
            (*params, start.isoformat(), end.isoformat()))
        return split_one_way(row, values)

    def outcome_counts(self, start: date, end: date,
                       dims: Sequence[str]) -> dict[tuple[Any, ...], int]:
        ((table,),) = self._rows("SELECT to_regclass(%s)", ("help_outcomes",))
        if table is None:
            return {}  # a logbook from before check-ins
        rows = self._rows(outcome_sql(SQL, dims, "%s"), (start.isoformat(), end.isoformat()))
        if not dims:
            return {(): int(rows[0][0])} if rows and rows[0][0] else {}
        return fold_rows([(*r[:-1], int(r[-1])) for r in rows], dims)

    def values_ever(self, dim: str) -> list[Any]:
        check_history_dimension(dim)
        if dim in COVERING and self._rows("SELECT to_regclass(%s)", (COVERING[dim],))[0][0]:
            # One index seek per value (reader_covering) instead of a hash over every row. The
            # period's counts stay a hashed GROUP BY: an index walk pays off only on a table
            # autovacuum has already marked all-visible, which a reader cannot know.
            values = [row[0] for row in self._rows(reader_covering.skip_scan_sql(dim, False))]
            return values + [None] if self._rows(reader_covering.null_sql(dim))[0][0] else values
        return [row[0] for row in self._rows(f"SELECT DISTINCT {SQL[dim]} FROM {TABLE}")]

    def handoff_grouped(self, start: date, end: date,
                        dims: Sequence[str]) -> dict[tuple[Any, ...], int]:
        """Handoffs per combination of `dims` (bot/logbook/handoffs.py); {} before the first
        handoff created the table. `sum(n)` of a BIGINT is a NUMERIC: made an int here."""
        ((table,),) = self._rows("SELECT to_regclass(%s)", (HANDOFF_TABLE,))
        if table is None:
            return {}
        rows = self._rows(handoff_sql(SQL, dims, "%s"), (start.isoformat(), end.isoformat()))
        if not dims:
            return {(): int(rows[0][0])} if rows and rows[0][0] else {}
        return fold_rows([(*r[:-1], int(r[-1])) for r in rows], dims)

    def handoff_counts(self, start: date, end: date) -> dict[tuple[str, str], int]:
        """Handoffs by (outcome, channel) in the range."""
        return self.handoff_grouped(start, end, ("outcome", "channel"))

    def close(self) -> None:
        self.conn.close()  # the server rolls the read-only transaction back

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        deadline = _Deadline(self.conn, self.statement_timeout + GRACE_SECONDS)
        try:
            with deadline, self.conn.cursor() as cur:
                cur.execute(sql, params)  # type: ignore[arg-type]  # our own constant SQL
                return cur.fetchall()
        except psycopg.errors.QueryCanceled:
            raise LogbookReadError(f"{self.where}: no answer within "
                                   f"{self.statement_timeout:g} s") from None
        except psycopg.Error as exc:
            if deadline.fired:
                raise LogbookReadError(f"{self.where}: no answer within "
                                       f"{self.statement_timeout + GRACE_SECONDS:g} s "
                                       f"(connection stalled)") from None
            raise LogbookReadError(f"{self.where}: cannot read the logbook "
                                   f"({type(exc).__name__})") from None
