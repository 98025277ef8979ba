"""The Telegram channel on python-telegram-bot v22, with the dialogue state in our engine.

PTB gives us the Bot API client (with AIORateLimiter, on our aiohttp transport: `transport.py`),
`Update` parsing and long polling. We do not use its handler machinery (ConversationHandler,
user_data, chat_data): those would keep
per-user state keyed by Telegram ids in memory and tie the dialogue to one platform. Updates, from
the webhook route or from the polling queue, go through `process`, which maps them with
`telegram_mapping`, asks the engine, and sends the replies.

Two modes: long polling (`companion serve --telegram-polling`) or a webhook route in the one
server, registered with `set_webhook(url, secret_token=…)`; a webhook request without the right
secret gets 403 and is never processed.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import logging
import time
from collections.abc import Callable, Sequence
from typing import Any, ClassVar

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route
from telegram import Update
from telegram.error import Forbidden, InvalidToken, NetworkError, TelegramError
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder

from bot import metrics
from bot.channels.base import (
    Channel,
    Dedup,
    Fallback,
    Handler,
    KeyedLocks,
    TaskSet,
    content_fallback,
)
from bot.channels.telegram.checks import update_ok
from bot.channels.telegram.delivery import Delivery
from bot.channels.telegram.guard import FloodGuard, protect_logs, with_retries
from bot.channels.telegram.mapping import (
    TOKEN_PREFIX,
    Incoming,
    menu_commands,
    to_incoming,
)
from bot.channels.telegram.officer import officer_answer_async
from bot.channels.telegram.quickexit import MessageLog
from bot.channels.telegram.transport import AiohttpRequest
from bot.config import Settings
from bot.core.messages import Inbound, Reply
from bot.http import safe_json
from bot.sessions import SessionStore, from_loop, session_key

log = logging.getLogger(__name__)

WEBHOOK_PATH = "/telegram/webhook"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
DEDUP_SECONDS = 24 * 3600           # Telegram gives up redelivering an update well before this
GROUP_ANSWER_EVERY = 60             # seconds between two answers in the same group
MAX_BODY = 1_000_000
MAX_DEPTH = 24                      # updates nest about 6 deep (reply_to_message, entities…)
ALLOWED_UPDATES = ("message", "edited_message", "callback_query")
Texts = Callable[..., str]          # (language, key) -> curated text (Content.t)


class TelegramChannel:
    name: ClassVar[str] = "telegram"

    def __init__(self, settings: Settings, sessions: SessionStore, token: str, texts: Texts, *,
                 polling: bool = False, secret: str | None = None,
                 clock: Callable[[], float] = time.time, retry_base_delay: float = 0.5,
                 poll_timeout: int = 10, fallback: Fallback | None = None):
        self.settings, self.sessions, self.polling = settings, sessions, polling
        self._token, self._secret, self._texts = token, secret, texts
        # 113/115/111 when a turn fails: the runtime's (from_runtime), else the same from texts.
        self._fallback = fallback or content_fallback(settings, texts)
        self._clock = clock
        self._retry_delay = retry_base_delay
        self._poll_timeout = poll_timeout
        self._handle: Handler | None = None
        self._app: Application | None = None
        self._ready = asyncio.Event()
        self._tasks = TaskSet()
        self._locks = KeyedLocks()       # one update at a time per chat: replies keep their order
        self._dedup = Dedup(self.name, DEDUP_SECONDS)
        self._consumer: asyncio.Task[None] | None = None
        self._connector: asyncio.Task[None] | None = None
        self._delivery = Delivery(settings, sessions, texts, MessageLog(sessions, clock),
                                  lambda: self._bot, self._call)
        self._flood = FloodGuard(sessions, settings.sessions.flood_max_messages,
                                 settings.sessions.flood_window_seconds, clock)
        protect_logs(token)

    # ---- the Channel protocol ----------------------------------------------------------------
    def routes(self, handle: Handler) -> Sequence[BaseRoute]:
        self._handle = handle
        if self.polling:
            return []
        return [Route(WEBHOOK_PATH, self._webhook, methods=["POST"])]

    async def start(self, handle: Handler) -> None:
        """Connect to the Bot API, set the commands menu, then poll or register the webhook.
        If Telegram cannot be reached now, keep trying in the background rather than hold up
        the server (the web chat must come up whatever Telegram does)."""
        self._handle = handle
        self._app = self._build()
        try:
            await self._connect()
        except NetworkError:
            log.warning("Telegram: Bot API not reachable at start-up; retrying in the background")
            self._connector = asyncio.create_task(self._connect_later())
        except TelegramError as exc:
            self._refused(exc)

    def _refused(self, exc: TelegramError) -> None:
        if isinstance(exc, InvalidToken):
            log.error("Telegram: the Bot API refused the token (check %s); the Telegram channel "
                      "is off", self.settings.telegram.token_env)
        else:
            log.error("Telegram: start-up refused by the Bot API (%s); the Telegram channel is "
                      "off", type(exc).__name__)

    async def send(self, recipient: str, reply: Reply) -> None:
        chat_id = int(recipient)
        async with self._locks.hold(chat_id):
            await self._delivery.deliver(chat_id, [reply], private=chat_id > 0, language=None)

    async def send_followup(self, recipient: str, replies: Sequence[Reply],
                            answer_seconds: int = 0) -> str:
        """A check-in the person asked for (bot/channels/followup.py): "sent", "blocked"
        (403: the person blocked the bot, so it is dropped) or "failed" (tried again later)."""
        if self._app is None or not self._ready.is_set():
            return "failed"
        chat_id = int(recipient)
        blocked: list[bool] = []

        async def call(stage: str, work: Callable[[], Any]) -> Any:
            async def watched() -> Any:
                try:
                    return await work()
                except Forbidden:
                    blocked.append(True)
                    raise
            return await with_retries(watched, stage=stage, base_delay=self._retry_delay)

        delivery = Delivery(self.settings, self.sessions, self._texts, self._delivery.messages,
                            lambda: self._bot, call)
        async with self._locks.hold(chat_id):
            sent = await delivery.deliver(chat_id, replies, private=True, language=None)
        if blocked:
            return "blocked"
        return "sent" if sent else "failed"

    async def stop(self) -> None:
        app = self._app
        if self._connector is not None:
            self._connector.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._connector
        if app is not None and app.updater is not None and app.updater.running:
            with contextlib.suppress(Exception):
                await app.updater.stop()
        if self._consumer is not None:
            self._consumer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._consumer
        await self._tasks.drain(timeout=10)
        if app is not None:
            with contextlib.suppress(Exception):
                await app.shutdown()
        self._ready.clear()

    async def wait_ready(self, timeout: float = 10.0) -> None:
        await asyncio.wait_for(self._ready.wait(), timeout)

    # ---- start-up ----------------------------------------------------------------------------
    def _build(self) -> Application:
        base = self.settings.telegram.api_base_url
        builder = (ApplicationBuilder().token(self._token)
                   .base_url(f"{base}/bot").base_file_url(f"{base}/file/bot")
                   .request(AiohttpRequest(connect_timeout=10, read_timeout=15,
                                           write_timeout=30))
                   .get_updates_request(AiohttpRequest(
                       connection_pool_size=1, connect_timeout=10,
                       read_timeout=self._poll_timeout + 10, write_timeout=30))
                   .rate_limiter(AIORateLimiter(max_retries=2)))
        if not self.polling:
            builder = builder.updater(None)
        return builder.build()

    async def _connect(self) -> None:
        app = self._app
        assert app is not None
        await app.initialize()          # getMe: checks the token and the API URL
        bot = app.bot
        for language in ("vi", "en"):
            await with_retries(lambda lang=language: bot.set_my_commands(
                menu_commands(lang, self._texts), language_code=lang), stage="commands",
                base_delay=self._retry_delay)
        await with_retries(lambda: bot.set_my_commands(
            menu_commands(self.settings.default_language, self._texts)), stage="commands",
            base_delay=self._retry_delay)
        if self.polling:
            assert app.updater is not None
            await app.updater.start_polling(timeout=self._poll_timeout,
                                            allowed_updates=list(ALLOWED_UPDATES),
                                            bootstrap_retries=3)
            self._consumer = asyncio.create_task(self._consume(app.update_queue))
        elif self.settings.telegram.webhook_url:
            await with_retries(lambda: bot.set_webhook(
                self.settings.telegram.webhook_url, secret_token=self._secret,
                allowed_updates=list(ALLOWED_UPDATES)), stage="set_webhook",
                base_delay=self._retry_delay)
        self._ready.set()
        log.info("Telegram channel ready (%s)", "long polling" if self.polling else "webhook")

    async def _connect_later(self) -> None:
        delay = self._retry_delay
        while True:
            await asyncio.sleep(delay)
            try:
                await self._connect()
                return
            except NetworkError:
                delay = min(delay * 2, 60.0)
            except TelegramError as exc:
                self._refused(exc)
                return

    async def _consume(self, queue: asyncio.Queue[object]) -> None:
        while True:
            update = await queue.get()
            if isinstance(update, Update):
                self._tasks.spawn(self.process(update))

    # ---- the webhook -------------------------------------------------------------------------
    async def _webhook(self, request: Request) -> Response:
        given = request.headers.get(SECRET_HEADER, "")
        if not self._secret or not hmac.compare_digest(given.encode(), self._secret.encode()):
            metrics.WEBHOOK_AUTH_FAILURES.labels(self.name).inc()
            return Response(status_code=403)
        if self._app is None or not self._ready.is_set():
            return Response(status_code=503)   # Telegram retries later
        body = await request.body()
        if len(body) > MAX_BODY:
            return Response(status_code=413)
        update = parse_update(body, self._app.bot)
        if update is None:
            return Response(status_code=400)
        inline: list[dict[str, Any]] = []
        if not await self.process(update, inline):
            return Response(status_code=503)   # not answered at all: Telegram redelivers it
        if inline:
            # Telegram runs one Bot API method given in the webhook's answer (Bot API,
            # "Making requests when getting updates"): one HTTPS call fewer per tap.
            return JSONResponse(inline[0])
        return Response(status_code=200)

    # ---- one update --------------------------------------------------------------------------
    async def process(self, update: Update, inline: list[dict[str, Any]] | None = None) -> bool:
        """Handle one update once. Never raises: one person's bad update must not stop others.

        `inline` (webhook only) collects the Bot API call whose result is never needed, the
        answer to a button tap, for the webhook's response instead of a call of its own. Only
        that one: a message must be sent by a call, since its id is needed for the quick exit.

        False when the person could not be answered at all (nothing reached Telegram, not even
        the 113/115/111 fallback): the update's mark is then removed, so the redelivery the
        webhook asks for (non-200) is handled again, while a redelivery of an update that was
        answered is skipped (no double answer)."""
        mark = f"tgupd:{update.update_id}"
        chat = None
        try:
            if not await self._dedup.first(self.sessions, mark):
                metrics.PLATFORM_EVENTS_IGNORED.labels(self.name, "duplicate").inc()
                return True
            chat = update.effective_chat
            if chat is None:
                metrics.PLATFORM_EVENTS_IGNORED.labels(self.name, "other").inc()
                return True
            async with self._locks.hold(chat.id):
                await self._process(update, chat.id, chat.type == "private", inline)
            return True
        except Exception as exc:
            metrics.ERRORS.labels(self.name, "process").inc()
            log.error("Telegram: failed to handle an update (%s)", type(exc).__name__)
            unanswered = isinstance(exc, _Unanswered)
        if chat is not None and not unanswered:
            with contextlib.suppress(Exception):
                private = chat.type == "private"
                language = update.effective_user.language_code if update.effective_user else None
                if await self._delivery.deliver(chat.id, self._fallback(language),
                                                private=private, language=None):
                    return True
        await self._dedup.forget(self.sessions, mark)
        return False

    async def _process(self, update: Update, chat_id: int, private: bool,
                       inline: list[dict[str, Any]] | None = None) -> None:
        keyboard = await self._delivery.keyboard_state(chat_id) if private else {}
        incoming = to_incoming(update, keyboard.get("labels", {}))
        if incoming.callback_id is not None:
            if inline is not None:   # answered with the webhook's response
                inline.append({"method": "answerCallbackQuery",
                               "callback_query_id": incoming.callback_id})
            else:
                await self._call("answer_callback",
                                 lambda: self._bot.answer_callback_query(incoming.callback_id))
        if incoming.action == "ignore":
            metrics.PLATFORM_EVENTS_IGNORED.labels(self.name, incoming.reason).inc()
            return
        if incoming.tapped_message_id is not None:
            # The choices just made leave the screen: no stale taps, less left to read.
            # Answered with the edited message, which nothing here reads: not parsed.
            await self._call("edit_markup", lambda: self._bot.do_api_request(
                "editMessageReplyMarkup", api_kwargs={
                    "chat_id": chat_id, "message_id": incoming.tapped_message_id}))
        inbound = incoming.inbound
        assert inbound is not None
        language = inbound.language_hint
        if not incoming.private:
            key = session_key("telegram", str(chat_id), namespace="tggrp")
            if await from_loop.add_once(self.sessions, key, GROUP_ANSWER_EVERY):
                await self._answer(chat_id, inbound, private=False)
            return
        if incoming.message_id is not None:
            await self._delivery.messages.add(chat_id, [incoming.message_id])
        verdict = await self._flood.check(chat_id)
        if verdict != "ok":
            if verdict == "warn":
                text = self._texts(language or self.settings.default_language, "slow_down")
                await self._delivery.send_text(chat_id, text, private=True)
            return
        if (incoming.action == "officer"
                and incoming.officer_user_id in self.settings.telegram.officer_ids):
            await self._officer(chat_id, incoming)
            return
        # Anyone else sending /stats or /export gets exactly what any unknown command gets.
        if inbound.payload and inbound.payload.startswith(TOKEN_PREFIX):
            long = await self._delivery.long_payload(chat_id, inbound.payload)
            inbound = Inbound(inbound.channel, inbound.user, payload=long or inbound.payload,
                              language_hint=inbound.language_hint)
        await self._answer(chat_id, inbound, private=True, keyboard=keyboard)

    async def _answer(self, chat_id: int, inbound: Inbound, *, private: bool,
                      keyboard: dict[str, Any] | None = None) -> None:
        assert self._handle is not None, "start() or routes() gives the channel its handler"
        try:
            replies = list(await self._handle(inbound))
        except Exception as exc:
            metrics.ERRORS.labels(self.name, "engine").inc()
            log.error("Telegram: the engine failed (%s)", type(exc).__name__)
            replies = list(self._fallback(inbound.language_hint))
        delivered = await self._delivery.deliver(chat_id, replies, private=private,
                                                 language=inbound.language_hint,
                                                 keyboard=keyboard)
        if replies and not delivered:
            raise _Unanswered

    async def _officer(self, chat_id: int, incoming: Incoming) -> None:
        language = (incoming.inbound.language_hint if incoming.inbound else None) \
            or self.settings.default_language
        answer = await officer_answer_async(self.settings, incoming.officer_command or "",
                                            language, self._clock(), self._texts)
        if answer.document is not None and answer.filename:
            await self._delivery.send_document(chat_id, answer.document, answer.filename,
                                               answer.text)
        else:
            await self._delivery.send_text(chat_id, answer.text, private=True)

    # ---- helpers -----------------------------------------------------------------------------
    @property
    def _bot(self) -> Any:
        assert self._app is not None
        return self._app.bot

    async def _call(self, stage: str, call: Callable[[], Any]) -> Any:
        return await with_retries(call, stage=stage, base_delay=self._retry_delay)


class _Unanswered(Exception):
    """No message of a turn's answer reached Telegram."""


