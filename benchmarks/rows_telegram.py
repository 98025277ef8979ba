"""The Telegram webhook: CPU per update of the bot against a bare python-telegram-bot echo bot,
both fed the same updates through a Starlette webhook route and sending to the same fake Bot
API (in a thread of this process; its CPU is subtracted), plus sendMessage calls per update.

The updates are the conversation mix as Telegram would deliver them: typed text, commands,
button taps (the callback data of the button the bot really sent), shared locations.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import itertools
import json
import os
import shutil
import time
from types import SimpleNamespace
from typing import Any

from benchmarks.mix import conversations
from benchmarks.project import copy_project, settings_with
from benchmarks.suite import Mode, Row, median

_chat_ids = itertools.count(7_000_000_000)
_message_ids = itertools.count(1)


def _thread_cpu(thread: Any) -> float:
    return time.clock_gettime(time.pthread_getcpuclockid(thread.ident))


def _updates(api: Any) -> Any:
    from bot.testing.telegram_api import Updates

    return Updates(SimpleNamespace(new_message_id=lambda _chat: next(_message_ids)))


def _offered(api: Any, since: int) -> dict[str, tuple[str, str]]:
    """Labels of the buttons sent since call `since` → ("data", callback) or ("text", label)."""
    found: dict[str, tuple[str, str]] = {}
    with api.lock:
        calls = api.calls[since:]
    for call in calls:
        markup = call.params.get("reply_markup")
        if isinstance(markup, str):
            markup = json.loads(markup)
        if not isinstance(markup, dict):
            continue
        for row in markup.get("inline_keyboard", []):
            for b in row:
                if "callback_data" in b:
                    found[b["text"]] = ("data", b["callback_data"])
        for row in markup.get("keyboard", []):
            for b in row:
                label = b["text"] if isinstance(b, dict) else str(b)
                found.setdefault(label, ("text", label))
    return found


def _update_of(step: dict[str, Any], offered: dict[str, tuple[str, str]], updates: Any,
               chat: int) -> dict[str, Any] | None:
    if "say" in step:
        return updates.text(str(step["say"]), chat_id=chat)
    if "command" in step:
        return updates.text("/" + str(step["command"]), chat_id=chat)
    if "button" in step:
        return updates.button(str(step["button"]), chat_id=chat)
    if "location" in step:
        update = updates.make("private_location.json", chat_id=chat)
        lat, lon = step["location"]
        update["message"]["location"] = {"latitude": float(lat), "longitude": float(lon)}
        return update
    if "press" in step and (hit := offered.get(str(step["press"]))):
        kind, value = hit
        return updates.button(value, chat_id=chat) if kind == "data" else \
            updates.text(value, chat_id=chat)
    return None


def _echo_app(api: Any) -> Any:
    """The baseline: python-telegram-bot's echo bot (text back; a tap answered and its data
    sent back), updates fed through a Starlette webhook route."""
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route
    from telegram import Update
    from telegram.ext import Application, CallbackQueryHandler, MessageHandler, filters

    from bot.testing.telegram_api import TOKEN

    application = Application.builder().token(TOKEN).base_url(f"{api.base_url}/bot") \
        .updater(None).build()

    async def echo(update: Update, _context: Any) -> None:
        message = update.effective_message
        if message is not None:
            await message.reply_text(message.text or "…")

    async def tap(update: Update, _context: Any) -> None:
        query = update.callback_query
        await query.answer()
        await query.message.reply_text(query.data or "…")

    application.add_handler(MessageHandler(filters.ALL, echo))
    application.add_handler(CallbackQueryHandler(tap))

    async def webhook(request: Request) -> Response:
        await application.process_update(Update.de_json(await request.json(), application.bot))
        return Response()

    return application, Starlette(routes=[Route("/webhook", webhook, methods=["POST"])])


def run(mode: Mode) -> list[Row]:
    """Both bots run in this process, kept on one CPU as `companion serve` keeps itself
    (bot/http/affinity.py); the process's CPUs are given back after."""
    from bot.http.affinity import pin, supported

    before = os.sched_getaffinity(0) if supported("auto") else None
    try:
        pin("auto")
        return asyncio.run(_run(mode))
    finally:
        if before is not None:
            for thread in os.listdir("/proc/self/task"):
                with contextlib.suppress(OSError):
                    os.sched_setaffinity(int(thread), before)


