"""Officer sessions: a signed cookie, CSRF tokens and sign-in rate limiting.

The cookie (`officer`) is signed with itsdangerous and holds only the officer's name (or none
before sign-in) and a random CSRF token. Every form carries that token; a POST is accepted only
when the form's token equals the one in the signed cookie (a signed double-submit), so a page on
another site can neither read nor forge it. SameSite=Strict keeps the cookie off cross-site
requests in the first place. Signing in issues a fresh cookie with a fresh token.
"""

from __future__ import annotations

import hmac
import logging
import secrets
import time
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass

from itsdangerous import BadSignature, URLSafeTimedSerializer
from starlette.requests import Request
from starlette.responses import Response

log = logging.getLogger("companion.officer")

COOKIE = "officer"
COOKIE_PATH = "/officer"
MAX_AGE_SECONDS = 8 * 3600


@dataclass(frozen=True)
class OfficerSession:
    user: str | None
    csrf: str


class SessionSigner:
    def __init__(self, secret: str | None):
        if not secret:
            secret = secrets.token_urlsafe(32)
            log.warning("no cookie secret in the environment: officer sign-ins last until this "
                        "process stops")
        self._serializer = URLSafeTimedSerializer(secret, salt="companion-officer-session")

    def read(self, request: Request) -> OfficerSession | None:
        raw = request.cookies.get(COOKIE)
        if not raw:
            return None
        try:
            data = self._serializer.loads(raw, max_age=MAX_AGE_SECONDS)
        except BadSignature:
            return None
        if not isinstance(data, dict) or not isinstance(data.get("c"), str):
            return None
        user = data.get("u")
        return OfficerSession(user if isinstance(user, str) else None, data["c"])

    def write(self, response: Response, request: Request, session: OfficerSession) -> None:
        value = self._serializer.dumps({"u": session.user, "c": session.csrf})
        response.set_cookie(COOKIE, value, max_age=MAX_AGE_SECONDS, path=COOKIE_PATH,
                            httponly=True, samesite="strict",
                            secure=request.url.scheme == "https")

    @staticmethod
    def clear(response: Response) -> None:
        response.delete_cookie(COOKIE, path=COOKIE_PATH, httponly=True, samesite="strict")


def new_session(user: str | None = None) -> OfficerSession:
    return OfficerSession(user, secrets.token_urlsafe(32))


def csrf_ok(session: OfficerSession | None, submitted: object) -> bool:
    return (session is not None and isinstance(submitted, str) and bool(submitted)
            and hmac.compare_digest(session.csrf.encode(), submitted.encode()))


class RateLimiter:
    """At most `limit` failed sign-ins per client address within `window` seconds; after that,
    every attempt from that address is refused until the oldest failure leaves the window.
    Memory is bounded: the least recently seen addresses are forgotten first."""

    def __init__(self, limit: int = 5, window: float = 900.0, max_keys: int = 10_000,
                 clock: Callable[[], float] = time.monotonic):
        self.limit = limit
        self.window = window
        self.max_keys = max_keys
        self.clock = clock
        self._failures: OrderedDict[str, deque[float]] = OrderedDict()

    def _recent(self, key: str) -> deque[float]:
        now = self.clock()
        failures = self._failures.get(key, deque())
        while failures and now - failures[0] >= self.window:
            failures.popleft()
        return failures

    def retry_after(self, key: str) -> int | None:
        """Seconds to wait before trying again, or None when an attempt is allowed."""
        failures = self._recent(key)
        if len(failures) < self.limit:
            return None
        return max(1, int(self.window - (self.clock() - failures[0])) + 1)

    def failure(self, key: str) -> None:
        failures = self._recent(key)
        failures.append(self.clock())
        self._failures[key] = failures
        self._failures.move_to_end(key)
        while len(self._failures) > self.max_keys:
            self._failures.popitem(last=False)

    def success(self, key: str) -> None:
        self._failures.pop(key, None)
