"""The Bot API transport: python-telegram-bot's `BaseRequest` on an aiohttp client session.

Why not PTB's default (`HTTPXRequest`): every Bot API call pays httpx's and httpcore's
per-request machinery (anyio cancel scopes, backend detection, cookie handling). Measured on the
fake Bot API over loopback, the event loop's CPU per `sendMessage` was 0.74 ms with httpx and
0.24 ms with aiohttp (C-accelerated HTTP parser, one connection pool), and the Telegram turn makes
1.2–1.7 such calls. PTB documents `BaseRequest` as the place for a custom networking backend; it
keeps everything above it: the status-code errors (`RetryAfter`, `Forbidden`, `BadRequest`…),
the JSON decoding and the rate limiter.

What this class owns is what `HTTPXRequest` owned: the timeouts (per call or the defaults given
here), turning a timeout into `TimedOut` and any other transport failure into `NetworkError`
(PTB's retry logic and ours read those), files as multipart, proxies from the environment
(`HTTPS_PROXY`, `NO_PROXY`, as httpx honoured them), and the connection pool's life
(`initialize`, `shutdown`). The proxy is read once per host, not through aiohttp's
`trust_env`, which reads the environment and ~/.netrc in a worker thread on every call (as
much CPU again as the call itself, measured).
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlsplit
from urllib.request import getproxies_environment, proxy_bypass_environment

import aiohttp
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

# The defaults PTB's builder gives HTTPXRequest when no timeout is set.
POOL_SIZE = 256
POOL_TIMEOUT = 1.0
MEDIA_WRITE_TIMEOUT = 20.0
_JSON = {"Content-Type": "application/json"}


def _given(value: Any, default: float | None) -> float | None:
    """The per-call timeout when one was given (a number, or None for no limit), else the
    default. PTB marks "not given" with a `DefaultValue` sentinel."""
    if value is None or isinstance(value, int | float):
        return value
    return default


class AiohttpRequest(BaseRequest):
    """One aiohttp session per instance, created by `initialize` on the running loop."""

    __slots__ = ("_connect", "_media_write", "_pool", "_pool_size", "_proxies", "_read",
                 "_session", "_write")

    def __init__(self, *, connection_pool_size: int = POOL_SIZE,
                 connect_timeout: float | None = 5.0, read_timeout: float | None = 5.0,
                 write_timeout: float | None = 5.0, pool_timeout: float | None = POOL_TIMEOUT,
                 media_write_timeout: float | None = MEDIA_WRITE_TIMEOUT):
        self._pool_size = connection_pool_size
        self._connect, self._read, self._write = connect_timeout, read_timeout, write_timeout
        self._pool, self._media_write = pool_timeout, media_write_timeout
        self._session: aiohttp.ClientSession | None = None
        self._proxies: dict[tuple[str, str], str | None] = {}

    @property
    def read_timeout(self) -> float | None:
        return self._read

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self._pool_size),
                headers={"User-Agent": self.USER_AGENT})

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()
        self._session = None

    def _proxy(self, url: str) -> str | None:
        """The environment's proxy for this URL's scheme and host, or None (NO_PROXY, none set)."""
        parts = urlsplit(url)
        key = (parts.scheme, parts.netloc)
        if key not in self._proxies:
            proxies = getproxies_environment()
            bypass = proxy_bypass_environment(parts.hostname or "", proxies)
            self._proxies[key] = None if bypass else proxies.get(parts.scheme)
        return self._proxies[key]

    def _timeout(self, read: Any, write: Any, connect: Any, pool: Any,
                 files: bool) -> aiohttp.ClientTimeout:
        """aiohttp has no write timeout: the whole call is bounded by the sum of the four, so a
        stalled upload cannot hold a turn for ever; reading and connecting keep their own."""
        read_s = _given(read, self._read)
        connect_s = _given(connect, self._connect)
        pool_s = _given(pool, self._pool)
        write_s = _given(write, self._media_write if files else self._write)
        parts = (read_s, connect_s, pool_s, write_s)
        total = None if any(p is None for p in parts) else sum(p for p in parts if p is not None)
        acquire = None if connect_s is None or pool_s is None else connect_s + pool_s
        return aiohttp.ClientTimeout(total=total, connect=acquire, sock_connect=connect_s,
                                     sock_read=read_s)

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         read_timeout: Any = BaseRequest.DEFAULT_NONE,
                         write_timeout: Any = BaseRequest.DEFAULT_NONE,
                         connect_timeout: Any = BaseRequest.DEFAULT_NONE,
                         pool_timeout: Any = BaseRequest.DEFAULT_NONE) -> tuple[int, bytes]:
        session = self._session
        if session is None or session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        files = request_data.multipart_data if request_data else None
        body: Any = None
        headers: dict[str, str] | None = None
        if files:
            form = aiohttp.FormData()
            for name, value in request_data.json_parameters.items():  # type: ignore[union-attr]
                form.add_field(name, value)
            for name, (filename, content, mimetype) in files.items():
                form.add_field(name, content, filename=filename, content_type=mimetype)
            body = form
        elif request_data:
            # A JSON body (the Bot API takes `application/json` for every call without a file),
            # made from PTB's `parameters`, the values in their JSON types (`reply_markup` an
            # object, `chat_id` a number). Not form-encoded as HTTPXRequest sends it:
            # `urlencode` percent-escapes every byte of Vietnamese text in pure Python, ~0.1 ms
            # of CPU per sendMessage (issue 17), where `json.dumps` is one C call.
            body = json.dumps(request_data.parameters, ensure_ascii=False,
                              separators=(",", ":")).encode()
            headers = _JSON
        timeout = self._timeout(read_timeout, write_timeout, connect_timeout, pool_timeout,
                                bool(files))
        try:
            async with session.request(method, url, data=body, headers=headers, timeout=timeout,
                                       proxy=self._proxy(url)) as response:
                return response.status, await response.read()
        except TimeoutError as exc:
            raise TimedOut from exc
        except aiohttp.ClientError as exc:
            # The class name says what failed when the message is empty; the URL's path holds
            # the token, so it never reaches the message (or a log line quoting it).
            text = str(exc).replace(urlsplit(url).path, "/<path>")
            raise NetworkError(f"aiohttp.{type(exc).__name__}: {text}") from exc
