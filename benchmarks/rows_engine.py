"""Rows measured in this process: the engine turn against the NLU alone, logbook writes against
a bare SQL INSERT, and messages per turn on Zalo and the web chat over the conversation mix."""

from __future__ import annotations

import itertools
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.mix import conversations, replay, typed_texts
from benchmarks.project import copy_project, settings_with
from benchmarks.suite import Mode, Row, interleave, median

_passes = itertools.count()


def _clear_text_caches(understander: object = None, runtime_wards: object = None) -> None:
    """Forget every memoised normalisation, and the classifier's per-word n-gram columns, so
    repeated passes pay what new messages pay (a pessimistic figure: in service most words of
    a new message are words the cache has seen)."""
    from bot.core import answers, faq, medical, ordinals, pathway_reader, safety
    from bot.core.flows import language, privacy
    from bot.nlu import entities, normalize
    from bot.nlu.prefilter import shared_screen

    for cached in (normalize.fold, normalize.normalize, normalize._prepared,
                   normalize.strip_diacritics,
                   answers._forms, faq.topic, pathway_reader.requested, entities.victim,
                   entities.age_group, entities.older_self, safety.expand,
                   medical.without_non_acts, medical.injured_now, privacy.refuses_delete,
                   ordinals._numbered, language._counts):
        cached.cache_clear()
    wards = getattr(runtime_wards, "forget_recent", None) if runtime_wards is not None else None
    if wards is not None:
        wards()
    shared_screen.forget_recent()
    model = getattr(understander, "model", None)
    if model is not None:
        model.forget_words()
    readings = getattr(understander, "forget_recent", None)
    if readings is not None:
        readings()


def run(mode: Mode) -> list[Row]:
    from bot.runtime import build_runtime

    work = copy_project("bench-engine-")
    try:
        runtime = build_runtime(settings_with(work))
        convos = conversations()
        texts = typed_texts(convos)
        rounds = mode.size(4, 1)

        def engine() -> float:
            turns, cpu = 0, 0.0
            for _ in range(rounds):
                _clear_text_caches(runtime.understander, runtime.wards)
                n = next(_passes)
                t0 = time.process_time()
                for i, convo in enumerate(convos):
                    for _replies in replay(convo, runtime.engine.handle, "telegram", f"b{n}-{i}"):
                        turns += 1
                cpu += time.process_time() - t0
            return turns / cpu

        def nlu() -> float:
            cpu = 0.0
            for _ in range(rounds):
                _clear_text_caches(runtime.understander, runtime.wards)
                t0 = time.process_time()
                for text in texts:
                    runtime.understander.understand(text)
                cpu += time.process_time() - t0
            return rounds * len(texts) / cpu

        engine()  # warm-up: first-use costs (regex caches, numpy) are not a turn's
        mine, theirs = interleave(mode.reps, engine, nlu)
        turn_rate, nlu_rate = median(mine), median(theirs)
        rows = [Row("engine in process, transcript mix with NLU and logbook (CPU, one core)",
                    turn_rate, "turns/s", "NLU understand() alone", nlu_rate, "msgs/s",
                    nlu_rate / turn_rate, "turn time / NLU time", "≥ 2,000 turns/s",
                    turn_rate >= 2000, samples={"bot": mine, "baseline": theirs})]
        rows.append(_logbook_row(mode))
        rows.extend(_messages_rows(runtime, convos))
        runtime.close()
        return rows
    finally:
        shutil.rmtree(work, ignore_errors=True)


# -- logbook writes against the SQL floor -------------------------------------------------------

