"""Two `companion serve` processes sharing Redis: the resident chats on one, the counsellor's
console is on the other. The queue, the live relay both ways, the danger flag and the end all
cross between the processes through Redis; afterwards no key of the handoff is left, and the
keys never held the person's id or words."""

from __future__ import annotations

import secrets
from pathlib import Path

import httpx
import pytest

from bot.officer.accounts import AccountStore
from tests.configs import configure
from tests.conftest import require_service
from tests.handoff.conftest import ALWAYS
from tests.handoff.sse_reader import SseReader
from tests.server.test_server_serve import _env, _free_port, _start

PASSWORD = "counsellor password for two processes"

pytestmark = pytest.mark.redis


def _sign_in(client: httpx.Client) -> str:
    import re

    form = client.get("/officer/signin")
    token = re.search(r'name="csrf" value="([^"]+)"', form.text).group(1)
    response = client.post("/officer/signin", data={"csrf": token, "name": "lan",
                                                    "password": PASSWORD})
    assert response.status_code == 303, response.text
    page = client.get("/officer/console")
    assert page.status_code == 200
    return re.search(r'data-csrf="([^"]+)"', page.text).group(1)


def test_handoff_across_two_processes_sharing_redis(project_copy: Path, monkeypatch) -> None:
    require_service("Redis", 6379)
    import redis

    prefix = f"companion-test-handoff-{secrets.token_hex(4)}:"
    secret = secrets.token_hex(16)
    monkeypatch.setenv("COMPANION_SESSION_SECRET", secret)
    monkeypatch.setenv("COMPANION_COOKIE_SECRET", secrets.token_hex(16))
    settings = configure(project_copy, {**ALWAYS, "handoff": {**ALWAYS["handoff"],
                                                              "redis_prefix": prefix},
                                        "sessions": {"url": "redis://127.0.0.1:6379/0"}})
    AccountStore(settings.officers.accounts_file).add("lan", PASSWORD, roles=("counsellor",))
    env = _env()
    assert env["COMPANION_SESSION_SECRET"] == secret
    store = redis.Redis.from_url("redis://127.0.0.1:6379/0")
    procs = []
    resident = counsellor = None
    try:
        for _ in range(2):
            procs.append(_start(settings.path, _free_port()))
        (_, url_a), (_, url_b) = procs
        resident = httpx.Client(base_url=url_a, timeout=20)
        counsellor = httpx.Client(base_url=url_b, timeout=20, follow_redirects=False)
        csrf = _sign_in(counsellor)

        with SseReader(url_b + "officer/console/stream", counsellor.cookies) as queue:
            queue.wait_for(lambda name, data: name == "queue")        # online on B
            assert resident.post("/api/chat", json={"command": "start"}).status_code == 200
            asked = resident.post("/api/chat", json={"button": "m:human"}).json()
            assert "vị trí số 1" in asked["replies"][0]["text"] and asked["live"] is True
            _, snapshot = queue.wait_for(lambda name, data: name == "queue" and data["waiting"])
            (waiting,) = snapshot["waiting"]
            assert waiting["channel"] == "web" and waiting["place"] == 1
            ticket = waiting["id"]

            with SseReader(url_a + "api/live", resident.cookies) as live:
                taken = counsellor.post("/officer/console/take", data={"csrf": csrf,
                                                                      "ticket": ticket})
                assert taken.status_code == 200
                live.wait_for(lambda n, d: n == "reply" and "đã vào trò chuyện" in d["text"])
                with SseReader(f"{url_b}officer/console/chat/{ticket}/stream",
                               counsellor.cookies) as chat:
                    quiet = resident.post("/api/chat", json={"text": "dạ em chào chị"}).json()
                    assert quiet["replies"] == [] and quiet["live"] is True
                    chat.wait_for(lambda n, d: d.get("text") == "dạ em chào chị")
                    sent = counsellor.post("/officer/console/send", data={
                        "csrf": csrf, "ticket": ticket, "text": "Chị nghe đây em."})
                    assert sent.status_code == 200
                    live.wait_for(lambda n, d: n == "reply" and "Chị nghe đây em." in d["text"])
                    danger = resident.post("/api/chat", json={
                        "text": "anh ta đang cầm dao đòi giết em"}).json()
                    assert "113" in danger["replies"][0]["text"]
                    chat.wait_for(lambda n, d: d.get("danger") is True)
                    # Redis holds the words only while the chat is live, never the person's id.
                    keys = [k.decode() for k in store.scan_iter(f"{prefix}*")]
                    assert keys and not any(resident.cookies["sid"] in k for k in keys)
                    sealed = b"".join(store.get(k) or b"" for k in keys
                                      if store.type(k) == b"string")
                    assert resident.cookies["sid"].encode() not in sealed
                    ended = counsellor.post("/officer/console/end", data={"csrf": csrf,
                                                                         "ticket": ticket})
                    assert ended.status_code == 200
                    live.wait_for(lambda n, d: n == "end")
                    chat.wait_for(lambda n, d: d.get("t") == "ended")
        back = resident.post("/api/chat", json={"button": "m:help"}).json()
        assert "live" not in back and "an toàn" in back["replies"][0]["text"]
        # The chat is over: none of its words is left in Redis.
        left = b""
        for key in store.scan_iter(f"{prefix}*"):
            kind = store.type(key)
            if kind == b"stream":
                left += b"".join(v for _, fields in store.xrange(key) for v in fields.values())
            elif kind == b"string":
                left += store.get(key) or b""
        for said in ("dạ em chào chị", "Chị nghe đây em.", "cầm dao"):
            assert said.encode() not in left
        assert b"ended" in left          # what is left says only that it ended
    finally:
        for client in (resident, counsellor):
            if client is not None:
                client.close()
        for proc, _ in procs:
            proc.terminate()
        for proc, _ in procs:
            try:
                proc.wait(timeout=20)
            except Exception:
                proc.kill()
        for key in store.scan_iter(f"{prefix}*"):
            store.delete(key)
