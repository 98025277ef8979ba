"""A place in a list typed ("2", "cái thứ hai", "the second one"), and which screen of buttons
it may name (bot/core/ordinals.py, Engine's `_choices_shown`)."""

from __future__ import annotations

import pytest

from bot.core.engine import _choices_shown
from bot.core.messages import Button, Reply
from bot.core.ordinals import pick, position


@pytest.mark.parametrize("text, n", [
    ("2", 2), ("số 2", 2), ("#2", 2), ("# 3", 3), ("2.", 2), ("1)", 1), ("cái thứ hai", 2),
    ("Cái thứ 2 ạ", 2), ("thứ 3", 3), ("cái thứ tư", 4), ("mục ba", 3), ("cái đầu", 1),
    ("cái đầu tiên", 1), ("chọn số 3", 3), ("số 1 nha", 1), ("mục 4", 4), ("the second one", 2),
    ("first", 1), ("option 2", 2), ("number 5", 5), ("no. 2", 2), ("i pick the third one", 3),
])
def test_a_place_typed_alone_is_read(text: str, n: int) -> None:
    assert position(text) == n


@pytest.mark.parametrize("text", [
    "ba",            # a father as often as a third
    "hai", "năm", "nam", "tư", "sáu",
    "ba em đánh em", "2 ngày rồi", "em 13", "10", "0", "không", "cái gì", "thứ hai tuần sau",
    "the second time he hit me", "",
    "sợ ba", "so ba", "sợ bọn", "số hai",      # "số" folds like "sợ": afraid of dad, of them
    "thứ hai", "thu sau", "thứ ba",            # Monday, Friday, Tuesday
    "no one", "one", "2 bạn",                  # nobody; a number alone; two friends
])
def test_anything_more_than_a_place_is_not_one(text: str) -> None:
    assert position(text) is None


def test_pick_stays_within_the_choices() -> None:
    assert pick("cái thứ hai", ["a", "b", "c"]) == "b"
    assert pick("4", ["a", "b", "c"]) is None
    assert pick("2", []) is None


def test_only_a_screen_of_choices_can_be_named_by_place() -> None:
    menu = Reply("?", (Button("A", "m:help"), Button("B", "m:numbers")))
    calls = Reply("numbers", (Button("Gọi 113", "tel:113", kind="phone", value="113"),
                              Button("Menu", "menu")))
    assert _choices_shown([calls, menu]) == ["m:help", "m:numbers"]
    assert _choices_shown([menu, calls]) == []            # the last buttons shown mix a call in
    assert _choices_shown([menu, Reply("text only")]) == ["m:help", "m:numbers"]
    assert _choices_shown([Reply("text only")]) == []


def test_a_turn_that_showed_a_numbered_list_offers_no_places() -> None:
    cards = Reply("1. Bệnh viện\n\n2. UBND phường Ninh Kiều")
    menu = Reply("?", (Button("A", "m:help"), Button("B", "m:numbers")))
    assert _choices_shown([cards, menu]) == []          # "2" may be the card or the button
    assert _choices_shown([Reply("Năm 2022, luật mới"), menu]) == ["m:help", "m:numbers"]
