"""Telegram updates → `Inbound`, `Reply` → what to send. Pure functions, no network.

Kept apart from the adapter so that the whole mapping can be tested on recorded update payloads
without a bot, and so that the adapter stays about lifecycle and delivery only.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from telegram import BotCommand, Message, Update

from bot.channels.base import Texts, hint_language, utf16_len
from bot.channels.base import split_text as base_split
from bot.core.commands import canonical
from bot.core.messages import Button, Inbound, Location, Reply

CHANNEL = "telegram"
MAX_TEXT = 4096            # Telegram's limit, counted in UTF-16 code units
MAX_CALLBACK_BYTES = 64    # Telegram's limit for callback_data
MAX_BUTTONS = 100          # Telegram's limit of buttons in one inline keyboard
TOKEN_PREFIX = "~t:"       # callback_data that stands for a longer payload kept in the session

OFFICER_COMMANDS = ("stats", "export")
_DIGIT_RUN = re.compile(r"\d[\d .\-]*")   # a phone number as written: "0292 3812"
_SEPARATORS = re.compile(r"[ .\-]")

# The commands menu (setMyCommands), per language: short, and not alarming on a shared screen.
# Which commands, in which order; what each is called is `command_menu.<name>` in ui.yml.
MENU: dict[str, tuple[str, ...]] = {
    "vi": ("start", "help", "111", "near", "tips", "lang", "privacy", "xoa"),
    "en": ("start", "help", "111", "near", "tips", "lang", "privacy", "clear"),
}

# Media kinds that get the engine's short friendly answer instead of being read.
MEDIA_ATTRIBUTES = ("sticker", "photo", "voice", "video", "video_note", "audio", "document",
                    "animation", "contact", "poll", "dice", "game", "story")


def menu_commands(language: str, texts: Texts) -> list[BotCommand]:
    return [BotCommand(name, texts(language, f"command_menu.{name}")) for name in MENU[language]]


# Telegram's IETF tag ("vi", "en-US") → "vi"/"en", or None when it tells us nothing.
language_hint = hint_language


@dataclass(frozen=True)
class Incoming:
    """What an update asks of the adapter.

    `action` is one of: "inbound" (give `inbound` to the engine), "officer" (`officer_command`
    from `officer_user_id`, checked by the adapter), "ignore".
    `chat_id` is the chat to answer; `message_id` is the person's message to remember for a
    quick exit (None for callbacks); `callback_id` is a callback query to answer.
    """

    action: str
    chat_id: int | None = None
    private: bool = True
    inbound: Inbound | None = None
    message_id: int | None = None
    callback_id: str | None = None
    officer_command: str | None = None
    officer_user_id: int | None = None
    tapped_message_id: int | None = None
    reason: str = ""


def parse_command(message: Message) -> tuple[str, str] | None:
    """("name", "args") when the message starts with a bot command, else None."""
    text = message.text or ""
    entities = message.entities or ()
    if not text.startswith("/") or not any(e.type == "bot_command" and e.offset == 0
                                           for e in entities):
        return None
    head, _, args = text.partition(" ")
    name = head[1:].split("@", 1)[0].lower()
    return name, args.strip()


def to_incoming(update: Update, keyboard_labels: dict[str, str] | None = None) -> Incoming:
    """Decide what one update means. `keyboard_labels` maps the labels of the reply keyboard last
    offered in this chat to their payloads (a tap on a reply-keyboard button arrives as text)."""
    if update.callback_query is not None:
        return _callback(update)
    message = update.message
    if message is None:
        kind = ("edited" if update.edited_message or update.edited_channel_post
                else "other")
        return Incoming("ignore", reason=kind)
    chat = message.chat
    user = message.from_user
    hint = language_hint(user.language_code if user else None)
    if chat.type in ("group", "supergroup"):
        if user is None or user.is_bot or not _says_something(message):
            return Incoming("ignore", chat_id=chat.id, private=False, reason="group_service")
        return Incoming("inbound", chat_id=chat.id, private=False,
                        inbound=Inbound(CHANNEL, str(chat.id), command="group",
                                        language_hint=hint))
    if chat.type != "private" or user is None or user.is_bot:
        return Incoming("ignore", chat_id=chat.id, private=False, reason="channel_post")

    def inbound(**kwargs: object) -> Incoming:
        return Incoming("inbound", chat_id=chat.id, message_id=message.message_id,
                        inbound=Inbound(CHANNEL, str(chat.id), language_hint=hint,
                                        **kwargs))  # type: ignore[arg-type]

    command = parse_command(message)
    if command is not None:
        name, args = command
        if name in OFFICER_COMMANDS:
            return Incoming("officer", chat_id=chat.id, message_id=message.message_id,
                            officer_command=name, officer_user_id=user.id,
                            inbound=Inbound(CHANNEL, str(chat.id), command=name,
                                            language_hint=hint))
        # Words after a command ("/help tôi bị đánh") go to the engine too: they are read for
        # danger like any message. /start's argument is a deep-link code, not words.
        words = args if args and name != "start" else None
        return inbound(command=canonical(name), text=words)
    if message.location is not None:
        return inbound(location=Location(message.location.latitude, message.location.longitude))
    if message.text is not None:
        label = message.text.strip()
        if keyboard_labels and label in keyboard_labels:
            return inbound(payload=keyboard_labels[label])
        return inbound(text=message.text)
    if message.caption and message.caption.strip():
        # The picture is not looked at, but the words typed with it are read like any text:
        # "cứu em" under a photo must get the emergency numbers first.
        return inbound(text=message.caption)
    if any(getattr(message, attr, None) for attr in MEDIA_ATTRIBUTES):
        return inbound(command="media")
    return Incoming("ignore", chat_id=chat.id, message_id=message.message_id, reason="service")


def _says_something(message: Message) -> bool:
    return bool(message.text or message.caption or message.location
                or any(getattr(message, attr, None) for attr in MEDIA_ATTRIBUTES))


def _callback(update: Update) -> Incoming:
    query = update.callback_query
    assert query is not None
    message = query.message
    chat_id = message.chat.id if message is not None else query.from_user.id
    private = message is None or message.chat.type == "private"
    hint = language_hint(query.from_user.language_code)
    if not private:
        return Incoming("ignore", chat_id=chat_id, private=False, callback_id=query.id,
                        reason="group_callback")
    if not query.data:
        return Incoming("ignore", chat_id=chat_id, callback_id=query.id, reason="no_data")
    return Incoming("inbound", chat_id=chat_id, callback_id=query.id,
                    tapped_message_id=message.message_id if message is not None else None,
                    inbound=Inbound(CHANNEL, str(chat_id), payload=query.data,
                                    language_hint=hint))


# ---- replies ---------------------------------------------------------------------------------

# A keyboard as the Bot API's JSON object ({"inline_keyboard": [[{"text", "callback_data"}]]},
# {"keyboard": …}, {"remove_keyboard": true}), sent as it is: PTB's InlineKeyboardMarkup and
# friends are frozen objects turned back into these dicts on every call, ~75 µs of CPU for a
# five-button menu, most of a sendMessage's own cost (issue 17).
Markup = dict[str, Any]
REMOVE_KEYBOARD: Markup = {"remove_keyboard": True}


def inline_button(label: str, *, callback_data: str | None = None,
                  url: str | None = None) -> dict[str, str]:
    """An InlineKeyboardButton: a tap sending `callback_data`, or a link."""
    if url is not None:
        return {"text": label, "url": url}
    return {"text": label, "callback_data": callback_data or ""}


@dataclass
class Outgoing:
    """One sendMessage call: text plus, at most, one markup."""

    text: str
    inline: Markup | None = None
    keyboard: Markup | None = None
    keyboard_labels: dict[str, str] = field(default_factory=dict)
    long_payloads: dict[str, str] = field(default_factory=dict)


def split_text(text: str, limit: int = MAX_TEXT) -> list[str]:
    """Pieces of at most `limit` UTF-16 units (Telegram's measure), cut at a break if possible."""
    return base_split(text, limit, utf16_len)


def callback_data(payload: str, make_token: Callable[[], str]) -> str:
    """The payload itself when it fits Telegram's 64 bytes, else a short token for it."""
    if len(payload.encode()) <= MAX_CALLBACK_BYTES and not payload.startswith(TOKEN_PREFIX):
        return payload
    return TOKEN_PREFIX + make_token()


def phones_as_text(reply: Reply) -> Reply:
    """A reply whose only buttons dial numbers, as the text Telegram shows for it anyway (phone
    buttons become text lines): such a reply joins the replies around it in one message instead
    of ending one (base.join_replies ends a message at any button)."""
    if not reply.buttons or reply.request_location or reply.forget or \
            any(b.kind != "phone" for b in reply.buttons):
        return reply
    return Reply(_with_phone_lines(reply), language=reply.language)


def _with_phone_lines(reply: Reply) -> str:
    lines = [reply.text] if reply.text else []
    # A number the text already shows is not repeated: the button's only job was to dial it.
    shown = _digits(reply.text)
    phone_lines = [_phone_line(b.label, b.value or "") for b in reply.buttons
                   if b.kind == "phone" and not (b.value and _digits(b.value) in shown)]
    if phone_lines:
        lines.append("\n".join(phone_lines))
    return "\n\n".join(lines)


def to_outgoing(reply: Reply, *, skip_label: str, location_label: str,
                make_token: Callable[[], str]) -> list[Outgoing]:
    """A reply as one or more sendMessage calls. Phone buttons become text lines (Telegram has
    no tel: links); choice buttons an inline keyboard; url buttons inline url buttons; a location
    request a reply keyboard with the location button, the reply's choices and a skip option."""
    text = _with_phone_lines(reply) or "…"
    pieces = split_text(text)
    last = Outgoing(pieces[-1])
    choices = [b for b in reply.buttons if b.kind == "choice"]
    urls = [b for b in reply.buttons if b.kind == "url" and b.value]
    if reply.request_location:
        rows: list[list[dict[str, Any]]] = [
            [{"text": _location_label(choices, location_label), "request_location": True}]]
        labels: dict[str, str] = {}
        for button in choices:
            if _is_location_button(button.payload):
                continue
            rows.append([{"text": button.label}])
            labels[button.label.strip()] = button.payload
        if not any(_is_skip(b.payload) for b in choices):
            rows.append([{"text": skip_label}])
            labels[skip_label] = _skip_payload(choices)
        last.keyboard = {"keyboard": rows, "resize_keyboard": True, "one_time_keyboard": True}
        last.keyboard_labels = labels
        if urls:
            last.text += "\n\n" + "\n".join(f"{b.label}: {b.value}" for b in urls)
    elif choices or urls:
        inline: list[dict[str, str]] = []
        for button in choices:
            data = callback_data(button.payload, make_token)
            if data != button.payload:
                last.long_payloads[data] = button.payload
            inline.append(inline_button(button.label, callback_data=data))
        inline += [inline_button(b.label, url=b.value) for b in urls]
        groups = [inline[i:i + MAX_BUTTONS] for i in range(0, len(inline), MAX_BUTTONS)]
        last.inline = {"inline_keyboard": layout(groups[0])}
        # Telegram refuses a keyboard of more than 100 buttons (e.g. all 103 wards): the rest
        # follow in messages that repeat the question.
        question = (reply.text.strip().splitlines() or ["…"])[-1][:200]
        extra = [Outgoing(question, inline={"inline_keyboard": layout(g)}) for g in groups[1:]]
        return [Outgoing(piece) for piece in pieces[:-1]] + [last, *extra]
    return [Outgoing(piece) for piece in pieces[:-1]] + [last]


def layout(buttons: list[dict[str, str]]) -> list[list[dict[str, str]]]:
    """One button per row, or two or three per row when there are many short labels (a list of
    wards), so that the keyboard fits on a phone screen."""
    longest = max((len(b["text"]) for b in buttons), default=0)
    per_row = 3 if len(buttons) > 8 and longest <= 14 else 2 if len(buttons) > 8 and longest <= 22 \
        else 1
    return [buttons[i:i + per_row] for i in range(0, len(buttons), per_row)]


def _digits(text: str) -> str:
    """Digits with separators dropped, each run padded so "113" never matches inside "1113".
    A run starts at a digit and goes on over digits and the separators " .-" ("0292 3812",
    "1800-1567"); one regex scan, not a loop over every character of the reply."""
    runs = (_SEPARATORS.sub("", run) for run in _DIGIT_RUN.findall(text))
    return "|" + "|".join(run for run in runs if run) + "|"


def _phone_line(label: str, number: str) -> str:
    return label if not number or number in label else f"{label}: {number}"


def _is_location_button(payload: str) -> bool:
    """The engine's "share my location" choice (e.g. "s:loc"): on Telegram it becomes the
    keyboard button that sends the location itself."""
    lowered = payload.lower()
    return lowered in ("loc", "location", "share_location") or lowered.endswith(":loc")


def _skip_payload(choices: list[Button]) -> str:
    """"s:loc" → "s:skip": the skip of the flow that asked (the engine's payload convention)."""
    for button in choices:
        if _is_location_button(button.payload) and ":" in button.payload:
            return button.payload.rsplit(":", 1)[0] + ":skip"
    return "skip"


def _is_skip(payload: str) -> bool:
    return "skip" in payload.lower()


def _location_label(choices: list[Button], fallback: str) -> str:
    for button in choices:
        if _is_location_button(button.payload):
            return button.label
    return "📍 " + fallback
