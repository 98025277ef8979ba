"""`Settings`: the whole configuration, one frozen object passed to every part of the bot.

Sections a city rarely changes default to their dataclass defaults (bot/config/sections.py);
only the city and its hotline table must be given.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.config.sections import (
    CitySettings,
    CountingSettings,
    FollowupSettings,
    HandoffSettings,
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


@dataclass(frozen=True, kw_only=True)
class Settings:
    path: Path                 # the config file (or where it would be): relative paths start here
    city: CitySettings
    hotlines: tuple[Hotline, ...]
    default_language: str = "vi"                         # [language] default
    logbook_url: str = "sqlite:///data/logbook.db"        # [logbook] url
    min_count: int = 5                                    # [export] min_count
    providers_file: Path = Path("data/providers.yml")     # [providers] file
    wards_file: Path = Path("data/units/92.yml")          # [providers] wards_file ([city] province_code)
    stale_after_days: int = 180                           # [providers] stale_after_days
    content_dir: Path = Path("data/content")              # [content] dir
    sessions: SessionSettings = field(default_factory=SessionSettings)
    nlu: NluSettings = field(default_factory=NluSettings)
    telegram: TelegramSettings = field(default_factory=TelegramSettings)
    zalo: ZaloSettings = field(default_factory=ZaloSettings)
    web: WebSettings = field(default_factory=WebSettings)
    server: ServerSettings = field(default_factory=ServerSettings)
    officers: OfficerSettings = field(default_factory=OfficerSettings)
    counting: CountingSettings = field(default_factory=CountingSettings)
    handoff: HandoffSettings = field(default_factory=HandoffSettings)
    metrics: MetricsSettings = field(default_factory=MetricsSettings)
    resilience: ResilienceSettings = field(default_factory=ResilienceSettings)
    followup: FollowupSettings = field(default_factory=FollowupSettings)

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


def default(cls: type, name: str) -> Any:
    """The default of one field of a settings dataclass, so loaders never repeat a value."""
    spec = {f.name: f for f in dataclasses.fields(cls)}[name]
    if spec.default_factory is not dataclasses.MISSING:
        return spec.default_factory()
    return spec.default
