"""The logbook on PostgreSQL, for several machines serving one bot: the same table, the same
columns, nothing that points at a person."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

import psycopg

from bot.logbook.store import (
    SCHEMA_VERSION,
    TABLE,
    LogbookError,
    RequestRecord,
    check_update,
)

_DDL = f"""
CREATE TABLE IF NOT EXISTS {TABLE} (
    id BIGSERIAL PRIMARY KEY,
    day TEXT NOT NULL,
    channel TEXT NOT NULL,
    language TEXT NOT NULL,
    for_whom TEXT NOT NULL,
    kind TEXT NOT NULL,
    ward TEXT,
    urgent INTEGER NOT NULL,
    providers_shown INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS {TABLE}_day ON {TABLE} (day);
CREATE TABLE IF NOT EXISTS companion_schema (version INTEGER NOT NULL);
"""


class PostgresLogbook:
    def __init__(self, url: str):
        try:
            self.conn = psycopg.connect(url, autocommit=True, connect_timeout=5)
        except psycopg.Error as exc:
            raise LogbookError(f"cannot connect to the PostgreSQL logbook ({type(exc).__name__})") from None
        with self.conn.cursor() as cur:
            cur.execute(_DDL)
            cur.execute("SELECT version FROM companion_schema")
            row = cur.fetchone()
            if row is None:
                cur.execute("INSERT INTO companion_schema (version) VALUES (%s)", (SCHEMA_VERSION,))
            elif row[0] != SCHEMA_VERSION:
                raise LogbookError(f"logbook schema version {row[0]} is not {SCHEMA_VERSION}")

    def open_request(self, record: RequestRecord) -> int:
        fields = asdict(record)
        columns = ", ".join(fields)
        marks = ", ".join(["%s"] * len(fields))
        with self.conn.cursor() as cur:
            cur.execute(f"INSERT INTO {TABLE} ({columns}) VALUES ({marks}) RETURNING id",
                        tuple(fields.values()))
            row = cur.fetchone()
        assert row is not None
        return int(row[0])

    def update_request(self, row_id: int, **fields: Any) -> None:
        if not check_update(fields):
            return
        sets = ", ".join(f"{name} = %s" for name in fields)
        with self.conn.cursor() as cur:
            cur.execute(f"UPDATE {TABLE} SET {sets} WHERE id = %s", (*fields.values(), row_id))

    def ping(self) -> bool:
        try:
            with self.conn.cursor() as cur:
                cur.execute("SELECT 1")
            return True
        except psycopg.Error:
            return False

    def close(self) -> None:
        self.conn.close()
