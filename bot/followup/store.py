"""Where pending check-ins wait: one row per person who asked for one, until it is sent,
cancelled or erased. SQLite here (the embedded default, one file beside the logbook),
PostgreSQL in postgres.py (when the logbook is there, so several servers share the rows).

A row holds, in clear, only what the scheduler needs to pick it: an id, the keyed hash that
finds it again (`finder`), the channel's name, the due time, the lease and the number of
attempts. Everything about the person (where to send, language, kind of request, when they
asked) is sealed with the follow-up key (keys.py). Deleting a row is the only way it ends;
SQLite's `secure_delete` overwrites the freed bytes.

Claiming is atomic: a row whose due time has passed and whose lease has run out gets a new
lease in one statement, so two processes never claim the same row at once, and a process killed
between claim and send leaves a row that is claimed again once its lease runs out.
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from bot.followup.keys import FollowupKey, FollowupKeyError

TABLE = "followups"


@dataclass(frozen=True)
class Due:
    """A claimed check-in, opened: what is needed to send it, for the sender only."""

    id: int
    channel: str
    recipient: str
    language: str
    kind: str
    asked_at: float
    attempts: int


class FollowupStore(Protocol):
    def add(self, channel: str, user: str, sealed: bytes, due: float) -> None:
        """Keep one check-in for this person (a second one replaces the first)."""
        ...

    def cancel(self, finder: str) -> int: ...

    def pending(self, finder: str) -> bool: ...

    def claim(self, now: float, lease: float, limit: int) -> list[tuple[int, str, int, bytes]]:
        """(id, channel, attempts, sealed) of due rows, each now leased until now + lease."""
        ...

    def done(self, row_id: int) -> None: ...

    def retry_at(self, row_id: int, when: float) -> None: ...

    def count(self) -> int: ...

    def close(self) -> None: ...


def open_due(key: FollowupKey, row: tuple[int, str, int, bytes]) -> Due | None:
    """A claimed row opened with the key; None when it does not open (a changed key)."""
    row_id, channel, attempts, sealed = row
    try:
        data = key.open(sealed)
    except FollowupKeyError:
        return None
    return Due(row_id, channel, str(data.get("r", "")), str(data.get("l", "vi")),
               str(data.get("k", "unknown")), float(data.get("t", 0.0)), attempts)


class SqliteFollowups:
    """One SQLite file (not the logbook's: the logbook holds nothing about a person)."""

    def __init__(self, path: Path | str, key: FollowupKey):
        self.key = key
        if str(path) != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self.conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None,
                                    timeout=10)
        self.conn.execute("PRAGMA secure_delete = ON")
        self.conn.execute(
            f"CREATE TABLE IF NOT EXISTS {TABLE} (id INTEGER PRIMARY KEY AUTOINCREMENT, "
            "finder TEXT NOT NULL UNIQUE, channel TEXT NOT NULL, due REAL NOT NULL, "
            "claimed_until REAL NOT NULL DEFAULT 0, attempts INTEGER NOT NULL DEFAULT 0, "
            "sealed BLOB NOT NULL)")
        self.conn.execute(f"CREATE INDEX IF NOT EXISTS {TABLE}_due ON {TABLE} (due)")

    def add(self, channel: str, user: str, sealed: bytes, due: float) -> None:
        with self._lock:
            self.conn.execute(
                f"INSERT INTO {TABLE} (finder, channel, due, sealed) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(finder) DO UPDATE SET due = excluded.due, sealed = excluded.sealed, "
                "claimed_until = 0, attempts = 0",
                (self.key.finder(channel, user), channel, due, sealed))

    def cancel(self, finder: str) -> int:
        with self._lock:
            return self.conn.execute(f"DELETE FROM {TABLE} WHERE finder = ?", (finder,)).rowcount

    def pending(self, finder: str) -> bool:
        with self._lock:
            return self.conn.execute(f"SELECT 1 FROM {TABLE} WHERE finder = ?",
                                     (finder,)).fetchone() is not None

    def claim(self, now: float, lease: float, limit: int) -> list[tuple[int, str, int, bytes]]:
        with self._lock:
            rows = self.conn.execute(
                f"UPDATE {TABLE} SET claimed_until = ?, attempts = attempts + 1 WHERE id IN "
                f"(SELECT id FROM {TABLE} WHERE due <= ? AND claimed_until <= ? "
                "ORDER BY due LIMIT ?) RETURNING id, channel, attempts, sealed",
                (now + lease, now, now, limit)).fetchall()
        return [(int(r[0]), str(r[1]), int(r[2]), bytes(r[3])) for r in rows]

    def done(self, row_id: int) -> None:
        with self._lock:
            self.conn.execute(f"DELETE FROM {TABLE} WHERE id = ?", (row_id,))

    def retry_at(self, row_id: int, when: float) -> None:
        with self._lock:
            self.conn.execute(f"UPDATE {TABLE} SET claimed_until = ? WHERE id = ?",
                              (when, row_id))

    def count(self) -> int:
        with self._lock:
            return int(self.conn.execute(f"SELECT count(*) FROM {TABLE}").fetchone()[0])

    def close(self) -> None:
        with self._lock:
            self.conn.close()
