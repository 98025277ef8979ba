"""One command vocabulary (bot/core/commands.py) on the terminal and the web chat: every
command, typed as "/name" or sent as {"command": name}, is understood (Telegram and Zalo have
the same test next to their fakes: tests/channels/*/test_*_commands.py)."""

from __future__ import annotations

import asyncio
import io
import json
from collections.abc import Iterator

import pytest
from starlette.testclient import TestClient

from bot.channels.console import JsonLinesChannel
from bot.config import Settings
from bot.core.commands import ACTIONS, TYPED
from bot.runtime import Runtime, build_runtime
from bot.server import create_app


@pytest.fixture
def runtime(settings: Settings) -> Iterator[Runtime]:
    rt = build_runtime(settings, with_nlu=False)
    yield rt
    rt.close()


def _texts(replies: list[dict]) -> str:
    return "\n".join(r["text"] for r in replies)


def test_every_command_is_understood_on_the_terminal(runtime: Runtime) -> None:
    unknown = runtime.content.t("vi", "fallback")
    events = [{"user": f"u-{name}", "text": f"/{name}"} for name in TYPED]
    events += [{"user": f"c-{name}", "command": name} for name in sorted(ACTIONS)]
    events.append({"user": "nobody", "text": "/nosuchthing"})
    stdout = io.StringIO()
    stdin = io.StringIO("".join(json.dumps(e) + "\n" for e in events))
    asyncio.run(JsonLinesChannel(stdin, stdout).start(runtime.handle))
    answers = [json.loads(line) for line in stdout.getvalue().splitlines()]
    assert len(answers) == len(events)
    for event, answer in zip(events[:-1], answers[:-1], strict=True):
        assert answer.get("replies"), event
        assert unknown not in _texts(answer["replies"]), f"{event} was not understood"
    assert unknown in _texts(answers[-1]["replies"])          # the check can fail


def test_every_command_is_understood_on_the_web(runtime: Runtime) -> None:
    unknown = runtime.content.t("vi", "fallback")
    app = create_app(runtime, [], cookie_secret="c" * 32)
    events = [{"text": f"/{name}"} for name in TYPED] + [{"command": name} for name in TYPED]
    events += [{"command": name} for name in sorted(ACTIONS)]
    with TestClient(app) as client:
        for event in events:
            client.cookies.clear()                            # a new person each time
            response = client.post("/api/chat", json=event)
            assert response.status_code == 200, (event, response.text)
            assert unknown not in _texts(response.json()["replies"]), f"{event} not understood"
        assert unknown in _texts(client.post("/api/chat", json={"text": "/nosuchthing"})
                                 .json()["replies"])
        assert client.post("/api/chat", json={"command": "nosuchthing"}).status_code == 400
