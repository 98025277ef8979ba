"""A fake Telegram Bot API server on 127.0.0.1 that speaks real HTTP, and fresh updates made from
recorded payloads (payloads/telegram/*.json), for the Telegram channel's tests and benchmarks.

python-telegram-bot is pointed at it with `base_url`, so every request goes through PTB's real
request code (form or multipart encoding, JSON responses, error mapping) and arrives here as it
would at api.telegram.org. The server records each call (method and decoded parameters),
answers in the Bot API's response shapes, gives out message ids per chat, queues updates for
getUpdates (long polling), and can be told to fail the next calls of a method.
"""

from __future__ import annotations

import asyncio
import copy
import itertools
import json
import time
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from bot.testing.loopback import AsgiLoopback, Call

PAYLOADS = Path(__file__).parent / "payloads" / "telegram"
TOKEN = "7000000001:AAHx9-fAkE_T0kEn-NeVeR-LoGgEd-4f8c2b1d"
SECRET = "s3cret-Webhook_token-for-tests"
PERSON_ID = 5012345678
BOT_ID = 7000000001
BOT_USERNAME = "companion_test_bot"
# Parameters that stay strings; PTB JSON-encodes every other non-string value.
TEXT_FIELDS = {"text", "caption", "secret_token", "url", "callback_query_id", "language_code",
               "parse_mode", "ip_address"}
_update_ids = itertools.count(800000001)

__all__ = ["BOT_ID", "BOT_USERNAME", "PAYLOADS", "PERSON_ID", "SECRET", "TOKEN", "Call",
           "FakeBotApi", "Updates", "payload"]


