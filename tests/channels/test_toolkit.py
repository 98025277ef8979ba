"""The channel toolkit (bot/channels/base.py): keyed locks, the task set, dedup, split_text with
each platform's limit and measure, and the language of a platform's tag."""

from __future__ import annotations

import asyncio

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.channels import base
from bot.channels.telegram import mapping as telegram
from bot.channels.zalo import mapping as zalo
from bot.core.messages import Button, Reply


async def test_keyed_locks_serialise_one_key_and_forget_it_after() -> None:
    locks = base.KeyedLocks()
    order: list[str] = []

    async def turn(key: str, name: str, pause: float) -> None:
        async with locks.hold(key):
            order.append(f"{name}+")
            await asyncio.sleep(pause)
            order.append(f"{name}-")

    await asyncio.gather(turn("a", "a1", 0.02), turn("a", "a2", 0), turn("b", "b1", 0))
    assert order.index("a1-") < order.index("a2+")           # same key: one after the other
    assert order.index("b1+") < order.index("a1-")           # other keys do not wait
    assert len(locks) == 0                                   # no table of ids is kept


async def test_task_set_drains_and_cancels_after_a_timeout() -> None:
    tasks = base.TaskSet()
    done: list[int] = []

    async def work(n: int) -> None:
        await asyncio.sleep(0.01)
        done.append(n)

    for n in range(3):
        tasks.spawn(work(n))
    await tasks.drain()
    assert sorted(done) == [0, 1, 2] and len(tasks) == 0
    slow = tasks.spawn(asyncio.sleep(30))
    await tasks.drain(timeout=0.05)
    assert slow.cancelled() and len(tasks) == 0


async def test_dedup_marks_once_and_answers_when_the_store_cannot_tell() -> None:
    class Store:
        def __init__(self) -> None:
            self.seen: set[str] = set()

        def add_once(self, key: str, ttl: int) -> bool:
            first = key not in self.seen
            self.seen.add(key)
            return first

        def delete(self, key: str) -> None:
            self.seen.discard(key)

    class Down:
        def add_once(self, key: str, ttl: int) -> bool:
            raise ConnectionError("down")

    dedup, store = base.Dedup("test", 60), Store()
    assert await dedup.first(store, "m1") and not await dedup.first(store, "m1")
    await dedup.forget(store, "m1")
    assert await dedup.first(store, "m1")
    assert await dedup.first(Down(), "m1") and await dedup.first(Down(), "m1")


def test_split_text_cuts_at_a_break_in_the_second_half() -> None:
    assert base.split_text("", 10) == [""]
    assert base.split_text("short", 10) == ["short"]
    assert base.split_text("aaaa bbbb cccc", 10) == ["aaaa bbbb", "cccc"]
    assert base.split_text("aaaaaa\n\nbb cc", 10) == ["aaaaaa", "bb cc"]     # paragraph first
    assert base.split_text("aaaa\n\nbbbb cc", 10) == ["aaaa\n\nbbbb", "cc"]  # not in 1st half
    assert base.split_text("a bbbbbbbbbbbbbbbb", 10) == ["a bbbbbbbb", "bbbbbbbb"]   # no break


def test_each_platform_keeps_its_limit_and_measure() -> None:
    emoji = "😢" * 3000                                        # 2 UTF-16 units each
    pieces = telegram.split_text(emoji)
    assert [telegram.utf16_len(p) for p in pieces] == [4096, 1904]
    assert [len(p) for p in zalo.split_text(emoji)] == [2000, 1000]
    words = ("an toàn " * 600).strip()
    assert all(len(p) <= 2000 and not p.endswith(" ") for p in zalo.split_text(words))
    assert all(telegram.utf16_len(p) <= 4096 for p in telegram.split_text(words))


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab à😢\n𝐀."), max_size=3000),
       st.integers(min_value=1, max_value=500))
def test_split_text_keeps_every_visible_character_within_the_limit(text: str, limit: int) -> None:
    for measure in (len, base.utf16_len):
        pieces = base.split_text(text, limit, measure)
        assert all(measure(p) <= max(limit, 2) for p in pieces)
        assert all(pieces) or pieces == [""]
        assert "".join(pieces).replace(" ", "").replace("\n", "") == \
            text.replace(" ", "").replace("\n", "")


@pytest.mark.parametrize(("code", "language"), [("vi", "vi"), ("en-US", "en"), ("en_GB", "en"),
                                                ("VI", "vi"), ("fr", None), ("", None),
                                                (None, None)])
def test_hint_language(code: str | None, language: str | None) -> None:
    assert base.hint_language(code) == language


def test_reply_language_reads_the_content_then_the_words() -> None:
    texts = {("vi", "cleared"): "Đã xoá.", ("en", "cleared"): "Cleared.",
             ("vi", "skip"): "Bỏ qua", ("en", "skip"): "Skip"}

    def t(language: str, key: str) -> str:
        return texts[(language, key)]

    assert base.reply_language(Reply("Cleared."), t, ("cleared",), "vi") == "en"
    assert base.reply_language(Reply("?", (Button("Bỏ qua", "s"),)), t, ("skip",), "en") == "vi"
    where = Reply("Where are you now, can you tell me?")
    assert base.reply_language(where, t, ("cleared",), "vi") == "vi"
    assert base.reply_language(where, t, ("cleared",), "vi", guess=True) == "en"
