"""Web chat speed: latency of one `/api/chat` turn over real HTTP to uvicorn on loopback, and
turns per second with several browsers at once. Target: median turn under 50 ms, p95 under 200 ms.

    .venv/bin/python -m benchmarks.web_chat_bench [--config config.toml] [--turns 300]
                                                  [--concurrency 8] [--json]

A "turn" is what a person's browser does: POST one event with its session cookie and read every
reply. Each simulated person presses through a help request (start, menu, safety, who, kind, a
shared location), so the engine, the session store and the logbook are all in the path. The
logbook is a temporary copy: this never writes the real file.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

from benchmarks.project import ROOT

SCRIPT = [{"command": "start"}, {"button": "m:help"}, {"button": "h:safe:yes"},
          {"button": "h:who:self"}, {"button": "h:kind:psychological"},
          {"location": {"lat": 10.03, "lon": 105.78}}]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def _person(base: str, turns: list[float], budget: list[int]) -> None:
    import httpx

    async with httpx.AsyncClient(base_url=base, timeout=30) as client:
        await client.get("/")
        while budget[0] > 0:
            for event in SCRIPT:
                if budget[0] <= 0:
                    return
                budget[0] -= 1
                started = time.perf_counter()
                response = await client.post("/api/chat", json=event)
                response.json()
                turns.append(time.perf_counter() - started)
                assert response.status_code == 200, response.text


async def _load(base: str, total: int, concurrency: int) -> tuple[list[float], float]:
    turns: list[float] = []
    budget = [total]
    started = time.perf_counter()
    await asyncio.gather(*(_person(base, turns, budget) for _ in range(concurrency)))
    return turns, time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--config", default=str(ROOT / "config.toml"))
    parser.add_argument("--turns", type=int, default=300)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    import uvicorn

    from bot.config import load_config
    from bot.runtime import build_runtime
    from bot.server import create_app

    with tempfile.TemporaryDirectory() as tmp:
        source = Path(args.config).resolve()
        shutil.copy(source, Path(tmp) / "config.toml")
        shutil.copytree(source.parent / "data", Path(tmp) / "data",
                        ignore=shutil.ignore_patterns("*.db", "*.db-*", "officers.json"))
        if (source.parent / "intents").exists():
            shutil.copytree(source.parent / "intents", Path(tmp) / "intents")
        settings = load_config(Path(tmp) / "config.toml")
        runtime = build_runtime(settings)
        port = _free_port()
        server = uvicorn.Server(uvicorn.Config(create_app(runtime, [], cookie_secret="bench"),
                                               host="127.0.0.1", port=port, log_level="warning",
                                               access_log=False))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        base = f"http://127.0.0.1:{port}"
        try:
            single, _ = asyncio.run(_load(base, min(args.turns, 120), 1))
            many, elapsed = asyncio.run(_load(base, args.turns, args.concurrency))
        finally:
            server.should_exit = True
            thread.join(timeout=20)
            rows = runtime.logbook.db.execute("SELECT count(*) FROM help_requests").fetchone()[0]
            runtime.close()

    def ms(values: list[float], q: float) -> float:
        return round(1000 * statistics.quantiles(values, n=100)[int(q) - 1], 2)

    result = {
        "sequential_median_ms": round(1000 * statistics.median(single), 2),
        "sequential_p95_ms": ms(single, 95),
        "concurrency": args.concurrency,
        "concurrent_median_ms": round(1000 * statistics.median(many), 2),
        "concurrent_p95_ms": ms(many, 95),
        "turns_per_second": round(len(many) / elapsed, 1),
        "logbook_rows_written": rows,
    }
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>24}: {value}")
    ok = result["sequential_median_ms"] < 50 and result["sequential_p95_ms"] < 200
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
