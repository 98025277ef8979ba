"""The Zalo Official Account channel (API v3): a signed webhook in, consultation messages out.

Zalo wants a webhook answered within about 2 seconds and retries for hours otherwise, so the route
authenticates the request (`zalo_webhook`), marks the event as seen, answers 200 at once and
handles the event in a background task. Events of one person are handled in order (a lock per
person), so a fast double message cannot race the engine's session.

The channel holds no dialogue logic: `zalo_mapping` turns events into `Inbound` and replies into
message bodies, `zalo_client` sends them, `zalo_tokens` keeps the access token alive.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable, Sequence
from typing import Any, ClassVar

import httpx
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from bot import metrics
from bot.channels.base import (
    Channel,
    Dedup,
    Fallback,
    Handler,
    KeyedLocks,
    TaskSet,
    Texts,
    join_replies,
)
from bot.channels.zalo.client import ZaloClient
from bot.channels.zalo.mapping import (
    MAX_TEXT,
    Offered,
    event_to_inbound,
    event_user,
    reply_to_bodies,
)
from bot.channels.zalo.tokens import TokenError, TokenManager, TokenStore
from bot.channels.zalo.webhook import SIGNATURE_HEADER, check_request, dedup_token
from bot.core.messages import Reply
from bot.sessions import from_loop
from bot.sessions.base import SessionStore, session_key

log = logging.getLogger(__name__)

CHANNEL = "zalo"
DEDUP_TTL = 24 * 3600  # Zalo retries an unanswered event for hours
MAX_BODY = 64 * 1024
# Event names are counted by name only when they are Zalo's own (a fixed set), else as "other".
KNOWN_EVENTS = frozenset({
    "user_send_text", "user_send_location", "user_send_image", "user_send_sticker",
    "user_send_audio", "user_send_video", "user_send_file", "user_send_gif",
    "user_send_business_card", "user_send_link", "follow", "unfollow", "user_seen_message",
    "user_received_message", "user_reacted_message", "user_submit_info", "user_click_chatnow",
    "oa_send_text", "oa_send_image", "oa_send_list", "oa_send_file", "oa_send_gif",
    "oa_send_sticker", "anonymous_send_text", "anonymous_send_image", "anonymous_send_file",
    "anonymous_send_sticker", "add_user_to_tag", "user_send_group_text",
})


class ZaloChannel:
    """Implements `bot.channels.base.Channel` for one Zalo OA."""

    name: ClassVar[str] = CHANNEL

    def __init__(self, *, sessions: SessionStore, app_id: str, secret_key: str,
                 oa_secret_key: str, refresh_token: str | None, api_base_url: str,
                 oauth_base_url: str, token_store: TokenStore, replay_window_seconds: int,
                 session_ttl_seconds: int, default_language: str = "vi",
                 http: httpx.AsyncClient | None = None, clock: Callable[[], float] = time.time,
                 send_backoff: float = 1.0, refresh_retry_delay: float = 60.0,
                 fallback: Fallback | None = None, texts: Texts | None = None):
        self._fallback = fallback     # 113/115/111 when a turn fails (Runtime.fallback)
        self._texts = texts           # Content.t: the words the channel adds (quick exit help)
        self._sessions = sessions
        self._dedup = Dedup(CHANNEL, DEDUP_TTL)
        self._app_id, self._oa_secret_key = app_id, oa_secret_key
        self._window, self._session_ttl = replay_window_seconds, session_ttl_seconds
        self._default_language = default_language
        self._clock = clock
        self._own_http = http is None
        self._http = http or httpx.AsyncClient(timeout=httpx.Timeout(10.0))
        self.tokens = TokenManager(self._http, oauth_base_url=oauth_base_url, app_id=app_id,
                                   secret_key=secret_key, store=token_store,
                                   env_refresh_token=refresh_token, clock=clock)
        self.tokens.load()
        self.client = ZaloClient(self._http, self.tokens, api_base_url=api_base_url,
                                 backoff=send_backoff)
        self._refresh_retry_delay = refresh_retry_delay
        self._handle: Handler | None = None
        self._tasks = TaskSet()
        self._refresher: asyncio.Task[None] | None = None
        self._locks = KeyedLocks()    # one event at a time per person
        self._stopping = False

    # -- Channel protocol -------------------------------------------------------------------

    def routes(self, handle: Handler) -> Sequence[BaseRoute]:
        self._handle = handle
        return [Route("/zalo/webhook", self._webhook, methods=["POST"])]

    async def start(self, handle: Handler) -> None:
        """Have a valid access token before the first event, and keep it fresh in background."""
        self._handle = self._handle or handle
        self._stopping = False
        try:
            await self.tokens.access_token()
        except TokenError as exc:
            log.error("%s; Zalo replies will fail until a refresh succeeds", exc)
        if self._refresher is None or self._refresher.done():
            self._refresher = asyncio.create_task(
                self.tokens.run_refresher(retry_delay=self._refresh_retry_delay))

    async def send(self, recipient: str, reply: Reply) -> None:
        await self._deliver(recipient, [reply])

    async def send_followup(self, recipient: str, replies: Sequence[Reply],
                            answer_seconds: int = 0) -> str:
        """A check-in the person asked for (bot/channels/followup.py): "sent", "blocked" (Zalo
        says the person is outside its interaction window: dropped) or "failed" (retried)."""
        async with self._locks.hold(session_key(CHANNEL, recipient, "zalolock")):
            shown = Offered()
            for number, reply in enumerate(replies):
                bodies, choices = reply_to_bodies(recipient, reply, self._texts,
                                                  self._default_language)
                shown = Offered(shown.payloads + choices.payloads,
                                {**shown.numbers, **choices.numbers})
                for body in bodies:
                    outcome = await self.client.send(body)
                    if outcome == "outside_window":
                        return "blocked"
                    if outcome != "sent" and number == 0:
                        return "failed"
            # The buttons are read back for as long as the answer is awaited.
            await from_loop.put(self._sessions, self._offered_key(recipient), shown.to_json(),
                                max(self._session_ttl, answer_seconds))
        return "sent"

    async def stop(self) -> None:
        """Refuse new events, let the ones in flight finish, then stop the refresher."""
        self._stopping = True
        await self.drain()
        if self._refresher is not None:
            self._refresher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._refresher
            self._refresher = None
        if self._own_http:
            await self._http.aclose()

    async def drain(self) -> None:
        """Wait until every accepted event has been handled and answered."""
        await self._tasks.drain()

    # -- webhook ----------------------------------------------------------------------------

    async def _webhook(self, request: Request) -> Response:
        if self._stopping:
            return JSONResponse({"error": "shutting down"}, status_code=503)
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > MAX_BODY:
            return JSONResponse({"error": "too large"}, status_code=413)
        body = await request.body()
        if len(body) > MAX_BODY:
            return JSONResponse({"error": "too large"}, status_code=413)
        verdict = check_request(body, request.headers.get(SIGNATURE_HEADER),
                                app_id=self._app_id, oa_secret_key=self._oa_secret_key,
                                now_ms=int(self._clock() * 1000), window_seconds=self._window)
        if not verdict.accepted:
            if verdict.status == 401:
                metrics.WEBHOOK_AUTH_FAILURES.labels(CHANNEL).inc()
            else:
                metrics.ERRORS.labels(CHANNEL, "webhook_replay").inc()
            log.warning("zalo webhook refused: %s", verdict.reason)
            return JSONResponse({"error": verdict.reason}, status_code=verdict.status)
        event = verdict.event
        assert event is not None
        mark = session_key(CHANNEL, dedup_token(event, body), "zalomsg")
        if not await self._dedup.first(self._sessions, mark):
            return JSONResponse({"ok": True, "duplicate": True})
        self._tasks.spawn(self._process(event))
        return JSONResponse({"ok": True})

    async def _process(self, event: dict[str, Any]) -> None:
        name = event.get("event_name")
        label = name if name in KNOWN_EVENTS else "other"
        user = event_user(event)
        if user is None or self._handle is None:
            metrics.PLATFORM_EVENTS_IGNORED.labels(CHANNEL, label).inc()
            return
        async with self._locks.hold(session_key(CHANNEL, user, "zalolock")):
            try:
                offered = Offered.from_json(await from_loop.get(self._sessions,
                                                                self._offered_key(user)))
                inbound = event_to_inbound(event, offered)
                if inbound is None:
                    metrics.PLATFORM_EVENTS_IGNORED.labels(CHANNEL, label).inc()
                    return
                replies = await self._handle(inbound)
                await self._deliver(user, replies, offered)
            except Exception as exc:  # one bad event must not take the channel down
                metrics.ERRORS.labels(CHANNEL, "handle").inc()
                log.error("zalo event %s failed: %s", label, type(exc).__name__)
                await self._send_fallback(user, label)

    async def _send_fallback(self, user: str, label: str) -> None:
        """The person still gets 113, 115 and 111 (a message event only: a follow or a read
        receipt is not someone asking for help)."""
        if label not in ("user_send_text", "user_send_location", "user_send_image",
                         "user_send_sticker", "user_send_file", "user_send_audio",
                         "user_send_video", "user_send_link", "user_send_gif"):
            return
        if self._fallback is None:
            return
        try:
            for reply in self._fallback(self._default_language):
                bodies, _ = reply_to_bodies(user, reply, self._texts, self._default_language)
                for body in bodies:
                    await self.client.send(body)
        except Exception as exc:
            metrics.ERRORS.labels(CHANNEL, "fallback").inc()
            log.error("zalo fallback not sent: %s", type(exc).__name__)

    # -- sending ----------------------------------------------------------------------------

    def _offered_key(self, user: str) -> str:
        return session_key(CHANNEL, user, "zalobtn")

    async def _deliver(self, user: str, replies: Sequence[Reply],
                       offered: Offered | None = None) -> None:
        if offered is None:
            offered = Offered.from_json(await from_loop.get(self._sessions,
                                                            self._offered_key(user)))
        shown = Offered()
        forget = False
        # One message per group of replies, not per reply: Zalo counts (and may charge for)
        # each message an OA sends (base.join_replies).
        for reply in join_replies(replies, MAX_TEXT):
            bodies, choices = reply_to_bodies(user, reply, self._texts, self._default_language)
            shown = Offered(shown.payloads + choices.payloads, {**shown.numbers,
                                                                 **choices.numbers})
            forget = forget or reply.forget
            for body in bodies:
                await self.client.send(body)
        key = self._offered_key(user)
        if forget:
            await from_loop.delete(self._sessions, key)
        elif shown.payloads or shown.numbers or offered.numbers:
            await from_loop.put(self._sessions, key, offered.merged_with(shown).to_json(),
                                self._session_ttl)


def from_runtime(runtime: Any, options: dict[str, Any]) -> tuple[Channel | None, str]:
    """The server's factory: a Zalo channel when its secrets are set, else None and why."""
    settings = runtime.settings
    zalo = settings.zalo
    names = (zalo.app_id_env, zalo.secret_key_env, zalo.oa_secret_key_env)
    values = [settings.secret(name) for name in names]
    store = TokenStore(zalo.token_store)
    refresh = settings.secret(zalo.refresh_token_env)
    if not all(values) or not (refresh or store.load()):
        return None, f"Zalo is off: set {', '.join(names)} (and a refresh token)"
    app_id, secret_key, oa_secret_key = values
    channel = ZaloChannel(
        sessions=runtime.sessions, app_id=str(app_id), secret_key=str(secret_key),
        oa_secret_key=str(oa_secret_key), refresh_token=refresh,
        api_base_url=zalo.api_base_url, oauth_base_url=zalo.oauth_base_url, token_store=store,
        replay_window_seconds=zalo.replay_window_seconds,
        session_ttl_seconds=settings.sessions.ttl_minutes * 60,
        default_language=settings.default_language,
        http=options.get("zalo_http"),
        send_backoff=float(options.get("zalo_send_backoff", 1.0)),
        refresh_retry_delay=float(options.get("zalo_refresh_retry_delay", 60.0)),
        fallback=getattr(runtime, "fallback", None),
        texts=runtime.content.t,
    )
    return channel, "Zalo is on"
