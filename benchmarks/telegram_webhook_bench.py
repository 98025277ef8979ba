"""How long one Telegram webhook request takes, end to end, and how many people per second one
process answers.

The webhook answers Telegram only after the update is handled (so Telegram redelivers if the
process dies mid-way), so the figure that matters is the whole turn: secret check, dedup mark,
mapping, the engine with the built-in NLU, and every sendMessage to the loopback fake Bot API
over real HTTP. Telegram waits far longer than this; the target keeps a turn well under a second.

    .venv/bin/python -m benchmarks.telegram_webhook_bench [people] [turns-per-person]

The target applies to the default (one person, 30 turns). With many people at once the turn time
is set by AIORateLimiter, which holds sends to Telegram's ~30 messages per second on purpose
(e.g. `20 5` shows the throughput the limiter allows, not the bot's own speed).
"""

from __future__ import annotations

import asyncio
import os
import shutil
import statistics
import sys
import time

import httpx
from starlette.applications import Starlette

from benchmarks.project import copy_project, settings_with
from bot.channels.telegram import SECRET_HEADER, from_runtime
from bot.runtime import build_runtime
from bot.testing.telegram_api import SECRET, TOKEN, FakeBotApi, Updates

P95_TARGET_MS = 250.0
TURNS = ("xin chào", "chồng tôi hay đánh tôi", "tôi ở Ninh Kiều", "số điện thoại khẩn cấp",
         "cảm ơn")


async def main(people: int, turns: int) -> int:
    api = FakeBotApi(TOKEN).start()
    work = copy_project("telegram-bench-")
    os.environ["TELEGRAM_BOT_TOKEN"] = TOKEN
    os.environ["TELEGRAM_WEBHOOK_SECRET"] = SECRET
    try:
        settings = settings_with(work, telegram={"api_base_url": api.base_url})
        runtime = build_runtime(settings)
        channel, reason = from_runtime(runtime, {})
        assert channel is not None, reason
        app = Starlette(routes=list(channel.routes(runtime.handle)))
        await channel.start(runtime.handle)
        updates = Updates(api)
        timings: list[float] = []
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                     base_url="http://bench") as client:

            async def person(n: int) -> None:
                for turn in range(turns):
                    update = updates.text(TURNS[turn % len(TURNS)], chat_id=6_000_000_000 + n)
                    started = time.perf_counter()
                    response = await client.post("/telegram/webhook", json=update,
                                                 headers={SECRET_HEADER: SECRET})
                    timings.append((time.perf_counter() - started) * 1000)
                    assert response.status_code == 200

            started = time.perf_counter()
            await asyncio.gather(*(person(n) for n in range(people)))
            elapsed = time.perf_counter() - started
        await channel.stop()
        runtime.close()
        sends = len(api.calls_of("sendMessage"))
        timings.sort()
        p50 = statistics.median(timings)
        p95 = timings[int(len(timings) * 0.95) - 1]
        print(f"{len(timings)} updates from {people} people, {sends} messages sent")
        print(f"turn time: p50 {p50:.1f} ms, p95 {p95:.1f} ms, max {timings[-1]:.1f} ms "
              f"(target p95 < {P95_TARGET_MS:.0f} ms)")
        print(f"throughput: {len(timings) / elapsed:.0f} updates/s, {sends / elapsed:.0f} "
              "sendMessage/s (AIORateLimiter allows 30/s to real Telegram)")
        return 0 if p95 < P95_TARGET_MS else 1
    finally:
        api.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    args = [int(a) for a in sys.argv[1:3]]
    sys.exit(asyncio.run(main(*(args + [1, 30][len(args):]))))
