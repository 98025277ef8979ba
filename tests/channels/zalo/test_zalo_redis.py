"""Two workers sharing Redis sessions: Zalo's retry landing on the other worker is handled once,
and nothing in Redis points at the person or the message."""

from __future__ import annotations

import secrets

import httpx
import pytest
from starlette.applications import Starlette

from bot.channels.zalo import from_runtime
from bot.runtime import build_runtime
from bot.sessions.redis_store import RedisSessionStore
from bot.testing import zalo_api
from tests.conftest import require_service

USER = "246845883529197922"


@pytest.mark.redis
async def test_retry_on_another_worker_is_handled_once_and_redis_holds_no_ids(
        zalo_settings, zalo_env, fake) -> None:
    require_service("Redis", 6379)
    import redis

    client = redis.Redis.from_url("redis://127.0.0.1:6379/0")
    prefix = f"companion-test-zalo-{secrets.token_hex(4)}:"
    sessions = RedisSessionStore(client, prefix=prefix)
    runtime = build_runtime(zalo_settings, sessions=sessions, with_nlu=False)
    workers = []
    try:
        for _ in range(2):
            channel, reason = from_runtime(runtime, {"zalo_send_backoff": 0.01})
            assert channel is not None, reason
            await channel.start(runtime.handle)
            app = Starlette(routes=list(channel.routes(runtime.handle)))
            workers.append((channel, httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                                       base_url="http://bot")))
        data = zalo_api.event("user_send_text", USER, text="xin chào")
        msg_id = data["message"]["msg_id"]
        body, headers = zalo_api.signed(data)
        answers = [await http.post("/zalo/webhook", content=body, headers=headers)
                   for _, http in workers]
        for channel, _ in workers:
            await channel.drain()
        assert [a.status_code for a in answers] == [200, 200]
        assert sum(bool(a.json().get("duplicate")) for a in answers) == 1
        replies_to_one_event = len(fake.messages)
        assert replies_to_one_event >= 1

        dump = b""
        for key in client.scan_iter(match=prefix + "*"):
            dump += key + b"=" + (client.get(key) or b"")
        assert dump  # the dedup mark and the session are there...
        for secret in (USER, msg_id, "xin chào"):
            assert secret.encode() not in dump  # ...but nothing that points at a person
    finally:
        for channel, http in workers:
            await http.aclose()
            await channel.stop()
        for key in client.scan_iter(match=prefix + "*"):
            client.delete(key)
        runtime.close()
