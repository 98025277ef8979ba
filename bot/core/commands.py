"""The one command vocabulary: what a person may type after "/" on any channel, and the events a
channel sends by name, each → the engine's action.

Every channel takes its commands from here: the engine reads `Inbound.command` and typed "/…"
text with `action`; Telegram maps a bot command to its canonical `name`; the web chat accepts a
`{"command": …}` event when `action` knows it. So `/thoat`, `/meo` or `/dichvu` mean the same on
Telegram, Zalo, the web page and the terminal.
"""

from __future__ import annotations

# What a person types (lower case, without "/" and "@bot") → the action it asks for.
TYPED: dict[str, str] = {
    "start": "start", "batdau": "start",
    "help": "help", "trogiup": "help", "giup": "help",
    "menu": "menu",
    "hotline": "hotline", "111": "hotline", "sos": "hotline", "numbers": "hotline",
    "duongdaynong": "hotline",
    "near": "near", "services": "near", "gan": "near", "dichvu": "near",
    "tips": "tips", "learn": "tips", "timhieu": "tips", "meo": "tips", "camnang": "tips",
    "lang": "lang", "language": "lang", "ngonngu": "lang",
    "privacy": "privacy", "riengtu": "privacy",
    "xoa": "clear", "clear": "clear", "exit": "clear", "thoat": "clear",
}
# What a channel sends by name for an event that is not words: a picture or sticker, a message
# in a group chat.
EVENTS: dict[str, str] = {"media": "media", "group": "group"}
COMMANDS: dict[str, str] = {**TYPED, **EVENTS}
# The actions themselves, for a channel that lets its page ask for one by name.
ACTIONS: frozenset[str] = frozenset(TYPED.values())


def action(name: str) -> str | None:
    """The action of a command as typed ("/Thoat@bot", "meo") or sent by a channel; None when
    the vocabulary does not know it."""
    return COMMANDS.get(name.lower().lstrip("/").split("@", 1)[0])


def canonical(name: str) -> str:
    """The name a channel puts in `Inbound.command`: the action when known, else the name as it
    came (the engine answers an unknown command like any it cannot place)."""
    return COMMANDS.get(name, name)
