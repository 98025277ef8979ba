"""How fast the Zalo webhook acknowledges events, and how many it fully answers per second.

Zalo wants a webhook answered within about 2 seconds and retries otherwise, so the target is the
acknowledgement time (signature check + dedup mark + task start), measured here through the ASGI
app with the real runtime (no NLU model) and the loopback fake Zalo OA server answering the sends.

    .venv/bin/python -m benchmarks.zalo_webhook_bench [events]
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
from bot.channels.zalo import from_runtime
from bot.runtime import build_runtime
from bot.testing import zalo_api

ACK_TARGET_MS = 50.0


async def main(events: int) -> int:
    fake = zalo_api.FakeZalo().start()
    work = copy_project("zalo-bench-")
    try:
        os.environ.update({"ZALO_APP_ID": zalo_api.APP_ID, "ZALO_APP_SECRET": zalo_api.APP_SECRET,
                           "ZALO_OA_SECRET_KEY": zalo_api.OA_SECRET_KEY,
                           "ZALO_REFRESH_TOKEN": fake.initial_refresh})
        settings = settings_with(work, zalo={"api_base_url": fake.base_url,
                                             "oauth_base_url": fake.base_url})
        runtime = build_runtime(settings, with_nlu=False)
        channel, reason = from_runtime(runtime, {})
        assert channel is not None, reason
        app = Starlette(routes=list(channel.routes(runtime.handle)))
        await channel.start(runtime.handle)
        acks: list[float] = []
        transport = httpx.ASGITransport(app=app)
        started = time.perf_counter()
        async with httpx.AsyncClient(transport=transport, base_url="http://bot") as client:
            for i in range(events):
                user = str(246845883529190000 + i % 50)  # 50 people talking at once
                body, headers = zalo_api.signed(zalo_api.event("user_send_text", user,
                                                               text="xin chào"))
                t0 = time.perf_counter()
                response = await client.post("/zalo/webhook", content=body, headers=headers)
                acks.append((time.perf_counter() - t0) * 1000)
                assert response.status_code == 200
            await channel.drain()
        total = time.perf_counter() - started
        await channel.stop()
        runtime.close()
        acks.sort()
        p95 = acks[int(len(acks) * 0.95) - 1]
        print(f"events: {events}, messages sent to the fake Zalo: {len(fake.messages)}")
        print(f"ack latency ms: median {statistics.median(acks):.2f}, p95 {p95:.2f}, "
              f"max {acks[-1]:.2f} (target p95 < {ACK_TARGET_MS:.0f} ms; Zalo allows ~2000)")
        print(f"fully answered: {events / total:.0f} events/s over real loopback HTTP")
        return 0 if p95 < ACK_TARGET_MS else 1
    finally:
        fake.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 500)))
