"""The web chat's own words follow the conversation: `/api/chat` says which language its replies
are in, and the page's title is `[web] title` (one string, or one per language)."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from starlette.applications import Starlette
from starlette.testclient import TestClient

from bot.channels.base import content_texts
from bot.channels.web.chat import chat_routes, render_page, replies_language
from bot.config import ConfigError, Settings, settings_from_mapping
from bot.core.messages import Button, Reply
from bot.runtime import build_runtime
from bot.server import create_app
from tests.configs import ROOT, configure, merged, read

DEFAULT_TITLE = "Helpline Companion"


def _title(value: Any) -> dict[str, str]:
    return settings_from_mapping(merged(read(), {"web": {"title": value}}), ROOT).web.title


def test_the_title_defaults_to_the_old_one_and_takes_a_string_or_one_per_language() -> None:
    assert settings_from_mapping(read(), ROOT).web.title == {"vi": DEFAULT_TITLE,
                                                             "en": DEFAULT_TITLE}
    assert _title("Sổ tay sức khỏe") == {"vi": "Sổ tay sức khỏe", "en": "Sổ tay sức khỏe"}
    assert _title({"vi": "Sổ tay", "en": "Notebook"}) == {"vi": "Sổ tay", "en": "Notebook"}


@pytest.mark.parametrize("bad", ["  ", 3, {"vi": "Sổ tay"}, {"vi": "Sổ tay", "en": ""},
                                 {"vi": "Sổ tay", "en": "Notes", "fr": "Carnet"}, ["x"]])
def test_a_bad_title_is_refused_naming_the_key(bad: Any) -> None:
    with pytest.raises(ConfigError, match=r"^config\.toml: \[web\] title must be "):
        _title(bad)


def _words(page: str) -> dict[str, dict[str, str]]:
    data = re.search(r'data-words="([^"]*)"', page)
    assert data is not None
    return json.loads(html.unescape(data.group(1)))


def test_the_page_shows_the_configured_title_in_its_language(settings: Settings) -> None:
    discreet = settings_from_mapping(
        merged(read(settings.path), {"web": {"title": {"vi": "Sổ tay", "en": "Notebook"}}}),
        settings.path.parent)
    texts = content_texts(discreet)
    page = render_page(discreet, "vi", texts)
    assert "<title>Sổ tay</title>" in page
    assert '<span class="title" data-i18n="title">Sổ tay</span>' in page
    assert DEFAULT_TITLE not in page
    words = _words(page)
    assert (words["vi"]["title"], words["en"]["title"]) == ("Sổ tay", "Notebook")
    assert words["en"]["placeholder"] == texts("en", "web_page.placeholder")
    assert "<title>Notebook</title>" in render_page(discreet, "en", texts)


def test_a_title_is_escaped(settings: Settings) -> None:
    odd = settings_from_mapping(merged(read(settings.path), {"web": {"title": "<b>A & B</b>"}}),
                                settings.path.parent)
    page = render_page(odd, "en", content_texts(odd))
    assert "<title>&lt;b&gt;A &amp; B&lt;/b&gt;</title>" in page
    assert "<b>" not in page


def test_the_language_of_replies(settings: Settings) -> None:
    texts = content_texts(settings)
    english = Reply("Thank you for telling me. Are you safe right now?")
    vietnamese = Reply("Cảm ơn bạn đã kể với mình. Bạn có đang an toàn không?")
    unknown = Reply("113 · 115 · 111")
    assert replies_language([english], texts, "vi") == "en"
    assert replies_language([vietnamese], texts, "en") == "vi"
    assert replies_language([unknown], texts, "en") == "en"
    assert replies_language([], texts, "vi") == "vi"
    assert replies_language([unknown, english, vietnamese, english], texts, "vi") == "en"
    assert replies_language([vietnamese, english], texts, "en") == "vi"  # a tie: the first
    # A reply known by its exact words (the language switch's own message), not by a guess.
    switched = Reply(texts("en", "language_set"), (Button("OK", "x"),))
    assert replies_language([switched], texts, "vi") == "en"
    # A reply that says its language (the engine's) is taken at its word, whatever the words:
    # an English list of Vietnamese place names is English.
    names = Reply("Bệnh viện Đa khoa thành phố Cần Thơ, Trung tâm Công tác xã hội", language="en")
    assert replies_language([names], texts, "vi") == "en"
    assert replies_language([Reply(english.text, language="vi")], texts, "en") == "vi"


def test_the_engine_says_which_language_each_reply_is_in(project_copy: Path) -> None:
    from bot.core.messages import Inbound

    runtime = build_runtime(configure(project_copy, {}), with_nlu=False)
    try:
        english = runtime.engine.handle(Inbound("test", "u", payload="lang:en"))
        assert english and all(r.language == "en" for r in english)
        shown = runtime.engine.handle(Inbound("test", "u", payload="m:numbers"))
        assert shown and all(r.language == "en" for r in shown)
        vietnamese = runtime.engine.handle(Inbound("test", "u", payload="lang:vi"))
        assert all(r.language == "vi" for r in vietnamese)
        # the language is no part of what a reply is: equal texts are equal replies
        assert Reply("x", language="vi") == Reply("x", language="en") == Reply("x")
    finally:
        runtime.close()


@pytest.fixture
def client(project_copy: Path) -> Iterator[TestClient]:
    runtime = build_runtime(configure(project_copy, {}), with_nlu=False)
    with TestClient(create_app(runtime, [], cookie_secret="test-secret")) as test_client:
        yield test_client
    runtime.close()


def _chat(client: TestClient, event: dict[str, Any]) -> dict[str, Any]:
    response = client.post("/api/chat", json=event)
    assert response.status_code == 200, response.text
    return response.json()


def test_the_api_says_which_language_the_replies_are_in(client: TestClient) -> None:
    client.get("/", headers={"accept-language": "vi-VN"})
    assert _chat(client, {"command": "start", "lang": "vi"})["language"] == "vi"
    turned = _chat(client, {"text": "I need help, my husband hits me", "lang": "vi"})
    assert turned["language"] == "en"
    assert "you" in " ".join(r["text"] for r in turned["replies"]).lower()
    assert _chat(client, {"button": "lang:vi", "lang": "vi"})["language"] == "vi"


def test_a_failing_engine_still_says_a_language(settings: Settings) -> None:
    async def broken(inbound: Any) -> list[Reply]:
        raise RuntimeError("down")

    with TestClient(Starlette(routes=chat_routes(settings, broken))) as test_client:
        response = test_client.post("/api/chat", json={"text": "hello", "lang": "en"})
    assert response.status_code == 503
    assert response.json()["language"] == "en"
    assert response.json()["replies"]