class FakeBotApi(AsgiLoopback):
    """Start with `start()` (or as a context manager); `base_url` is what PTB needs."""

    name = "fake Bot API"

    def __init__(self, token: str = TOKEN):
        super().__init__()
        self.token = token
        self.deleted: dict[int, list[int]] = {}
        self.bot_message_ids: dict[int, list[int]] = {}
        self.webhook: dict[str, Any] = {}
        self._updates: list[dict[str, Any]] = []
        self._failures: dict[str, list[tuple[int, dict[str, Any]]]] = {}
        self._next_id: dict[int, itertools.count] = {}

    def app(self) -> Starlette:
        return Starlette(routes=[Route("/bot{token}/{method}", self._endpoint,
                                       methods=["GET", "POST"])])

    @property
    def base_url(self) -> str:
        """Without the "/bot" suffix, as in config's `[telegram] api_base_url`."""
        return super().base_url

    # ---- test controls -----------------------------------------------------------------------
    def push_update(self, update: dict[str, Any]) -> None:
        with self.lock:
            self._updates.append(update)

    def fail_next(self, method: str, times: int = 1, status: int = 502,
                  parameters: dict[str, Any] | None = None) -> None:
        """The next `times` calls of `method` answer with HTTP `status` (502 → NetworkError,
        429 with parameters={"retry_after": n} → RetryAfter)."""
        with self.lock:
            self._failures.setdefault(method, []).extend([(status, parameters or {})] * times)

    def sent_texts(self, chat_id: int | None = None) -> list[str]:
        return [c.params.get("text", "") for c in self.calls_of("sendMessage")
                if chat_id is None or c.params.get("chat_id") == chat_id]

    def new_message_id(self, chat_id: int) -> int:
        """Message ids are per chat and increase, as on Telegram; the person's messages in the
        test payloads take ids from the same counter, so ids never collide."""
        with self.lock:
            counter = self._next_id.setdefault(chat_id, itertools.count(1))
            return next(counter)

    async def webhook_answered(self, body: bytes) -> None:
        """What Telegram does with a webhook's answer: a JSON object naming a `method` is run
        as a Bot API call (recorded like any other); anything else is ignored."""
        try:
            data = json.loads(body) if body else None
        except ValueError:
            return
        if not isinstance(data, dict) or not isinstance(data.get("method"), str):
            return
        params = {k: v for k, v in data.items() if k != "method"}
        self.record(Call(data["method"], params, {}, {}))
        handler = getattr(self, f"_m_{data['method']}", None)
        if handler is not None:
            await handler(params)

    # ---- the endpoint ------------------------------------------------------------------------
    async def _endpoint(self, request: Request) -> JSONResponse:
        if request.path_params["token"] != self.token:
            return _error(401, "Unauthorized")
        method = request.path_params["method"]
        params, files, filenames = await _read_params(request)
        self.record(Call(method, params, files, filenames))
        with self.lock:
            failures = self._failures.get(method)
            failure = failures.pop(0) if failures else None
        if failure is not None:
            status, extra = failure
            return _error(status, "Bad Gateway" if status == 502 else "Too Many Requests", extra)
        handler = getattr(self, f"_m_{method}", None)
        if handler is None:
            return _error(404, "Not Found: method not found")
        result = await handler(params)
        if isinstance(result, JSONResponse):
            return result
        return JSONResponse({"ok": True, "result": result})

    async def _m_getMe(self, params: dict[str, Any]) -> Any:
        return {"id": BOT_ID, "is_bot": True, "first_name": "Companion",
                "username": BOT_USERNAME, "can_join_groups": True,
                "can_read_all_group_messages": False, "supports_inline_queries": False}

    async def _m_sendMessage(self, params: dict[str, Any]) -> Any:
        chat_id = int(params["chat_id"])
        if len(params.get("text", "").encode("utf-16-le")) // 2 > 4096:
            return _error(400, "Bad Request: message is too long")
        if not params.get("text", "").strip():
            return _error(400, "Bad Request: message text is empty")
        keyboard = (params.get("reply_markup") or {}).get("inline_keyboard", [])
        if sum(len(row) for row in keyboard) > 100:
            return _error(400, "Bad Request: BUTTONS_TOO_MUCH")
        for row in keyboard:
            for button in row:
                if len(button.get("callback_data", "").encode()) > 64:
                    return _error(400, "Bad Request: BUTTON_DATA_INVALID")
        return self._message(chat_id, text=params.get("text", ""))

    async def _m_sendDocument(self, params: dict[str, Any]) -> Any:
        chat_id = int(params["chat_id"])
        return self._message(chat_id, document={"file_id": "F1", "file_unique_id": "U1",
                                                "file_name": "export"})

    def _message(self, chat_id: int, **extra: Any) -> dict[str, Any]:
        message_id = self.new_message_id(chat_id)
        with self.lock:
            self.bot_message_ids.setdefault(chat_id, []).append(message_id)
        return {"message_id": message_id, "date": int(time.time()),
                "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"},
                "from": {"id": BOT_ID, "is_bot": True, "first_name": "Companion",
                         "username": BOT_USERNAME}, **extra}

    async def _m_deleteMessages(self, params: dict[str, Any]) -> Any:
        ids = params.get("message_ids", [])
        if not 1 <= len(ids) <= 100:
            return _error(400, "Bad Request: message_ids must contain 1-100 ids")
        with self.lock:
            self.deleted.setdefault(int(params["chat_id"]), []).extend(ids)
        return True

    async def _m_deleteMessage(self, params: dict[str, Any]) -> Any:
        with self.lock:
            self.deleted.setdefault(int(params["chat_id"]), []).append(int(params["message_id"]))
        return True

    async def _m_answerCallbackQuery(self, params: dict[str, Any]) -> Any:
        return True

    async def _m_setMyCommands(self, params: dict[str, Any]) -> Any:
        return True

    async def _m_deleteMyCommands(self, params: dict[str, Any]) -> Any:
        return True

    async def _m_setWebhook(self, params: dict[str, Any]) -> Any:
        self.webhook = dict(params)
        return True

    async def _m_deleteWebhook(self, params: dict[str, Any]) -> Any:
        self.webhook = {}
        return True

    async def _m_getWebhookInfo(self, params: dict[str, Any]) -> Any:
        return {"url": self.webhook.get("url", ""), "has_custom_certificate": False,
                "pending_update_count": 0}

    async def _m_editMessageReplyMarkup(self, params: dict[str, Any]) -> Any:
        return True

    async def _m_sendChatAction(self, params: dict[str, Any]) -> Any:
        return True

    async def _m_getUpdates(self, params: dict[str, Any]) -> Any:
        offset = int(params.get("offset", 0) or 0)
        timeout = float(params.get("timeout", 0) or 0)
        deadline = time.monotonic() + min(timeout, 5.0)
        while True:
            with self.lock:
                if offset:
                    self._updates = [u for u in self._updates if u["update_id"] >= offset]
                ready = list(self._updates)
            if ready or time.monotonic() >= deadline:
                return ready
            await asyncio.sleep(0.02)


