"""The Bot API transport (bot/channels/telegram/transport.py) through PTB's own `Bot`, against
real sockets on loopback: answers, PTB's errors from status codes, timeouts and refusals as the
errors PTB and our retries read, and no token in an error's message."""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import warnings
from collections.abc import AsyncIterator

import pytest
from telegram import Bot
from telegram.error import NetworkError, RetryAfter, TimedOut

from bot.channels.telegram.transport import AiohttpRequest
from bot.testing.telegram_api import TOKEN, FakeBotApi


@contextlib.asynccontextmanager
async def _silent_server() -> AsyncIterator[str]:
    """A server that accepts a connection, reads, and never answers."""
    held: list[asyncio.StreamWriter] = []

    async def hold(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        held.append(writer)
        with contextlib.suppress(Exception):
            await reader.read(65536)

    server = await asyncio.start_server(hold, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        for writer in held:
            writer.close()
        server.close()


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


async def _bot(base: str, **timeouts: float) -> Bot:
    request = AiohttpRequest(**timeouts)
    bot = Bot(TOKEN, base_url=f"{base}/bot", request=request, get_updates_request=request)
    await request.initialize()
    return bot


async def test_a_message_and_a_document_reach_the_bot_api() -> None:
    with FakeBotApi(TOKEN) as api:
        bot = await _bot(api.base_url)
        try:
            sent = await bot.send_message(42, "xin chào")
            await bot.send_document(42, b"a,b\n1,2\n", filename="counts.csv", caption="số liệu")
        finally:
            await bot.shutdown()
            await bot._request[0].shutdown()
    assert sent.text == "xin chào" and sent.chat.id == 42
    assert api.sent_texts() == ["xin chào"]
    (call,) = api.calls_of("sendDocument")
    assert call.params["caption"] == "số liệu"


async def test_a_flood_wait_is_read_from_the_answer() -> None:
    with FakeBotApi(TOKEN) as api:
        api.fail_next("sendMessage", times=1, status=429, parameters={"retry_after": 7})
        bot = await _bot(api.base_url)
        try:
            with pytest.raises(RetryAfter) as raised:
                await bot.send_message(42, "xin chào")
        finally:
            await bot._request[0].shutdown()
    with warnings.catch_warnings():            # PTB 22 warns that the type will change
        warnings.simplefilter("ignore")
        wait = raised.value.retry_after
    assert float(getattr(wait, "total_seconds", lambda: wait)()) == 7


async def test_a_silent_server_is_a_timeout_not_a_hang() -> None:
    async with _silent_server() as base:
        bot = await _bot(base, read_timeout=0.2, connect_timeout=1.0)
        try:
            with pytest.raises(TimedOut):
                await asyncio.wait_for(bot.send_message(42, "xin chào"), timeout=5)
        finally:
            await bot._request[0].shutdown()


async def test_a_refused_connection_is_a_network_error_without_the_token() -> None:
    bot = await _bot(f"http://127.0.0.1:{_closed_port()}")
    try:
        with pytest.raises(NetworkError) as raised:
            await bot.send_message(42, "xin chào")
    finally:
        await bot._request[0].shutdown()
    assert not isinstance(raised.value, TimedOut)
    assert "aiohttp." in str(raised.value)
    assert TOKEN.split(":")[1] not in str(raised.value)


async def test_a_call_before_initialize_or_after_shutdown_says_so() -> None:
    request = AiohttpRequest()
    with pytest.raises(RuntimeError, match="not initialized"):
        await request.do_request("http://127.0.0.1:1/", "POST")
    await request.initialize()
    await request.shutdown()
    await request.shutdown()                         # twice is harmless
    with pytest.raises(RuntimeError, match="not initialized"):
        await request.do_request("http://127.0.0.1:1/", "POST")


@contextlib.asynccontextmanager
async def _proxy_server(seen: list[str]) -> AsyncIterator[str]:
    """A forward proxy that answers every request itself with a sent message."""
    answer = json.dumps({"ok": True, "result": {
        "message_id": 1, "date": 0, "chat": {"id": 42, "type": "private"}, "text": "ok"}})

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await reader.readuntil(b"\r\n\r\n")
        seen.append(head.split(b"\r\n")[0].decode())
        length = next((int(line.split(b":")[1]) for line in head.split(b"\r\n")
                       if line.lower().startswith(b"content-length:")), 0)
        await reader.readexactly(length)
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                     b"Content-Length: %d\r\nConnection: close\r\n\r\n%s"
                     % (len(answer), answer.encode()))
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    try:
        yield f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"
    finally:
        server.close()


async def test_the_environments_proxy_is_used_and_no_proxy_is_honoured(monkeypatch) -> None:
    seen: list[str] = []
    async with _proxy_server(seen) as proxy:
        for name in ("http_proxy", "HTTP_PROXY"):
            monkeypatch.setenv(name, proxy)
        bot = await _bot("http://api.telegram.example")
        try:
            sent = await bot.send_message(42, "xin chào")
        finally:
            await bot._request[0].shutdown()
        assert sent.message_id == 1
        assert seen == [f"POST http://api.telegram.example/bot{TOKEN}/sendMessage HTTP/1.1"]

        monkeypatch.setenv("no_proxy", "127.0.0.1")
        monkeypatch.setenv("NO_PROXY", "127.0.0.1")
        with FakeBotApi(TOKEN) as api:
            bot = await _bot(api.base_url)
            try:
                await bot.send_message(42, "xin chào")
            finally:
                await bot._request[0].shutdown()
        assert len(seen) == 1 and api.sent_texts() == ["xin chào"]


async def test_a_call_is_sent_as_json_in_its_own_types() -> None:
    """The body is JSON (one C call, where form-encoding percent-escaped every byte of
    Vietnamese text in Python), with the values as the Bot API types them: the keyboard an
    object, the chat id a number, a flag a boolean, the text in UTF-8 as written."""
    seen: list[tuple[bytes, bytes]] = []

    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await reader.readuntil(b"\r\n\r\n")
        length = next(int(line.split(b":", 1)[1]) for line in head.split(b"\r\n")
                      if line.lower().startswith(b"content-length:"))
        seen.append((head, await reader.readexactly(length)))
        result = {"message_id": 1, "date": 0, "chat": {"id": 42, "type": "private"},
                  "text": "x"}
        body = json.dumps({"ok": True, "result": result}).encode()
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                     + str(len(body)).encode() + b"\r\nConnection: close\r\n\r\n" + body)
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(answer, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    from telegram import InlineKeyboardButton, InlineKeyboardMarkup
    bot = await _bot(f"http://127.0.0.1:{port}")
    try:
        await bot.send_message(
            42, "Gọi 111 nhé, có người nghe bạn", disable_notification=True,
            reply_markup=InlineKeyboardMarkup([[InlineKeyboardButton("Nơi giúp", callback_data="m:near")]]))
    finally:
        await bot._request[0].shutdown()
        server.close()
    ((head, body),) = seen
    assert b"content-type: application/json" in head.lower()
    assert "Gọi 111 nhé".encode() in body          # UTF-8 as written, not \\u escapes
    sent = json.loads(body)
    assert sent["chat_id"] == 42 and sent["disable_notification"] is True
    assert sent["text"] == "Gọi 111 nhé, có người nghe bạn"
    assert sent["reply_markup"] == {"inline_keyboard": [[{"text": "Nơi giúp",
                                                          "callback_data": "m:near"}]]}
