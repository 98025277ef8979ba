"""The anonymous web chat: the page at `/` and its JSON API.

A person is known only by a random opaque cookie (`sid`: HttpOnly, SameSite=Strict, a browser
session cookie). It is the `Inbound.user` of the web channel and nothing else: it is never logged,
and the engine keys its short-lived session with a hash of it. The page keeps the conversation in
memory only (no localStorage), so closing or leaving the page leaves nothing behind but that cookie,
and the quick exit deletes it.

API (POST, `Content-Type: application/json`, one key per request):
  /api/chat  one event of `bot.channels.events` (the terminal's dialect): {"text": "..."} |
             {"button": "<payload>"} | {"location": {"lat": .., "lon": ..}} | {"command": "start"},
             plus optional {"lang": "vi"|"en"} (or "language") → {"replies": [Reply.to_json(), ...],
             "language": "vi"|"en"}, the language the replies are in (the person may have written
             in the other one or asked to switch), which the page's own words then follow;
             when the engine fails, 503 with the runtime's danger fallback as the replies
  /api/exit  clears the session (engine command "clear"), drops the cookie → {"exit_url": "..."}
  /api/live  (GET, server-sent events) while the person waits for or chats with a counsellor
             (`"live": true` in /api/chat's answer): `reply` events (Reply.to_json(): what the
             counsellor writes, the counsellor joining or ending) and `end`; 204 when there is
             no such chat (the browser then stops reconnecting)
"""

from __future__ import annotations

import html
import json
import logging
import re
import secrets
from collections.abc import AsyncIterator
from functools import lru_cache
from pathlib import Path
from string import Template
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response, StreamingResponse
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles

from bot.channels import events
from bot.channels.base import (
    Fallback,
    Handler,
    Texts,
    content_fallback,
    content_texts,
    reply_language,
)
from bot.config import LANGUAGES, Settings
from bot.core.count_limit import client_token, counting_client
from bot.core.messages import Inbound, Reply
from bot.core.turn_facts import turn_facts
from bot.http import safe_json, sse
from bot.http.clients import client_key

log = logging.getLogger("companion.web")

HERE = Path(__file__).resolve().parent
COOKIE = "sid"
_SID = re.compile(r"^[A-Za-z0-9_-]{32,64}$")
MAX_TEXT = 2000
MAX_PAYLOAD = 200
MAX_BODY = 16_384     # one chat event: far more than MAX_TEXT characters of JSON need
MAX_DEPTH = 4         # {"location": {"lat": …}} is the deepest event
# The page's own words, `web_page.<key>` in data/content/ui.yml (chat.js reads them by key),
# and its title, `[web] title` in config.toml.
PAGE_WORDS = ("switch", "exit", "emergency", "placeholder", "send", "hint", "share",
              "noGeo", "offline", "noscript", "you", "bot")
# Texts whose exact words name the language a reply is in (else the words are guessed from).
LANGUAGE_MARKERS = ("language_set", "cleared", "share_location", "skip")


class BadRequest(Exception):
    """A request the chat cannot use; the message is safe to show (it never echoes input)."""


