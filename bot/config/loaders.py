"""One short loader per `config.toml` section: read its keys, check what a type cannot say,
build its dataclass. Defaults come from the dataclasses (`d = XSettings()`), never from here.

This module holds what the bot talks about and through (city, hotlines, language, stores, NLU,
channels); `loaders_serving.py` holds how it serves (server, officers, counting, metrics,
resilience)."""

from __future__ import annotations

import dataclasses
import zoneinfo

from bot.config.errors import ConfigError
from bot.config.reader import Reader, show
from bot.config.sections import (
    DEFAULT_TIMEZONE,
    Bounds,
    CitySettings,
    Hotline,
    NluSettings,
    SessionSettings,
    TelegramSettings,
    WebSettings,
    ZaloSettings,
)

LANGUAGES = ("vi", "en")
_PROVINCE_DEFAULT = {f.name: f.default for f in dataclasses.fields(CitySettings)}["province_code"]


def city(r: Reader) -> CitySettings:
    tz_name = r.str("timezone", DEFAULT_TIMEZONE)
    try:
        tz = zoneinfo.ZoneInfo(tz_name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        r.fail("timezone", f'must be an IANA time zone such as "{DEFAULT_TIMEZONE}", got "{tz_name}"')
    b = r.sub("bounds")
    bounds = Bounds(b.float("south", low=-90, high=90), b.float("west", low=-180, high=180),
                    b.float("north", low=-90, high=90), b.float("east", low=-180, high=180))
    if bounds.south >= bounds.north or bounds.west >= bounds.east:
        b.fail(None, "must have south < north and west < east")
    return CitySettings(name=r.str("name"), name_en=r.str("name_en", r.table.get("name", "")),
                        timezone=tz, bounds=bounds,
                        province_code=r.int("province_code", _PROVINCE_DEFAULT))


REQUIRED_HOTLINES = ("national", "police", "ambulance")


def hotlines(root: Reader) -> tuple[Hotline, ...]:
    """The [[hotlines]] array of the whole file (`root`): at least 111, 113 and 115, numbers as
    digits and spaces."""
    file_name, raw = root.file_name, root.table.get("hotlines")
    if not isinstance(raw, list) or not raw:
        raise ConfigError(f"{file_name}: [[hotlines]] must list at least the 111, 113 and 115 lines")
    result = []
    for index, table in enumerate(raw, start=1):
        h = Reader(file_name, root.base_dir, f"hotlines #{index}", table)
        number = h.str("number")
        if not number.replace(" ", "").isdigit():
            h.fail("number", f"must be digits and spaces, got {show(number)}")
        label = {lang: h.str(f"label_{lang}") for lang in LANGUAGES}
        note = {lang: h.table[f"note_{lang}"] for lang in LANGUAGES
                if isinstance(h.table.get(f"note_{lang}"), str)}
        result.append(Hotline(id=h.str("id"), number=number, label=label,
                              source=h.str("source"), note=note))
    ids = [h.id for h in result]
    for needed in REQUIRED_HOTLINES:
        if needed not in ids:
            raise ConfigError(f'{file_name}: [[hotlines]] needs an entry with id = "{needed}"')
    return tuple(result)


def language(r: Reader, default: str) -> str:
    return r.one_of("default", default, LANGUAGES, 'must be one of "vi", "en"')


def logbook_url(r: Reader, default: str) -> str:
    url = r.str("url", default)
    if not url.startswith(("sqlite:///", "postgresql://", "postgres://")):
        r.fail("url", f'must start with "sqlite:///" or "postgresql://", got "{url}"')
    return url


def sessions(r: Reader) -> SessionSettings:
    d = SessionSettings()
    url = r.str("url", d.url)
    if not url.startswith(("memory://", "redis://", "rediss://")):
        r.fail("url", f'must be "memory://" or a redis:// URL, got "{url}"')
    return SessionSettings(
        ttl_minutes=r.int("ttl_minutes", d.ttl_minutes), url=url,
        flood_max_messages=r.int("flood_max_messages", d.flood_max_messages),
        flood_window_seconds=r.int("flood_window_seconds", d.flood_window_seconds))


def nlu(r: Reader) -> NluSettings:
    d = NluSettings()
    backend = r.one_of("backend", d.backend, ("builtin", "rasa"), 'must be "builtin" or "rasa"')
    settings = NluSettings(
        backend=backend,
        intents_dir=r.path("intents_dir", d.intents_dir),
        cache_dir=r.path("cache_dir", d.cache_dir),
        threshold=r.float("threshold", d.threshold, low=0.0, high=1.0),
        rasa_url=r.url("rasa_url", d.rasa_url, allow_empty=True),
        rasa_timeout_seconds=r.float("rasa_timeout_seconds", d.rasa_timeout_seconds,
                                     low=0.05, high=60))
    if backend == "rasa" and not settings.rasa_url:
        r.fail("rasa_url", 'must be set when backend = "rasa"')
    return settings


def telegram(r: Reader) -> TelegramSettings:
    d = TelegramSettings()
    ids = r.table.get("officer_ids", list(d.officer_ids))
    if not isinstance(ids, list) or not all(
            isinstance(i, int) and not isinstance(i, bool) for i in ids):
        r.fail("officer_ids", f"must be a list of Telegram user ids (integers), got {show(ids)}")
    return TelegramSettings(
        token_env=r.str("token_env", d.token_env),
        secret_token_env=r.str("secret_token_env", d.secret_token_env),
        api_base_url=r.url("api_base_url", d.api_base_url),
        webhook_url=r.url("webhook_url", d.webhook_url, allow_empty=True),
        officer_ids=tuple(ids))


def zalo(r: Reader) -> ZaloSettings:
    d = ZaloSettings()
    return ZaloSettings(
        app_id_env=r.str("app_id_env", d.app_id_env),
        secret_key_env=r.str("secret_key_env", d.secret_key_env),
        oa_secret_key_env=r.str("oa_secret_key_env", d.oa_secret_key_env),
        refresh_token_env=r.str("refresh_token_env", d.refresh_token_env),
        api_base_url=r.url("api_base_url", d.api_base_url),
        oauth_base_url=r.url("oauth_base_url", d.oauth_base_url),
        token_store=r.path("token_store", d.token_store),
        replay_window_seconds=r.int("replay_window_seconds", d.replay_window_seconds))


def web(r: Reader) -> WebSettings:
    d = WebSettings()
    return WebSettings(quick_exit_url=r.url("quick_exit_url", d.quick_exit_url),
                       title=per_language(r, "title", d.title),
                       cookie_secret_env=r.str("cookie_secret_env", d.cookie_secret_env),
                       max_body_bytes=r.int("max_body_bytes", d.max_body_bytes))


def per_language(r: Reader, key: str, default: dict[str, str]) -> dict[str, str]:
    """A text in every language: one string for all, or a table `{ vi = "…", en = "…" }`."""
    value = r.table.get(key, default)
    if isinstance(value, str):
        value = dict.fromkeys(LANGUAGES, value)
    if not (isinstance(value, dict) and set(value) == set(LANGUAGES)
            and all(isinstance(v, str) and v.strip() for v in value.values())):
        r.fail(key, f'must be a non-empty string or a table {{ vi = "…", en = "…" }}, '
                    f"got {show(value)}")
    return {language: value[language].strip() for language in LANGUAGES}
