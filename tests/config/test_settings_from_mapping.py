"""`settings_from_mapping`: a dict goes through the same validation as the file, and the
defaults written (commented out) in config.toml are the ones in bot/config/sections.py."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import pytest

from bot.config import ConfigError, load_config, settings_from_mapping
from tests.configs import ROOT, merged, read

SECTION = re.compile(r"^\[([a-z_]+)\]")
DOCUMENTED = re.compile(r"^# ([a-z_]+) = (.+)$")


def documented_defaults() -> dict[str, dict[str, Any]]:
    """The `# key = value` lines of config.toml, by section, parsed as TOML."""
    result: dict[str, dict[str, Any]] = {}
    section = None
    for line in (ROOT / "config.toml").read_text(encoding="utf-8").splitlines():
        if match := SECTION.match(line):
            section = match.group(1)
        elif (match := DOCUMENTED.match(line)) and section:
            key, rest = match.groups()
            result.setdefault(section, {})[key] = tomllib.loads(f"v = {rest}")["v"]
    return result


def test_a_valid_dict_gives_the_same_settings_as_the_file() -> None:
    assert settings_from_mapping(read(), ROOT) == load_config(ROOT / "config.toml")


def test_a_changed_value_and_relative_paths(tmp_path: Path) -> None:
    settings = settings_from_mapping(
        merged(read(), {"sessions": {"url": "redis://127.0.0.1:6379/3", "ttl_minutes": 5},
                        "telegram": {"officer_ids": [42]},
                        "providers": {"file": "elsewhere/providers.yml"},
                        "resilience": {"spool_dir": "/var/spool/companion"}}), tmp_path)
    assert settings.sessions.url == "redis://127.0.0.1:6379/3"
    assert settings.sessions.ttl_minutes == 5
    assert settings.telegram.officer_ids == (42,)
    assert settings.providers_file == tmp_path.resolve() / "elsewhere" / "providers.yml"
    assert settings.resilience.spool_dir == Path("/var/spool/companion")
    assert settings.path == tmp_path.resolve() / "config.toml"
    assert settings.logbook_path == tmp_path.resolve() / "data" / "logbook.db"


def test_a_bad_value_is_the_same_one_line_as_from_the_file(tmp_path: Path) -> None:
    data = merged(read(), {"sessions": {"ttl_minutes": "abc"}})
    with pytest.raises(ConfigError) as err:
        settings_from_mapping(data, tmp_path)
    assert str(err.value) == \
        'config.toml: [sessions] ttl_minutes must be a positive integer, got "abc"'
    with pytest.raises(ConfigError, match=r"^city\.toml: \[sessions\] ttl_minutes"):
        settings_from_mapping(data, tmp_path, "city.toml")
    with pytest.raises(ConfigError, match=r"^config\.toml: \[web\] must be a table$"):
        settings_from_mapping(merged(read(), {"web": "x"}), tmp_path)
    with pytest.raises(ConfigError, match=r"^config\.toml: must be a table"):
        settings_from_mapping([], tmp_path)  # type: ignore[arg-type]


def test_only_the_city_and_hotlines_are_required() -> None:
    shipped = read()
    minimal = {"city": shipped["city"], "hotlines": shipped["hotlines"]}
    assert settings_from_mapping(minimal, ROOT) == settings_from_mapping(shipped, ROOT)
    with pytest.raises(ConfigError, match=r"^config\.toml: \[city\.bounds\] south is missing$"):
        settings_from_mapping({"hotlines": shipped["hotlines"]}, ROOT)


def test_config_toml_documents_the_defaults_of_the_code() -> None:
    """Uncommenting every `# key = value` line of config.toml changes nothing: the file shows
    the defaults the code has, and no other."""
    documented = documented_defaults()
    assert len([k for keys in documented.values() for k in keys]) >= 50
    shipped = read()
    assert settings_from_mapping(merged(shipped, documented), ROOT) == \
        settings_from_mapping(shipped, ROOT)


@pytest.mark.parametrize(("section", "key"), [
    (section, key) for section, keys in documented_defaults().items() for key in keys])
def test_every_documented_key_is_read(section: str, key: str) -> None:
    """A typo in config.toml's documentation (or a key the loaders forgot) would pass the test
    above; a value of the wrong type must be refused, naming the key."""
    with pytest.raises(ConfigError, match=rf"\[{section}\] {key} "):
        settings_from_mapping(merged(read(), {section: {key: {"wrong": "type"}}}), ROOT)
