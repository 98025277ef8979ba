"""Officer sign-in under attack: a concurrent burst, spoofed X-Forwarded-For, the memory bound
on password hashing, the officer's own password during an attack, and cookies that stop working
after sign-out and after a password change."""

from __future__ import annotations

import asyncio
import re
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.testclient import TestClient

from bot import metrics
from bot.config import Settings
from bot.officer import accounts as accounts_module
from bot.officer.accounts import AccountStore
from bot.officer.limiter import SignInLimiter
from bot.runtime import Runtime, build_runtime
from bot.server import create_app
from tests.configs import configure as with_changes

COOKIE_SECRET = "signin-tests-cookie-secret"
OFFICER, PASSWORD = "lan", "a long officer password"


def configure(project: Path, **keys: Any) -> Settings:
    """The project copy's config with these [officers] keys (and [server] trusted_proxies)."""
    server = {"trusted_proxies": keys.pop("trusted_proxies")} if "trusted_proxies" in keys else {}
    return with_changes(project, {"officers": keys, "server": server})


class HashMeter:
    """Wraps the scrypt call: how many ran, and the most that ever ran at once."""

    def __init__(self, real: Any, delay: float = 0.0):
        self.real, self.delay = real, delay
        self.calls = self.running = self.peak = 0
        self.lock = threading.Lock()

    def __call__(self, *args: Any, **kwargs: Any) -> bytes:
        with self.lock:
            self.calls += 1
            self.running += 1
            self.peak = max(self.peak, self.running)
        try:
            if self.delay:
                threading.Event().wait(self.delay)
            return self.real(*args, **kwargs)
        finally:
            with self.lock:
                self.running -= 1


@pytest.fixture
def meter(monkeypatch: pytest.MonkeyPatch) -> HashMeter:
    made = HashMeter(accounts_module._hash, delay=0.02)
    monkeypatch.setattr(accounts_module, "_hash", made)
    return made


def build(settings: Settings) -> tuple[Runtime, Any]:
    runtime = build_runtime(settings, with_nlu=False)
    store = AccountStore(settings.officers.accounts_file)
    if OFFICER not in {a.name for a in store.list()}:
        store.add(OFFICER, PASSWORD)
    return runtime, create_app(runtime, [], cookie_secret=COOKIE_SECRET)


@pytest.fixture
def app(settings: Settings) -> Iterator[Any]:
    runtime, made = build(settings)
    yield made
    runtime.close()


def _csrf(html: str) -> str:
    match = re.search(r'name="csrf" value="([^"]+)"', html)
    assert match
    return match.group(1)


def client_at(app: Any, address: str) -> httpx.AsyncClient:
    transport = httpx.ASGITransport(app=app, client=(address, 40000))
    return httpx.AsyncClient(transport=transport, base_url="http://testserver")


async def form(client: httpx.AsyncClient) -> str:
    return _csrf((await client.get("/officer/signin")).text)


async def attempt(client: httpx.AsyncClient, token: str, password: str,
                  headers: dict[str, str] | None = None, name: str = OFFICER) -> httpx.Response:
    return await client.post("/officer/signin", data={"csrf": token, "name": name,
                                                      "password": password},
                             headers=headers or {}, follow_redirects=False)


async def test_a_concurrent_burst_books_attempts_before_hashing(
        frozen_clock: None, app: Any, meter: HashMeter) -> None:
    # The clock stands still: under a loaded CI machine the burst outlived the first 1 s backoff
    # and a sixth try was (rightly) let through by the wall clock; this test is about booking.
    async with client_at(app, "203.0.113.7") as client:
        token = await form(client)
        responses = await asyncio.gather(*[attempt(client, token, f"guess {i:04d}!")
                                           for i in range(200)])
    codes = [r.status_code for r in responses]
    assert meter.calls <= 5, meter.calls             # [officers] signin_free_failures
    assert codes.count(401) == meter.calls
    assert codes.count(429) == 200 - meter.calls
    assert all(int(r.headers["retry-after"]) >= 1 for r in responses if r.status_code == 429)
    assert meter.peak <= 2


