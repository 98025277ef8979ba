"""The anonymous logbook: one row per person per day, and nothing that points at a person."""

from __future__ import annotations

import sqlite3

from bot.core.messages import Inbound
from bot.logbook.store import COLUMNS
from bot.runtime import build_runtime

USER_A = "tg-user-987654321"
USER_B = "tg-user-123123123"
SECRET_TEXT = "chong toi ten Nguyen Van Bi mat"


def _complete_request(runtime, user: str) -> None:
    handle = runtime.engine.handle
    handle(Inbound("telegram", user, text=SECRET_TEXT))
    for payload in ("m:help", "h:safe:yes", "h:who:self", "h:kind:physical"):
        handle(Inbound("telegram", user, payload=payload))
    handle(Inbound("telegram", user, text="ninh kieu"))


def test_one_row_per_person_per_day(settings):
    runtime = build_runtime(settings, with_nlu=False)
    table = runtime.logbook.db["help_requests"]
    _complete_request(runtime, USER_A)
    assert table.count == 1
    _complete_request(runtime, USER_A)
    assert table.count == 1
    _complete_request(runtime, USER_B)
    assert table.count == 2
    row = next(table.rows)
    assert set(row) == set(COLUMNS)
    assert row["channel"] == "telegram"
    assert row["for_whom"] == "self"
    assert row["kind"] == "physical"
    assert row["ward"] == "Ninh Kiều"
    assert row["urgent"] == 0
    assert row["providers_shown"] >= 1
    runtime.close()


def test_file_holds_no_identifier_or_text(settings):
    runtime = build_runtime(settings, with_nlu=False)
    _complete_request(runtime, USER_A)
    runtime.engine.handle(Inbound("telegram", USER_A, location=__import__(
        "bot.core.messages", fromlist=["Location"]).Location(10.0351234, 105.7856789)))
    runtime.close()
    path = settings.logbook_path
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    raw = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
    for needle in (USER_A, "987654321", SECRET_TEXT, "Nguyen Van", "10.035", "105.785"):
        assert needle.encode() not in raw


def test_emergency_counts_as_urgent_request(settings):
    runtime = build_runtime(settings, with_nlu=False)
    replies = runtime.engine.handle(Inbound("web", "w1", text="cuu toi voi, ck dang danh toi"))
    assert all(n in replies[0].text for n in ("113", "115", "111"))
    rows = list(runtime.logbook.db["help_requests"].rows)
    assert len(rows) == 1
    assert rows[0]["urgent"] == 1
    assert rows[0]["channel"] == "web"
    runtime.close()


def test_schema_is_versioned_and_wal(settings):
    runtime = build_runtime(settings, with_nlu=False)
    db = runtime.logbook.db
    assert db.execute("PRAGMA user_version").fetchone()[0] == 1
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    runtime.close()
