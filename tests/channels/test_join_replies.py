"""Joining a turn's replies into as few platform messages as the content allows
(bot/channels/base.join_replies): nothing lost, order kept, buttons under their own text."""

from __future__ import annotations

from bot.channels.base import join_replies, split_text, utf16_len
from bot.core.messages import Button, Reply

YES = Button("Có", "h:safe:yes")


def test_plain_replies_become_one_message_with_the_buttons_of_the_last() -> None:
    replies = [Reply("Gọi 113 nếu nguy hiểm."), Reply("Mình ở đây."), Reply("Bạn an toàn?", (YES,))]
    joined = join_replies(replies, 4096)
    assert joined == [Reply("Gọi 113 nếu nguy hiểm.\n\nMình ở đây.\n\nBạn an toàn?", (YES,))]


def test_a_reply_with_buttons_ends_a_message_and_order_is_kept() -> None:
    replies = [Reply("a", (YES,)), Reply("b"), Reply("c", request_location=True), Reply("d")]
    joined = join_replies(replies, 4096)
    assert [r.text for r in joined] == ["a", "b\n\nc", "d"]
    assert joined[0].buttons == (YES,) and joined[1].request_location and not joined[2].buttons


def test_a_quick_exit_is_never_joined() -> None:
    replies = [Reply("before"), Reply("Đã xoá.", forget=True), Reply("after")]
    joined = join_replies(replies, 4096)
    assert [(r.text, r.forget) for r in joined] == [("before", False), ("Đã xoá.", True),
                                                    ("after", False)]


def test_the_limit_starts_a_new_message_and_no_text_is_lost() -> None:
    replies = [Reply("x" * 3000), Reply("y" * 1500), Reply("z" * 9000), Reply("w")]
    joined = join_replies(replies, 4096, utf16_len)
    assert [len(r.text) for r in joined] == [3000, 1500, 9000, 1]
    pieces = [p for r in joined for p in split_text(r.text, 4096, utf16_len)]
    assert all(utf16_len(p) <= 4096 for p in pieces)
    assert "".join(pieces).replace("\n", "") == "x" * 3000 + "y" * 1500 + "z" * 9000 + "w"


def test_limits_count_utf16_units_on_telegram() -> None:
    emoji = "😭" * 1500                              # 3,000 UTF-16 units, 1,500 characters
    joined = join_replies([Reply(emoji), Reply(emoji)], 4096, utf16_len)
    assert len(joined) == 2
    assert len(join_replies([Reply(emoji), Reply(emoji)], 4096)) == 1   # Zalo counts characters


def test_nothing_to_join() -> None:
    assert join_replies([], 2000) == []
    assert join_replies([Reply("")], 2000) == [Reply("")]
