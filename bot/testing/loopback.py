"""The ground floor of every fake of an outside API: a real HTTP server on 127.0.0.1, in a
background thread, that records what it was asked.

Fakes speak real HTTP so the code under test goes through its real client (python-telegram-bot's
request code, httpx) exactly as it would against the platform. Two ways of serving, because the
fakes need different things and their socket behaviour is part of what benchmarks measure:

- `AsgiLoopback`: a Starlette app on uvicorn in its own event loop, for fakes with async
  endpoints (the Telegram Bot API's long-polling getUpdates, form and multipart bodies);
- `ThreadedLoopback`: the standard library's threading HTTP/1.1 server, for fakes whose answers
  are plain functions of the request (Zalo), which can also drop a connection without answering.

Both share the lifecycle (`start`, `stop`, context manager, `base_url`) and the record of calls
(`calls`, `calls_of`, `reset_calls`, `wait_for`) under one lock, `lock`, which subclasses also
use for their own state.
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self

HOST = "127.0.0.1"


@dataclass
class Call:
    """One request as the fake understood it: the API method (or path) and its parameters."""

    method: str
    params: dict[str, Any]
    files: dict[str, bytes] = field(default_factory=dict)
    filenames: dict[str, str] = field(default_factory=dict)


class LoopbackServer:
    """Lifecycle and recorded calls; subclasses choose how to serve (`_serve`)."""

    name = "fake server"

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.calls: list[Call] = []
        self.port = 0

    # ---- lifecycle ---------------------------------------------------------------------------
    def start(self) -> Self:
        self.port = self._serve()
        return self

    def stop(self) -> None:
        raise NotImplementedError

    def _serve(self) -> int:
        """Start serving on a free loopback port, in a daemon thread; return the port."""
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        return f"http://{HOST}:{self.port}"

    # ---- what was asked ----------------------------------------------------------------------
    def record(self, call: Call) -> None:
        with self.lock:
            self.calls.append(call)

    def calls_of(self, method: str) -> list[Call]:
        with self.lock:
            return [c for c in self.calls if c.method == method]

    def reset_calls(self) -> None:
        with self.lock:
            self.calls.clear()

    async def wait_for(self, method: str, count: int = 1, timeout: float = 10.0) -> list[Call]:
        """The calls of `method` once there are at least `count` of them (polled, not blocking
        the test's event loop)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.calls_of(method)
            if len(found) >= count:
                return found
            await asyncio.sleep(0.02)
        raise AssertionError(f"expected {count} {method} call(s), got {len(self.calls_of(method))}")


class AsgiLoopback(LoopbackServer):
    """Serves `self.app()` (an ASGI app) with uvicorn in a thread running its own event loop."""

    def __init__(self) -> None:
        super().__init__()
        self._server: Any = None
        self._thread: threading.Thread | None = None

    def app(self) -> Any:
        raise NotImplementedError

    def _serve(self) -> int:
        import uvicorn

        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)   # no 40 ms Nagle wait
        sock.bind((HOST, 0))
        config = uvicorn.Config(self.app(), log_level="warning", lifespan="off", access_log=False)
        server = uvicorn.Server(config)
        self._server = server
        self._thread = threading.Thread(target=lambda: asyncio.run(server.serve([sock])),
                                        daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 10
        while not server.started:
            if time.monotonic() > deadline:
                raise RuntimeError(f"{self.name} did not start")
            time.sleep(0.01)
        return int(sock.getsockname()[1])

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)


@dataclass
class Request:
    """What a `ThreadedLoopback` passes to `respond`."""

    method: str
    path: str              # without the query string
    query: str
    headers: Mapping[str, str]
    body: bytes


@dataclass
class Response:
    status: int
    data: Any


class ThreadedLoopback(LoopbackServer):
    """Serves `self.respond(request)` with `ThreadingHTTPServer` (HTTP/1.1, keep-alive). A
    `respond` that returns None drops the connection without an answer."""

    def __init__(self) -> None:
        super().__init__()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    def respond(self, request: Request) -> Response | None:
        raise NotImplementedError

    def _serve(self) -> int:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True   # headers and body are two writes: no 40 ms wait

            def log_message(self, *args: Any) -> None:  # keep test output quiet
                pass

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                path, _, query = self.path.partition("?")
                answer = fake.respond(Request(self.command, path, query, self.headers, raw))
                if answer is None:
                    self.close_connection = True
                    return
                _write_json(self, answer.status, answer.data)

            do_GET = do_POST = _handle

        self._server = ThreadingHTTPServer((HOST, 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever,
                                        kwargs={"poll_interval": 0.02}, daemon=True)
        self._thread.start()
        return int(self._server.server_address[1])

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()


def _write_json(handler: BaseHTTPRequestHandler, status: int, data: Any) -> None:
    payload = json.dumps(data).encode()
    handler.send_response(status)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(payload)))
    handler.end_headers()
    handler.wfile.write(payload)
