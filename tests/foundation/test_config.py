"""Configuration: one clear line naming the key on a bad value, never a traceback."""

from __future__ import annotations

import subprocess
import sys

import pytest

from bot.config import ConfigError, load_config


def _with(project_copy, old: str, new: str):
    path = project_copy / "config.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def test_shipped_config_loads(settings):
    assert settings.city.timezone.key == "Asia/Ho_Chi_Minh"
    assert settings.hotline("national").number == "111"
    assert settings.min_count == 5
    # relative paths resolve against the config file's folder
    assert settings.logbook_path == settings.path.parent / "data" / "logbook.db"


@pytest.mark.parametrize(("old", "new", "message"), [
    ("ttl_minutes = 30", 'ttl_minutes = "abc"',
     'config.toml: [sessions] ttl_minutes must be a positive integer, got "abc"'),
    ('timezone = "Asia/Ho_Chi_Minh"', 'timezone = "Mars/Olympus"',
     'config.toml: [city] timezone must be an IANA time zone'),
    ("min_count = 5", "min_count = 0", "config.toml: [export] min_count must be a positive integer"),
    ('default = "vi"', 'default = "fr"', '[language] default must be one of "vi", "en"'),
    ('url = "sqlite:///data/logbook.db"', 'url = "mysql://x"', "[logbook] url must start with"),
    ("officer_ids = []", 'officer_ids = ["bob"]', "[telegram] officer_ids must be a list"),
])
def test_bad_values_name_the_key(project_copy, old, new, message):
    path = _with(project_copy, old, new)
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert message in str(err.value)


def test_cli_reports_one_line_and_exit_2(project_copy):
    path = _with(project_copy, "ttl_minutes = 30", 'ttl_minutes = "abc"')
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
