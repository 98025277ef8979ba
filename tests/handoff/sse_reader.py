"""Reading a server-sent event stream in a background thread, as a browser's EventSource does,
so a test can act on one server while it watches another."""

from __future__ import annotations

import json
import threading
import time
from typing import Any

import httpx


class SseReader:
    def __init__(self, url: str, cookies: httpx.Cookies):
        self.url = url
        self.cookies = cookies
        self.events: list[tuple[str, Any]] = []
        self.status: int | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> SseReader:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def _run(self) -> None:
        name = "message"
        with httpx.Client(cookies=self.cookies, timeout=httpx.Timeout(10, read=None)) as client, \
                client.stream("GET", self.url) as response:
            self.status = response.status_code
            for line in response.iter_lines():
                if self._stop.is_set():
                    return
                if line.startswith("event:"):
                    name = line[6:].strip()
                elif line.startswith("data:"):
                    self.events.append((name, json.loads(line[5:].strip())))
                    name = "message"

    def wait_for(self, check: Any, timeout: float = 15.0) -> Any:
        """The first event (name, data) for which `check` is true, waiting up to `timeout`."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for item in list(self.events):
                if check(*item):
                    return item
            time.sleep(0.05)
        raise AssertionError(f"no such event from {self.url}: {self.events}")