async def _read_params(request: Request) -> tuple[dict[str, Any], dict[str, bytes], dict[str, str]]:
    params: dict[str, Any] = dict(request.query_params)
    files: dict[str, bytes] = {}
    filenames: dict[str, str] = {}
    ctype = request.headers.get("content-type", "")
    if ctype.startswith("application/json"):
        body = await request.body()
        params.update(json.loads(body) if body else {})
        return params, files, filenames
    if ctype.startswith(("multipart/form-data", "application/x-www-form-urlencoded")):
        form = await request.form()
        for key, value in form.multi_items():
            if hasattr(value, "read"):
                files[key] = await value.read()
                filenames[key] = value.filename or ""
            else:
                params[key] = _decode(key, value)
    return params, files, filenames


def _decode(key: str, value: str) -> Any:
    if key in TEXT_FIELDS:
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value


def _error(status: int, description: str, parameters: dict[str, Any] | None = None
           ) -> JSONResponse:
    body: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
    if parameters:
        body["parameters"] = parameters
    return JSONResponse(body, status_code=status)


# ---- updates as Telegram would send them -------------------------------------------------------
def payload(name: str) -> dict[str, Any]:
    """A recorded update, as it was (`payloads/telegram/<name>`, name with `.json`)."""
    return json.loads((PAYLOADS / name).read_text(encoding="utf-8"))


class Updates:
    """Recorded payloads made fresh: a new update_id, message ids from the fake server's
    per-chat counter, and the chat, person and text a test asks for."""

    def __init__(self, api: FakeBotApi):
        self.api = api

    def make(self, name: str, *, chat_id: int = PERSON_ID, user_id: int | None = None,
             text: str | None = None, data: str | None = None,
             language: str | None = None) -> dict[str, Any]:
        update = copy.deepcopy(payload(name))
        update["update_id"] = next(_update_ids)
        body = (update.get("message") or update.get("edited_message")
                or update.get("callback_query"))
        message = body.get("message", body) if "callback_query" in update else body
        sender = body["from"]
        if chat_id != PERSON_ID or message["chat"]["type"] == "private":
            message["chat"]["id"] = chat_id
        sender["id"] = user_id or (chat_id if chat_id > 0 else PERSON_ID)
        if language is not None:
            sender["language_code"] = language
        if "callback_query" not in update:
            message["message_id"] = self.api.new_message_id(message["chat"]["id"])
        if text is not None:
            message["text"] = text
            if text.startswith("/"):
                length = len(text.split(" ", 1)[0])
                message["entities"] = [{"offset": 0, "length": length, "type": "bot_command"}]
            else:
                message.pop("entities", None)
        if data is not None:
            body["data"] = data
        return update

    def text(self, text: str, **kwargs: Any) -> dict[str, Any]:
        return self.make("private_text.json", text=text, **kwargs)

    def button(self, data: str, **kwargs: Any) -> dict[str, Any]:
        return self.make("callback_query.json", data=data, **kwargs)
