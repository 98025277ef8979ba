"""The officer pages at /officer: sign-in, dashboard, downloads, sign-out.

Everything here is counts: the dashboard has no page, parameter or download that can show one
help request. Every POST needs the CSRF token of the signed cookie; everything but the sign-in
form needs a signed-in officer whose server-side session is still open (sign-out and a password
change end it). Sign-in attempts are booked with the limiter before the password check, and at
most `[officers] hash_concurrency` checks run at once (bot/officer/limiter.py, gate.py).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import sqlite3
from html import escape
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from bot import metrics
from bot.http.clients import client_key
from bot.logbook import LogbookError
from bot.officer import stats
from bot.officer.accounts import AccountError, AccountStore
from bot.officer.auth import (
    MAX_AGE_SECONDS,
    OfficerSession,
    SessionSigner,
    csrf_ok,
    new_session,
)
from bot.officer.console import Deliver, console_routes
from bot.officer.gate import Busy, HashGate
from bot.officer.limiter import Reservation, SignInLimiter
from bot.officer.pages import dashboard_page, layout, signin_page
from bot.officer.sessions import OfficerSessions, sessions_path

log = logging.getLogger("companion.officer")

REFUSED = "Yêu cầu bị từ chối (phiên hết hạn?). Hãy tải lại trang. / Request refused (expired " \
          "session?). Reload the page."
TOO_MANY = "Quá nhiều lần thử. Hãy đợi rồi thử lại. / Too many attempts. Wait and try again."
BUSY = "Máy chủ đang bận. Hãy thử lại sau ít giây. / The server is busy. Try again in a few " \
       "seconds."
WRONG = "Sai tên hoặc mật khẩu. / Wrong name or password."
PERIOD_RANGE = "Kỳ nằm ngoài phạm vi (năm 2000 đến năm sau). / The period is out of range " \
               "(years 2000 to next year)."
MAX_NAME, MAX_PASSWORD = 64, 1024
_NUMBER = re.compile(r"\d+")


def officer_routes(runtime: Any, cookie_secret: str | None = None,
                   limiter: SignInLimiter | None = None,
                   sessions: OfficerSessions | None = None,
                   gate: HashGate | None = None,
                   deliver: Deliver | None = None) -> list[BaseRoute]:
    """The officer site; `deliver` (the server's wiring to each channel's `send`) carries what a
    counsellor writes in the console to the person."""
    settings = runtime.settings
    officers = settings.officers
    signer = SessionSigner(cookie_secret or settings.secret(settings.web.cookie_secret_env))
    accounts = AccountStore(officers.accounts_file)
    shared = sessions_path(officers.accounts_file)   # one SQLite file for every worker
    shared.parent.mkdir(parents=True, exist_ok=True)
    limiter = limiter or SignInLimiter.from_settings(officers, shared)
    store = sessions or OfficerSessions(shared)
    gate = gate or HashGate(officers.hash_concurrency, lock_dir=shared.parent)

    def still_open(session: OfficerSession) -> bool:
        assert session.user is not None and session.sid is not None
        return store.valid(session.sid, session.user, accounts.stamp(session.user))

    async def signed_in(request: Request) -> OfficerSession | None:
        """The cookie's session when it is signed, for an officer, and still open."""
        session = signer.read(request)
        if not session or not session.user or not session.sid:
            return None
        try:
            ok = await run_in_threadpool(still_open, session)
        except (AccountError, sqlite3.Error, OSError) as exc:
            log.error("officer session check failed: %s", type(exc).__name__)
            return None
        return session if ok else None

    async def roles(name: str) -> tuple[str, ...]:
        try:
            return await run_in_threadpool(accounts.roles, name)
        except AccountError as exc:
            log.error("officer accounts unreadable: %s", type(exc).__name__)
            return ()

    async def signin_form(request: Request) -> Response:
        if await signed_in(request):
            return RedirectResponse("/officer", status_code=303)
        session = signer.read(request)
        session = session if session and not session.user else new_session()
        response = HTMLResponse(signin_page(session.csrf, None,
                                            request.query_params.get("next") == "console"))
        signer.write(response, request, session)
        return response

    async def signin(request: Request) -> Response:
        form = await request.form()
        session = signer.read(request)
        if not csrf_ok(session, form.get("csrf")):
            return _refused(signer, request)
        assert session is not None
        name, password = form.get("name"), form.get("password")
        if not isinstance(name, str) or not isinstance(password, str):
            return _page(signer, session, WRONG, 401)
        name, password = name.strip()[:MAX_NAME], password[:MAX_PASSWORD]
        try:
            known = await run_in_threadpool(accounts.exists, name)
        except AccountError as exc:
            log.error("officer accounts unreadable: %s", type(exc).__name__)
            return _page(signer, session, BUSY, 503)
        device = signer.device(request, name) if known else None
        address = request.client.host if request.client else "unknown"
        try:
            booked = await run_in_threadpool(lambda: limiter.reserve(
                client=client_key(address), account=name if known else "*", device=device))
        except (sqlite3.Error, OSError) as exc:
            log.error("officer sign-in limiter unavailable: %s", type(exc).__name__)
            return _page(signer, session, BUSY, 503)
        if not isinstance(booked, Reservation):
            metrics.SIGNIN.labels("limited").inc()
            log.debug("officer sign-in refused: too many attempts")  # counted in /metrics
            response = _page(signer, session, TOO_MANY, 429)
            response.headers["Retry-After"] = str(int(booked))
            return response
        try:
            ok = await gate.run(accounts.verify, name, password)
        except Busy:
            await run_in_threadpool(limiter.cancel, booked)
            metrics.SIGNIN.labels("busy").inc()
            response = _page(signer, session, BUSY, 503)
            response.headers["Retry-After"] = "2"
            return response
        except AccountError as exc:
            await run_in_threadpool(limiter.cancel, booked)
            log.error("officer accounts unreadable: %s", type(exc).__name__)
            return _page(signer, session, BUSY, 503)
        if not ok:
            metrics.SIGNIN.labels("failure").inc()
            log.info("officer sign-in failed")
            return _page(signer, session, WRONG, 401)
        await run_in_threadpool(limiter.success, booked)
        try:
            stamp = await run_in_threadpool(accounts.stamp, name)
            sid = await run_in_threadpool(store.open, name, stamp or "", MAX_AGE_SECONDS)
        except (AccountError, sqlite3.Error, OSError) as exc:
            log.error("officer session not opened: %s", type(exc).__name__)
            return _page(signer, session, BUSY, 503)
        metrics.SIGNIN.labels("success").inc()
        response = RedirectResponse(
            "/officer/console" if form.get("next") == "console" else "/officer", status_code=303)
        signer.write(response, request, new_session(name, sid))
        if device is None:
            signer.write_device(response, request, name)
        return response

    async def signout(request: Request) -> Response:
        form = await request.form()
        session = signer.read(request)
        if not session or not session.user or not csrf_ok(session, form.get("csrf")):
            return _refused(signer, request)
        if session.sid:
            try:
                await run_in_threadpool(store.close, session.sid)
            except (sqlite3.Error, OSError) as exc:
                log.error("officer session not closed: %s", type(exc).__name__)
        response = RedirectResponse("/officer/signin", status_code=303)
        signer.clear(response)
        return response

    async def dashboard(request: Request) -> Response:
        session = await signed_in(request)
        if session is None:
            return RedirectResponse("/officer/signin", status_code=303)
        assert session.user is not None
        if "officer" not in await roles(session.user):   # a counsellor only: the console
            return RedirectResponse("/officer/console", status_code=303)
        period = request.query_params.get("period", "").strip()[:40]
        notice = period_problem(period)
        data = None
        if notice is None:
            try:
                data = await run_in_threadpool(stats.dashboard_data, runtime, period)
            except (ValueError, OverflowError) as exc:  # PeriodError is a ValueError
                notice = str(exc) if isinstance(exc, stats.PeriodError) else PERIOD_RANGE
        if data is None:
            data = await run_in_threadpool(stats.dashboard_data, runtime, "")
        health, health_error = await run_in_threadpool(stats.directory_health, settings)
        return HTMLResponse(dashboard_page(
            user=session.user, csrf=session.csrf, period_label=data.label,
            period_value=period if notice is None else "", charts=data.charts,
            total=data.total, urgent=data.urgent, min_count=settings.min_count,
            exports=stats.EXPORT_FORMATS, breakdowns=stats.BREAKDOWNS, health=health,
            health_error=health_error, notice=notice or data.problem, targets=data.targets))

    async def export(request: Request) -> Response:
        form = await request.form()
        session = await signed_in(request)
        if not session or not csrf_ok(session, form.get("csrf")) or \
                "officer" not in await roles(session.user or ""):
            return _refused(signer, request)
        fmt, period, breakdown = form.get("format"), form.get("period"), form.get("by")
        if not all(isinstance(v, str) for v in (fmt, period, breakdown)):
            return _error(400, "Bad export request")
        period = str(period).strip()[:40]
        problem = period_problem(period)
        if problem:
            return _error(400, problem)
        try:
            body, media_type, filename = await run_in_threadpool(
                stats.export_file, runtime, str(fmt)[:20], period, str(breakdown)[:40])
        except stats.PeriodError as exc:
            return _error(400, str(exc))
        except (ValueError, OverflowError):
            return _error(400, PERIOD_RANGE)
        except LogbookError as exc:
            return _error(503, str(exc))
        log.info("officer export: %s", fmt if fmt in stats.MEDIA_TYPES else "?")
        return Response(body, media_type=media_type, headers={
            "Content-Disposition": f'attachment; filename="{filename}"'})

    return [
        Route("/officer", dashboard, methods=["GET"]),
        Route("/officer/signin", signin_form, methods=["GET"]),
        Route("/officer/signin", signin, methods=["POST"]),
        Route("/officer/signout", signout, methods=["POST"]),
        Route("/officer/export", export, methods=["POST"]),
        *console_routes(runtime, signed_in, roles, deliver),
    ]


