"""The one ASGI app: every enabled channel's routes, the web chat, the officer pages, /healthz and
/metrics (DESIGN.md, "Shape: one core, many channels").

The server adds no dialogue logic. It gives the runtime's one handler to each channel (the runtime
counts updates, replies and handling time for /metrics, whichever channel they came through), and
starts and stops the channels with the app's lifespan, so uvicorn's graceful shutdown finishes the
events in hand before the channels close. Errors never reach a response as a traceback, and logs
name only the kind of error, never what a person wrote.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import BaseRoute, Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from bot import metrics
from bot.channels.base import Channel, Handler

log = logging.getLogger("companion.server")

# Sent with every response. The chat page must not be framed, cached, or leak where it was opened
# from; geolocation is only for this origin (and still needs the person to press the button).
SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"content-security-policy",
     b"default-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; "
     b"frame-ancestors 'none'; object-src 'none'"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"x-content-type-options", b"nosniff"),
    (b"permissions-policy", b"geolocation=(self), camera=(), microphone=(), interest-cohort=()"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cache-control", b"no-store"),
)


class SecurityHeaders:
    """Pure ASGI middleware adding SECURITY_HEADERS unless a route already set that header."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                headers += [(k, v) for k, v in SECURITY_HEADERS if k not in present]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def create_app(runtime: Any, channels: Sequence[Channel], *,
               cookie_secret: str | None = None) -> Starlette:
    """The app for `companion serve` (and for tests, which drive it through httpx or a browser).

    `runtime` provides `settings`, `sessions`, `logbook` and the async `handle`; `channels` are the
    platform channels that are configured (bot.channels.registry). The web chat and the officer
    pages are always on. `cookie_secret` signs officer cookies; None takes the configured secret
    or a random per-process one.
    """
    from bot.channels.web import WebChannel
    from bot.officer.routes import officer_routes

    settings = runtime.settings
    handle: Handler = runtime.handle
    content = getattr(runtime, "content", None)
    desk = getattr(runtime, "desk", None)
    web = WebChannel(settings, getattr(runtime, "fallback", None),
                     content.t if content is not None else None, desk)
    all_channels: list[Channel] = [*channels, web]

    routes: list[BaseRoute] = [
        Route("/healthz", _healthz(runtime, all_channels), methods=["GET"]),
        *metrics.routes(settings),   # only with a bearer token configured ([metrics])
    ]
    # Starlette tries routes in order: the busiest paths (webhooks, the web chat) go first, the
    # officer pages last (each route passed costs a regex match on every request).
    for channel in channels:
        routes.extend(channel.routes(handle))
    routes.extend(web.routes(handle))
    routes.extend(officer_routes(runtime, cookie_secret, deliver=_deliver(channels)))

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        started: list[Channel] = []
        scheduler = None
        try:
            for channel in all_channels:
                await channel.start(handle)
                started.append(channel)
            log.info("started channels: %s", ", ".join(c.name for c in started))
            from bot.channels.followup import start_scheduler

            scheduler = start_scheduler(runtime, started)   # check-ins (bot/followup)
            yield
        finally:
            if scheduler is not None:
                await scheduler.stop()
            for channel in reversed(started):
                try:
                    await channel.stop()
                except Exception as exc:  # one channel failing to stop must not block the others
                    metrics.ERRORS.labels(channel.name, "stop").inc()
                    log.error("channel %s did not stop cleanly: %s", channel.name,
                              type(exc).__name__)
            aclose = getattr(runtime, "aclose", None)   # stores' clients bound to this loop
            if aclose is not None:
                try:
                    await aclose()
                except Exception as exc:  # shutting down: report, never block the rest
                    log.error("closing the stores' loop clients failed: %s", type(exc).__name__)

    app = Starlette(
        routes=routes,
        lifespan=lifespan,
        exception_handlers={HTTPException: _http_error, Exception: _server_error},
        max_body_size=settings.web.max_body_bytes,
    )
    from bot.http.middleware import install as install_guards

    install_guards(app, settings)   # catch-all 500, body deadline, trusted proxies
    app.add_middleware(SecurityHeaders)
    app.state.runtime = runtime
    app.state.channels = all_channels
    return app


def _deliver(channels: Sequence[Channel]) -> Any:
    """What a counsellor writes, to the person through their own channel's `send`. The web chat
    needs nothing here: its page reads the chat from the handoff desk (/api/live)."""
    by_name = {channel.name: channel for channel in channels}

    async def deliver(channel_name: str, address: str, reply: Any) -> None:
        if channel_name == "web":
            return
        channel = by_name.get(channel_name)
        if channel is None:
            raise LookupError(f"channel {channel_name} is not served by this process")
        await channel.send(address, reply)

    return deliver


def _healthz(runtime: Any, channels: Sequence[Channel]) -> Any:
    async def healthz(request: Request) -> JSONResponse:
        # Probes run in a background thread with short timeouts (bot/resilience/maintenance.py):
        # this answers at once, even while a store stalls, and recovers when the store does.
        if hasattr(runtime, "health"):
            status = await run_in_threadpool(runtime.health)
        else:
            status = {"logbook": await run_in_threadpool(_ping, runtime.logbook),
                      "sessions": await run_in_threadpool(_ping, runtime.sessions)}
        ok = all(status.values())
        body: dict[str, Any] = {"status": "ok" if ok else "degraded",
                                **{name: "ok" if up else "down" for name, up in status.items()},
                                "channels": [c.name for c in channels]}
        pending = getattr(runtime.logbook, "spool", None)
        if pending is not None:
            body["logbook_spooled"] = pending.pending
        return JSONResponse(body, status_code=200 if ok else 503)

    return healthz


def _ping(service: Any) -> bool:
    try:
        return bool(service.ping())
    except Exception:
        return False


def wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or "application/json" in request.headers.get(
        "accept", "")


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    headers = dict(exc.headers or {})
    if exc.status_code in (204, 304):
        return Response(status_code=exc.status_code, headers=headers)
    if wants_json(request):
        return JSONResponse({"error": exc.detail}, status_code=exc.status_code, headers=headers)
    return PlainTextResponse(str(exc.detail), status_code=exc.status_code, headers=headers)


async def _server_error(request: Request, exc: Exception) -> Response:
    # The type and place only: an exception's message may quote what a person wrote.
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    where = f"{tb.tb_frame.f_code.co_filename}:{tb.tb_lineno}" if tb else "?"
    log.error("unhandled %s at %s", type(exc).__name__, where)
    metrics.ERRORS.labels("server", "request").inc()
    if wants_json(request):
        return JSONResponse({"error": "internal error"}, status_code=500)
    return PlainTextResponse("Internal Server Error", status_code=500)
