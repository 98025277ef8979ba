"""Privacy of a handoff. Canary: after a whole handoff (queue, live chat both ways, danger, end)
none of the words typed by the person or the counsellor is found in any table of the logbook, any
file of the project folder (logbook, spool, officer files) or any log line, and the desk has
dropped them. Counts: each outcome is counted by day, channel and language only, and the export
hides small cells like every export."""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from pathlib import Path

from starlette.testclient import TestClient

from bot.cli import main
from bot.logbook.handoffs import HANDOFF_TABLE
from bot.officer.accounts import AccountStore
from bot.reports.handoffs import handoff_csv
from bot.server import create_app
from tests.handoff.console_client import _CSRF, _PAGE_CSRF
from tests.server.conftest import COOKIE_SECRET

PASSWORD = "canary counsellor password"
# Each canary is long and holds letters no hex digest has: a 4-hex-digit one ("55e0") was once
# found by chance in the officers file's random password salt, failing CI.
PERSON = "CANARY-person-qz7f3aqz tôi tên Lan ở hẻm 12"
COUNSELLOR = "CANARY-counsellor-qz91bdqz chị nghe em"
DANGER = "CANARY-danger-qz55e0qz anh ta đang cầm dao đòi giết em"
CANARIES = ("CANARY-", "qz7f3aqz", "qz91bdqz", "qz55e0qz")


def test_no_word_of_a_handoff_is_kept(runtime, project_copy: Path, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    AccountStore(runtime.settings.officers.accounts_file).add("lan", PASSWORD,
                                                              roles=("counsellor",))
    runtime.desk.online("lan")
    app = create_app(runtime, [], cookie_secret=COOKIE_SECRET)
    with TestClient(app, raise_server_exceptions=False) as person, \
            TestClient(app, raise_server_exceptions=False, follow_redirects=False) as staff:
        person.post("/api/chat", json={"command": "start"})
        assert person.post("/api/chat", json={"button": "m:human"}).json()["live"] is True
        token = _CSRF.search(staff.get("/officer/signin").text).group(1)
        staff.post("/officer/signin", data={"csrf": token, "name": "lan", "password": PASSWORD})
        csrf = _PAGE_CSRF.search(staff.get("/officer/console").text).group(1)
        (ticket,) = runtime.desk.waiting()
        assert staff.post("/officer/console/take",
                          data={"csrf": csrf, "ticket": ticket.id}).status_code == 200
        assert person.post("/api/chat", json={"text": PERSON}).json()["replies"] == []
        assert staff.post("/officer/console/send", data={
            "csrf": csrf, "ticket": ticket.id, "text": COUNSELLOR}).status_code == 200
        assert "113" in person.post("/api/chat", json={"text": DANGER}).json()[
            "replies"][0]["text"]
        said = [e.get("text") for _, e in runtime.desk.events(ticket.id)]
        assert PERSON in said and COUNSELLOR in said      # live: the words exist, in memory
        assert staff.post("/officer/console/end",
                          data={"csrf": csrf, "ticket": ticket.id}).status_code == 200
        person.post("/api/chat", json={"text": "cảm ơn"})

    # The desk dropped the words with the end of the chat.
    assert all("text" not in e for _, e in runtime.desk.events(ticket.id))
    runtime.logbook.close()
    found: list[str] = []
    for path in project_copy.rglob("*"):
        if path.is_file() and ".nlu-cache" not in path.parts:
            data = path.read_bytes()
            found += [f"{path}: {c}" for c in CANARIES if c.encode() in data]
    logbook = runtime.settings.logbook_path
    assert logbook is not None and logbook.exists()
    db = sqlite3.connect(logbook)
    tables = [name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    assert HANDOFF_TABLE in tables
    for table in tables:
        for row in db.execute(f"SELECT * FROM {table}"):
            found += [f"{table}: {c}" for c in CANARIES if c in repr(row)]
    counts = db.execute(f"SELECT day, channel, language, outcome, n FROM {HANDOFF_TABLE} "
                        "ORDER BY outcome").fetchall()
    assert [(c[1], c[2], c[3], c[4]) for c in counts] == [
        ("web", "vi", "ended", 1), ("web", "vi", "queued", 1), ("web", "vi", "taken", 1)]
    columns = [c[1] for c in db.execute(f"PRAGMA table_info({HANDOFF_TABLE})")]
    assert columns == ["day", "channel", "language", "outcome", "n"]
    db.close()
    found += [f"log: {c}" for c in CANARIES if c in caplog.text]
    assert not found, found


def test_counts_are_suppressed_in_the_export(runtime, capsys) -> None:
    desk = runtime.desk
    from bot.core.messages import Inbound

    for i in range(7):                      # nobody online: the honest answer, counted
        runtime.engine.handle(Inbound("telegram", f"t{i}", payload="m:human"))
    desk.online("lan")
    for i in range(2):
        runtime.engine.handle(Inbound("zalo", f"z{i}", payload="m:human"))
    today = dt.datetime.now(runtime.settings.city.timezone).date()   # the city's day
    first = today - dt.timedelta(days=1)
    text = handoff_csv(runtime.settings, start=first, end=today).decode()
    rows = {line.split(",")[0]: line.split(",")[1:] for line in text.splitlines()}
    assert rows["outcome"] == ["telegram", "zalo", "web", "console", "total"]
    assert rows["unavailable"][0] == "7"
    assert rows["queued"][1] == "<5"       # 2 queued on Zalo: never shown as 2
    assert "2" not in rows["queued"] and "2" not in rows["total"]
    config = str(runtime.settings.path)
    assert main(["--config", config, "handoffs", "--from", first.isoformat(),
                 "--to", today.isoformat()]) == 0
    assert capsys.readouterr().out == text
