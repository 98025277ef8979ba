"""The counsellors' console at /console (served under /officer/console, so it has the officer
site's signed cookie, CSRF token, sign-in limits and server-side sessions): the live queue, taking
a waiting person, chatting in real time (server-sent events out, POST in), ending the chat.

A counsellor sees, for a waiting person, only the channel, the language, how long they have
waited and the help request's who / kind / urgent if one was made; after taking the chat, only
what the person typed since they asked for a person. What a counsellor writes goes to the
person's own channel through `deliver` (the server's wiring: Telegram's or Zalo's `send`; the
web chat reads it from the desk on its live stream). Nothing of it is logged or stored beyond the
desk's short TTL.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections import defaultdict, deque
from collections.abc import AsyncIterator, Awaitable, Callable
from functools import lru_cache
from html import escape
from pathlib import Path
from string import Template
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import (
    JSONResponse,
    RedirectResponse,
    Response,
    StreamingResponse,
)
from starlette.routing import BaseRoute, Route

from bot import metrics
from bot.core.messages import Button, Reply
from bot.core.render import menu_buttons
from bot.http import sse
from bot.officer.auth import OfficerSession, csrf_ok

log = logging.getLogger("companion.console")

Deliver = Callable[[str, str, Reply], Awaitable[None]]   # (channel, address, reply)
HERE = Path(__file__).resolve().parent
MAX_TEXT = 2000
SENDS_PER_MINUTE = 40          # per counsellor: a stuck key or a script cannot flood a person
WORDS = ("title", "waiting", "none_waiting", "mine", "take", "send", "end", "placeholder",
         "minutes", "urgent", "danger", "person", "you", "joined", "ended", "left", "taken",
         "privacy", "signout")


class SendLimiter:
    """At most `per_minute` messages per counsellor in any minute (in this process)."""

    def __init__(self, per_minute: int = SENDS_PER_MINUTE):
        self.per_minute = per_minute
        self._sent: dict[str, deque[float]] = defaultdict(deque)

    def allow(self, counsellor: str) -> bool:
        now = time.monotonic()
        sent = self._sent[counsellor]
        while sent and now - sent[0] > 60:
            sent.popleft()
        if len(sent) >= self.per_minute:
            return False
        sent.append(now)
        return True


def console_routes(runtime: Any, signed_in: Callable[[Request], Awaitable[OfficerSession | None]],
                   roles: Callable[[str], Awaitable[tuple[str, ...]]],
                   deliver: Deliver | None) -> list[BaseRoute]:
    desk = getattr(runtime, "desk", None)
    loaded: list[Any] = [getattr(runtime, "content", None)]
    limiter = SendLimiter()

    def words() -> Any:
        """The runtime's content (loaded from the settings for a runtime built without it)."""
        if loaded[0] is None:
            from bot.knowledge.content import Content

            loaded[0] = Content.load(runtime.settings)
        return loaded[0]

    async def counsellor(request: Request) -> OfficerSession | None:
        session = await signed_in(request)
        if session is None or session.user is None:
            return None
        return session if "counsellor" in await roles(session.user) else None

    async def to_person(ticket: Any, reply: Reply) -> None:
        """Through the person's own channel; a failure is logged by kind, never with text."""
        if deliver is None:
            return
        try:
            address = await run_in_threadpool(desk.address, ticket)
            await deliver(ticket.channel, address, reply)
        except Exception as exc:
            metrics.ERRORS.labels(ticket.channel, "handoff").inc()
            log.error("handoff delivery on %s failed: %s", ticket.channel, type(exc).__name__)

    def person_reply(ticket: Any, key: str, buttons: tuple[Button, ...] = (),
                     **values: str) -> Reply:
        return Reply(words().t(ticket.language, key, **values), buttons,
                     language=ticket.language)

    async def redirect(request: Request) -> Response:
        return RedirectResponse("/officer/console", status_code=303)

    async def page(request: Request) -> Response:
        session = await signed_in(request)
        if session is None:
            return RedirectResponse("/officer/signin?next=console", status_code=303)
        assert session.user is not None
        if "counsellor" not in await roles(session.user):
            return _forbidden()
        return Response(render_console(words(), session.user, session.csrf),
                        media_type="text/html; charset=utf-8")

    async def queue_stream(request: Request) -> Response:
        session = await counsellor(request)
        if session is None or desk is None:
            return Response(status_code=204)
        assert session.user is not None
        return StreamingResponse(_queue_events(desk, session.user), media_type=sse.MEDIA_TYPE,
                                 headers=sse.HEADERS)

    async def chat_stream(request: Request) -> Response:
        session = await counsellor(request)
        ticket_id = request.path_params["ticket"][:40]
        if session is None or desk is None:
            return Response(status_code=204)
        ticket = await run_in_threadpool(desk.live_for, session.user, ticket_id)
        if ticket is None:
            return Response(status_code=204)
        after = request.headers.get("last-event-id", "")[:64] or None
        return StreamingResponse(_chat_events(desk, ticket_id, after),
                                 media_type=sse.MEDIA_TYPE, headers=sse.HEADERS)

    async def form_of(request: Request) -> tuple[OfficerSession | None, Any]:
        form = await request.form()
        session = await counsellor(request)
        if session is None or not csrf_ok(session, form.get("csrf")) or desk is None:
            return None, form
        return session, form

    async def take(request: Request) -> Response:
        session, form = await form_of(request)
        if session is None:
            return JSONResponse({"error": "refused"}, status_code=403)
        ticket_id = str(form.get("ticket", ""))[:40]
        ticket = await run_in_threadpool(desk.take, ticket_id, session.user)
        if ticket is None:
            return JSONResponse({"error": "taken"}, status_code=409)
        reply = person_reply(ticket, "handoff.counsellor_joined",
                             (Button(words().t(ticket.language, "handoff.end"), "hd:leave"),))
        await run_in_threadpool(desk.post, ticket.id, {"t": "joined", "reply": reply.to_json()})
        await to_person(ticket, reply)
        return JSONResponse({"ok": True, "ticket": ticket.public(time.time())})

    async def send(request: Request) -> Response:
        session, form = await form_of(request)
        if session is None:
            return JSONResponse({"error": "refused"}, status_code=403)
        text = str(form.get("text", "")).strip()
        ticket = await run_in_threadpool(desk.live_for, session.user,
                                         str(form.get("ticket", ""))[:40])
        if ticket is None or ticket.state != "live":
            return JSONResponse({"error": "ended"}, status_code=409)
        if not text or len(text) > MAX_TEXT:
            return JSONResponse({"error": "length"}, status_code=400)
        assert session.user is not None
        if not limiter.allow(session.user):
            return JSONResponse({"error": "slow down"}, status_code=429,
                                headers={"Retry-After": "10"})
        reply = person_reply(ticket, "handoff.from_counsellor", text=text)
        await run_in_threadpool(desk.post, ticket.id,
                                {"t": "counsellor", "text": text, "reply": reply.to_json()})
        await to_person(ticket, reply)
        return JSONResponse({"ok": True})

    async def end(request: Request) -> Response:
        session, form = await form_of(request)
        if session is None:
            return JSONResponse({"error": "refused"}, status_code=403)
        ticket = await run_in_threadpool(desk.live_for, session.user,
                                         str(form.get("ticket", ""))[:40])
        if ticket is None or ticket.state != "live":
            return JSONResponse({"error": "ended"}, status_code=409)
        reply = person_reply(ticket, "handoff.ended_by_counsellor",
                             menu_buttons(words(), ticket.language))
        await run_in_threadpool(desk.end, ticket.id, "counsellor", reply.to_json())
        await to_person(ticket, reply)
        return JSONResponse({"ok": True})

    return [
        Route("/console", redirect, methods=["GET"]),
        Route("/officer/console", page, methods=["GET"]),
        Route("/officer/console/stream", queue_stream, methods=["GET"]),
        Route("/officer/console/chat/{ticket}/stream", chat_stream, methods=["GET"]),
        Route("/officer/console/take", take, methods=["POST"]),
        Route("/officer/console/send", send, methods=["POST"]),
        Route("/officer/console/end", end, methods=["POST"]),
    ]


