"""A session store that never raises into a turn or a webhook.

A failed or skipped read is "no session" (the turn runs on a fresh one), a failed write is
dropped, and a failed `add_once` answers True: when the store cannot tell whether an event was
seen, answering it (perhaps twice) is better than leaving a person unanswered. After a failure
the store is not called again for `cooldown` seconds, so a stalled Redis costs one socket
timeout, not one per call. Failures are logged by operation and kind, never with a key.
"""

from __future__ import annotations

import inspect
import logging
from typing import Any

from bot.resilience.breaker import Breaker
from bot.resilience.counters import STORE_FAILURES

log = logging.getLogger("companion.sessions")


class ResilientSessionStore:
    def __init__(self, inner: Any, cooldown: float = 2.0):
        self.inner = inner
        self.breaker = Breaker(cooldown)

    def __getattr__(self, name: str) -> Any:   # e.g. a memory store's sweep(), in tests
        return getattr(self.inner, name)

    def __len__(self) -> int:
        return len(self.inner)

    def _call(self, op: str, default: Any, *args: Any) -> Any:
        if not self.breaker.allow():
            STORE_FAILURES.labels("sessions", op, "skipped").inc()
            return default
        try:
            result = getattr(self.inner, op)(*args)
        except Exception as exc:
            return self._failed(op, exc, default)
        self.breaker.success()
        return result

    def _failed(self, op: str, exc: Exception, default: Any) -> Any:
        self.breaker.failure()
        STORE_FAILURES.labels("sessions", op, type(exc).__name__).inc()
        log.warning("session store %s failed (%s)", op, type(exc).__name__)
        return default

    async def _acall(self, op: str, default: Any, *args: Any) -> Any:
        """`_call` for the store's asyncio side (`aget`, `aput`, `adelete`), on the event loop,
        under the same breaker: a stalled Redis costs the loop one socket timeout, then none.
        A failed `aadd_once` answers True, as `add_once` does."""
        if not self.breaker.allow():
            STORE_FAILURES.labels("sessions", op, "skipped").inc()
            return default
        try:
            result = await getattr(self.inner, op)(*args)
        except Exception as exc:
            return self._failed(op, exc, default)
        self.breaker.success()
        return result

    @property
    def on_loop(self) -> bool:
        """Whether the store underneath can also be read and written on the event loop (asked
        on every channel call: answered once)."""
        known = self.__dict__.get("_on_loop")
        if known is None:
            known = self.__dict__["_on_loop"] = inspect.iscoroutinefunction(
                getattr(self.inner, "aget", None))
        return bool(known)

    async def aget(self, key: str) -> dict[str, Any] | None:
        return await self._acall("aget", None, key)

    async def aclose(self) -> None:
        """Close the store's event-loop client, if it made one; never raises."""
        try:
            await self.inner.aclose()
        except Exception as exc:
            log.warning("session store close failed (%s)", type(exc).__name__)

    async def aget_many(self, keys: list[str]) -> list[dict[str, Any] | None]:
        """Several `aget`s in one round trip; all None when the store fails."""
        return list(await self._acall("aget_many", [None] * len(keys), keys))

    async def aput(self, key: str, value: dict[str, Any], ttl_seconds: int) -> None:
        await self._acall("aput", None, key, value, ttl_seconds)

    async def adelete(self, key: str) -> None:
        await self._acall("adelete", None, key)

    async def aadd_once(self, key: str, ttl_seconds: int) -> bool:
        return bool(await self._acall("aadd_once", True, key, ttl_seconds))

    async def aappend(self, key: str, items: list[str], ttl_seconds: int, keep: int) -> None:
        await self._acall("aappend", None, key, items, ttl_seconds, keep)

    async def aitems(self, key: str) -> list[str]:
        return list(await self._acall("aitems", [], key))

    def get(self, key: str) -> dict[str, Any] | None:
        return self._call("get", None, key)

    def put(self, key: str, value: dict[str, Any], ttl_seconds: int) -> None:
        self._call("put", None, key, value, ttl_seconds)

    def delete(self, key: str) -> None:
        self._call("delete", None, key)

    def append(self, key: str, items: list[str], ttl_seconds: int, keep: int) -> None:
        self._call("append", None, key, items, ttl_seconds, keep)

    def items(self, key: str) -> list[str]:
        return list(self._call("items", [], key))

    @property
    def appends(self) -> bool:
        """Whether the store underneath keeps lists (`append`/`items`)."""
        return hasattr(self.inner, "append")

    def add_once(self, key: str, ttl_seconds: int) -> bool:
        return bool(self._call("add_once", True, key, ttl_seconds))

    def ping(self) -> bool:
        """A real probe (used off the loop by the health monitor): closes the breaker when the
        store answers again."""
        try:
            ok = bool(self.inner.ping())
        except Exception:
            ok = False
        if ok:
            self.breaker.success()
        else:
            self.breaker.failure()
        return ok

    @property
    def down(self) -> bool:
        return self.breaker.down
