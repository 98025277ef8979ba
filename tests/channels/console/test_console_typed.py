"""Issue 10 through the real `companion chat --jsonl` command: typed danger and disclosures."""

from __future__ import annotations

import json
import subprocess
import sys


def _chat(project_copy, lines: list[str]) -> list[dict]:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "--config", str(project_copy / "config.toml"), "chat",
         "--jsonl"], input="".join(line + "\n" for line in lines), capture_output=True,
        text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_typed_steps_self_harm_and_a_direct_question(project_copy):
    out = _chat(project_copy, [
        json.dumps({"user": "a", "button": "m:help"}),
        json.dumps({"user": "a", "text": "not safe"}),
        json.dumps({"user": "b", "text": "em muon chet"}),
        json.dumps({"user": "c", "text": "1800 1567 con hoat dong ko"}),
    ])
    assert len(out) == 4
    first = out[1]["replies"][0]["text"]
    assert all(n in first for n in ("113", "115", "111"))
    self_harm = " ".join(r["text"] for r in out[2]["replies"])
    assert "111" in self_harm and "bếp" not in self_harm
    retired = " ".join(r["text"] for r in out[3]["replies"])
    assert "111" in retired
