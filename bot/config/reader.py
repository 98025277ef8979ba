"""Typed access to one TOML table, failing with `config.toml: [section] key …`.

Every loader reads through a `Reader`, so every bad value is reported the same way whether the
settings came from a file or from a dict (`settings_from_mapping`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, NoReturn

from bot.config.errors import ConfigError

REQUIRED: Any = object()   # the default of a key that must be present


def show(value: Any) -> str:
    """A value as it would be written in the file, for error messages."""
    if isinstance(value, str):
        return f'"{value}"'
    return repr(value)


class Reader:
    """One table of the configuration, read key by key with a default for each key."""

    def __init__(self, file_name: str, base_dir: Path, section: str, table: Any):
        self.file_name = file_name
        self.base_dir = base_dir
        self.section = section
        if not isinstance(table, dict):
            self.fail(None, "must be a table")
        self.table: dict[str, Any] = table

    def fail(self, key: str | None, problem: str) -> NoReturn:
        where = f"[{self.section}] {key}" if key else f"[{self.section}]"
        raise ConfigError(f"{self.file_name}: {where} {problem}")

    def sub(self, key: str) -> Reader:
        """The table under `key` (missing counts as empty, so its own keys report missing)."""
        return Reader(self.file_name, self.base_dir,
                      f"{self.section}.{key}" if self.section else key, self.table.get(key, {}))

    def _get(self, key: str, default: Any) -> Any:
        if key not in self.table:
            if default is REQUIRED:
                self.fail(key, "is missing")
            return default
        return self.table[key]

    def str(self, key: str, default: Any = REQUIRED, allow_empty: bool = False) -> str:
        value = self._get(key, default)
        if not isinstance(value, str) or (not allow_empty and not value.strip()):
            self.fail(key, f"must be a non-empty string, got {show(value)}")
        return value

    def int(self, key: str, default: Any = REQUIRED, minimum: int = 1) -> int:
        value = self._get(key, default)
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            kind = "a positive integer" if minimum == 1 else f"an integer ≥ {minimum}"
            self.fail(key, f"must be {kind}, got {show(value)}")
        return value

    def float(self, key: str, default: Any = REQUIRED, low: float | None = None,
              high: float | None = None) -> float:
        value = self._get(key, default)
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.fail(key, f"must be a number, got {show(value)}")
        if (low is not None and value < low) or (high is not None and value > high):
            self.fail(key, f"must be between {low} and {high}, got {show(value)}")
        return float(value)

    def url(self, key: str, default: Any = REQUIRED, allow_empty: bool = False) -> str:
        value = self.str(key, default, allow_empty=allow_empty)
        if value and not value.startswith(("http://", "https://")):
            self.fail(key, f"must be an http(s) URL, got {show(value)}")
        return value.rstrip("/") if value else value

    def port(self, key: str, default: Any = REQUIRED, allow_zero: bool = False) -> int:
        value = self.int(key, default, minimum=0 if allow_zero else 1)
        if value > 65535:
            self.fail(key, f"must be a TCP port (1-65535){' or 0' if allow_zero else ''}, "
                           f"got {value}")
        return value

    def path(self, key: str, default: Path) -> Path:
        """A path; relative ones resolve against the config file's folder, so the bot runs the
        same from any working directory."""
        path = Path(self.str(key, str(default)))
        return path if path.is_absolute() else (self.base_dir / path).resolve()

    def one_of(self, key: str, default: str, choices: tuple[str, ...], problem: str) -> str:
        value = self.str(key, default)
        if value not in choices:
            self.fail(key, f"{problem}, got {show(value)}")
        return value
