"""The settings of each `config.toml` section, as frozen dataclasses.

The defaults written here are the only ones: a key left out of `config.toml` takes the value
below, and `config.toml` shows each of them as a commented-out line (a test keeps the two
equal). Paths are relative to the config file's folder until a loader resolves them.
"""

from __future__ import annotations

import zoneinfo
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_TIMEZONE = "Asia/Ho_Chi_Minh"


@dataclass(frozen=True, kw_only=True)
class Hotline:
    id: str
    number: str
    label: dict[str, str]
    source: str
    note: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Bounds:
    south: float
    west: float
    north: float
    east: float

    def contains(self, lat: float, lon: float) -> bool:
        return self.south <= lat <= self.north and self.west <= lon <= self.east


@dataclass(frozen=True, kw_only=True)
class CitySettings:
    """Which city: every deployment names its own, so only the time zone has a default."""

    name: str
    name_en: str
    bounds: Bounds
    province_code: int = 92  # official 2025 code (92 = Cần Thơ); picks data/units/<code>.yml
    timezone: zoneinfo.ZoneInfo = field(
        default_factory=lambda: zoneinfo.ZoneInfo(DEFAULT_TIMEZONE))


@dataclass(frozen=True, kw_only=True)
class SessionSettings:
    ttl_minutes: int = 30
    url: str = "memory://"
    flood_max_messages: int = 20
    flood_window_seconds: int = 60


@dataclass(frozen=True, kw_only=True)
class NluSettings:
    backend: str = "builtin"
    intents_dir: Path = Path("intents")
    cache_dir: Path = Path("data/.nlu-cache")
    threshold: float = 0.35
    rasa_url: str = ""
    rasa_timeout_seconds: float = 2.0


@dataclass(frozen=True, kw_only=True)
class TelegramSettings:
    token_env: str = "TELEGRAM_BOT_TOKEN"
    secret_token_env: str = "TELEGRAM_WEBHOOK_SECRET"
    api_base_url: str = "https://api.telegram.org"
    webhook_url: str = ""
    officer_ids: tuple[int, ...] = ()


@dataclass(frozen=True, kw_only=True)
class ZaloSettings:
    app_id_env: str = "ZALO_APP_ID"
    secret_key_env: str = "ZALO_APP_SECRET"
    oa_secret_key_env: str = "ZALO_OA_SECRET_KEY"
    refresh_token_env: str = "ZALO_REFRESH_TOKEN"
    api_base_url: str = "https://openapi.zalo.me"
    oauth_base_url: str = "https://oauth.zaloapp.com"
    token_store: Path = Path("data/zalo-tokens.json")
    replay_window_seconds: int = 300


@dataclass(frozen=True, kw_only=True)
class WebSettings:
    quick_exit_url: str = "https://www.google.com/"
    # The chat page's title and header, per language ("vi", "en"): a city may choose a discreet one.
    title: dict[str, str] = field(
        default_factory=lambda: {"vi": "Helpline Companion", "en": "Helpline Companion"})
    cookie_secret_env: str = "COMPANION_COOKIE_SECRET"
    max_body_bytes: int = 65536


@dataclass(frozen=True, kw_only=True)
class ServerSettings:
    host: str = "127.0.0.1"
    port: int = 8080
    trusted_proxies: tuple[str, ...] = ()   # X-Forwarded-For is believed only from these
    header_timeout_seconds: float = 10.0    # a request's head must arrive within this
    body_timeout_seconds: float = 10.0      # and its body within this
    cpu_affinity: str | int = "auto"        # threads on one CPU: "auto", "off" or a CPU number


@dataclass(frozen=True, kw_only=True)
class OfficerSettings:
    accounts_file: Path = Path("data/officers.json")
    signin_free_failures: int = 5         # per client, before its backoff starts
    signin_max_backoff_seconds: int = 900
    account_burst: int = 10               # per account, from browsers it has not seen sign in
    account_per_minute: int = 6
    hash_concurrency: int = 2             # password checks at once (32 MiB each)


@dataclass(frozen=True, kw_only=True)
class HandoffSettings:
    """A live chat with a counsellor (bot/handoff): offered only within `hours` (the city's time
    zone) while a counsellor has the console open; otherwise the honest answer with 111."""

    enabled: bool = True
    hours: str = "08:00-20:00"             # "HH:MM-HH:MM" in [city] timezone; "00:00-24:00" = always
    minutes_per_person: int = 10           # for the expected wait: place in the queue × this
    ttl_minutes: int = 30                  # a queue entry or live chat untouched this long is gone
    max_waiting: int = 50                  # beyond this the honest answer is given instead
    redis_prefix: str = "companion:hd:"    # its keys, when [sessions] url is Redis


@dataclass(frozen=True, kw_only=True)
class CountingSettings:
    """Web-chat help requests counted per client and in all (scripted traffic cannot inflate the
    figures); everyone still gets every reply."""

    web_per_client: int = 20
    web_per_client_window_seconds: int = 3600
    web_global: int = 300
    web_global_window_seconds: int = 3600


@dataclass(frozen=True, kw_only=True)
class MetricsSettings:
    token_env: str = "COMPANION_METRICS_TOKEN"  # /metrics on the chat port needs this bearer token
    host: str = "127.0.0.1"
    port: int = 0                               # a separate port for /metrics; 0 = none
    emergency_step: int = 5                     # emergency counts shown rounded down to this
    emergency_period_seconds: int = 3600        # and only as of the last full period


@dataclass(frozen=True, kw_only=True)
class ResilienceSettings:
    """How the bot keeps answering when a store fails (bot/resilience)."""

    turn_deadline_seconds: float = 5.0     # past this a turn is answered with 113/115/111
    turn_threads: int = 8                  # engine turns run in this many threads, off the loop
    logbook_timeout_seconds: float = 2.0   # connect, statement and client-side deadline
    sessions_timeout_seconds: float = 0.25  # Redis socket timeout (retried once, with backoff)
    retry_after_seconds: float = 2.0       # a failed store is left alone this long
    health_interval_seconds: float = 1.0   # probes of each dependency, off the event loop
    spool_dir: Path = Path("data/spool")   # logbook writes waiting for the logbook


@dataclass(frozen=True, kw_only=True)
class FollowupSettings:
    """The opt-in check-in after a help request (bot/followup): off until the key is set."""

    key_env: str = "COMPANION_FOLLOWUP_KEY"         # the secret that encrypts what is kept
    sqlite_path: Path = Path("data/followups.db")   # used while the logbook is SQLite
    days: tuple[int, ...] = (1, 3, 7)               # the delays offered, in days
    day_seconds: int = 86400                        # the length of a "day" (shorter only in tests)
    zalo_proactive: bool = False                    # a verified OA with quota for proactive messages
    zalo_window_hours: int = 48                     # Zalo's reply window after the person's message
    answer_hours: int = 48                          # a typed answer is read as the check-in's this long
    interval_seconds: float = 30.0                  # how often due check-ins are looked for
    lease_seconds: int = 300                        # a claimed check-in not sent is retried after this
    max_attempts: int = 5                           # failed sends before a check-in is dropped
