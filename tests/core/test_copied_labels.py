"""A button's label typed whole gives what pressing the button gives, at every step two levels
below each menu item, in both languages: people copy what they see, and some labels hold words
that elsewhere tell of danger ("Thể chất (đánh, đấm, đá…)", "Giúp một người đang bị bạo lực").
Also "trở lại", "lùi lại", "back please" typed in a list or a question: one level up, never a
ward's name or a question asked again."""

from __future__ import annotations

import itertools

import pytest

from bot.core.messages import Inbound, Reply

# Payloads that leave the chat or wipe it: nothing to compare after them.
_NOT_WALKED = ("tel:", "http", "p:clear")


@pytest.fixture(scope="module")
def runtime(module_runtime):
    return module_runtime


_users = itertools.count()


def _run(rt, lang: str, path: list[dict[str, str]]) -> list[Reply]:
    """A fresh person: /start (and English chosen), then the events of `path`."""
    user = f"label-{next(_users)}"
    last = rt.engine.handle(Inbound("test", user, command="start"))
    if lang == "en":
        last = rt.engine.handle(Inbound("test", user, payload="m:language"))
    for event in path:
        last = rt.engine.handle(Inbound("test", user, **event))
    return last


def _choices(replies: list[Reply]):
    return [b for r in replies for b in r.buttons
            if b.kind == "choice" and not b.payload.startswith(_NOT_WALKED)]


def _texts(replies: list[Reply]) -> list[str]:
    return [r.text for r in replies]


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_label_typed_gives_what_its_button_gives(runtime, lang):
    seen: set[tuple[str, str, str]] = set()
    differ: list[str] = []
    frontier: list[list[dict[str, str]]] = [[]]
    compared = 0
    for _depth in range(3):
        deeper = []
        for path in frontier:
            for button in _choices(_run(runtime, lang, path)):
                key = (path[-1]["payload"] if path else "", button.payload, button.label)
                if key in seen:
                    continue
                seen.add(key)
                pressed = _texts(_run(runtime, lang, [*path, {"payload": button.payload}]))
                typed = _texts(_run(runtime, lang, [*path, {"text": button.label}]))
                compared += 1
                if pressed != typed:
                    differ.append(f"{[e['payload'] for e in path]} + {button.label!r}: "
                                  f"{typed[0][:80]!r} instead of {pressed[0][:80]!r}")
                deeper.append([*path, {"payload": button.payload}])
        frontier = deeper
    assert compared > 150   # (the walk reached the flows' steps, not the menu alone)
    assert differ == []


@pytest.mark.parametrize("path, text, expected", [
    (["m:learn", "l:a:victim"], "trở lại", "Bạn muốn tìm hiểu với vai trò nào?"),
    (["m:learn", "l:a:young"], "lùi lại đi", "Bạn muốn tìm hiểu với vai trò nào?"),
    (["m:near", "s:ward"], "tro lai", "Bạn muốn làm gì?"),
    (["m:help", "h:safe:yes"], "trở lại", "Bạn muốn làm gì?"),
    (["m:language", "m:learn", "l:a:victim"], "back please", "Who are you learning as?"),
])
def test_going_back_typed(runtime, path, text, expected):
    replies = _run(runtime, "vi", [{"payload": p} for p in path] + [{"text": text}])
    assert expected in _texts(replies)[-1]
    assert not any("Có phải bạn ở" in t or "Did you mean" in t for t in _texts(replies))
