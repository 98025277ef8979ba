"""`config.toml` → frozen, validated settings.

Every non-secret setting lives in the file; secrets (tokens, keys) are only ever read from the
environment variables the file names. A bad value stops start-up with one line that names the key
and what is wrong with it (`ConfigError`), never a traceback. Relative paths resolve against the
folder of the config file, so `companion --config /etc/companion/config.toml` works from anywhere.
"""

from __future__ import annotations

import ipaddress
import os
import tomllib
import zoneinfo
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DEFAULT_CONFIG = Path(__file__).resolve().parent.parent / "config.toml"
LANGUAGES = ("vi", "en")


class ConfigError(Exception):
    """A configuration problem, phrased for the person running the bot."""


@dataclass(frozen=True)
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


@dataclass(frozen=True)
class CitySettings:
    name: str
    name_en: str
    timezone: zoneinfo.ZoneInfo
    bounds: Bounds


@dataclass(frozen=True)
class SessionSettings:
    ttl_minutes: int
    url: str
    flood_max_messages: int
    flood_window_seconds: int


@dataclass(frozen=True)
class NluSettings:
    backend: str
    intents_dir: Path
    cache_dir: Path
    threshold: float
    rasa_url: str
    rasa_timeout_seconds: float


@dataclass(frozen=True)
class TelegramSettings:
    token_env: str
    secret_token_env: str
    api_base_url: str
    webhook_url: str
    officer_ids: tuple[int, ...]


@dataclass(frozen=True)
class ZaloSettings:
    app_id_env: str
    secret_key_env: str
    oa_secret_key_env: str
    refresh_token_env: str
    api_base_url: str
    oauth_base_url: str
    token_store: Path
    replay_window_seconds: int


@dataclass(frozen=True)
class WebSettings:
    quick_exit_url: str
    cookie_secret_env: str
    max_body_bytes: int


@dataclass(frozen=True)
class ServerSettings:
    host: str
    port: int
    trusted_proxies: tuple[str, ...] = ()   # X-Forwarded-For is believed only from these
    header_timeout_seconds: float = 10.0    # a request's head must arrive within this
    body_timeout_seconds: float = 10.0      # and its body within this


@dataclass(frozen=True)
class OfficerSettings:
    accounts_file: Path
    signin_free_failures: int = 5         # per client, before its backoff starts
    signin_max_backoff_seconds: int = 900
    account_burst: int = 10               # per account, from browsers it has not seen sign in
    account_per_minute: int = 6
    hash_concurrency: int = 2             # password checks at once (32 MiB each)


@dataclass(frozen=True)
class CountingSettings:
    """Web-chat help requests counted per client and in all (scripted traffic cannot inflate the
    figures); everyone still gets every reply."""

    web_per_client: int = 20
    web_per_client_window_seconds: int = 3600
    web_global: int = 300
    web_global_window_seconds: int = 3600


@dataclass(frozen=True)
class MetricsSettings:
    token_env: str = "COMPANION_METRICS_TOKEN"  # /metrics on the chat port needs this bearer token
    host: str = "127.0.0.1"
    port: int = 0                               # a separate port for /metrics; 0 = none
    emergency_step: int = 5                     # emergency counts shown rounded down to this
    emergency_period_seconds: int = 3600        # and only as of the last full period


@dataclass(frozen=True)
class ResilienceSettings:
    """How the bot keeps answering when a store fails (bot/resilience)."""

    turn_deadline_seconds: float = 5.0     # past this a turn is answered with 113/115/111
    turn_threads: int = 8                  # engine turns run in this many threads, off the loop
    logbook_timeout_seconds: float = 2.0   # connect, statement and client-side deadline
    sessions_timeout_seconds: float = 0.25  # Redis socket timeout (retried once, with backoff)
    retry_after_seconds: float = 2.0       # a failed store is left alone this long
    health_interval_seconds: float = 1.0   # probes of each dependency, off the event loop
    spool_dir: Path = Path("data/spool")   # logbook writes waiting for the logbook