def chat_routes(settings: Settings, handle: Handler, fallback: Fallback | None = None,
                texts: Texts | None = None, desk: Any = None) -> list[BaseRoute]:
    """The page and its API. `fallback` (Runtime.fallback) answers when the engine fails;
    `texts` (Content.t) gives the page its words; both default to the configured content;
    `desk` (bot.handoff.Desk) feeds the live stream of a chat with a counsellor."""
    texts = texts or content_texts(settings)
    danger = fallback or content_fallback(settings, texts)

    async def index(request: Request) -> Response:
        response = HTMLResponse(render_page(settings, page_language(request, settings), texts))
        sid = request.cookies.get(COOKIE, "")
        if not _SID.match(sid):
            set_sid(response, request, new_sid())
        return response

    async def chat(request: Request) -> Response:
        sid = request.cookies.get(COOKIE, "")
        fresh = not _SID.match(sid)
        if fresh:
            sid = new_sid()
        try:
            inbound = parse_event(await read_json(request), sid)
        except BadRequest as exc:
            return JSONResponse({"error": str(exc)}, status_code=_status(exc))
        # The counter may count this turn's help request only within the per-client limit
        # (bot/core/count_limit.py); the client is named by a keyed hash held in memory.
        counted_as = counting_client.set(client_token(client_key(
            request.client.host if request.client else "unknown")))
        facts: dict[str, object] = {}   # what the turn tells us (bot/core/turn_facts.py)
        facts_token = turn_facts.set(facts)
        asked = inbound.language_hint or settings.default_language
        try:
            replies = list(await handle(inbound))
        except Exception as exc:  # the person still gets the emergency numbers
            log.error("web chat handler failed: %s", type(exc).__name__)
            return JSONResponse({"error": "unavailable",
                                 "replies": [r.to_json() for r in danger(inbound.language_hint)],
                                 "language": asked},
                                status_code=503)
        finally:
            counting_client.reset(counted_as)
            turn_facts.reset(facts_token)
        body: dict[str, Any] = {"replies": [r.to_json() for r in replies],
                                "language": replies_language(replies, texts, asked)}
        # The desk is asked only when the turn left the person with a counsellor (or did not
        # say): on a shared desk every question is a Redis round trip from a thread.
        if facts.get("handoff", True) and await live_ticket(desk, sid) is not None:
            body["live"] = True
        response = JSONResponse(body)
        if any(r.forget for r in replies):
            drop_sid(response)
        elif fresh:
            set_sid(response, request, sid)
        return response

    async def quick_exit(request: Request) -> Response:
        sid = request.cookies.get(COOKIE, "")
        if _SID.match(sid):
            try:
                await handle(Inbound(channel="web", user=sid, command="clear"))
            except Exception as exc:  # leaving must work even when the engine does not
                log.error("web quick exit: clear failed: %s", type(exc).__name__)
        response = JSONResponse({"exit_url": settings.web.quick_exit_url})
        drop_sid(response)
        return response

    async def live(request: Request) -> Response:
        sid = request.cookies.get(COOKIE, "")
        ticket = await live_ticket(desk, sid) if _SID.match(sid) else None
        if ticket is None:
            return Response(status_code=204)
        after = request.headers.get("last-event-id", "")[:64] or None
        return StreamingResponse(live_events(desk, ticket.id, after),
                                 media_type=sse.MEDIA_TYPE, headers=sse.HEADERS)

    return [
        Route("/", index, methods=["GET"]),
        Route("/api/chat", chat, methods=["POST"]),
        Route("/api/exit", quick_exit, methods=["POST"]),
        Route("/api/live", live, methods=["GET"]),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]


async def live_ticket(desk: Any, sid: str) -> Any:
    """The web person's ticket while they wait for or chat with a counsellor, else None.

    Asked after a turn that left the person with a counsellor (bot/core/turn_facts.py): an
    in-memory desk answers on the loop (a thread hop costs more than the look-up); a shared one
    (Redis) from a worker thread."""
    if desk is None:
        return None
    try:
        if getattr(desk, "in_process", False):
            ticket = desk.ticket_of("web", sid)
        else:
            ticket = await run_in_threadpool(desk.ticket_of, "web", sid)
    except Exception as exc:
        log.warning("handoff desk unavailable: %s", type(exc).__name__)
        return None
    return ticket if ticket is not None and ticket.state != "ended" else None


async def live_events(desk: Any, ticket_id: str, after: str | None) -> AsyncIterator[str]:
    """What reaches the person from the desk: replies (a counsellor's words, joining, ending),
    then `end`. Only events carrying a reply are sent: never what the person typed."""

    def render(event_id: str, item: dict[str, Any]) -> sse.Frames:
        frames = [sse.event("reply", item["reply"], event_id)] \
            if isinstance(item.get("reply"), dict) else []
        if item.get("t") == "ended":
            return [*frames, sse.event("end", {}, event_id)], True
        return frames, False

    async for frame in sse.ticket_stream(desk, ticket_id, after, render, sse.event("end", {})):
        yield frame


