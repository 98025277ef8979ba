"""Officer sessions: a signed cookie, CSRF tokens and the device cookie.

The cookie (`officer`) is signed with itsdangerous and holds only the officer's name (or none
before sign-in), a random CSRF token and, once signed in, the id of the server-side session
(bot/officer/sessions.py) that sign-out and a password change end. Every form carries that token; a POST is accepted only
when the form's token equals the one in the signed cookie (a signed double-submit), so a page on
another site can neither read nor forge it. SameSite=Strict keeps the cookie off cross-site
requests in the first place. Signing in issues a fresh cookie with a fresh token.

The device cookie (`officer_device`, long-lived, signed with its own salt) says "this browser
signed in to account X before"; the sign-in limiter lets such a browser past the per-account
throttle (bot/officer/limiter.py), so an attack on an account cannot lock out its officer.
"""

from __future__ import annotations

import hmac
import logging
import secrets
from dataclasses import dataclass

from itsdangerous import BadSignature, URLSafeTimedSerializer
from starlette.requests import Request
from starlette.responses import Response

log = logging.getLogger("companion.officer")

COOKIE = "officer"
COOKIE_PATH = "/officer"
MAX_AGE_SECONDS = 8 * 3600
DEVICE_COOKIE = "officer_device"
DEVICE_MAX_AGE_SECONDS = 180 * 24 * 3600


@dataclass(frozen=True)
class OfficerSession:
    user: str | None
    csrf: str
    sid: str | None = None


class SessionSigner:
    def __init__(self, secret: str | None):
        if not secret:
            secret = secrets.token_urlsafe(32)
            log.warning("no cookie secret in the environment: officer sign-ins last until this "
                        "process stops")
        self._serializer = URLSafeTimedSerializer(secret, salt="companion-officer-session")
        self._devices = URLSafeTimedSerializer(secret, salt="companion-officer-device")

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
        user, sid = data.get("u"), data.get("s")
        if isinstance(user, str) and not isinstance(sid, str):
            user = None                       # a signed-in cookie without a session id
        return OfficerSession(user if isinstance(user, str) else None, data["c"],
                              sid if isinstance(sid, str) else None)

    def write(self, response: Response, request: Request, session: OfficerSession) -> None:
        value = self._serializer.dumps({"u": session.user, "c": session.csrf, "s": session.sid})
        response.set_cookie(COOKIE, value, max_age=MAX_AGE_SECONDS, path=COOKIE_PATH,
                            httponly=True, samesite="strict",
                            secure=request.url.scheme == "https")

    @staticmethod
    def clear(response: Response) -> None:
        response.delete_cookie(COOKIE, path=COOKIE_PATH, httponly=True, samesite="strict")

    def device(self, request: Request, account: str) -> str | None:
        """The id of this browser's device cookie when it was issued for `account`."""
        raw = request.cookies.get(DEVICE_COOKIE)
        if not raw:
            return None
        try:
            data = self._devices.loads(raw, max_age=DEVICE_MAX_AGE_SECONDS)
        except BadSignature:
            return None
        if (isinstance(data, dict) and data.get("a") == account
                and isinstance(data.get("d"), str)):
            return data["d"]
        return None

    def write_device(self, response: Response, request: Request, account: str) -> None:
        value = self._devices.dumps({"a": account, "d": secrets.token_urlsafe(16)})
        response.set_cookie(DEVICE_COOKIE, value, max_age=DEVICE_MAX_AGE_SECONDS,
                            path=COOKIE_PATH, httponly=True, samesite="strict",
                            secure=request.url.scheme == "https")


def new_session(user: str | None = None, sid: str | None = None) -> OfficerSession:
    return OfficerSession(user, secrets.token_urlsafe(32), sid)


def csrf_ok(session: OfficerSession | None, submitted: object) -> bool:
    return (session is not None and isinstance(submitted, str) and bool(submitted)
            and hmac.compare_digest(session.csrf.encode(), submitted.encode()))
