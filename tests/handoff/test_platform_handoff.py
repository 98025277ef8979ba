"""The same handoff through the fake Telegram Bot API and the fake Zalo OA server: the person
asks on their platform, a counsellor takes the chat in the console (over HTTP, CSRF and all),
messages go both ways through the person's own channel, danger gets 113 first and is flagged,
the counsellor ends the chat and the person is back with the bot."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from bot.channels.telegram import SECRET_HEADER
from bot.channels.telegram import from_runtime as telegram_from_runtime
from bot.channels.zalo import from_runtime as zalo_from_runtime
from bot.officer.accounts import AccountStore
from bot.runtime import Runtime, build_runtime
from bot.server import create_app
from bot.testing import zalo_api
from bot.testing.telegram_api import PERSON_ID, SECRET, TOKEN, FakeBotApi, Updates
from tests.configs import configure
from tests.handoff.conftest import ALWAYS
from tests.handoff.console_client import ConsoleClient
from tests.server.conftest import COOKIE_SECRET

PASSWORD = "counsellor password over http"
ZALO_USER = "246845883529197922"


class Served:
    def __init__(self, runtime: Runtime, http: httpx.AsyncClient, telegram: Any, zalo: Any,
                 api: FakeBotApi, fake: zalo_api.FakeZalo):
        self.runtime, self.http, self.telegram, self.zalo = runtime, http, telegram, zalo
        self.api, self.fake, self.updates = api, fake, Updates(api)

    async def tg(self, update: dict[str, Any]) -> None:
        response = await self.http.post("/telegram/webhook", json=update,
                                        headers={SECRET_HEADER: SECRET})
        assert response.status_code == 200
        await self.telegram._tasks.drain()

    async def zl(self, text: str) -> None:
        body, headers = zalo_api.signed(zalo_api.event("user_send_text", ZALO_USER, text=text))
        response = await self.http.post("/zalo/webhook", content=body, headers=headers)
        assert response.status_code == 200, response.text
        await self.zalo.drain()


@contextlib.asynccontextmanager
async def serve(project: Path, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Served]:
    api = FakeBotApi(TOKEN).start()
    fake = zalo_api.FakeZalo().start()
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("TELEGRAM_WEBHOOK_SECRET", SECRET)
    monkeypatch.setenv("ZALO_APP_ID", zalo_api.APP_ID)
    monkeypatch.setenv("ZALO_APP_SECRET", zalo_api.APP_SECRET)
    monkeypatch.setenv("ZALO_OA_SECRET_KEY", zalo_api.OA_SECRET_KEY)
    monkeypatch.setenv("ZALO_REFRESH_TOKEN", fake.initial_refresh)
    settings = configure(project, {**ALWAYS, "telegram": {"api_base_url": api.base_url},
                                   "zalo": {"api_base_url": fake.base_url,
                                            "oauth_base_url": fake.base_url}})
    runtime = build_runtime(settings, with_nlu=False)
    telegram, reason = telegram_from_runtime(runtime, {})
    assert telegram is not None, reason
    zalo, reason = zalo_from_runtime(runtime, {"zalo_send_backoff": 0.01})
    assert zalo is not None, reason
    app = create_app(runtime, [telegram, zalo], cookie_secret=COOKIE_SECRET)
    AccountStore(settings.officers.accounts_file).add("lan", PASSWORD, roles=("counsellor",))
    try:
        async with app.router.lifespan_context(app), httpx.AsyncClient(
                transport=httpx.ASGITransport(app=app), base_url="http://bot") as http:
            yield Served(runtime, http, telegram, zalo, api, fake)
    finally:
        runtime.close()
        api.stop()
        fake.stop()


async def test_handoff_over_telegram(project_copy: Path, monkeypatch) -> None:
    async with serve(project_copy, monkeypatch) as s:
        console = ConsoleClient(s.http)
        await console.sign_in("lan", PASSWORD)
        s.runtime.desk.online("lan")           # the console's stream does this in a browser
        await s.tg(s.updates.make("private_command_start.json"))
        s.api.reset_calls()
        await s.tg(s.updates.button("m:human"))
        assert any("vị trí số 1" in t for t in s.api.sent_texts())
        (ticket,) = s.runtime.desk.waiting()
        assert ticket.channel == "telegram" and str(PERSON_ID) not in str(ticket.public(0))

        s.api.reset_calls()
        taken = await console.post("take", ticket=ticket.id)
        assert taken.status_code == 200
        assert str(PERSON_ID) not in taken.text
        joined = s.api.calls_of("sendMessage")
        assert joined and joined[-1].params["chat_id"] == PERSON_ID
        assert "đã vào trò chuyện" in joined[-1].params["text"]
        assert (await console.post("take", ticket=ticket.id)).status_code == 409

        s.api.reset_calls()
        await s.tg(s.updates.text("em không biết nói sao"))
        assert s.api.calls_of("sendMessage") == []     # to the counsellor, not the bot
        said = [e for _, e in s.runtime.desk.events(ticket.id) if e["t"] == "person"]
        assert said[-1]["text"] == "em không biết nói sao"

        sent = await console.post("send", ticket=ticket.id, text="Chị nghe em, cứ từ từ nhé.")
        assert sent.status_code == 200
        last = s.api.calls_of("sendMessage")[-1]
        assert last.params["chat_id"] == PERSON_ID
        assert "Chị nghe em, cứ từ từ nhé." in last.params["text"]

        s.api.reset_calls()
        await s.tg(s.updates.text("nó đang đánh em, cứu em"))
        first = s.api.sent_texts()[0]
        assert "113" in first
        said = [e for _, e in s.runtime.desk.events(ticket.id) if e["t"] == "person"]
        assert said[-1]["danger"] is True

        ended = await console.post("end", ticket=ticket.id)
        assert ended.status_code == 200
        assert "đã kết thúc" in s.api.sent_texts()[-1]
        s.api.reset_calls()
        await s.tg(s.updates.button("m:help"))
        assert any("an toàn" in t for t in s.api.sent_texts())   # back with the bot


async def test_handoff_over_zalo(project_copy: Path, monkeypatch) -> None:
    async with serve(project_copy, monkeypatch) as s:
        console = ConsoleClient(s.http)
        await console.sign_in("lan", PASSWORD)
        s.runtime.desk.online("lan")
        await s.zl("xin chào")
        mark = len(s.fake.messages)
        # The menu items beyond Zalo's five buttons are numbered lines: type the counsellor's.
        menu = s.fake.texts()[-1]
        line = next(x for x in menu.splitlines() if "tư vấn viên" in x.lower())
        await s.zl(line.split(".")[0].strip())
        assert any("vị trí số 1" in t for t in s.fake.texts()[mark:])
        (ticket,) = s.runtime.desk.waiting()
        assert ticket.channel == "zalo"

        mark = len(s.fake.messages)
        assert (await console.post("take", ticket=ticket.id)).status_code == 200
        message = s.fake.messages[-1]
        assert message["recipient"]["user_id"] == ZALO_USER
        assert any("đã vào trò chuyện" in t for t in s.fake.texts()[mark:])

        mark = len(s.fake.messages)
        await s.zl("chị ơi em mệt quá")
        assert len(s.fake.messages) == mark
        assert (await console.post("send", ticket=ticket.id, text="Chị đây em.")).status_code == 200
        assert "Chị đây em." in s.fake.texts()[-1]

        mark = len(s.fake.messages)
        await s.zl("anh ta cầm dao dọa giết em")
        assert "113" in s.fake.texts()[mark]
        said = [e for _, e in s.runtime.desk.events(ticket.id) if e["t"] == "person"]
        assert said[-1]["danger"] is True

        mark = len(s.fake.messages)
        await s.zl("hd:leave")      # the "end the chat" button the counsellor's joining offered
        assert any("kết thúc trò chuyện" in t for t in s.fake.texts()[mark:])
        assert s.runtime.desk.get(ticket.id).state == "ended"
        assert (await console.post("send", ticket=ticket.id, text="?")).status_code == 409
