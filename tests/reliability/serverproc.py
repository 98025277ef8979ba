"""A `companion serve` process (or `companion chat --jsonl`) on a project copy, for tests that
must see the real server: its event loop, its worker processes, kill -9."""

from __future__ import annotations

import contextlib
import json
import os
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx

from tests.configs import configure as with_changes
from tests.configs import merged

ROOT = Path(__file__).resolve().parents[2]
EMERGENCY = "cứu tôi, chồng tôi đang đánh tôi"
NUMBERS = ("113", "115", "111")

RESILIENCE = {"turn_deadline_seconds": 3, "turn_threads": 8, "logbook_timeout_seconds": 0.5,
              "sessions_timeout_seconds": 0.5, "retry_after_seconds": 0.5,
              "health_interval_seconds": 0.2, "spool_dir": "data/spool"}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def configure(project: Path, *, logbook_url: str, sessions_url: str,
              changes: dict[str, Any] | None = None) -> Path:
    """The project copy's config.toml with these stores, short store timeouts, counting
    limits out of the way (every request here is a different person) and `changes`."""
    settings = with_changes(project, merged({
        "logbook": {"url": logbook_url}, "sessions": {"url": sessions_url},
        "counting": {"web_per_client": 100000, "web_global": 100000},
        "resilience": RESILIENCE}, changes or {}))
    return settings.path


def child_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("TELEGRAM_", "ZALO_", "COMPANION_"))}
    env["PYTHONUNBUFFERED"] = "1"
    env.update(extra or {})
    return env


class Server:
    def __init__(self, config: Path, env: dict[str, str], workers: int = 1,
                 port: int | None = None):
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        args = [sys.executable, "-m", "bot", "--config", str(config), "serve", "--port",
                str(self.port)]
        if workers > 1:
            args += ["--workers", str(workers)]
        self.proc = subprocess.Popen(args, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True,
                                     start_new_session=True)
        self.err: list[str] = []
        threading.Thread(target=self._drain, daemon=True).start()

    def _drain(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            self.err.append(line)

    def wait_ready(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.proc.poll() is None, "".join(self.err)
            try:
                if httpx.get(self.url + "/static/chat.js", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        raise AssertionError("server did not start: " + "".join(self.err))

    def kill9(self) -> None:
        """SIGKILL to the whole process group (the supervisor and every worker)."""
        os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(10)

    def stop(self) -> str:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(10)
        return "".join(self.err)


class Terminal:
    """`companion chat --jsonl`: one line in, one line out."""

    def __init__(self, config: Path, env: dict[str, str]):
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bot", "--config", str(config), "chat", "--jsonl"],
            cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True)
        self.lines: queue.Queue[str] = queue.Queue()
        self.err: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()
        threading.Thread(target=self._drain, daemon=True).start()

    def _drain(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            self.err.append(line)

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line)

    def say(self, user: str, text: str, timeout: float = 30) -> dict[str, Any]:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps({"user": user, "text": text}, ensure_ascii=False) + "\n")
        self.proc.stdin.flush()
        return dict(json.loads(self.lines.get(timeout=timeout)))

    def close(self) -> str:
        assert self.proc.stdin is not None
        with contextlib.suppress(BrokenPipeError):  # a terminal that died: its stderr says why
            self.proc.stdin.close()
        try:
            self.proc.wait(20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(10)
        time.sleep(0.1)
        return "".join(self.err)


def has_numbers(texts: list[str]) -> bool:
    joined = "\n".join(texts)
    return all(n in joined for n in NUMBERS)
