"""Count integrity: one client posing as many people through the web chat cannot inflate the
officers' figures. Every person still gets every reply; what is over the per-client or global
limit is simply not counted, and /metrics says how many were not."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import httpx
import pytest

from bot import metrics
from bot.config import Settings
from bot.core.count_limit import CountLimiter
from bot.core.counting import RequestCounter
from bot.core.messages import Inbound, Reply
from bot.runtime import build_runtime
from bot.server import create_app
from tests.configs import configure

DANGER = "cứu tôi, chồng tôi đang đánh tôi"


def limited(project: Path, **keys: int) -> Settings:
    """The project copy's config with these [counting] limits."""
    return configure(project, {"counting": keys})


def rows(runtime: Any) -> int:
    return runtime.logbook.db["help_requests"].count


def uncounted(limit: str) -> float:
    return metrics.UNCOUNTED.labels("web", limit)._value.get()


class CountingEngine:
    """Stands in for the dialogue engine: every message is a help request to count (as the
    emergency and help flows do through the real counter), answered with the numbers."""

    def __init__(self, counter: RequestCounter):
        self.counter = counter

    def handle(self, inbound: Inbound) -> list[Reply]:
        turn = SimpleNamespace(inbound=inbound,
                               session=SimpleNamespace(request_row=None, language="vi"))
        self.counter.open(turn, urgent=1)
        return [Reply("113 · 115 · 111")]


async def persons(app: Any, address: str, n: int) -> list[httpx.Response]:
    """`n` new people (no cookie each time) from one client address."""
    transport = httpx.ASGITransport(app=app, client=(address, 50000))
    answers = []
    for _ in range(n):
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            answers.append(await client.post("/api/chat", json={"text": DANGER}))
    return answers


@pytest.fixture
def counted(project_copy: Path) -> Any:
    settings = limited(project_copy, web_per_client=5, web_global=12)
    runtime = build_runtime(settings, with_nlu=False)
    runtime.engine = CountingEngine(RequestCounter(runtime.logbook, runtime.sessions, settings))
    yield runtime, create_app(runtime, [])
    runtime.close()


async def test_many_new_persons_from_one_client_are_counted_up_to_the_limit(counted) -> None:
    runtime, app = counted
    before = uncounted("client")
    answers = await persons(app, "203.0.113.9", 40)
    assert all(a.status_code == 200 for a in answers)
    assert all("113" in a.json()["replies"][0]["text"] for a in answers)   # every reply sent
    assert rows(runtime) == 5                                              # web_per_client
    assert uncounted("client") == before + 35


async def test_the_global_limit_holds_across_clients(counted) -> None:
    runtime, app = counted
    before = uncounted("global")
    for i in range(6):
        await persons(app, f"198.51.100.{i}", 3)
    assert rows(runtime) == 12                                             # web_global
    assert uncounted("global") == before + 6


async def test_the_metric_shows_the_limit_and_the_logbook_does_not(counted) -> None:
    runtime, app = counted
    await persons(app, "203.0.113.10", 8)
    columns = set(runtime.logbook.db["help_requests"].columns_dict)
    assert not {c for c in columns if "client" in c or "limit" in c or c == "ip"}
    assert rows(runtime) == 5


async def test_a_spoofed_forwarded_for_does_not_make_new_clients(counted) -> None:
    runtime, app = counted
    transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 50000))
    for i in range(20):
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            await client.post("/api/chat", json={"text": DANGER},
                              headers={"X-Forwarded-For": f"192.0.2.{i}"})
    assert rows(runtime) == 5


def test_buckets_refill_and_memory_is_bounded() -> None:
    now = [0.0]
    limiter = CountLimiter(2, 100.0, 1000, 100.0, max_clients=10, clock=lambda: now[0])
    assert [limiter.allow("a") for _ in range(3)] == [None, None, "client"]
    now[0] = 50.0
    assert limiter.allow("a") is None          # one back after half the window
    for i in range(100):
        limiter.allow(f"client-{i}")
    assert len(limiter._clients) == 10


async def test_the_real_engine_counts_an_emergency_once_per_limit(project_copy: Path) -> None:
    """The same through the real engine: danger typed by 30 new people from one address."""
    settings = limited(project_copy, web_per_client=3)
    runtime = build_runtime(settings, with_nlu=False)
    try:
        answers = await persons(create_app(runtime, []), "203.0.113.77", 30)
        texts = [a.json()["replies"][0]["text"] for a in answers]
        assert all(all(n in t for n in ("113", "115", "111")) for t in texts)
        assert rows(runtime) == 3
    finally:
        runtime.close()
