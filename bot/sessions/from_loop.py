"""Session-store calls made on the event loop: the channels' own state.

Telegram's and Zalo's handlers run on the server's event loop, and between the engine's turns
they keep a little state of their own in the session store: update marks (no double answers),
flood counts, keyboard labels, message ids for the quick exit, the buttons a Zalo person was
offered. With Redis, a blocking call for any of these holds the whole loop, every person's turn
with it, for a round trip, and for a socket timeout when Redis stalls. So these calls go
through the store's asyncio side when it has one (`on_loop`: Redis, batched with the turns'
own reads and writes); an in-memory store has no I/O and is called as it is.

Each function takes the channel's store as given (the resilient store in the server, a bare
one in some tests) and answers as its blocking twin would.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def _on_loop(store: Any) -> bool:
    return bool(getattr(store, "on_loop", False))


async def get(store: Any, key: str) -> dict[str, Any] | None:
    if _on_loop(store):
        return await store.aget(key)
    return store.get(key)


async def put(store: Any, key: str, value: dict[str, Any], ttl_seconds: int) -> None:
    if _on_loop(store):
        await store.aput(key, value, ttl_seconds)
    else:
        store.put(key, value, ttl_seconds)


async def delete(store: Any, key: str) -> None:
    if _on_loop(store):
        await store.adelete(key)
    else:
        store.delete(key)


async def add_once(store: Any, key: str, ttl_seconds: int) -> bool:
    """True the first time `key` is added within its TTL."""
    if _on_loop(store):
        return bool(await store.aadd_once(key, ttl_seconds))
    return bool(store.add_once(key, ttl_seconds))


async def append(store: Any, key: str, items: Sequence[str], ttl_seconds: int,
                 keep: int) -> None:
    """Add items to the list under `key`, keeping the newest `keep` (stores that keep lists)."""
    if _on_loop(store):
        await store.aappend(key, list(items), ttl_seconds, keep)
    else:
        store.append(key, list(items), ttl_seconds, keep)


async def items(store: Any, key: str) -> list[str]:
    if _on_loop(store):
        return list(await store.aitems(key))
    return list(store.items(key))