async def _run(mode: Mode) -> list[Row]:
    import httpx
    from starlette.applications import Starlette
    from telegram.ext import AIORateLimiter

    import bot.channels.telegram.channel as tg_channel
    from bot.channels.telegram import SECRET_HEADER, from_runtime
    from bot.runtime import build_runtime
    from bot.testing.telegram_api import SECRET, TOKEN, FakeBotApi

    api = FakeBotApi(TOKEN).start()
    work = copy_project("bench-telegram-")
    os.environ["TELEGRAM_BOT_TOKEN"] = TOKEN
    os.environ["TELEGRAM_WEBHOOK_SECRET"] = SECRET
    # Telegram's 30 messages/s pacing is the limiter's job, not CPU: lifted here so a run is
    # not minutes of waiting. The limiter's own CPU is still paid per send.
    limiter = tg_channel.AIORateLimiter
    tg_channel.AIORateLimiter = lambda **kw: AIORateLimiter(overall_max_rate=100_000, **kw)
    try:
        runtime = build_runtime(settings_with(work, telegram={"api_base_url": api.base_url}))
        channel, reason = from_runtime(runtime, {})
        assert channel is not None, reason
        app = Starlette(routes=list(channel.routes(runtime.handle)))
        await channel.start(runtime.handle)
        application, echo_app = _echo_app(api)
        await application.initialize()
        convos = conversations()[: mode.size(10_000, 12)]
        updates = _updates(api)
        sent: list[dict[str, Any]] = []          # the bot's updates, replayed to the echo bot
        counts = {"updates": 0, "sends": 0}
        fake = api._thread
        headers = {SECRET_HEADER: SECRET}

        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                     base_url="http://bot") as ours, \
                httpx.AsyncClient(transport=httpx.ASGITransport(app=echo_app),
                                  base_url="http://echo") as theirs:

            def cpu_now() -> float:
                """This process's CPU without the fake Bot API's thread."""
                return time.process_time() - _thread_cpu(fake)

            async def bot_pass() -> float:
                sent.clear()
                cpu = 0.0        # around each webhook call only: building updates is ours
                sends_before = len(api.calls_of("sendMessage"))
                n = 0
                for convo in convos:
                    chat = next(_chat_ids)
                    since = len(api.calls)          # the calls answering the previous update
                    for step in convo["steps"]:
                        update = _update_of(step, _offered(api, since), updates, chat)
                        if update is None:
                            continue
                        sent.append(copy.deepcopy(update))
                        since = len(api.calls)
                        started = cpu_now()
                        response = await ours.post("/telegram/webhook", json=update,
                                                   headers=headers)
                        cpu += cpu_now() - started
                        assert response.status_code == 200
                        n += 1
                counts["updates"] += n
                counts["sends"] += len(api.calls_of("sendMessage")) - sends_before
                return 1000 * cpu / n

            async def echo_pass() -> float:
                cpu = 0.0
                for update in list(sent):
                    started = cpu_now()
                    response = await theirs.post("/webhook", json=update)
                    cpu += cpu_now() - started
                    assert response.status_code == 200
                return 1000 * cpu / len(sent)

            await bot_pass()                      # warm-up (and the first batch for the echo)
            await echo_pass()
            counts.update(updates=0, sends=0)
            mine: list[float] = []
            theirs_ms: list[float] = []
            for _ in range(mode.reps):
                mine.append(await bot_pass())
                theirs_ms.append(await echo_pass())
        await channel.stop()
        await application.shutdown()
        runtime.close()
        a, b = median(mine), median(theirs_ms)
        per_update = counts["sends"] / max(1, counts["updates"])
        return [
            Row("Telegram webhook, CPU per update (mix)", a, "ms", "bare PTB v22 echo bot", b,
                "ms", a / b, "bot CPU / echo CPU", "≤ 1.3×", a / b <= 1.3,
                note=f"{counts['updates']} updates timed, CPU around each webhook call "
                     "(building the next update is the harness's); fake Bot API CPU "
                     "subtracted; the bot calls the Bot API through its aiohttp transport, "
                     "the echo bot through PTB's default (httpx)",
                samples={"bot": mine, "baseline": theirs_ms}),
            Row("Telegram: sendMessage per update (mix)", per_update, "msgs/update",
                "echo bot", 1.0, "msgs/update", per_update, "bot / echo", "≤ 1.5",
                per_update <= 1.5),
        ]
    finally:
        tg_channel.AIORateLimiter = limiter
        api.stop()
        shutil.rmtree(work, ignore_errors=True)
