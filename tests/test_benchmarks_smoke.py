"""The benchmark suite runs (CI): `python -m benchmarks --smoke` in a subprocess, every row of
issue 17's table with its baseline, tiny sizes, one repetition. Nothing here asserts a timing:
figures on a shared CI machine say nothing; that the suite still runs end to end does."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_suite_runs_in_smoke_mode_and_reports_every_row() -> None:
    result = subprocess.run([sys.executable, "-m", "benchmarks", "--smoke", "--json"],
                            cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(result.stdout)
    rows = {row["what"]: row for row in report["rows"]}
    failed = [f"{r['what']}: {r['note']}" for r in report["rows"] if "failed" in r["what"]]
    assert not failed, failed
    wanted = ("engine in process", "Telegram webhook, CPU per update",
              "Telegram: sendMessage per update", "web chat /api/chat, 10 clients",
              "web chat /api/chat, 50 clients", "web chat /api/chat, engine replaced",
              "web chat on PostgreSQL", "cold start",
              "HTML report", "logbook", "Zalo: messages per turn")
    for prefix in wanted:
        assert any(name.startswith(prefix) for name in rows), (prefix, sorted(rows))
    for row in report["rows"]:
        if row["note"].startswith("skipped"):
            continue
        assert row["figure"] == row["figure"] and row["figure"] > 0, row   # a real number
        if row["baseline"]:
            assert row["base_figure"], row                                  # and its baseline
    assert report["context"]["mode"] == "smoke"