async def _queue_events(desk: Any, counsellor: str) -> AsyncIterator[str]:
    """The waiting list (and the chats this counsellor holds) whenever it changes; while the
    stream is open the counsellor counts as online."""
    loop = asyncio.get_running_loop()
    started = beat = seen_at = loop.time()
    last = None
    yield sse.retry(1000)
    await run_in_threadpool(desk.online, counsellor)
    try:
        while loop.time() - started < sse.STREAM_SECONDS and not sse.closing():
            if loop.time() - seen_at > 10:
                seen_at = loop.time()
                await run_in_threadpool(desk.online, counsellor)
            now = time.time()
            waiting = await run_in_threadpool(desk.waiting)
            mine = await run_in_threadpool(desk.held_by, counsellor)
            snapshot = {"waiting": [t.public(now, i) for i, t in enumerate(waiting, start=1)],
                        "mine": [t.public(now) for t in mine]}
            if snapshot != last:
                last = snapshot
                yield sse.event("queue", snapshot)
            elif loop.time() - beat > sse.HEARTBEAT_SECONDS:
                beat = loop.time()
                yield sse.heartbeat()
            await asyncio.sleep(sse.POLL_SECONDS * 2)
    finally:
        await run_in_threadpool(desk.offline, counsellor)


async def _chat_events(desk: Any, ticket_id: str, after: str | None) -> AsyncIterator[str]:
    """One chat's messages for its counsellor: what the person typed (flagged when it read as
    danger), what the counsellor sent, joining and ending."""

    def render(event_id: str, item: dict[str, Any]) -> sse.Frames:
        shown = {k: item[k] for k in ("t", "text", "danger", "by", "at") if k in item}
        return [sse.event("msg", shown, event_id)], item.get("t") == "ended"

    gone = sse.event("msg", {"t": "ended", "by": "expired"})
    async for frame in sse.ticket_stream(desk, ticket_id, after, render, gone):
        yield frame


def _forbidden() -> Response:
    body = ("<p class=\"error\">Tài khoản này không có vai trò tư vấn viên. / This account is not "
            "a counsellor.</p><p><a href=\"/officer\">/officer</a></p>")
    from bot.officer.pages import layout

    return Response(layout("403", body), status_code=403, media_type="text/html; charset=utf-8")


@lru_cache(maxsize=1)
def _template() -> Template:
    return Template((HERE / "templates" / "console.html").read_text(encoding="utf-8"))


def render_console(content: Any, user: str, csrf: str) -> str:
    """The console page: both languages' words (counsellors and visiting partners read both),
    as data for console.js; no inline script (the Content-Security-Policy holds)."""
    words = {lang: {key: content.t(lang, f"handoff_console.{key}") for key in WORDS}
             for lang in ("vi", "en")}
    return _template().substitute(
        words=escape(json.dumps(words, ensure_ascii=False)), csrf=escape(csrf),
        user=escape(user), **{f"vi_{k}": escape(v) for k, v in words["vi"].items()},
        **{f"en_{k}": escape(v) for k, v in words["en"].items()})