def period_problem(period: str) -> str | None:
    """A clear message when a period names a year the logbook cannot hold (the year 9999 would
    overflow the date arithmetic of the exports), else None."""
    if not period:
        return None
    last = dt.date.today().year + 1
    for number in _NUMBER.findall(period):
        if len(number) >= 4 and not 2000 <= int(number[:6]) <= last:
            return PERIOD_RANGE
    return None


def _page(signer: SessionSigner, session: OfficerSession, error: str, status: int) -> Response:
    response = HTMLResponse(signin_page(session.csrf, error), status_code=status)
    if status == 503:  # busy or a store unavailable for a moment: say when to try again
        response.headers.setdefault("Retry-After", "2")
    return response


def _error(status: int, message: str) -> Response:
    return HTMLResponse(layout(str(status), f'<p class="error">{escape(message)}</p>'),
                        status_code=status)


def _refused(signer: SessionSigner, request: Request) -> Response:
    """403. A signed-in officer keeps the session (a forged form must not even sign them out);
    anyone else gets a fresh sign-in form and cookie, so a stale tab recovers by reloading."""
    current = signer.read(request)
    if current and current.user:
        body = f'<p class="error">{escape(REFUSED)}</p><p><a href="/officer">/officer</a></p>'
        return HTMLResponse(layout("403", body), status_code=403)
    session = new_session()
    response = HTMLResponse(signin_page(session.csrf, REFUSED), status_code=403)
    signer.write(response, request, session)
    return response
