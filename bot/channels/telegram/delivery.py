"""Replies → Bot API calls, and the little per-chat state that goes with them.

The state is what Telegram forces on a channel and nothing more, all in the session store under
opaque keys: the ids of the chat's messages (for the quick exit, 48 hours), the labels of the
reply keyboard on screen (a tap on one arrives as plain text), and tokens for button payloads
longer than Telegram's 64 bytes. The quick exit deletes the messages and forgets all three.
"""

from __future__ import annotations

import logging
import secrets
import warnings
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from telegram.warnings import PTBUserWarning

from bot.channels.base import join_replies, reply_language, utf16_len
from bot.channels.telegram.mapping import (
    MAX_TEXT,
    REMOVE_KEYBOARD,
    phones_as_text,
    to_outgoing,
)
from bot.channels.telegram.quickexit import MessageLog, erase_chat
from bot.config import Settings
from bot.core.messages import Reply
from bot.sessions import SessionStore, from_loop, session_key

log = logging.getLogger(__name__)

Call = Callable[[str, Callable[[], Any]], Awaitable[Any]]   # (stage, Bot API call) with retries
KEEP_TOKENS = 50
# `send_message` and the tap's keyboard edit call `Bot.do_api_request` on purpose (their answers
# are not parsed into objects); python-telegram-bot warns on every such call of a method it has.
warnings.filterwarnings("ignore", message=r"Please use 'Bot\.(sendMessage|editMessageReplyMarkup)'",
                        category=PTBUserWarning)


