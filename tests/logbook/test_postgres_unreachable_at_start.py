"""A PostgreSQL logbook that is down when the bot starts must not keep it from answering: the
terminal (a fresh process) gives 113/115/111 and says, on stderr only, that writes wait."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.configs import configure


def test_the_terminal_answers_danger_with_the_logbook_down_at_start(project_copy):
    configure(project_copy, {"logbook": {"url": "postgresql://127.0.0.1:9/test"}})
    line = json.dumps({"user": "u", "text": "cứu tôi, chồng tôi đang đánh tôi"}, ensure_ascii=False)
    result = subprocess.run(
        [sys.executable, "-m", "bot", "--config", str(project_copy / "config.toml"), "chat",
         "--jsonl"], input=line + "\n", capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    first = json.loads(result.stdout.splitlines()[0])["replies"][0]["text"]
    assert all(n in first for n in ("113", "115", "111"))
    assert "unreachable at start" in result.stderr and "cứu" not in result.stderr
