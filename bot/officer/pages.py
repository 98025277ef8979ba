"""HTML for the officer pages, built from escaped strings (no template engine, no inline script or
style, so the site-wide Content-Security-Policy `default-src 'self'` holds).

Labels are bilingual (Vietnamese / English): officers and visiting partners read both.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape

from bot.officer.charts import Series, bar_chart


def layout(title: str, body: str) -> str:
    return (
        "<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        "<meta name=\"robots\" content=\"noindex, nofollow\">"
        f"<title>{escape(title)} · Helpline Companion</title>"
        "<link rel=\"stylesheet\" href=\"/static/officer.css\"></head>"
        f"<body><main>{body}</main></body></html>"
    )


def csrf_field(token: str) -> str:
    return f'<input type="hidden" name="csrf" value="{escape(token)}">'


def signin_page(csrf: str, error: str | None = None, to_console: bool = False) -> str:
    message = f'<p class="error" role="alert">{escape(error)}</p>' if error else ""
    then = '<input type="hidden" name="next" value="console">' if to_console else ""
    return layout("Đăng nhập / Sign in", f"""
<h1>Cán bộ đăng nhập <span class="en">Officer sign-in</span></h1>
{message}
<form method="post" action="/officer/signin" class="card signin">
  {csrf_field(csrf)}{then}
  <label>Tên <span class="en">Name</span>
    <input name="name" autocomplete="username" required maxlength="64"></label>
  <label>Mật khẩu <span class="en">Password</span>
    <input name="password" type="password" autocomplete="current-password" required
           maxlength="1024"></label>
  <button type="submit">Đăng nhập <span class="en">Sign in</span></button>
</form>
<p class="muted">Tài khoản do quản trị tạo bằng <code>companion officer add TÊN</code>.
<span class="en">Accounts are created with <code>companion officer add NAME</code>.</span></p>
""")


def dashboard_page(*, user: str, csrf: str, period_label: str, period_value: str,
                   charts: Sequence[tuple[str, Series]], total: str, urgent: str,
                   min_count: int,
                   exports: Iterable[tuple[str, str]], breakdowns: Iterable[tuple[str, str]], health: Sequence[tuple[str, str, str, str]],
                   health_error: str | None, notice: str | None = None,
                   targets: str = "") -> str:
    chart_html = "".join(
        f'<section class="card chart"><h2>{escape(title)}</h2>{bar_chart(series)}</section>'
        for title, series in charts)
    export_buttons = "".join(
        f'<button type="submit" name="format" value="{escape(value)}">{escape(label)}</button>'
        for value, label in exports)
    if health_error:
        health_html = f'<p class="error">{escape(health_error)}</p>'
    elif health:
        rows = "".join(
            f"<tr class=\"{escape(level)}\"><td>{escape(level)}</td><td>{escape(entry)}</td>"
            f"<td>{escape(field)}</td><td>{escape(message)}</td></tr>"
            for level, entry, field, message in health)
        health_html = ("<table><thead><tr><th>Mức</th><th>Mục / Entry</th><th>Trường / Field</th>"
                       f"<th>Vấn đề / Problem</th></tr></thead><tbody>{rows}</tbody></table>")
    else:
        health_html = '<p class="ok">Không có vấn đề. <span class="en">No problems.</span></p>'
    notice_html = f'<p class="error" role="alert">{escape(notice)}</p>' if notice else ""
    options = "".join(f'<option value="{escape(value)}">{escape(label)}</option>'
                      for value, label in breakdowns)
    return layout("Bảng điều khiển / Dashboard", f"""
<header class="bar">
  <h1>Số liệu ẩn danh <span class="en">Anonymous counts</span></h1>
  <form method="post" action="/officer/signout" class="signout">
    {csrf_field(csrf)}<span class="muted">{escape(user)}</span>
    <button type="submit">Đăng xuất <span class="en">Sign out</span></button>
  </form>
</header>
{notice_html}
<form method="get" action="/officer" class="card period">
  <label>Kỳ <span class="en">Period</span>
    <input name="period" value="{escape(period_value)}" placeholder="2026, 2026-H1, 2026-03"
           maxlength="40"></label>
  <button type="submit">Xem <span class="en">Show</span></button>
  <span class="muted">{escape(period_label)}</span>
</form>
<p class="muted">Ô có ít hơn {min_count} yêu cầu hiện là "&lt;{min_count}"; "x" là số ẩn thêm để
không thể tính ra số nhỏ từ các số khác. <span class="en">Counts below {min_count} show as
"&lt;{min_count}"; "x" marks a figure hidden so that a small count cannot be worked out from the
others.</span></p>
<div class="figures">
<section class="card"><h2>Tổng số yêu cầu <span class="en">Help requests</span></h2>
<p class="big" id="total">{escape(total)}</p></section>
<section class="card"><h2>Tỷ lệ khẩn cấp <span class="en">Urgent share</span></h2>
<p class="big" id="urgent">{escape(urgent)}</p></section>
</div>
<div class="charts">{chart_html}</div>
{targets}
<section class="card"><h2>Tải về <span class="en">Downloads</span></h2>
<form method="post" action="/officer/export" class="exports">
  {csrf_field(csrf)}<input type="hidden" name="period" value="{escape(period_value)}">
  <label>Chia theo <span class="en">Breakdown</span><select name="by">{options}</select></label>
  <div class="buttons">{export_buttons}</div>
</form></section>
<section class="card"><h2>Danh bạ dịch vụ <span class="en">Provider directory health</span></h2>
{health_html}</section>
""")