def new_sid() -> str:
    return secrets.token_urlsafe(32)


def set_sid(response: Response, request: Request, sid: str) -> None:
    response.set_cookie(COOKIE, sid, path="/", httponly=True, samesite="strict",
                        secure=request.url.scheme == "https")


def drop_sid(response: Response) -> None:
    response.delete_cookie(COOKIE, path="/", httponly=True, samesite="strict")


class _TooLarge(BadRequest):
    pass


class _WrongType(BadRequest):
    pass


def _status(exc: BadRequest) -> int:
    if isinstance(exc, _TooLarge):
        return 413
    if isinstance(exc, _WrongType):
        return 415
    return 400


async def read_json(request: Request) -> Any:
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type != "application/json":
        raise _WrongType("send application/json")
    body = await request.body()
    if len(body) > MAX_BODY:
        raise _TooLarge("the request is too large")
    try:
        return safe_json.loads(body, max_bytes=MAX_BODY, max_depth=MAX_DEPTH)
    except safe_json.JsonRejected:
        raise BadRequest("not valid JSON") from None


def parse_event(data: Any, sid: str) -> Inbound:
    """One chat event from the page, in the dialect of `bot.channels.events`."""
    try:
        return events.parse_event(data, "web", sid, max_text=MAX_TEXT, max_payload=MAX_PAYLOAD)
    except events.TooLarge as exc:
        raise _TooLarge(str(exc)) from None
    except events.EventError as exc:
        raise BadRequest(str(exc)) from None


def replies_language(replies: list[Reply], texts: Texts, default: str) -> str:
    """The language most of `replies` are in (the first one's on a tie), else `default`.

    Replies carry no language, and the engine may have changed it this turn (the person wrote
    in English, or pressed "English"): each reply is known by its words (`reply_language`)."""
    said = [language for reply in replies
            if (language := reply_language(reply, texts, LANGUAGE_MARKERS, "", guess=True))]
    if not said:
        return default
    return max(dict.fromkeys(said), key=said.count)   # dict.fromkeys: first seen wins a tie


def page_language(request: Request, settings: Settings) -> str:
    """The page's own words follow the browser's first known language, else the configured one."""
    for part in request.headers.get("accept-language", "").split(","):
        code = part.split(";")[0].strip().lower()[:2]
        if code in LANGUAGES:
            return code
    return settings.default_language


@lru_cache(maxsize=1)
def _template() -> Template:
    return Template((HERE / "templates" / "chat.html").read_text(encoding="utf-8"))


def render_page(settings: Settings, lang: str, texts: Texts) -> str:
    """The page in `lang`, with every word of both languages for chat.js's switch (to the
    language of the replies, or by the person's own button)."""
    emergency = [settings.hotline(h) for h in ("police", "ambulance", "national")]
    words = {language: {"title": settings.web.title[language],
                        **{key: texts(language, f"web_page.{key}") for key in PAGE_WORDS}}
             for language in LANGUAGES}
    noscript = " / ".join(words[language]["noscript"]
                          for language in sorted(LANGUAGES, key=lambda x: x != lang))
    return _template().substitute(
        words=html.escape(json.dumps(words, ensure_ascii=False)),
        noscript=html.escape(noscript),
        **{f"w_{key}": html.escape(text) for key, text in words[lang].items()},
        lang=lang,
        exit_url=html.escape(settings.web.quick_exit_url),
        hotlines=html.escape(json.dumps([h.number for h in settings.hotlines])),
        emergency=html.escape(json.dumps(
            [{"number": h.number, "label": h.label} for h in emergency], ensure_ascii=False)),
        default_language=settings.default_language,
    )
