"""Token refresh against the fake's single-use refresh tokens, durability, and restarts."""

from __future__ import annotations

import asyncio
import json
import os
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from bot.channels.zalo.tokens import TokenError, TokenManager, TokenPair, TokenStore
from bot.testing import zalo_api


class Clock:
    def __init__(self, now: float = 1_800_000_000.0):
        self.now = now

    def __call__(self) -> float:
        return self.now


def manager(http: httpx.AsyncClient, fake: zalo_api.FakeZalo, store_path: Path,
            env_refresh: str | None, clock: Callable[[], float] | None = None) -> TokenManager:
    tokens = TokenManager(http, oauth_base_url=fake.base_url, app_id=zalo_api.APP_ID,
                          secret_key=zalo_api.APP_SECRET, store=TokenStore(store_path),
                          env_refresh_token=env_refresh, clock=clock or Clock())
    tokens.load()
    return tokens


async def test_first_use_refreshes_and_stores_the_new_pair(fake, tmp_path) -> None:
    store = tmp_path / "tokens.json"
    async with httpx.AsyncClient() as http:
        tokens = manager(http, fake, store, fake.initial_refresh)
        access = await tokens.access_token()
    assert access in fake.access
    saved = json.loads(store.read_text())
    assert saved["access_token"] == access
    assert saved["refresh_token"] in fake.refresh_valid            # the new one, unspent
    assert fake.initial_refresh in fake.refresh_spent               # the old one is gone
    assert oct(store.stat().st_mode & 0o777) == "0o600"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".zalo-tokens-")]


async def test_restart_reads_the_store_instead_of_reusing_the_spent_env_token(fake, tmp_path
                                                                              ) -> None:
    store = tmp_path / "tokens.json"
    clock = Clock()
    async with httpx.AsyncClient() as http:
        first = manager(http, fake, store, fake.initial_refresh, clock)
        await first.access_token()
        # Restart: a new process with the same (now spent) refresh token still in its env.
        second = manager(http, fake, store, fake.initial_refresh, clock)
        assert second.pair == first.pair
        clock.now += 90000  # the access token has expired meanwhile
        access = await second.access_token()
    assert fake.reuse_rejections == 0
    assert fake.refresh_calls == 2
    assert json.loads(store.read_text())["access_token"] == access


async def test_the_fake_rejects_a_reused_refresh_token(fake, tmp_path) -> None:
    async with httpx.AsyncClient() as http:
        a = manager(http, fake, tmp_path / "a.json", fake.initial_refresh)
        await a.access_token()
        # A second bot without the store (e.g. the file was lost) spends the same token again.
        b = manager(http, fake, tmp_path / "b.json", fake.initial_refresh)
        with pytest.raises(TokenError, match="refused"):
            await b.access_token()
    assert fake.reuse_rejections == 1


async def test_a_new_refresh_token_in_the_environment_wins_over_the_store(fake, tmp_path
                                                                         ) -> None:
    store = tmp_path / "tokens.json"
    async with httpx.AsyncClient() as http:
        await manager(http, fake, store, fake.initial_refresh).access_token()
        pasted = fake.new_refresh_token()  # the operator re-authorised the OA
        fresh = manager(http, fake, store, pasted)
        assert fresh.pair.refresh_token == pasted
        await fresh.access_token()
    assert pasted in fake.refresh_spent


async def test_concurrent_callers_share_one_refresh(fake, tmp_path) -> None:
    async with httpx.AsyncClient() as http:
        tokens = manager(http, fake, tmp_path / "t.json", fake.initial_refresh)
        results = await asyncio.gather(*(tokens.access_token() for _ in range(10)))
        assert len(set(results)) == 1
        # Ten senders all saw the same token fail: still one refresh, not ten.
        stale = results[0]
        again = await asyncio.gather(*(tokens.refresh(stale=stale) for _ in range(10)))
    assert len({p.access_token for p in again}) == 1
    assert fake.refresh_calls == 2 and fake.reuse_rejections == 0


async def test_two_workers_sharing_the_store_spend_the_refresh_token_once(fake, tmp_path
                                                                          ) -> None:
    """Two processes serving one OA refresh at the same moment: one refreshes, the other
    adopts the stored pair instead of sending the now-dead refresh token."""
    store = tmp_path / "tokens.json"
    async with httpx.AsyncClient() as http:
        seed = manager(http, fake, store, fake.initial_refresh)
        await seed.access_token()
        a = manager(http, fake, store, fake.initial_refresh)
        b = manager(http, fake, store, fake.initial_refresh)
        old = a.pair.access_token
        pairs = await asyncio.gather(a.refresh(stale=old), b.refresh(stale=old))
    assert pairs[0] == pairs[1]
    assert pairs[0].access_token != old
    assert fake.refresh_calls == 2 and fake.reuse_rejections == 0


async def test_failed_write_keeps_the_previous_store(fake, tmp_path, monkeypatch) -> None:
    """The store is replaced atomically: a crash while writing leaves the old file intact."""
    store = TokenStore(tmp_path / "t.json")
    store.save(TokenPair("at-old", "rt-old", 1.0))

    def boom(*args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        store.save(TokenPair("at-new", "rt-new", 2.0))
    assert store.load() == TokenPair("at-old", "rt-old", 1.0)
    assert [p.name for p in tmp_path.iterdir()] == ["t.json"]  # the temp file is removed


async def test_refresh_is_scheduled_ahead_of_expiry(fake, tmp_path) -> None:
    clock = Clock()
    async with httpx.AsyncClient() as http:
        tokens = manager(http, fake, tmp_path / "t.json", fake.initial_refresh, clock)
        assert tokens.seconds_until_refresh() == 0  # nothing usable yet: refresh now
        await tokens.access_token()
        wait = tokens.seconds_until_refresh()
    assert 0 < wait < fake.access_ttl - 3000  # at least ~an hour before expiry


async def test_background_refresher_replaces_the_token_before_it_expires(fake, tmp_path
                                                                        ) -> None:
    fake.access_ttl = 2  # seconds: the refresher must act within about one
    async with httpx.AsyncClient() as http:
        tokens = manager(http, fake, tmp_path / "t.json", fake.initial_refresh, time.time)
        first = await tokens.access_token()
        task = asyncio.create_task(tokens.run_refresher(retry_delay=0.05))
        for _ in range(100):
            await asyncio.sleep(0.05)
            if tokens.pair.access_token != first:
                break
        task.cancel()
    assert tokens.pair.access_token != first
    assert fake.reuse_rejections == 0


async def test_refresher_survives_failures_and_retries(fake, tmp_path) -> None:
    fake.refresh_faults.extend(["drop", "http500", -14014])
    async with httpx.AsyncClient() as http:
        tokens = manager(http, fake, tmp_path / "t.json", fake.initial_refresh)
        task = asyncio.create_task(tokens.run_refresher(retry_delay=0.01, max_delay=0.02))
        for _ in range(200):
            await asyncio.sleep(0.01)
            if tokens.pair.access_token:
                break
        task.cancel()
    assert tokens.pair.access_token in fake.access
    assert fake.refresh_calls == 4
