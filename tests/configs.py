"""Settings for tests built from dicts, not from edited TOML text.

`configure(project, {"sessions": {"url": …}})` reads the project copy's config.toml with tomllib,
merges the changes in, writes the result back (so commands started with `--config` read the same
settings) and returns the `Settings` built from the dict by `settings_from_mapping`, through the
same validation as the file.
"""

from __future__ import annotations

import copy
import json
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from bot.config import Settings, settings_from_mapping

ROOT = Path(__file__).resolve().parent.parent


def read(path: Path = ROOT / "config.toml") -> dict[str, Any]:
    """A config file as the dict `tomllib` gives (the shipped one by default)."""
    return tomllib.loads(path.read_text(encoding="utf-8"))


def merged(data: Mapping[str, Any], changes: Mapping[str, Any]) -> dict[str, Any]:
    """`data` with `changes` laid over it: tables merge key by key, anything else is replaced."""
    result = copy.deepcopy(dict(data))
    for key, value in changes.items():
        if isinstance(value, Mapping) and isinstance(result.get(key), dict):
            result[key] = merged(result[key], value)
        else:
            result[key] = copy.deepcopy(value)
    return result


def configure(project: Path, changes: Mapping[str, Any]) -> Settings:
    """The project copy's config.toml with `changes` merged in, written back and built."""
    path = project / "config.toml"
    data = merged(read(path), changes)
    path.write_text(to_toml(data), encoding="utf-8")
    return settings_from_mapping(data, project)


def to_toml(data: Mapping[str, Any]) -> str:
    """The subset of TOML a config file uses: tables of scalars, lists and inline tables, and
    arrays of tables (`[[hotlines]]`)."""
    lines = [f"{key} = {_value(value)}" for key, value in data.items()
             if not isinstance(value, Mapping) and not _is_tables(value)]
    for key, value in data.items():
        if isinstance(value, Mapping):
            lines += ["", f"[{key}]", *(f"{k} = {_value(v)}" for k, v in value.items())]
        elif _is_tables(value):
            for table in value:
                lines += ["", f"[[{key}]]", *(f"{k} = {_value(v)}" for k, v in table.items())]
    return "\n".join(lines).lstrip("\n") + "\n"


def _is_tables(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, Mapping) for v in value)


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    if isinstance(value, Mapping):
        return "{ " + ", ".join(f"{k} = {_value(v)}" for k, v in value.items()) + " }"
    raise TypeError(f"cannot write {type(value).__name__} as TOML")