async def test_spoofed_forwarded_for_from_an_untrusted_client_is_ignored(
        frozen_clock: None, app: Any, meter: HashMeter) -> None:
    # The clock stands still: with the suite loading the machine, five hashes took longer than
    # the first backoff, and a later try passed by the wall clock (a 401 among the 429s).
    async with client_at(app, "127.0.0.1") as client:   # loopback, but not a configured proxy
        token = await form(client)
        codes = []
        for i in range(30):
            spoof = {"X-Forwarded-For": f"198.51.100.{i}"}
            codes.append((await attempt(client, token, "wrong password!", spoof)).status_code)
    assert codes[:5] == [401] * 5
    assert set(codes[5:]) == {429}
    assert meter.calls == 5


async def test_forwarded_for_is_believed_from_a_configured_proxy(
        frozen_clock: None, project_copy: Path, meter: HashMeter) -> None:
    settings = configure(project_copy, trusted_proxies=["127.0.0.1"])
    runtime, app = build(settings)
    try:
        async with client_at(app, "127.0.0.1") as proxy:
            token = await form(proxy)
            for _ in range(5):
                assert (await attempt(proxy, token, "wrong password!",
                                      {"X-Forwarded-For": "198.51.100.1"})).status_code == 401
            blocked = await attempt(proxy, token, PASSWORD, {"X-Forwarded-For": "198.51.100.1"})
            assert blocked.status_code == 429
            # Another client behind the same proxy is another client: its officer gets in.
            # The client is the rightmost hop the proxy did not add (192.0.2.50), not the
            # leftmost one, which that client could have written itself.
            other = await attempt(proxy, token, PASSWORD,
                                  {"X-Forwarded-For": "198.51.100.1, 192.0.2.50"})
            assert other.status_code == 303
    finally:
        runtime.close()


