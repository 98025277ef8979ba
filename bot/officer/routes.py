"""The officer pages at /officer: sign-in, dashboard, downloads, sign-out.

Everything here is counts: the dashboard has no page, parameter or download that can show one
help request. Every POST needs the CSRF token of the signed cookie; everything but the sign-in
form needs a signed-in officer. Failed sign-ins are limited per client address.
"""

from __future__ import annotations

import logging
from html import escape
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from bot.logbook import LogbookError
from bot.officer import stats
from bot.officer.accounts import AccountError, AccountStore
from bot.officer.auth import RateLimiter, SessionSigner, csrf_ok, new_session
from bot.officer.pages import dashboard_page, layout, signin_page

log = logging.getLogger("companion.officer")

REFUSED = "Yêu cầu bị từ chối (phiên hết hạn?). Hãy tải lại trang. / Request refused (expired " \
          "session?). Reload the page."


def officer_routes(runtime: Any, cookie_secret: str | None = None,
                   limiter: RateLimiter | None = None) -> list[BaseRoute]:
    settings = runtime.settings
    signer = SessionSigner(cookie_secret or settings.secret(settings.web.cookie_secret_env))
    accounts = AccountStore(settings.officers.accounts_file)
    limiter = limiter or RateLimiter()

    def client(request: Request) -> str:
        return request.client.host if request.client else "unknown"

    async def signin_form(request: Request) -> Response:
        session = signer.read(request)
        if session and session.user:
            return RedirectResponse("/officer", status_code=303)
        session = session or new_session()
        response = HTMLResponse(signin_page(session.csrf))
        signer.write(response, request, session)
        return response

    async def signin(request: Request) -> Response:
        wait = limiter.retry_after(client(request))
        if wait is not None:
            log.warning("officer sign-in refused: too many failures from one address")
            return HTMLResponse(signin_page(_csrf_or_new(signer, request),
                                            "Quá nhiều lần thử. Hãy đợi rồi thử lại. / Too many "
                                            "attempts. Wait and try again."),
                                status_code=429, headers={"Retry-After": str(wait)})
        form = await request.form()
        session = signer.read(request)
        if not csrf_ok(session, form.get("csrf")):
            return _refused(signer, request)
        name, password = form.get("name"), form.get("password")
        ok = False
        if isinstance(name, str) and isinstance(password, str):
            try:
                ok = await run_in_threadpool(accounts.verify, name.strip(), password)
            except AccountError as exc:
                log.error("officer accounts unreadable: %s", type(exc).__name__)
        if not ok:
            limiter.failure(client(request))
            log.info("officer sign-in failed")
            assert session is not None
            return HTMLResponse(signin_page(session.csrf, "Sai tên hoặc mật khẩu. / Wrong name "
                                                          "or password."), status_code=401)
        limiter.success(client(request))
        response = RedirectResponse("/officer", status_code=303)
        signer.write(response, request, new_session(str(name).strip()))
        return response

    async def signout(request: Request) -> Response:
        form = await request.form()
        session = signer.read(request)
        if not session or not session.user or not csrf_ok(session, form.get("csrf")):
            return _refused(signer, request)
        response = RedirectResponse("/officer/signin", status_code=303)
        signer.clear(response)
        return response

    async def dashboard(request: Request) -> Response:
        session = signer.read(request)
        if not session or not session.user:
            return RedirectResponse("/officer/signin", status_code=303)
        period = request.query_params.get("period", "").strip()[:40]
        notice = None
        try:
            data = await run_in_threadpool(stats.dashboard_data, runtime, period)
        except stats.PeriodError as exc:
            notice = str(exc)
            data = await run_in_threadpool(stats.dashboard_data, runtime, "")
        health, health_error = await run_in_threadpool(stats.directory_health, settings)
        return HTMLResponse(dashboard_page(
            user=session.user, csrf=session.csrf, period_label=data.label,
            period_value=period if notice is None else "", charts=data.charts,
            total=data.total, urgent=data.urgent, min_count=settings.min_count,
            exports=stats.EXPORT_FORMATS, breakdowns=stats.BREAKDOWNS, health=health, health_error=health_error,
            notice=notice or data.problem))

    async def export(request: Request) -> Response:
        form = await request.form()
        session = signer.read(request)
        if not session or not session.user or not csrf_ok(session, form.get("csrf")):
            return _refused(signer, request)
        fmt, period, breakdown = form.get("format"), form.get("period"), form.get("by")
        if not all(isinstance(v, str) for v in (fmt, period, breakdown)):
            return HTMLResponse(layout("400", '<p class="error">Bad export request</p>'),
                                status_code=400)
        try:
            body, media_type, filename = await run_in_threadpool(
                stats.export_file, runtime, str(fmt), str(period).strip()[:40], str(breakdown))
        except stats.PeriodError as exc:
            return HTMLResponse(layout("400", f'<p class="error">{escape(str(exc))}</p>'),
                                status_code=400)
        except LogbookError as exc:
            return HTMLResponse(layout("503", f'<p class="error">{escape(str(exc))}</p>'),
                                status_code=503)
        log.info("officer export: %s", fmt)
        return Response(body, media_type=media_type, headers={
            "Content-Disposition": f'attachment; filename="{filename}"'})

    return [
        Route("/officer", dashboard, methods=["GET"]),
        Route("/officer/signin", signin_form, methods=["GET"]),
        Route("/officer/signin", signin, methods=["POST"]),
        Route("/officer/signout", signout, methods=["POST"]),
        Route("/officer/export", export, methods=["POST"]),
    ]


def _csrf_or_new(signer: SessionSigner, request: Request) -> str:
    session = signer.read(request)
    return session.csrf if session else new_session().csrf


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
