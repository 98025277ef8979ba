"""Quick exit on Telegram: erase this chat's messages from the person's phone.

Many people share a phone with the person who hurts them, so "clear this chat" must remove what
is on the screen, not only the bot's memory. Telegram lets a bot delete any message of a private
chat, its own and the person's, for 48 hours. To know which ones, the channel keeps the ids of
the chat's messages, and only them, in the short-lived session store under an opaque key with a
48-hour TTL: nothing else about the chat, and nothing after 48 hours.

Adding ids costs the same however long the chat: a store that keeps lists (memory, Redis:
`append`/`items`) appends `"<id>:<time>"` items and keeps the newest `MAX_KEPT`; ids older than
48 hours and repeats are dropped when the list is read, at the quick exit. (Copying the whole
list in and out per message cost 4.5 ms per message at the cap.)
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from bot.sessions import SessionStore, from_loop, session_key

DELETABLE_SECONDS = 48 * 3600   # Telegram's window for a bot to delete messages
BATCH = 100                     # deleteMessages takes 1-100 ids
MAX_KEPT = 2000                 # far more than a conversation; bounds the stored list
NAMESPACE = "tgmsg"


class MessageLog:
    """The message ids of one chat that can still be deleted, kept in the session store."""

    def __init__(self, store: SessionStore, clock: Callable[[], float] = time.time):
        self._store = store
        self._clock = clock
        self._lists = bool(getattr(store, "appends", hasattr(store, "append")))

    def _key(self, chat_id: int) -> str:
        return session_key("telegram", str(chat_id), namespace=NAMESPACE)

    async def add(self, chat_id: int, message_ids: Sequence[int]) -> None:
        """Remember message ids sent in this chat (by the person or the bot)."""
        if not message_ids:
            return
        now = int(self._clock())
        if self._lists:
            await from_loop.append(self._store, self._key(chat_id),
                                   [f"{int(mid)}:{now}" for mid in message_ids],
                                   DELETABLE_SECONDS, MAX_KEPT)
            return
        kept = await self._fresh(chat_id, now)
        known = {mid for mid, _ in kept}
        kept.extend([mid, now] for mid in message_ids if mid not in known)
        await from_loop.put(self._store, self._key(chat_id), {"m": kept[-MAX_KEPT:]},
                            DELETABLE_SECONDS)

    async def deletable(self, chat_id: int) -> list[int]:
        """Ids under 48 hours old, oldest first."""
        return sorted({mid for mid, _ in await self._fresh(chat_id, int(self._clock()))})

    async def forget(self, chat_id: int) -> None:
        await from_loop.delete(self._store, self._key(chat_id))

    async def _fresh(self, chat_id: int, now: int) -> list[list[int]]:
        # A margin of a minute: a message Telegram would refuse to delete is not worth a call.
        limit = now - DELETABLE_SECONDS + 60
        if self._lists:
            first: dict[int, int] = {}   # a message is as old as the first time it was added
            for item in await from_loop.items(self._store, self._key(chat_id)):
                mid, _, ts = item.partition(":")
                first.setdefault(int(mid), int(ts))
            return [[mid, ts] for mid, ts in first.items() if ts > limit]
        data: dict[str, Any] = await from_loop.get(self._store, self._key(chat_id)) or {}
        return [[int(mid), int(ts)] for mid, ts in data.get("m", []) if int(ts) > limit]


def batches(ids: Sequence[int], size: int = BATCH) -> list[list[int]]:
    return [list(ids[i:i + size]) for i in range(0, len(ids), size)]


async def erase_chat(chat_id: int, log: MessageLog,
                     delete: Callable[[int, list[int]], Awaitable[Any]]) -> int:
    """Delete every remembered message of the chat in batches of ≤100, then forget the ids.

    `delete(chat_id, ids)` is the Bot API call (with its own retries). Returns how many ids were
    asked to be deleted. The ids are forgotten even when a batch fails: keeping them would not
    make a later deletion more likely to succeed, and keeping nothing is the point.
    """
    ids = await log.deletable(chat_id)
    for batch in batches(ids):
        await delete(chat_id, batch)
    await log.forget(chat_id)
    return len(ids)
