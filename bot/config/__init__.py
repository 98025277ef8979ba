"""`config.toml` → frozen, validated settings.

Every non-secret setting lives in the file; secrets (tokens, keys) are only ever read from the
environment variables the file names. A bad value stops start-up with one line that names the key
and what is wrong with it (`ConfigError`), never a traceback. Relative paths resolve against the
folder of the config file, so `companion --config /etc/companion/config.toml` works from anywhere.

Layout: `errors` (ConfigError), `reader` (typed access to one table, the error lines),
`sections` (one dataclass per section, holding the only defaults), `settings` (Settings),
`loaders` and `loaders_serving` (one short function per section), `build` (`load_config`,
`settings_from_mapping`).
"""

from __future__ import annotations

from bot.config.build import DEFAULT_CONFIG, load_config, settings_from_mapping
from bot.config.errors import ConfigError
from bot.config.loaders import LANGUAGES, REQUIRED_HOTLINES
from bot.config.sections import (
    Bounds,
    CitySettings,
    CountingSettings,
    Hotline,
    MetricsSettings,
    NluSettings,
    OfficerSettings,
    ResilienceSettings,
    ServerSettings,
    SessionSettings,
    TelegramSettings,
    WebSettings,
    ZaloSettings,
)
from bot.config.settings import Settings

__all__ = [
    "DEFAULT_CONFIG", "LANGUAGES", "REQUIRED_HOTLINES", "Bounds", "CitySettings", "ConfigError",
    "CountingSettings", "Hotline", "MetricsSettings", "NluSettings", "OfficerSettings",
    "ResilienceSettings", "ServerSettings", "SessionSettings", "Settings", "TelegramSettings",
    "WebSettings", "ZaloSettings", "load_config", "settings_from_mapping",
]
