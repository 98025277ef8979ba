"""Sending one message body to Zalo OA, and deciding what each failure means.

`POST {api_base_url}/v3.0/oa/message/cs` with header `access_token` and a JSON body (chatwoot
`app/models/channel/zalo_oa.rb#send_message_cs`). Zalo answers HTTP 200 with
`{"error": 0, "message": "Success", "data": {...}}`, or a negative `error`:

- -216 / -220: access token invalid / expired → refresh once and send again (chatwoot's
  `send_on_zalo_service.rb` refreshes on -216; -220 is from the issue text);
- -230 / -232: the person has not interacted with the OA within the window Zalo allows for
  consultation messages (-230 = "not interacted in the past 7 days", per khoicodedao/Poto_platform
  `docs/FIX_ERROR_230.md`; -232 from the issue text) → nothing we can do; count it;
- -32: rate limit (issue text) → wait and retry a bounded number of times;
- anything else: log the code and give up on this message.
HTTP 5xx/429 and network errors are retried with the same bounded backoff.

Logs here never contain the recipient id or the text: only codes and outcome words.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from bot import metrics
from bot.channels.zalo.tokens import TokenError, TokenManager

log = logging.getLogger(__name__)

SEND_PATH = "/v3.0/oa/message/cs"
TOKEN_ERRORS = (-216, -220)
WINDOW_ERRORS = (-230, -232)
RATE_LIMIT = -32

Sleep = Callable[[float], Awaitable[None]]


class ZaloClient:
    """Posts message bodies; never raises for a platform or network failure, returns an outcome."""

    def __init__(self, http: httpx.AsyncClient, tokens: TokenManager, *, api_base_url: str,
                 max_attempts: int = 4, backoff: float = 1.0, max_backoff: float = 30.0,
                 sleep: Sleep = asyncio.sleep):
        self._http = http
        self._tokens = tokens
        self._url = api_base_url.rstrip("/") + SEND_PATH
        self.max_attempts, self.backoff, self.max_backoff = max_attempts, backoff, max_backoff
        self._sleep = sleep

    def _delay(self, attempt: int) -> float:
        return min(self.backoff * (2 ** attempt), self.max_backoff)

    async def send(self, body: dict[str, Any]) -> str:
        """Send one body. Returns "sent", "outside_window", "rate_limited", "token", "network" or
        "error"; the non-"sent" outcomes are counted in `companion_errors_total`."""
        refreshed = False
        attempt = 0
        while True:
            try:
                token = await self._tokens.access_token()
            except TokenError as exc:
                return self._fail("token", f"cannot send: {exc}")
            try:
                response = await self._http.post(self._url, headers={"access_token": token},
                                                 json=body)
            except httpx.TransportError as exc:
                if attempt + 1 >= self.max_attempts:
                    return self._fail("network", f"network error ({type(exc).__name__}), gave up")
                await self._sleep(self._delay(attempt))
                attempt += 1
                continue
            if response.status_code >= 500 or response.status_code == 429:
                if attempt + 1 >= self.max_attempts:
                    return self._fail("network", f"HTTP {response.status_code}, gave up")
                await self._sleep(self._delay(attempt))
                attempt += 1
                continue
            code = _error_code(response)
            if code == 0:
                return "sent"
            if code in TOKEN_ERRORS and not refreshed:
                refreshed = True
                try:
                    await self._tokens.refresh(stale=token)
                except TokenError as exc:
                    return self._fail("token", f"error {code} and refresh failed: {exc}")
                continue
            if code in WINDOW_ERRORS:
                return self._fail("outside_window",
                                  f"error {code}: recipient outside Zalo's interaction window")
            if code == RATE_LIMIT:
                if attempt + 1 >= self.max_attempts:
                    return self._fail("rate_limited", "error -32 (rate limit), gave up")
                await self._sleep(self._delay(attempt))
                attempt += 1
                continue
            return self._fail("error", f"Zalo answered error {code} (HTTP {response.status_code})")

    @staticmethod
    def _fail(stage: str, message: str) -> str:
        metrics.ERRORS.labels("zalo", f"send_{stage}").inc()
        log.warning("zalo send: %s", message)
        return stage


def _error_code(response: httpx.Response) -> int | None:
    try:
        data = response.json()
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    code = data.get("error")
    if isinstance(code, int) and not isinstance(code, bool):
        return code
    if isinstance(code, str):
        try:
            return int(code)
        except ValueError:
            return None
    return None
