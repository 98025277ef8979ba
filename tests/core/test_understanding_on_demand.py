"""The classifier runs once per typed message at most, and only when a flow needs its reading:
a button, a command or a recognised answer to the current step is understood without it, while
danger typed as a step answer still gets the numbers first."""

from __future__ import annotations

import shutil

import pytest

from bot.core.messages import Inbound
from bot.runtime import build_runtime


class Counting:
    """The real understander, counting the messages it classifies."""

    def __init__(self, real):
        self.real = real
        self.classified: list[str] = []

    def understand(self, text: str):
        self.classified.append(text)
        return self.real.understand(text)

    def language_of(self, text: str):
        return self.real.language_of(text)


@pytest.fixture
def counted(tmp_path, nlu_project, shared_understander):
    from bot.config import load_config

    shutil.copy(nlu_project / "config.toml", tmp_path / "config.toml")
    shutil.copytree(nlu_project / "data", tmp_path / "data")
    (tmp_path / "data" / "logbook.db").unlink(missing_ok=True)
    counting = Counting(shared_understander)
    rt = build_runtime(load_config(tmp_path / "config.toml"), understander=counting)
    yield rt, counting
    rt.close()


def _say(rt, user: str, text: str | None = None, payload: str | None = None):
    return rt.engine.handle(Inbound("test", user, text=text, payload=payload))


def test_buttons_and_step_answers_skip_the_classifier_free_text_uses_it_once(counted):
    rt, counting = counted
    first = _say(rt, "a", payload="pw:check")       # the danger check's first question
    assert counting.classified == []
    replies = _say(rt, "a", "không")                 # a recognised no: the next question
    assert counting.classified == []
    assert replies and replies[-1].text != first[-1].text and "113" not in replies[0].text
    _say(rt, "a", payload="menu")
    _say(rt, "a", "tôi không biết phải làm sao nữa")  # free text: read by the classifier, once
    assert counting.classified == ["tôi không biết phải làm sao nữa"]


def test_danger_typed_as_a_step_answer_still_gets_the_numbers_first(counted):
    rt, _ = counted
    _say(rt, "b", payload="pw:check")
    first = _say(rt, "b", "có, nó đang cầm dao đòi giết em")[0].text
    assert all(number in first for number in ("113", "115", "111"))


def test_the_language_follows_a_step_answer_typed_in_english(counted):
    rt, _ = counted
    _say(rt, "c", payload="pw:check")
    replies = _say(rt, "c", "no it has never happened to me")
    assert "?" in replies[-1].text and all(ch.isascii() or ch in "–’…" for ch in replies[-1].text)


@pytest.mark.parametrize("typed", ["ko", "khong", "hông", "hổng có", "dạ không", "chưa bao giờ",
                                   "no", "nope", "KHÔNG"])
def test_typed_answers_to_the_danger_check_as_people_write_them(counted, typed: str):
    rt, counting = counted
    first = _say(rt, "d", payload="pw:check")[-1].text
    replies = _say(rt, "d", typed)
    assert counting.classified == [], typed
    assert replies and replies[-1].text != first and "113" not in replies[0].text, typed
