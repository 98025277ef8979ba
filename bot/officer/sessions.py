"""Officer sessions on the server side, so that signing out or changing a password really ends
them (a signed cookie alone stays valid until it expires).

A small SQLite file next to the accounts file (`officer-sessions.db`) holds one row per signed-in
session: a random id (also in the signed cookie), the officer's name, a stamp of the password it
was opened with, and when it expires. A cookie is honoured only while its row exists, has not
expired, and the account's password stamp is unchanged: signing out deletes the row, and setting a
new password (or removing the account) ends every session of that account. No resident data is
here, only officers' sign-ins.
"""

from __future__ import annotations

import secrets
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS officer_sessions (
    id TEXT PRIMARY KEY,
    officer TEXT NOT NULL,
    stamp TEXT NOT NULL,
    expires REAL NOT NULL
)
"""


def sessions_path(accounts_file: Path) -> Path:
    return accounts_file.with_name("officer-sessions.db")


class OfficerSessions:
    def __init__(self, path: Path, clock: Callable[[], float] = time.time):
        self.path = path
        self.clock = clock
        self._ready = False

    def _connect(self) -> sqlite3.Connection:
        if not self._ready:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, timeout=2.0, isolation_level=None)
        if not self._ready:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute(SCHEMA)
            self.path.chmod(0o600)
            self._ready = True
        return db

    def open(self, officer: str, stamp: str, max_age: float) -> str:
        sid = secrets.token_urlsafe(24)
        now = self.clock()
        db = self._connect()
        try:
            db.execute("DELETE FROM officer_sessions WHERE expires < ?", (now,))
            db.execute("INSERT INTO officer_sessions VALUES (?, ?, ?, ?)",
                       (sid, officer, stamp, now + max_age))
        finally:
            db.close()
        return sid

    def valid(self, sid: str, officer: str, stamp: str | None) -> bool:
        if stamp is None:
            return False
        db = self._connect()
        try:
            row = db.execute("SELECT officer, stamp, expires FROM officer_sessions WHERE id = ?",
                             (sid,)).fetchone()
        finally:
            db.close()
        return (row is not None and row[0] == officer and row[1] == stamp
                and row[2] > self.clock())

    def close(self, sid: str) -> None:
        db = self._connect()
        try:
            db.execute("DELETE FROM officer_sessions WHERE id = ?", (sid,))
        finally:
            db.close()

    def close_all(self, officer: str) -> int:
        db = self._connect()
        try:
            return db.execute("DELETE FROM officer_sessions WHERE officer = ?",
                              (officer,)).rowcount
        finally:
            db.close()
