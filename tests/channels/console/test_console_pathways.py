"""The companion pathways on the terminal, through the real `companion chat --jsonl` process:
the shared scenario end to end, and the canaries typed as answers and notes appear nowhere but
in the replies (not in stderr's logs, the logbook, or any file under the data folder)."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.channels.pathway_scenario import CANARY_SENT, STEPS, check, leaks


def test_pathways_end_to_end_on_the_terminal_leave_nothing_behind(project_copy) -> None:
    lines = [json.dumps({"user": "t1", "text": "/start"})]
    for step in STEPS:
        event = {"user": "t1", "button": step.button} if step.button else {"user": "t1", "text": step.text}
        lines.append(json.dumps(event, ensure_ascii=False))
    result = subprocess.run(
        [sys.executable, "-m", "bot", "--config", str(project_copy / "config.toml"), "chat", "--jsonl"],
        input="".join(line + "\n" for line in lines), capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(out) == len(lines)
    for index, (step, answer) in enumerate(zip(STEPS, out[1:], strict=True), start=1):
        check(step, [r["text"] for r in answer["replies"]], f"terminal step {index}")
    assert CANARY_SENT in result.stdout  # the plan the person asked for, in the chat only
    logbook = project_copy / "data" / "logbook.db"
    assert logbook.exists()  # the help request was counted: the file the canaries must not reach
    assert leaks(project_copy / "data", logbook, result.stderr) == []


def test_the_leak_scan_finds_a_canary_where_one_is(tmp_path) -> None:
    """The scan itself can fail: a canary in a file, a log or a logbook row is reported."""
    import sqlite3

    from tests.channels.pathway_scenario import CANARY_PLAN

    (tmp_path / "spool").mkdir()
    (tmp_path / "spool" / "x.jsonl").write_text(f"note {CANARY_PLAN}", encoding="utf-8")
    db = sqlite3.connect(tmp_path / "book.db")
    db.execute("create table t (v text)")
    db.execute("insert into t values (?)", (CANARY_PLAN,))
    db.commit()
    db.close()
    found = leaks(tmp_path, tmp_path / "book.db", f"INFO {CANARY_PLAN}")
    assert any(f.startswith("logs:") for f in found)
    assert any(f.startswith("logbook rows:") for f in found)
    assert any(f.startswith("spool/x.jsonl:") for f in found)
