"""From a file or a dict to `Settings`, through the same loaders and the same error lines.

`load_config` reads TOML; `settings_from_mapping` takes the dict TOML would give, so tests and
programs embedding the bot change a value in a dict instead of editing TOML text, and a bad
value still fails with `config.toml: [section] key …`.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from bot.config import loaders, loaders_serving
from bot.config.errors import ConfigError
from bot.config.reader import Reader
from bot.config.settings import Settings, default

DEFAULT_CONFIG = Path(__file__).resolve().parent.parent.parent / "config.toml"


def load_config(path: str | Path | None = None) -> Settings:
    """Read and validate a config file; raise `ConfigError` with one clear line on any problem."""
    file = (Path(path) if path else DEFAULT_CONFIG).resolve()
    try:
        raw = tomllib.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{file}: config file not found") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{file.name}: not valid TOML ({exc})") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{file}: cannot read config file ({exc})") from None
    return settings_from_mapping(raw, file.parent, file.name)


def settings_from_mapping(data: Mapping[str, Any], base_dir: str | Path,
                          file_name: str = "config.toml") -> Settings:
    """Validate `data` (what `tomllib` gives for a config file) as if it were the file
    `base_dir / file_name`: relative paths resolve against `base_dir`, errors name `file_name`."""
    base = Path(base_dir).resolve()
    if not isinstance(data, Mapping):
        raise ConfigError(f"{file_name}: must be a table of sections, got {type(data).__name__}")
    raw = dict(data)

    def section(name: str) -> Reader:
        return Reader(file_name, base, name, raw.get(name, {}))

    city = loaders.city(section("city"))
    default_language = loaders.language(section("language"), default(Settings, "default_language"))
    hotlines = loaders.hotlines(Reader(file_name, base, "", raw))
    logbook_url = loaders.logbook_url(section("logbook"), default(Settings, "logbook_url"))
    sessions = loaders.sessions(section("sessions"))
    nlu = loaders.nlu(section("nlu"))
    telegram = loaders.telegram(section("telegram"))
    zalo = loaders.zalo(section("zalo"))
    web = loaders.web(section("web"))
    server = loaders_serving.server(section("server"))
    officers = loaders_serving.officers(section("officers"))
    counting = loaders_serving.counting(section("counting"))
    handoff = loaders_serving.handoff(section("handoff"))
    metrics = loaders_serving.metrics(section("metrics"))
    resilience = loaders_serving.resilience(section("resilience"))
    followup = loaders_serving.followup(section("followup"))
    export, providers, content = section("export"), section("providers"), section("content")
    return Settings(
        path=base / file_name, city=city, hotlines=hotlines,
        default_language=default_language, logbook_url=logbook_url,
        min_count=export.int("min_count", default(Settings, "min_count")),
        providers_file=providers.path("file", default(Settings, "providers_file")),
        wards_file=providers.path("wards_file", Path(f"data/units/{city.province_code}.yml")),
        stale_after_days=providers.int("stale_after_days", default(Settings, "stale_after_days")),
        content_dir=content.path("dir", default(Settings, "content_dir")),
        sessions=sessions, nlu=nlu, telegram=telegram, zalo=zalo, web=web, server=server,
        officers=officers, counting=counting, handoff=handoff, metrics=metrics,
        resilience=resilience, followup=followup)