@dataclass(frozen=True)
class Settings:
    path: Path
    city: CitySettings
    default_language: str
    hotlines: tuple[Hotline, ...]
    logbook_url: str
    sessions: SessionSettings
    min_count: int
    providers_file: Path
    wards_file: Path
    content_dir: Path
    stale_after_days: int
    nlu: NluSettings
    telegram: TelegramSettings
    zalo: ZaloSettings
    web: WebSettings
    server: ServerSettings
    officers: OfficerSettings
    counting: CountingSettings = field(default_factory=CountingSettings)
    metrics: MetricsSettings = field(default_factory=MetricsSettings)
    resilience: ResilienceSettings = field(default_factory=ResilienceSettings)

    def hotline(self, hotline_id: str) -> Hotline:
        for hotline in self.hotlines:
            if hotline.id == hotline_id:
                return hotline
        raise KeyError(hotline_id)

    def secret(self, env_name: str) -> str | None:
        """Read a secret from the environment; empty means unset."""
        value = os.environ.get(env_name, "").strip()
        return value or None

    def resolve(self, value: str | Path) -> Path:
        path = Path(value)
        return path if path.is_absolute() else (self.path.parent / path).resolve()

    @property
    def logbook_path(self) -> Path | None:
        """The SQLite file behind `logbook_url`, or None for another backend."""
        if self.logbook_url.startswith("sqlite:///"):
            return self.resolve(self.logbook_url.removeprefix("sqlite:///"))
        return None


class _Reader:
    """Typed access to one TOML table that reports errors as `file: [section] key …`."""

    def __init__(self, file: Path, section: str, table: Any):
        self.file = file
        self.section = section
        if not isinstance(table, dict):
            self.fail(None, "must be a table")
        self.table: dict[str, Any] = table

    def fail(self, key: str | None, problem: str) -> None:
        where = f"[{self.section}] {key}" if key else f"[{self.section}]"
        raise ConfigError(f"{self.file.name}: {where} {problem}")

    def _get(self, key: str, default: Any) -> Any:
        if key not in self.table:
            if default is _REQUIRED:
                self.fail(key, "is missing")
            return default
        return self.table[key]

    def str(self, key: str, default: Any = None, allow_empty: bool = False) -> str:
        value = self._get(key, _REQUIRED if default is None else default)
        if not isinstance(value, str) or (not allow_empty and not value.strip()):
            self.fail(key, f"must be a non-empty string, got {_show(value)}")
        return value

    def int(self, key: str, default: Any = None, minimum: int = 1) -> int:
        value = self._get(key, _REQUIRED if default is None else default)
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            kind = "a positive integer" if minimum == 1 else f"an integer ≥ {minimum}"
            self.fail(key, f"must be {kind}, got {_show(value)}")
        return value

    def float(self, key: str, default: Any = None, low: float | None = None,
              high: float | None = None) -> float:
        value = self._get(key, _REQUIRED if default is None else default)
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.fail(key, f"must be a number, got {_show(value)}")
        if (low is not None and value < low) or (high is not None and value > high):
            self.fail(key, f"must be between {low} and {high}, got {_show(value)}")
        return float(value)

    def url(self, key: str, default: Any = None, allow_empty: bool = False) -> str:
        value = self.str(key, default, allow_empty=allow_empty)
        if value and not value.startswith(("http://", "https://")):
            self.fail(key, f"must be an http(s) URL, got {_show(value)}")
        return value.rstrip("/") if value else value

    def sub(self, key: str) -> _Reader:
        return _Reader(self.file, f"{self.section}.{key}" if self.section else key,
                       self.table.get(key, {}))


_REQUIRED = object()


def _show(value: Any) -> str:
    if isinstance(value, str):
        return f'"{value}"'
    return repr(value)


def load_config(path: str | Path | None = None) -> Settings:
    """Read and validate a config file; raise `ConfigError` with one clear line on any problem."""
    file = Path(path) if path else DEFAULT_CONFIG
    file = file.resolve()
    try:
        raw = tomllib.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{file}: config file not found") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{file.name}: not valid TOML ({exc})") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{file}: cannot read config file ({exc})") from None
    return _build(file, raw)


def _section(file: Path, raw: dict[str, Any], name: str) -> _Reader:
    return _Reader(file, name, raw.get(name, {}))


