"""Typed answers, disclosures and self-harm over Zalo (issue 10), with the real classifier."""

from __future__ import annotations

import sqlite3

from bot.testing import zalo_api

USER = "246845883529197922"


def _texts(fake: zalo_api.FakeZalo, since: int = 0) -> list[str]:
    return [m["message"].get("text", "") for m in fake.messages[since:]]


def _rows(runtime) -> list[dict]:
    db = sqlite3.connect(runtime.settings.logbook_path)
    db.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in db.execute("select * from help_requests order by id")]
    finally:
        db.close()


async def test_typed_safety_answer_and_unsafe_later(nlu_harness, fake) -> None:
    await nlu_harness.say(zalo_api.event("user_send_text", USER, text="em can giup"))
    mark = len(fake.messages)
    await nlu_harness.say(zalo_api.event("user_send_text", USER, text="hông an toàn"))
    first = _texts(fake, mark)[0]
    assert all(n in first for n in ("113", "115", "111")), first
    assert [r["urgent"] for r in _rows(nlu_harness.runtime)] == [1]


async def test_a_child_disclosure_gets_111_first_and_an_honest_row(nlu_harness, fake) -> None:
    await nlu_harness.say(zalo_api.event(
        "user_send_text", USER, text="con 12 tuoi, ba con say ruou ve la danh me con, con so lam"))
    texts = _texts(fake)
    fallback = nlu_harness.runtime.content.t("vi", "fallback")
    assert fallback not in "\n".join(texts)
    assert "111" in texts[0]
    rows = _rows(nlu_harness.runtime)
    assert [(r["for_whom"], r["kind"]) for r in rows] == [("self", "child_abuse")]


async def test_thoughts_of_suicide_get_the_self_harm_pathway(nlu_harness, fake) -> None:
    await nlu_harness.say(zalo_api.event("user_send_text", USER, text="em khong muon song nua"))
    joined = "\n".join(_texts(fake))
    assert "111" in joined
    assert "bếp" not in joined  # never the domestic-violence advice
