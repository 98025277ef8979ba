"""Configuration: one clear line naming the key on a bad value, never a traceback, the same
whether the settings come from the file or from a dict."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from bot.config import ConfigError, load_config, settings_from_mapping
from tests.configs import merged, read, to_toml

BAD_VALUES = [
    ({"sessions": {"ttl_minutes": "abc"}},
     'config.toml: [sessions] ttl_minutes must be a positive integer, got "abc"'),
    ({"city": {"timezone": "Mars/Olympus"}}, "config.toml: [city] timezone must be an IANA time zone"),
    ({"export": {"min_count": 0}}, "config.toml: [export] min_count must be a positive integer"),
    ({"language": {"default": "fr"}}, '[language] default must be one of "vi", "en"'),
    ({"logbook": {"url": "mysql://x"}}, "[logbook] url must start with"),
    ({"telegram": {"officer_ids": ["bob"]}}, "[telegram] officer_ids must be a list"),
    ({"server": {"port": 70000}}, "config.toml: [server] port must be a TCP port (1-65535), got 70000"),
    ({"server": {"cpu_affinity": "fast"}},
     'config.toml: [server] cpu_affinity must be "auto", "off" or a CPU number (0, 1, …), got "fast"'),
    ({"server": {"cpu_affinity": -1}}, "[server] cpu_affinity must be \"auto\", \"off\" or a CPU"),
    ({"server": {"cpu_affinity": True}}, "[server] cpu_affinity must be \"auto\", \"off\" or a CPU"),
    ({"metrics": {"port": 70000}}, "[metrics] port must be a TCP port (1-65535) or 0, got 70000"),
    ({"nlu": {"backend": "rasa"}}, '[nlu] rasa_url must be set when backend = "rasa"'),
    ({"hotlines": []}, "config.toml: [[hotlines]] must list at least the 111, 113 and 115 lines"),
]


def _write(project: Path, changes: dict[str, Any]) -> Path:
    path = project / "config.toml"
    path.write_text(to_toml(merged(read(path), changes)), encoding="utf-8")
    return path


def test_shipped_config_loads(settings):
    assert settings.city.timezone.key == "Asia/Ho_Chi_Minh"
    assert settings.hotline("national").number == "111"
    assert settings.min_count == 5
    # relative paths resolve against the config file's folder
    assert settings.logbook_path == settings.path.parent / "data" / "logbook.db"


@pytest.mark.parametrize(("changes", "message"), BAD_VALUES)
def test_bad_values_name_the_key(project_copy, changes, message):
    with pytest.raises(ConfigError) as from_file:
        load_config(_write(project_copy, changes))
    assert message in str(from_file.value)
    with pytest.raises(ConfigError) as from_dict:
        settings_from_mapping(merged(read(), changes), project_copy)
    assert str(from_dict.value) == str(from_file.value)


def test_cli_reports_one_line_and_exit_2(project_copy):
    path = _write(project_copy, {"sessions": {"ttl_minutes": "abc"}})
    result = subprocess.run([sys.executable, "-m", "bot", "--config", str(path), "providers", "check"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert lines == ['companion: config.toml: [sessions] ttl_minutes must be a positive integer, got "abc"']
    assert "Traceback" not in result.stderr


def test_missing_file_and_bad_toml(tmp_path):
    with pytest.raises(ConfigError, match="config file not found"):
        load_config(tmp_path / "nope.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text("[city\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(bad)


def test_secrets_come_from_environment(settings, monkeypatch):
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    assert settings.secret(settings.telegram.token_env) is None
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123:abc")
    assert settings.secret(settings.telegram.token_env) == "123:abc"