def _build(file: Path, raw: dict[str, Any]) -> Settings:
    def rel(value: str) -> Path:
        p = Path(value)
        return p if p.is_absolute() else (file.parent / p).resolve()

    city = _section(file, raw, "city")
    tz_name = city.str("timezone", "Asia/Ho_Chi_Minh")
    try:
        tz = zoneinfo.ZoneInfo(tz_name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        city.fail("timezone", f'must be an IANA time zone such as "Asia/Ho_Chi_Minh", got "{tz_name}"')
    b = city.sub("bounds")
    bounds = Bounds(b.float("south", low=-90, high=90), b.float("west", low=-180, high=180),
                    b.float("north", low=-90, high=90), b.float("east", low=-180, high=180))
    if bounds.south >= bounds.north or bounds.west >= bounds.east:
        b.fail(None, "must have south < north and west < east")
    city_settings = CitySettings(city.str("name"), city.str("name_en", city.table.get("name", "")),
                                 tz, bounds)

    lang = _section(file, raw, "language")
    default_language = lang.str("default", "vi")
    if default_language not in LANGUAGES:
        lang.fail("default", f'must be one of "vi", "en", got "{default_language}"')

    hotlines = _hotlines(file, raw.get("hotlines"))

    logbook = _section(file, raw, "logbook")
    logbook_url = logbook.str("url", "sqlite:///data/logbook.db")
    if not logbook_url.startswith(("sqlite:///", "postgresql://", "postgres://")):
        logbook.fail("url", f'must start with "sqlite:///" or "postgresql://", got "{logbook_url}"')

    sessions = _section(file, raw, "sessions")
    session_url = sessions.str("url", "memory://")
    if not session_url.startswith(("memory://", "redis://", "rediss://")):
        sessions.fail("url", f'must be "memory://" or a redis:// URL, got "{session_url}"')
    session_settings = SessionSettings(
        sessions.int("ttl_minutes", 30), session_url,
        sessions.int("flood_max_messages", 20), sessions.int("flood_window_seconds", 60))

    export = _section(file, raw, "export")
    providers = _section(file, raw, "providers")
    content = _section(file, raw, "content")

    nlu = _section(file, raw, "nlu")
    backend = nlu.str("backend", "builtin")
    if backend not in ("builtin", "rasa"):
        nlu.fail("backend", f'must be "builtin" or "rasa", got "{backend}"')
    nlu_settings = NluSettings(
        backend=backend,
        intents_dir=rel(nlu.str("intents_dir", "intents")),
        cache_dir=rel(nlu.str("cache_dir", "data/.nlu-cache")),
        threshold=nlu.float("threshold", 0.45, low=0.0, high=1.0),
        rasa_url=nlu.url("rasa_url", "", allow_empty=True),
        rasa_timeout_seconds=nlu.float("rasa_timeout_seconds", 2.0, low=0.05, high=60),
    )
    if backend == "rasa" and not nlu_settings.rasa_url:
        nlu.fail("rasa_url", 'must be set when backend = "rasa"')

    tg = _section(file, raw, "telegram")
    officer_ids = tg.table.get("officer_ids", [])
    if not isinstance(officer_ids, list) or not all(
            isinstance(i, int) and not isinstance(i, bool) for i in officer_ids):
        tg.fail("officer_ids", f"must be a list of Telegram user ids (integers), got {_show(officer_ids)}")
    telegram = TelegramSettings(
        token_env=tg.str("token_env", "TELEGRAM_BOT_TOKEN"),
        secret_token_env=tg.str("secret_token_env", "TELEGRAM_WEBHOOK_SECRET"),
        api_base_url=tg.url("api_base_url", "https://api.telegram.org"),
        webhook_url=tg.url("webhook_url", "", allow_empty=True),
        officer_ids=tuple(officer_ids),
    )

    za = _section(file, raw, "zalo")
    zalo = ZaloSettings(
        app_id_env=za.str("app_id_env", "ZALO_APP_ID"),
        secret_key_env=za.str("secret_key_env", "ZALO_APP_SECRET"),
        oa_secret_key_env=za.str("oa_secret_key_env", "ZALO_OA_SECRET_KEY"),
        refresh_token_env=za.str("refresh_token_env", "ZALO_REFRESH_TOKEN"),
        api_base_url=za.url("api_base_url", "https://openapi.zalo.me"),
        oauth_base_url=za.url("oauth_base_url", "https://oauth.zaloapp.com"),
        token_store=rel(za.str("token_store", "data/zalo-tokens.json")),
        replay_window_seconds=za.int("replay_window_seconds", 300),
    )

    web = _section(file, raw, "web")
    web_settings = WebSettings(
        quick_exit_url=web.url("quick_exit_url", "https://www.google.com/"),
        cookie_secret_env=web.str("cookie_secret_env", "COMPANION_COOKIE_SECRET"),
        max_body_bytes=web.int("max_body_bytes", 65536),
    )

    server = _section(file, raw, "server")
    port = server.int("port", 8080)
    if port > 65535:
        server.fail("port", f"must be a TCP port (1-65535), got {port}")

    officers = _section(file, raw, "officers")
    proxies = server.table.get("trusted_proxies", [])
    if not isinstance(proxies, list) or not all(isinstance(p, str) for p in proxies):
        server.fail("trusted_proxies", f"must be a list of addresses or networks, got {_show(proxies)}")
    for proxy in proxies:
        try:
            ipaddress.ip_network(proxy.strip(), strict=False)
        except ValueError:
            server.fail("trusted_proxies", f"{_show(proxy)} is not an IP address or network")
    server_settings = ServerSettings(
        server.str("host", "127.0.0.1"), port, tuple(proxies),
        server.float("header_timeout_seconds", 10.0, low=0.5, high=300),
        server.float("body_timeout_seconds", 10.0, low=0.5, high=300))
    officer_settings = OfficerSettings(
        rel(officers.str("accounts_file", "data/officers.json")),
        signin_free_failures=officers.int("signin_free_failures", 5),
        signin_max_backoff_seconds=officers.int("signin_max_backoff_seconds", 900),
        account_burst=officers.int("account_burst", 10),
        account_per_minute=officers.int("account_per_minute", 6),
        hash_concurrency=officers.int("hash_concurrency", 2))
    counting = _section(file, raw, "counting")
    counting_settings = CountingSettings(
        web_per_client=counting.int("web_per_client", 20),
        web_per_client_window_seconds=counting.int("web_per_client_window_seconds", 3600),
        web_global=counting.int("web_global", 300),
        web_global_window_seconds=counting.int("web_global_window_seconds", 3600))
    met = _section(file, raw, "metrics")
    metrics_settings = MetricsSettings(
        token_env=met.str("token_env", "COMPANION_METRICS_TOKEN"),
        host=met.str("host", "127.0.0.1"), port=met.int("port", 0, minimum=0),
        emergency_step=met.int("emergency_step", 5),
        emergency_period_seconds=met.int("emergency_period_seconds", 3600))
    if metrics_settings.port > 65535:
        met.fail("port", f"must be a TCP port (1-65535) or 0, got {metrics_settings.port}")
    res = _section(file, raw, "resilience")
    resilience_settings = ResilienceSettings(
        turn_deadline_seconds=res.float("turn_deadline_seconds", 5.0, low=0.1, high=120),
        turn_threads=res.int("turn_threads", 8),
        logbook_timeout_seconds=res.float("logbook_timeout_seconds", 2.0, low=0.1, high=60),
        sessions_timeout_seconds=res.float("sessions_timeout_seconds", 0.25, low=0.05, high=30),
        retry_after_seconds=res.float("retry_after_seconds", 2.0, low=0.05, high=600),
        health_interval_seconds=res.float("health_interval_seconds", 1.0, low=0.05, high=600),
        spool_dir=rel(res.str("spool_dir", "data/spool")))

    return Settings(
        path=file,
        city=city_settings,
        default_language=default_language,
        hotlines=hotlines,
        logbook_url=logbook_url,
        sessions=session_settings,
        min_count=export.int("min_count", 5),
        providers_file=rel(providers.str("file", "data/providers.yml")),
        wards_file=rel(providers.str("wards_file", "data/wards.yml")),
        content_dir=rel(content.str("dir", "data/content")),
        stale_after_days=providers.int("stale_after_days", 180),
        nlu=nlu_settings,
        telegram=telegram,
        zalo=zalo,
        web=web_settings,
        server=server_settings,
        officers=officer_settings,
        counting=counting_settings,
        metrics=metrics_settings,
        resilience=resilience_settings,
    )


REQUIRED_HOTLINES = ("national", "police", "ambulance")


def _hotlines(file: Path, raw: Any) -> tuple[Hotline, ...]:
    if not isinstance(raw, list) or not raw:
        raise ConfigError(f"{file.name}: [[hotlines]] must list at least the 111, 113 and 115 lines")
    result = []
    for index, table in enumerate(raw, start=1):
        reader = _Reader(file, f"hotlines #{index}", table)
        number = reader.str("number")
        if not number.replace(" ", "").isdigit():
            reader.fail("number", f"must be digits and spaces, got {_show(number)}")
        label = {lang: reader.str(f"label_{lang}") for lang in LANGUAGES}
        note = {lang: reader.table[f"note_{lang}"] for lang in LANGUAGES
                if isinstance(reader.table.get(f"note_{lang}"), str)}
        result.append(Hotline(reader.str("id"), number, label, reader.str("source"), note))
    ids = [h.id for h in result]
    for needed in REQUIRED_HOTLINES:
        if needed not in ids:
            raise ConfigError(f'{file.name}: [[hotlines]] needs an entry with id = "{needed}"')
    return tuple(result)