def _logbook_row(mode: Mode) -> Row:
    """A request as the engine writes it (one insert under its key, then one update per later
    answer; here: open + 3 updates) against bare INSERT + UPDATEs at the same durability (WAL,
    synchronous=NORMAL, autocommit)."""
    from bot.logbook.record import RequestRecord
    from bot.logbook.store import SqliteLogbook
    from bot.resilience.logbook import ResilientLogbook, new_request_key

    requests = mode.size(2000, 200)
    tmp = Path(tempfile.mkdtemp(prefix="bench-logbook-"))
    record = RequestRecord(day="2026-05-01", channel="telegram", language="vi")
    try:
        book = ResilientLogbook(SqliteLogbook(tmp / "logbook.db"), tmp / "spool")
        floor = sqlite3.connect(tmp / "floor.db", isolation_level=None)
        floor.execute("PRAGMA journal_mode = WAL")
        floor.execute("PRAGMA synchronous = NORMAL")
        floor.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, day TEXT, channel TEXT, "
                      "language TEXT, for_whom TEXT, kind TEXT, ward TEXT, urgent INTEGER, "
                      "providers_shown INTEGER)")

        def ours() -> float:
            t0 = time.perf_counter()
            for _ in range(requests):
                row = book.open_request_once(new_request_key(), record)
                book.update_request(row, for_whom="self")
                book.update_request(row, kind="physical")
                book.update_request(row, ward="Ninh Kiều", providers_shown=3)
            return requests / (time.perf_counter() - t0)

        # The baseline is the same bare SQL on the logbook's own schema (its day and covering
        # indexes): our code's cost, apart from what the schema costs every writer. A plain
        # table without indexes is shown in the note (the indexes' own price: the report group).
        schema = SqliteLogbook(tmp / "schema.db")

        def bare_on(conn: sqlite3.Connection, table: str) -> float:
            t0 = time.perf_counter()
            for _ in range(requests):
                cur = conn.execute(f"INSERT INTO {table} (day, channel, language, for_whom, "
                                   "kind, ward, urgent, providers_shown) VALUES (?,?,?,?,?,?,?,?)",
                                   ("2026-05-01", "telegram", "vi", "unknown", "unknown", None,
                                    0, 0))
                row = cur.lastrowid
                conn.execute(f"UPDATE {table} SET for_whom = ? WHERE id = ?", ("self", row))
                conn.execute(f"UPDATE {table} SET kind = ? WHERE id = ?", ("physical", row))
                conn.execute(f"UPDATE {table} SET ward = ?, providers_shown = ? WHERE id = ?",
                             ("Ninh Kiều", 3, row))
            return requests / (time.perf_counter() - t0)

        plain: list[float] = []

        def bare() -> float:
            plain.append(bare_on(floor, "t"))
            return bare_on(schema.conn, "help_requests")

        mine, theirs = interleave(mode.reps, ours, bare)
        book.close()
        floor.close()
        schema.close()
        a, b, c = median(mine), median(theirs), median(plain)
        return Row("logbook: a request opened + 3 updates (WAL, synchronous=NORMAL)", a,
                   "requests/s", "bare sqlite3 INSERT + 3 UPDATE on the same table, same "
                   "durability", b, "requests/s", b / a, "our time / bare SQL time",
                   "≤ 1.3× bare SQL", b / a <= 1.3,
                   note=f"the engine itself writes once per turn; bare SQL on a plain table "
                        f"without the logbook's indexes {c:,.0f}/s (our time {c / a:.2f}× that)",
                   samples={"bot": mine, "baseline": theirs, "bare_plain_table": plain})
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# -- messages per turn ---------------------------------------------------------------------------

def _messages_rows(runtime: Any, convos: list[dict[str, Any]]) -> list[Row]:
    """What Zalo and the web chat would send for the mix's turns (their own mapping code), one
    figure each; Telegram's is counted on the fake Bot API in rows_telegram."""
    from bot.channels.base import join_replies
    from bot.channels.zalo.mapping import MAX_TEXT, reply_to_bodies

    turns = zalo = replies_total = 0
    for i, convo in enumerate(convos):
        for replies in replay(convo, runtime.engine.handle, "zalo", f"m-{i}"):
            turns += 1
            replies_total += len(replies)
            zalo += sum(len(reply_to_bodies("u", r, runtime.content.t)[0])
                        for r in join_replies(replies, MAX_TEXT))
    per_reply = replies_total / turns
    return [
        Row("Zalo: messages per turn (mix)", zalo / turns, "msgs/turn",
            "one message per engine reply", per_reply, "msgs/turn", zalo / replies_total,
            "messages / replies", "fewer than replies", zalo < replies_total,
            note=f"{turns} turns; Zalo's rules: 2,000 characters, 5 buttons a message"),
        Row("web chat: HTTP responses per turn (mix)", 1.0, "response/turn",
            "replies (bubbles) per turn", per_reply, "replies/turn", None, "",
            "1 (all replies in one response)", True,
            note="the web chat already answers a turn in one response; bubbles are kept "
                 "apart on the page (no notification per bubble)"),
    ]
