"""Loaders of the sections that say how the bot serves: the HTTP server, officers' sign-in,
counting limits, /metrics and resilience. Defaults come from the dataclasses, never from here."""

from __future__ import annotations

import ipaddress
import re
from typing import Any

from bot.config.reader import Reader, show
from bot.config.sections import (
    CountingSettings,
    FollowupSettings,
    HandoffSettings,
    MetricsSettings,
    OfficerSettings,
    ResilienceSettings,
    ServerSettings,
)


def server(r: Reader) -> ServerSettings:
    d = ServerSettings()
    port = r.port("port", d.port)
    proxies: Any = r.table.get("trusted_proxies", list(d.trusted_proxies))
    if not isinstance(proxies, list) or not all(isinstance(p, str) for p in proxies):
        r.fail("trusted_proxies", f"must be a list of addresses or networks, got {show(proxies)}")
    for proxy in proxies:
        try:
            ipaddress.ip_network(proxy.strip(), strict=False)
        except ValueError:
            r.fail("trusted_proxies", f"{show(proxy)} is not an IP address or network")
    return ServerSettings(
        host=r.str("host", d.host), port=port, trusted_proxies=tuple(proxies),
        header_timeout_seconds=r.float("header_timeout_seconds", d.header_timeout_seconds,
                                       low=0.5, high=300),
        body_timeout_seconds=r.float("body_timeout_seconds", d.body_timeout_seconds,
                                     low=0.5, high=300),
        cpu_affinity=_cpu_affinity(r, d.cpu_affinity))


def _cpu_affinity(r: Reader, default: str | int) -> str | int:
    """"auto", "off" or a CPU number (bot/http/affinity.py); whether this machine has that
    CPU is checked when the server starts, where the CPUs it may use are known."""
    value: Any = r.table.get("cpu_affinity", default)
    if isinstance(value, str) and value.strip().lower() in ("auto", "off"):
        return value.strip().lower()
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 4096:
        return value
    r.fail("cpu_affinity", f'must be "auto", "off" or a CPU number (0, 1, …), got {show(value)}')


def officers(r: Reader) -> OfficerSettings:
    d = OfficerSettings()
    return OfficerSettings(
        accounts_file=r.path("accounts_file", d.accounts_file),
        **{key: r.int(key, getattr(d, key)) for key in (
            "signin_free_failures", "signin_max_backoff_seconds", "account_burst",
            "account_per_minute", "hash_concurrency")})


def handoff(r: Reader) -> HandoffSettings:
    d = HandoffSettings()
    enabled: Any = r.table.get("enabled", d.enabled)
    if not isinstance(enabled, bool):
        r.fail("enabled", f"must be true or false, got {show(enabled)}")
    hours = r.str("hours", d.hours)
    if parse_hours(hours) is None:
        r.fail("hours", f'must be "HH:MM-HH:MM" such as "{d.hours}", got {show(hours)}')
    return HandoffSettings(enabled=enabled, hours=hours,
                           redis_prefix=r.str("redis_prefix", d.redis_prefix),
                           **{key: r.int(key, getattr(d, key)) for key in (
                               "minutes_per_person", "ttl_minutes", "max_waiting")})


def parse_hours(text: str) -> tuple[int, int] | None:
    """ "08:00-20:00" → (480, 1200) minutes of the day; None when it is not such a window."""
    match = re.fullmatch(r"\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*", text)
    if not match:
        return None
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    start, end = h1 * 60 + m1, h2 * 60 + m2
    if m1 > 59 or m2 > 59 or start >= 24 * 60 or end > 24 * 60 or start == end:
        return None
    return start, end


def counting(r: Reader) -> CountingSettings:
    d = CountingSettings()
    return CountingSettings(**{key: r.int(key, getattr(d, key)) for key in (
        "web_per_client", "web_per_client_window_seconds", "web_global",
        "web_global_window_seconds")})


def metrics(r: Reader) -> MetricsSettings:
    d = MetricsSettings()
    return MetricsSettings(
        token_env=r.str("token_env", d.token_env), host=r.str("host", d.host),
        port=r.port("port", d.port, allow_zero=True),
        emergency_step=r.int("emergency_step", d.emergency_step),
        emergency_period_seconds=r.int("emergency_period_seconds", d.emergency_period_seconds))


def resilience(r: Reader) -> ResilienceSettings:
    d = ResilienceSettings()

    def seconds(key: str, low: float, high: float) -> float:
        return r.float(key, getattr(d, key), low=low, high=high)

    return ResilienceSettings(
        turn_deadline_seconds=seconds("turn_deadline_seconds", 0.1, 120),
        turn_threads=r.int("turn_threads", d.turn_threads),
        logbook_timeout_seconds=seconds("logbook_timeout_seconds", 0.1, 60),
        sessions_timeout_seconds=seconds("sessions_timeout_seconds", 0.05, 30),
        retry_after_seconds=seconds("retry_after_seconds", 0.05, 600),
        health_interval_seconds=seconds("health_interval_seconds", 0.05, 600),
        spool_dir=r.path("spool_dir", d.spool_dir))


def followup(r: Reader) -> FollowupSettings:
    d = FollowupSettings()
    days: Any = r.table.get("days", list(d.days))
    if not isinstance(days, list) or not days or not all(
            isinstance(n, int) and not isinstance(n, bool) and 1 <= n <= 30 for n in days):
        r.fail("days", f"must be a list of whole days from 1 to 30, got {show(days)}")
    proactive: Any = r.table.get("zalo_proactive", d.zalo_proactive)
    if not isinstance(proactive, bool):
        r.fail("zalo_proactive", f"must be true or false, got {show(proactive)}")
    return FollowupSettings(
        key_env=r.str("key_env", d.key_env), sqlite_path=r.path("sqlite_path", d.sqlite_path),
        days=tuple(sorted(set(days))), day_seconds=r.int("day_seconds", d.day_seconds),
        zalo_proactive=proactive, zalo_window_hours=r.int("zalo_window_hours", d.zalo_window_hours),
        answer_hours=r.int("answer_hours", d.answer_hours),
        interval_seconds=r.float("interval_seconds", d.interval_seconds, low=0.05, high=3600),
        lease_seconds=r.int("lease_seconds", d.lease_seconds),
        max_attempts=r.int("max_attempts", d.max_attempts))
