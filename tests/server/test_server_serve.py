"""`companion serve` as a real process: the printed URL works, SIGTERM finishes the request in
hand and exits 0, and start-up problems are one clear line with exit code 2."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("TELEGRAM_", "ZALO_", "COMPANION_COOKIE"))}
    env["PYTHONUNBUFFERED"] = "1"
    return env


def _start(config: Path, port: int) -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "--config", str(config), "serve", "--port", str(port)],
        cwd=ROOT, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        if "is running: open " in line:
            return proc, line.split("open ", 1)[1].strip()
    proc.kill()
    raise AssertionError(f"no URL printed; stderr: {proc.stderr.read() if proc.stderr else ''}")


def test_serve_prints_the_url_and_stops_cleanly_on_sigterm(settings) -> None:
    port = _free_port()
    proc, url = _start(settings.path, port)
    try:
        assert url == f"http://127.0.0.1:{port}/"
        page = httpx.get(url, timeout=10)
        assert page.status_code == 200 and "chat.js" in page.text
        assert httpx.get(url + "healthz", timeout=10).json()["status"] == "ok"

        # An event in hand when SIGTERM arrives: headers sent, body still on its way.
        body = json.dumps({"command": "start"}).encode()
        with socket.create_connection(("127.0.0.1", port), timeout=10) as conn:
            conn.sendall(b"POST /api/chat HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                         b"Content-Type: application/json\r\n"
                         + f"Content-Length: {len(body)}\r\n\r\n".encode() + body[:5])
            time.sleep(0.3)
            proc.send_signal(signal.SIGTERM)
            time.sleep(0.5)
            conn.sendall(body[5:])
            answer = b""
            while b"\r\n\r\n" not in answer or not answer.rstrip().endswith(b"}"):
                chunk = conn.recv(65536)
                if not chunk:
                    break
                answer += chunk
        assert answer.startswith(b"HTTP/1.1 200"), answer[:200]
        assert b'"replies"' in answer
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert "stopped" in out
    assert "Traceback" not in err
    # Each platform that is off says once which variable to set.
    assert err.count("TELEGRAM_BOT_TOKEN") == 1


def test_telegram_polling_without_a_token_exits_2_naming_the_variable(settings) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "--config", str(settings.path), "serve",
         "--port", str(_free_port()), "--telegram-polling"],
        cwd=ROOT, env=_env(), capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "TELEGRAM_BOT_TOKEN" in result.stderr.splitlines()[-1]
    assert "Traceback" not in result.stderr


def test_a_busy_port_is_one_clear_line(settings) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "bot", "--config", str(settings.path), "serve",
             "--port", str(port)],
            cwd=ROOT, env=_env(), capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert f"cannot listen on 127.0.0.1:{port}" in result.stderr
    assert "Traceback" not in result.stderr
