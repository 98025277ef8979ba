"""How many help requests from one client (and from all) the logbook counts per window.

Each new web-chat cookie is a new "person", so a script could otherwise add thousands of counted
help requests and make the officers' figures say anything. The web channel names the client for
the duration of one turn (`counting_client`), as a keyed hash of its address (a key made at
start-up and held only in memory, so the hash means nothing outside this process and nothing is
stored); the counter asks `allow` before it opens a row. Over a limit the person still gets every
reply; only the count is skipped, and `companion_help_requests_uncounted_total` says so.

Token buckets: per client `per_client` requests per `per_client_window` seconds (refilling
continuously), and `global_limit` per `global_window` for all clients of the channel together.
Memory is bounded: the least recently seen clients are forgotten first.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from contextvars import ContextVar

# The client of the turn in hand: set by a channel that can name one (the web chat), read by the
# counter. A ContextVar follows the turn into threads and tasks started from it, and no further.
counting_client: ContextVar[str | None] = ContextVar("counting_client", default=None)

_KEY = secrets.token_bytes(32)


def client_token(address_key: str) -> str:
    """A keyed hash of a client address: comparable within this process, meaningless outside."""
    return hmac.new(_KEY, address_key.encode("utf-8", "replace"), hashlib.sha256).hexdigest()[:32]


class _Bucket:
    __slots__ = ("at", "tokens")

    def __init__(self, tokens: float, at: float):
        self.tokens, self.at = tokens, at


class CountLimiter:
    def __init__(self, per_client: int, per_client_window: float, global_limit: int,
                 global_window: float, *, max_clients: int = 50_000,
                 clock: Callable[[], float] = time.monotonic):
        self.per_client, self.per_client_window = per_client, per_client_window
        self.global_limit, self.global_window = global_limit, global_window
        self.max_clients = max_clients
        self.clock = clock
        self._lock = threading.Lock()
        self._clients: OrderedDict[str, _Bucket] = OrderedDict()
        self._global = _Bucket(float(global_limit), clock())

    @classmethod
    def from_settings(cls, settings: object) -> CountLimiter:
        c = settings.counting  # type: ignore[attr-defined]
        return cls(c.web_per_client, c.web_per_client_window_seconds, c.web_global,
                   c.web_global_window_seconds)

    @staticmethod
    def _refill(bucket: _Bucket, capacity: int, window: float, now: float) -> None:
        bucket.tokens = min(float(capacity), bucket.tokens + (now - bucket.at) * capacity / window)
        bucket.at = now

    def allow(self, client: str) -> str | None:
        """None when this request may be counted (and take its place), else the limit it is
        over: "client" or "global"."""
        with self._lock:
            now = self.clock()
            bucket = self._clients.get(client)
            if bucket is None:
                bucket = _Bucket(float(self.per_client), now)
                self._clients[client] = bucket
                while len(self._clients) > self.max_clients:
                    self._clients.popitem(last=False)
            else:
                self._clients.move_to_end(client)
            self._refill(bucket, self.per_client, self.per_client_window, now)
            self._refill(self._global, self.global_limit, self.global_window, now)
            if bucket.tokens < 1:
                return "client"
            if self._global.tokens < 1:
                return "global"
            bucket.tokens -= 1
            self._global.tokens -= 1
            return None
