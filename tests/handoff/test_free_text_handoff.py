"""Asking for a person in words, through the trained classifier: the phrasings of the issue and
others it has never seen reach the queue when a counsellor is online, and the honest answer
with 111 otherwise."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.messages import Inbound
from bot.runtime import build_runtime
from tests.configs import configure
from tests.handoff.conftest import ALWAYS

ASKING = [
    "co ai tu van truc tiep khong",
    "ban co the goi lai cho toi khong",
    "muốn nói chuyện với người thật",
    "talk to a person",
    # not in intents/ (held out here)
    "cho em gặp tư vấn viên được không ạ",
    "co nguoi that nao de noi chuyen ko",
    "I would like to speak with a human counsellor",
    "can someone real chat with me",
    "có tư vấn viên nào online không ạ",   # "online" here is the counsellor, not abuse
]


@pytest.fixture
def runtime(project_copy: Path, shared_understander):
    settings = configure(project_copy, ALWAYS)
    rt = build_runtime(settings, understander=shared_understander, with_nlu=False)
    yield rt
    rt.close()


@pytest.mark.parametrize("text", ASKING)
def test_asking_in_words_joins_the_queue(runtime, text) -> None:
    runtime.desk.online("lan")
    replies = runtime.engine.handle(Inbound("telegram", "p1", text=text))
    said = "\n".join(r.text for r in replies)
    assert ("vị trí số 1" in said or "number 1" in said), said
    assert len(runtime.desk.waiting()) == 1


@pytest.mark.parametrize("text", ASKING[:4])
def test_nobody_online_is_honest_with_111(runtime, text) -> None:
    replies = runtime.engine.handle(Inbound("telegram", "p1", text=text))
    said = "\n".join(r.text for r in replies)
    assert "111" in said and ("không phải người thật" in said or "not a person" in said), said
    assert runtime.desk.waiting() == []


@pytest.mark.parametrize("text", ["thôi em không chờ nữa", "em không muốn chờ nữa đâu",
                                  "I don't want to wait anymore"])
def test_not_wanting_to_wait_leaves_the_queue_and_is_no_crisis(runtime, text) -> None:
    """Said while waiting, "không chờ nữa" leaves; the classifier once heard it as a thought of
    suicide and answered with the mental-health line instead."""
    runtime.desk.online("lan")
    runtime.engine.handle(Inbound("telegram", "p1", text="co ai tu van truc tiep khong"))
    replies = runtime.engine.handle(Inbound("telegram", "p1", text=text))
    said = "\n".join(r.text for r in replies)
    assert runtime.desk.waiting() == [], said
    assert "096 306 1414" not in said and "113" not in said, said