@pytest.fixture
def frozen_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """The limiter's clock stands still: on a loaded machine 100 hashed attempts can take longer
    than the backoff they earn, and the attacker's last try would then pass by the wall clock."""
    original = SignInLimiter.__init__

    def init(self: SignInLimiter, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("clock", lambda: 1_800_000_000.0)
        original(self, *args, **kwargs)

    monkeypatch.setattr(SignInLimiter, "__init__", init)


async def test_the_right_password_from_another_client_works_during_an_attack(
        frozen_clock: None, app: Any, meter: HashMeter) -> None:
    async with client_at(app, "203.0.113.66") as attacker:
        token = await form(attacker)
        results = await asyncio.gather(*[attempt(attacker, token, f"guess {i}!!!!!")
                                         for i in range(100)])
        assert {r.status_code for r in results} <= {401, 429}
        assert (await attempt(attacker, token, PASSWORD)).status_code == 429
    async with client_at(app, "192.0.2.10") as officer:
        token = await form(officer)
        response = await attempt(officer, token, PASSWORD)
        assert response.status_code == 303
        assert (await officer.get("/officer")).status_code == 200


async def test_a_distributed_attack_cannot_lock_the_officer_out_of_their_browser(
        project_copy: Path, meter: HashMeter) -> None:
    settings = configure(project_copy, trusted_proxies=["10.0.0.1"])
    runtime, app = build(settings)
    try:
        async with client_at(app, "10.0.0.1") as officer:   # behind the proxy, like everyone
            token = await form(officer)
            home = {"X-Forwarded-For": "192.0.2.10"}
            assert (await attempt(officer, token, PASSWORD, home)).status_code == 303
            token = _csrf((await officer.get("/officer")).text)
            await officer.post("/officer/signout", data={"csrf": token})
            # A botnet: 60 addresses, 3 guesses each, against the account.
            async with client_at(app, "10.0.0.1") as botnet:
                bot_token = await form(botnet)
                codes = []
                for i in range(60):
                    for _ in range(3):
                        codes.append((await attempt(botnet, bot_token, "wrong password!", {
                            "X-Forwarded-For": f"198.51.{i // 200}.{i % 200}"})).status_code)
                assert codes.count(401) <= 11, codes.count(401)   # account_burst (+1 refill)
                assert codes.count(429) >= 160
                # A browser that never signed in to the account is throttled, not locked out …
                async with client_at(app, "10.0.0.1") as stranger:
                    stranger_token = await form(stranger)
                    throttled = await attempt(stranger, stranger_token, PASSWORD,
                                              {"X-Forwarded-For": "192.0.2.99"})
                    assert throttled.status_code == 429
                    assert int(throttled.headers["retry-after"]) <= 60
            # … and the officer's own browser (device cookie) gets in at once.
            token = await form(officer)
            assert (await attempt(officer, token, PASSWORD, home)).status_code == 303
            assert (await officer.get("/officer")).status_code == 200
    finally:
        runtime.close()


async def test_password_hashing_runs_at_most_two_at_once(project_copy: Path,
                                                         meter: HashMeter) -> None:
    settings = configure(project_copy, signin_free_failures=1000, account_burst=1000,
                         trusted_proxies=["127.0.0.1"])
    runtime, app = build(settings)
    added = meter.calls            # adding the account hashed its password once
    try:
        async with client_at(app, "127.0.0.1") as client:
            token = await form(client)
            responses = await asyncio.gather(*[
                attempt(client, token, "wrong password!", {"X-Forwarded-For": f"198.51.100.{i}"})
                for i in range(60)])
    finally:
        runtime.close()
    codes = [r.status_code for r in responses]
    assert meter.peak <= 2, meter.peak                 # [officers] hash_concurrency
    assert codes.count(401) == meter.calls - added
    assert set(codes) <= {401, 503}                    # beyond 32 waiting: busy, not hashed
    assert all(r.headers.get("retry-after") for r in responses if r.status_code == 503)


def test_a_cookie_is_refused_after_sign_out(app: Any) -> None:
    with TestClient(app) as client:
        token = _csrf(client.get("/officer/signin").text)
        client.post("/officer/signin", data={"csrf": token, "name": OFFICER,
                                             "password": PASSWORD})
        page = client.get("/officer")
        assert page.status_code == 200
        stolen = client.cookies["officer"]
        client.post("/officer/signout", data={"csrf": _csrf(page.text)},
                    follow_redirects=False)
    with TestClient(app) as replay:
        replay.cookies.set("officer", stolen, path="/officer")
        assert replay.get("/officer", follow_redirects=False).status_code == 303
        exported = replay.post("/officer/export", data={"csrf": _csrf(page.text),
                                                        "format": "csv", "period": "",
                                                        "by": "kind"}, follow_redirects=False)
        assert exported.status_code == 403


def test_a_cookie_is_refused_after_a_password_change(app: Any, settings: Settings) -> None:
    with TestClient(app) as client:
        token = _csrf(client.get("/officer/signin").text)
        client.post("/officer/signin", data={"csrf": token, "name": OFFICER,
                                             "password": PASSWORD})
        assert client.get("/officer").status_code == 200
        AccountStore(settings.officers.accounts_file).add(OFFICER, "a brand new password",
                                                          replace=True)
        assert client.get("/officer", follow_redirects=False).status_code == 303
        token = _csrf(client.get("/officer/signin").text)
        client.post("/officer/signin", data={"csrf": token, "name": OFFICER,
                                             "password": "a brand new password"})
        assert client.get("/officer").status_code == 200


def test_sign_in_outcomes_are_counted(app: Any) -> None:
    before = metrics.SIGNIN.labels("success")._value.get()
    with TestClient(app) as client:
        token = _csrf(client.get("/officer/signin").text)
        client.post("/officer/signin", data={"csrf": token, "name": OFFICER,
                                             "password": PASSWORD})
    assert metrics.SIGNIN.labels("success")._value.get() == before + 1


def test_a_burst_of_real_password_checks_stays_within_memory(project_copy: Path) -> None:
    """Measured in a fresh process with real scrypt: 100 concurrent guesses from 100 addresses
    add at most about two checks' worth of memory (2 × 32 MiB), not 100 × 32 MiB."""
    import subprocess
    import sys

    configure(project_copy, signin_free_failures=1000, account_burst=1000,
              trusted_proxies=["127.0.0.1"])
    result = subprocess.run(
        [sys.executable, "-m", "tests.security.memory_probe", str(project_copy / "config.toml"),
         "100"], capture_output=True, text=True, timeout=120,
        cwd=Path(__file__).resolve().parent.parent.parent)
    assert result.returncode == 0, result.stderr[-2000:]
    before, after, codes = result.stdout.split()
    grown_mib = (int(after) - int(before)) / 1024
    assert set(codes.split(",")) <= {"401", "503"}
    assert grown_mib < 2 * 32 + 40, grown_mib


def test_spoofed_forwarded_for_over_loopback_through_uvicorn(
        frozen_clock: None, app: Any, meter: HashMeter, settings: Settings) -> None:
    """As `companion serve` runs it: uvicorn with our options on loopback (uvicorn itself would
    believe X-Forwarded-For from 127.0.0.1 by default: 763 guesses/min by rotating it)."""
    import time

    import uvicorn

    from bot.http.protocol import uvicorn_options
    from tests.server.conftest import free_port

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                                           **uvicorn_options(settings)))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 10
        while not server.started:
            assert time.monotonic() < deadline
            time.sleep(0.02)
        with httpx.Client(base_url=f"http://127.0.0.1:{port}") as client:
            token = _csrf(client.get("/officer/signin").text)
            codes = [client.post("/officer/signin", data={
                "csrf": token, "name": OFFICER, "password": "wrong password!"},
                headers={"X-Forwarded-For": f"198.51.100.{i}"}).status_code for i in range(12)]
    finally:
        server.should_exit = True
        thread.join(timeout=10)
    assert codes[:5] == [401] * 5 and set(codes[5:]) == {429}
    assert meter.calls == 5