class Delivery:
    def __init__(self, settings: Settings, sessions: SessionStore, texts: Callable[..., str],
                 messages: MessageLog, bot: Callable[[], Any], call: Call):
        self.settings, self.sessions, self.messages = settings, sessions, messages
        self._texts, self._bot, self._call = texts, bot, call
        self._ttl = settings.sessions.ttl_minutes * 60

    async def keyboard_state(self, chat_id: int) -> dict[str, Any]:
        """The reply keyboard on screen ({"labels": label → payload}), or {} when none is. Read
        once per update: the labels map a tapped label to its payload, and `deliver` is given
        the same state to know whether a keyboard must be removed."""
        return await self._state(chat_id, "tgkbd")

    async def long_payload(self, chat_id: int, token: str) -> str | None:
        return (await self._state(chat_id, "tgcb")).get("tokens", {}).get(token)

    async def send_text(self, chat_id: int, text: str, *, private: bool) -> None:
        sent = await self._call("send", lambda: send_message(self._bot(), chat_id, text))
        if private and sent is not None:
            await self.messages.add(chat_id, [sent])

    async def send_document(self, chat_id: int, data: bytes, filename: str, caption: str) -> None:
        sent = await self._call("send_document", lambda: self._bot().send_document(
            chat_id, data, filename=filename, caption=caption))
        if sent is not None:
            await self.messages.add(chat_id, [sent.message_id])

    async def deliver(self, chat_id: int, replies: Sequence[Reply], *, private: bool,
                      language: str | None, keyboard: dict[str, Any] | None = None) -> int:
        """Send the replies; the number of messages Telegram accepted (0: nothing got through).
        `keyboard`: the chat's `keyboard_state` when the caller has just read it (under the
        chat's lock), else it is read here."""
        delivered = 0
        lang = language or self.settings.default_language
        # A reply keyboard (location request) stays on screen until a message removes it.
        if private and keyboard is None:
            keyboard = await self._state(chat_id, "tgkbd")
        keyboard_up = private and bool(keyboard)
        for reply in self._messages(replies, keyboard_up):
            if reply.forget:
                if private:
                    await self.quick_exit(chat_id)
                if await self._call("send", lambda r=reply: send_message(
                        self._bot(), chat_id, r.text, REMOVE_KEYBOARD)) is not None:
                    delivered += 1
                continue
            said = self._reply_language(reply, lang)
            for out in to_outgoing(reply, skip_label=self._texts(said, "skip"),
                                   location_label=self._texts(said, "share_location"),
                                   make_token=lambda: secrets.token_urlsafe(8)):
                markup = out.inline or out.keyboard
                if markup is None and keyboard_up:
                    markup, keyboard_up = REMOVE_KEYBOARD, False
                    await from_loop.delete(self.sessions,
                                           session_key("telegram", str(chat_id), namespace="tgkbd"))
                sent = await self._call("send", lambda o=out, m=markup: send_message(
                    self._bot(), chat_id, o.text, m))
                delivered += sent is not None
                if not private:
                    continue
                if sent is not None:
                    await self.messages.add(chat_id, [sent])
                if out.keyboard is not None:
                    keyboard_up = True
                    await self._save_state(chat_id, "tgkbd", {"labels": out.keyboard_labels})
                if out.long_payloads:
                    tokens = (await self._state(chat_id, "tgcb")).get("tokens", {})
                    tokens.update(out.long_payloads)
                    await self._save_state(chat_id, "tgcb",
                                           {"tokens": dict(list(tokens.items())[-KEEP_TOKENS:])})
        return delivered

    @staticmethod
    def _messages(replies: Sequence[Reply], keyboard_up: bool) -> list[Reply]:
        """One sendMessage per group of replies, not per reply (base.join_replies). A reply
        keyboard on screen is removed by a message without buttons (a message carries one
        markup): the replies before the first one with buttons stay a message of their own.
        Phone buttons are text lines on Telegram, so a reply with only those joins its
        neighbours instead of ending a message."""
        replies = [phones_as_text(r) for r in replies]
        if keyboard_up:
            first = next((i for i, r in enumerate(replies)
                          if r.buttons or r.request_location or r.forget), len(replies))
            if 0 < first < len(replies):
                return (join_replies(replies[:first], MAX_TEXT, utf16_len)
                        + join_replies(replies[first:], MAX_TEXT, utf16_len))
        return join_replies(replies, MAX_TEXT, utf16_len)

    def _reply_language(self, reply: Reply, fallback: str) -> str:
        """The language the engine is speaking, so that the keyboard's added labels match it."""
        return reply_language(reply, self._texts, ("share_location", "skip"), fallback)

    async def quick_exit(self, chat_id: int) -> None:
        """Delete this chat's messages (the person's and the bot's, under 48 h old) and forget
        every trace the channel keeps of it."""
        deleted = await erase_chat(chat_id, self.messages, lambda c, ids: self._call(
            "delete", lambda: self._bot().delete_messages(c, ids)))
        for namespace in ("tgkbd", "tgcb", "tgflood"):
            await from_loop.delete(self.sessions,
                                   session_key("telegram", str(chat_id), namespace=namespace))
        log.info("Telegram: quick exit, %d message(s) deleted", deleted)

    async def _state(self, chat_id: int, namespace: str) -> dict[str, Any]:
        key = session_key("telegram", str(chat_id), namespace=namespace)
        return await from_loop.get(self.sessions, key) or {}

    async def _save_state(self, chat_id: int, namespace: str, value: dict[str, Any]) -> None:
        key = session_key("telegram", str(chat_id), namespace=namespace)
        await from_loop.put(self.sessions, key, value, self._ttl)


async def send_message(bot: Any, chat_id: int, text: str, markup: Any = None) -> int | None:
    """sendMessage through python-telegram-bot (its request, its errors for the retries, its
    rate limiter), answered with the new message's id only: the one thing the channel keeps of
    a sent message (for the quick exit). Building the whole `Message` that `Bot.send_message`
    returns (text, entities, keyboard) only to throw it away cost about a tenth of the
    channel's CPU per update."""
    kwargs: dict[str, Any] = {"chat_id": chat_id, "text": text}
    if markup is not None:
        kwargs["reply_markup"] = markup
    result = await bot.do_api_request("sendMessage", api_kwargs=kwargs)
    message_id = result.get("message_id") if isinstance(result, dict) else None
    return message_id if isinstance(message_id, int) else None
