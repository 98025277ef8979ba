"""Fixtures for the server tests: the real runtime on a temporary project copy, the app, an HTTP
client that runs the app's lifespan, and for the browser tests a live uvicorn server on loopback
and Debian's headless Chromium."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from bot.config import Settings
from bot.runtime import Runtime, build_runtime
from bot.server import create_app
from tests.configs import configure

COOKIE_SECRET = "test-cookie-secret-not-for-production"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
NEUTRAL = "<!doctype html><title>Weather</title><h1>Today: sunny</h1>"


@pytest.fixture
def runtime(settings: Settings) -> Iterator[Runtime]:
    rt = build_runtime(settings, with_nlu=False)
    yield rt
    rt.close()


@pytest.fixture
def app(runtime: Runtime) -> Any:
    return create_app(runtime, [], cookie_secret=COOKIE_SECRET)


@pytest.fixture
def client(app: Any) -> Iterator[TestClient]:
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


def require_chromium() -> None:
    """Skip without Chromium, except in CI (`COMPANION_REQUIRE_SERVICES=1`), where it must fail."""
    if CHROMIUM.exists():
        return
    if os.environ.get("COMPANION_REQUIRE_SERVICES") == "1":
        pytest.fail("/usr/bin/chromium is required in CI (apt-get install -y chromium)")
    pytest.skip("/usr/bin/chromium not installed")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class LiveServer:
    """The app under uvicorn on 127.0.0.1 in a thread, as `companion serve` runs it."""

    def __init__(self, app: Any, port: int):
        import uvicorn

        self.url = f"http://127.0.0.1:{port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port,
                                                    log_level="warning", access_log=False))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            assert time.monotonic() < deadline, "uvicorn did not start"
            assert self.thread.is_alive(), "uvicorn stopped during start-up"
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=20)


@pytest.fixture
def live(project_copy: Path) -> Iterator[tuple[LiveServer, Runtime]]:
    """A live server whose quick exit goes to a neutral page it serves itself (no internet)."""
    require_chromium()
    from starlette.responses import HTMLResponse
    from starlette.routing import Route

    port = free_port()
    exit_url = f"http://127.0.0.1:{port}/neutral"
    settings = configure(project_copy, {"web": {"quick_exit_url": exit_url}})
    assert settings.web.quick_exit_url == exit_url
    runtime = build_runtime(settings, with_nlu=False)
    app = create_app(runtime, [], cookie_secret=COOKIE_SECRET)

    async def neutral(request: Any) -> HTMLResponse:
        return HTMLResponse(NEUTRAL)

    app.router.routes.insert(0, Route("/neutral", neutral))
    with LiveServer(app, port) as server:
        yield server, runtime
    runtime.close()


@pytest.fixture
def browser() -> Iterator[Any]:
    require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def phone(browser: Any) -> Callable[[str], Any]:
    """A phone-sized browser context for `origin` in which any request off loopback is aborted
    and recorded in `context.off_box`."""

    def make(origin: str) -> Any:
        context = browser.new_context(
            viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True,
            has_touch=True, locale="vi-VN",
            geolocation={"latitude": 10.0327, "longitude": 105.7835})
        context.grant_permissions(["geolocation"], origin=origin)
        off_box: list[str] = []

        def guard(route: Any) -> None:
            url = route.request.url
            if url.startswith((origin, "data:", "about:")):
                route.continue_()
            else:
                off_box.append(url)
                route.abort()

        context.route("**/*", guard)
        context.off_box = off_box
        return context

    return make
