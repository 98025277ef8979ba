"""`companion serve --telegram-polling`: runs the bot with a token, says what to set without one."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.cli import main
from bot.testing.telegram_api import FakeBotApi
from tests.channels.telegram.conftest import TOKEN, Updates, write_settings

ROOT = Path(__file__).resolve().parents[2]


def test_polling_without_a_token_exits_2_naming_the_variable(
        project_copy: Path, api: FakeBotApi, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    write_settings(project_copy, api.base_url)
    code = main(["--config", str(project_copy / "config.toml"), "serve", "--telegram-polling"])
    err = capsys.readouterr().err
    assert code == 2
    assert "TELEGRAM_BOT_TOKEN" in err and "[telegram] token_env" in err
    assert api.calls == []


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_polling_with_a_token_runs_the_bot_until_sigterm(project_copy: Path, api: FakeBotApi,
                                                         updates: Updates) -> None:
    write_settings(project_copy, api.base_url)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "ZALO_"))}
    env["TELEGRAM_BOT_TOKEN"] = TOKEN
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "--config", str(project_copy / "config.toml"), "serve",
         "--telegram-polling", "--port", str(_free_port())],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while not api.calls_of("getUpdates") and time.monotonic() < deadline:
            assert process.poll() is None, process.communicate()
            time.sleep(0.1)
        assert api.calls_of("getMe") and api.calls_of("setMyCommands")
        api.push_update(updates.make("private_command_start.json"))
        while not api.calls_of("sendMessage") and time.monotonic() < deadline:
            time.sleep(0.1)
        assert "chatbot" in api.sent_texts()[0]
    finally:
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert TOKEN not in out + err
    assert TOKEN.split(":")[1] not in out + err
