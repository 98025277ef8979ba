"""Run by test_signin_memory in a fresh process: a burst of real sign-ins (real scrypt, 32 MiB
each) against the app, printing the process's peak RSS before and after, in KiB."""

from __future__ import annotations

import asyncio
import resource
import sys
from pathlib import Path

import httpx

from bot.config import load_config
from bot.officer.accounts import AccountStore
from bot.runtime import build_runtime
from bot.server import create_app


async def main(config: Path, burst: int) -> None:
    settings = load_config(config)
    AccountStore(settings.officers.accounts_file).add("lan", "a long officer password")
    runtime = build_runtime(settings, with_nlu=False)
    app = create_app(runtime, [], cookie_secret="memory-probe")
    transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 40000))
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
        page = (await client.get("/officer/signin")).text
        token = page.split('name="csrf" value="')[1].split('"')[0]
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        responses = await asyncio.gather(*[client.post(
            "/officer/signin", data={"csrf": token, "name": "lan", "password": f"guess {i}!!!!"},
            headers={"X-Forwarded-For": f"198.51.100.{i % 250}"}) for i in range(burst)])
        after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    runtime.close()
    codes = sorted({r.status_code for r in responses})
    print(before, after, ",".join(map(str, codes)))


if __name__ == "__main__":
    asyncio.run(main(Path(sys.argv[1]), int(sys.argv[2])))
