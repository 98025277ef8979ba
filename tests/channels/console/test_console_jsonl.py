"""`companion chat --jsonl`: the stable JSON-lines interface, through the real command."""

from __future__ import annotations

import json
import subprocess
import sys

from bot.channels.console import InteractiveChannel


def _chat(project_copy, lines: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "bot", "--config", str(project_copy / "config.toml"), "chat", "--jsonl"],
        input="".join(line + "\n" for line in lines), capture_output=True, text=True, timeout=120)


def test_start_says_automated_and_111(project_copy):
    result = _chat(project_copy, ['{"user":"a","text":"/start"}'])
    assert result.returncode == 0, result.stderr
    out = result.stdout.splitlines()
    assert len(out) == 1
    obj = json.loads(out[0])
    assert obj["user"] == "a"
    text = " ".join(r["text"] for r in obj["replies"])
    assert "111" in text
    assert "trợ lý tự động" in text
    assert all(set(r) >= {"text", "buttons", "request_location"} for r in obj["replies"])


def test_one_line_per_input_and_errors_do_not_stop(project_copy):
    lines = ['{"user":"a","text":"/start"}', "this is not json", '{"text":"no user"}',
             '{"user":"a","button":"m:near"}', '{"user":"a","location":{"lat":10.035,"lon":105.785}}',
             '{"user":"a","location":{"lat":"x"}}']
    result = _chat(project_copy, lines)
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(out) == len(lines)
    assert out[1] == {"error": "line 2: not valid JSON"}
    assert out[2]["error"].startswith("line 3:")
    assert out[3]["replies"][0]["request_location"] is True
    near = "\n".join(r["text"] for r in out[4]["replies"])
    assert "Bệnh viện Đa khoa thành phố Cần Thơ" in near and "km" in near
    assert out[5]["error"].startswith("line 6:")


def test_emergency_first_reply(project_copy):
    result = _chat(project_copy, ['{"user":"b","button":"m:learn"}',
                                  '{"user":"b","text":"cuu toi voi, ck dang danh toi"}'])
    first = json.loads(result.stdout.splitlines()[1])["replies"][0]["text"]
    assert "113" in first and "115" in first and "111" in first


def test_interactive_numbers_press_buttons(settings):
    import asyncio
    import io

    from bot.runtime import build_runtime

    runtime = build_runtime(settings, with_nlu=False)
    stdin = io.StringIO("2\nhello there\n")
    stdout = io.StringIO()
    asyncio.run(InteractiveChannel(stdin=stdin, stdout=stdout).start(runtime.handle))
    screen = stdout.getvalue()
    assert "1. Gọi 111" in screen
    assert "2. Tôi cần giúp ngay" in screen
    assert "Bạn có đang an toàn không?" in screen  # typing 2 pressed "Tôi cần giúp ngay"
    assert "automated assistant" not in screen.split("Bạn có đang an toàn không?")[0]
    runtime.close()


def test_a_reader_that_stops_early_gets_no_traceback(project_copy):
    """`companion chat --jsonl | head -1`: once the reader closes the pipe, the command stops
    quietly (no traceback on stderr), as other command-line tools do."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "--config", str(project_copy / "config.toml"), "chat", "--jsonl"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write('{"user":"a","text":"/start"}\n')
    proc.stdin.flush()
    first = proc.stdout.readline()
    assert json.loads(first)["user"] == "a"
    proc.stdout.close()                       # the reader goes away
    proc.stdin.write("".join('{"user":"a","text":"menu"}\n' for _ in range(50)))
    proc.stdin.close()
    proc.wait(timeout=120)
    stderr = proc.stderr.read() if proc.stderr is not None else ""
    assert "Traceback" not in stderr and "BrokenPipeError" not in stderr, stderr
    assert proc.returncode == 1