def test_workers_share_one_count_and_one_hashing_bound(tmp_path: Path) -> None:
    """Two worker processes see the same SQLite limiter state and the same flock slots: the
    burst limit and the memory bound hold for the machine, not per worker."""
    from concurrent.futures import ThreadPoolExecutor

    from bot.officer.gate import HashGate
    from bot.officer.limiter import Reservation, SignInLimiter

    path = tmp_path / "officer-sessions.db"
    workers = [SignInLimiter(path=path) for _ in range(2)]
    with ThreadPoolExecutor(8) as pool:
        booked = list(pool.map(lambda i: workers[i % 2].reserve(client="198.51.100.1",
                                                                 account=OFFICER), range(40)))
    assert sum(isinstance(b, Reservation) for b in booked) == 5

    meter = HashMeter(lambda: b"", delay=0.05)
    gates = [HashGate(2, lock_dir=tmp_path) for _ in range(3)]   # 3 workers × 2 each

    def worker(gate: HashGate) -> None:
        async def burst() -> None:
            await asyncio.gather(*[gate.run(meter) for _ in range(6)])
        asyncio.run(burst())

    threads = [threading.Thread(target=worker, args=(g,)) for g in gates]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert meter.calls == 18
    assert meter.peak <= 2, meter.peak


def test_workers_starting_at_once_on_a_new_limiter_file_all_get_an_answer(tmp_path: Path) -> None:
    """Switching a new file to WAL is answered "database is locked" at once (not through the
    busy timeout) when several workers try together: the first sign-in of each must still get
    an answer, not an error."""
    from concurrent.futures import ThreadPoolExecutor

    from bot.officer.limiter import SignInLimiter

    for attempt in range(40):
        path = tmp_path / f"officer-sessions-{attempt}.db"
        workers = [SignInLimiter(path=path) for _ in range(3)]
        with ThreadPoolExecutor(9) as pool:
            answers = list(pool.map(lambda i, ws=workers: ws[i % 3].reserve(
                client=f"198.51.100.{i}", account=OFFICER), range(9)))
        assert len(answers) == 9
