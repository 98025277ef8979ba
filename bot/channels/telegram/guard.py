"""Robustness around the Telegram adapter: flood guard, retries with backoff, token redaction.

Telegram retries a webhook it thinks failed, networks drop, people (or scripts) send a hundred
messages a minute, and the bot token sits inside every Bot API URL that httpx and
python-telegram-bot like to log. Each of these is handled here so the adapter stays readable.
"""

from __future__ import annotations

import asyncio
import logging
import time
import warnings
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError

from bot import metrics
from bot.sessions import SessionStore, from_loop, session_key

log = logging.getLogger(__name__)
T = TypeVar("T")


class FloodGuard:
    """At most `max_messages` per person per `window` seconds, counted in the session store
    (so it holds across processes with Redis) under an opaque key that expires with the window."""

    def __init__(self, store: SessionStore, max_messages: int, window: int,
                 clock: Callable[[], float] = time.time):
        self._store = store
        self._max = max_messages
        self._window = window
        self._clock = clock

    async def check(self, chat_id: int) -> str:
        """"ok" to go on, "warn" the first time over the limit in a window, then "drop"."""
        key = session_key("telegram", str(chat_id), namespace="tgflood")
        now = self._clock()
        data = await from_loop.get(self._store, key) or {}
        start = float(data.get("t", now))
        if now - start >= self._window:
            start, data = now, {}
        count = int(data.get("n", 0)) + 1
        warned = bool(data.get("w", False))
        verdict = "ok"
        if count > self._max:
            verdict = "drop" if warned else "warn"
            warned = True
        remaining = max(1, int(start + self._window - now) + 1)
        await from_loop.put(self._store, key, {"t": start, "n": count, "w": warned}, remaining)
        return verdict


async def with_retries(call: Callable[[], Awaitable[T]], *, stage: str, attempts: int = 4,
                       base_delay: float = 0.5,
                       sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep) -> T | None:
    """Run one Bot API call; retry network errors and flood waits with exponential backoff.

    Never raises a TelegramError: a failed delivery is counted (companion_errors_total) and logged
    by kind only, and the bot goes on with the next person. Requests Telegram refused on purpose
    (bad request, blocked by the user) are not retried.
    """
    for attempt in range(attempts):
        try:
            return await call()
        except RetryAfter as exc:
            with warnings.catch_warnings():   # PTB 22 warns that the type will change
                warnings.simplefilter("ignore")
                wait = exc.retry_after
            delay = float(wait.total_seconds() if hasattr(wait, "total_seconds") else wait)
        except BadRequest as exc:        # a NetworkError subclass in PTB, but never transient
            metrics.ERRORS.labels("telegram", stage).inc()
            log.warning("Telegram %s refused: %s", stage, type(exc).__name__)
            return None
        except NetworkError as exc:
            delay = base_delay * (2 ** attempt)
            log.warning("Telegram %s: network error (%s), attempt %d of %d",
                        stage, type(exc).__name__, attempt + 1, attempts)
        except Forbidden:
            metrics.ERRORS.labels("telegram", stage).inc()
            log.info("Telegram %s: refused (the person blocked the bot or left)", stage)
            return None
        except TelegramError as exc:
            metrics.ERRORS.labels("telegram", stage).inc()
            log.warning("Telegram %s failed: %s", stage, type(exc).__name__)
            return None
        if attempt + 1 < attempts:
            await sleep(min(delay, 30.0))
    metrics.ERRORS.labels("telegram", stage).inc()
    log.error("Telegram %s: gave up after %d attempts", stage, attempts)
    return None


class LogGuard(logging.Filter):
    """Keeps the bot token and people's messages out of the logs of the Telegram libraries.

    The token is part of every Bot API URL: python-telegram-bot logs its base URL at debug level
    and httpx logs each request URL at info level; anyone holding the token can read the bot's
    chats. python-telegram-bot's debug records also carry every request's parameters and every
    update received (message texts, chat ids), and a few error records quote the raw update.
    So: the token becomes "<token>" in any record, debug records of `telegram.*` are dropped,
    and quoted payloads are cut off.
    """

    PAYLOAD_MARKERS = ("Received data was", "invalid JSON data")

    def __init__(self, token: str):
        super().__init__()
        self._token = token

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name.split(".")[0] == "telegram" and record.levelno < logging.INFO:
            return False
        try:
            message = record.getMessage()
        except Exception:
            message = str(record.msg)
        changed = False
        if self._token and self._token in message:
            message, changed = message.replace(self._token, "<token>"), True
        if record.name.split(".")[0] == "telegram":
            for marker in self.PAYLOAD_MARKERS:
                if marker in message:
                    message, changed = message[:message.index(marker)] + "(payload not logged)", True
        if changed:
            record.msg, record.args = message, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if self._token and record.exc_text and self._token in record.exc_text:
            record.exc_text = record.exc_text.replace(self._token, "<token>")
        return True


NOISY = ("httpx", "httpcore", "aiohttp")
LIBRARIES = ("telegram", "httpx", "httpcore", "aiohttp", "apscheduler", "aiolimiter")


def protect_logs(token: str) -> LogGuard:
    """Quieten httpx (it logs every URL at info level) and aiohttp (the Bot API transport), and
    attach the guard to every logger of the HTTP and Telegram libraries that exists now. Filters
    on a logger only see records created on that very logger, hence the walk over all of them."""
    redactor = LogGuard(token)
    for name in NOISY:
        logger = logging.getLogger(name)
        if logger.level == logging.NOTSET or logger.level < logging.WARNING:
            logger.setLevel(logging.WARNING)
    names = [n for n in logging.Logger.manager.loggerDict
             if n.split(".")[0] in LIBRARIES or n.startswith("bot.channels.telegram")]
    for name in set(names) | set(LIBRARIES):
        logger = logging.getLogger(name)
        if not any(isinstance(f, LogGuard) and f._token == token for f in logger.filters):
            logger.addFilter(redactor)
    return redactor