def parse_update(body: bytes, bot: Any) -> Update | None:
    """The update in a webhook body, or None (→ 400) for anything else: bounded JSON first, then
    python-telegram-bot's parsing, whose library errors (a `"date": 1e21` overflows datetime)
    are one log line by kind, never a traceback quoting the update."""
    try:
        data = safe_json.loads(body, max_bytes=MAX_BODY, max_depth=MAX_DEPTH)
    except safe_json.JsonRejected as exc:
        log.warning("Telegram webhook: unreadable body (%s)", exc.reason)
        return None
    update_id = data.get("update_id") if isinstance(data, dict) else None
    if isinstance(update_id, bool) or not isinstance(update_id, int) or not 0 <= update_id < 2**53:
        log.warning("Telegram webhook: not an update")
        return None
    if not update_ok(data):
        metrics.PLATFORM_EVENTS_IGNORED.labels("telegram", "malformed").inc()
        log.warning("Telegram webhook: malformed update (field types)")
        return None
    try:
        update = Update.de_json(data, bot)
    except Exception as exc:
        metrics.PLATFORM_EVENTS_IGNORED.labels("telegram", "malformed").inc()
        log.warning("Telegram webhook: malformed update (%s)", type(exc).__name__)
        return None
    return update if update is not None and isinstance(update.update_id, int) else None


OFF_TOKEN = ("Telegram is off: set the environment variable {env} "
             "(named by [telegram] token_env)")
OFF_SECRET = ("Telegram webhook is off: set the environment variable {env} "
              "(named by [telegram] secret_token_env), or use --telegram-polling")


def from_runtime(runtime: Any, options: dict[str, Any]) -> tuple[Channel | None, str]:
    """The server's factory: the channel, or None and the one line saying what to set."""
    settings: Settings = runtime.settings
    token = settings.secret(settings.telegram.token_env)
    if not token:
        return None, OFF_TOKEN.format(env=settings.telegram.token_env)
    polling = bool(options.get("telegram_polling"))
    secret = settings.secret(settings.telegram.secret_token_env)
    if not polling and not secret:
        return None, OFF_SECRET.format(env=settings.telegram.secret_token_env)
    channel = TelegramChannel(settings, runtime.sessions, token, runtime.content.t,
                              polling=polling, secret=secret,
                              fallback=getattr(runtime, "fallback", None))
    return channel, ""
