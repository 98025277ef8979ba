"""The Rasa backend against a fake Rasa server on loopback speaking real HTTP: answers are mapped,
and a slow, failing or absent server falls back to the built-in classifier with a log line that
holds no text."""

from __future__ import annotations

import dataclasses
import json
import logging
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import suppress
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest

from bot.nlu import build_understander
from bot.nlu.rasa import RasaUnderstander

SECRET_TEXT = "chong toi dang danh toi o ninh kieu"


class FakeRasa(BaseHTTPRequestHandler):
    """POST /model/parse like Rasa's HTTP API; `mode` picks the behaviour under test."""

    mode = "ok"
    received: ClassVar[list[dict]] = []

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        FakeRasa.received.append({"path": self.path, "body": body})
        if self.path != "/model/parse":
            self._send(404, b"{}")
        elif FakeRasa.mode == "slow":
            time.sleep(1.0)
            self._send(200, b"{}")
        elif FakeRasa.mode == "error":
            self._send(500, b'{"status": "failure"}')
        elif FakeRasa.mode == "garbage":
            self._send(200, b"<html>oops</html>")
        elif FakeRasa.mode == "unknown_intent":
            self._send(200, json.dumps({"text": body["text"], "intent": {
                "name": "nlu_fallback", "confidence": 0.9}, "entities": []}).encode())
        else:
            self._send(200, json.dumps({
                "text": body["text"],
                "intent": {"name": "help_other", "confidence": 0.87},
                "entities": [
                    {"entity": "ward", "value": "xuan khanh", "start": 0, "end": 10},
                    {"entity": "for_whom", "value": "child"},
                    {"entity": "kind", "value": "not-a-kind"},
                ],
                "intent_ranking": [{"name": "seek_help", "confidence": 0.05},
                                   {"name": "help_other", "confidence": 0.87},
                                   {"name": "nlu_fallback", "confidence": 0.04},
                                   {"name": "emergency", "confidence": 0.03},
                                   {"name": "greet", "confidence": 0.01}],
            }).encode())

    def _send(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with suppress(BrokenPipeError):  # the client gave up waiting (the timeout case)
            self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def rasa_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeRasa)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    FakeRasa.mode, FakeRasa.received = "ok", []
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def rasa_settings(nlu_settings, url: str, timeout: float = 0.3):
    nlu = dataclasses.replace(nlu_settings.nlu, backend="rasa", rasa_url=url,
                              rasa_timeout_seconds=timeout)
    return dataclasses.replace(nlu_settings, nlu=nlu)


def test_the_rasa_answer_is_mapped(nlu_settings, wards, rasa_url):
    understander = build_understander(rasa_settings(nlu_settings, rasa_url), wards)
    assert isinstance(understander, RasaUnderstander)
    result = understander.understand("hang xom toi bi chong danh")
    assert FakeRasa.received == [{"path": "/model/parse",
                                  "body": {"text": "hang xom toi bi chong danh"}}]
    assert (result.intent, result.top_intent, result.confidence) == ("help_other", "help_other",
                                                                     0.87)
    # Rasa's ward mapped to the current name, its for_whom kept, its unknown kind replaced by the
    # built-in rules' kind
    assert result.entities == {"ward": "Ninh Kiều", "ward_old": "Xuân Khánh",
                               "for_whom": "child", "kind": "child_abuse"}
    assert result.language == "vi"
    # Rasa's intent_ranking: our intents only, best three first
    assert result.ranking == (("help_other", 0.87), ("seek_help", 0.05), ("emergency", 0.03))


def test_an_intent_outside_ours_is_not_understood(nlu_settings, wards, rasa_url):
    FakeRasa.mode = "unknown_intent"
    result = build_understander(rasa_settings(nlu_settings, rasa_url), wards).understand("hmm")
    assert result.intent is None and result.top_intent == "out_of_scope"


@pytest.mark.parametrize(("mode", "reason"), [("slow", "timeout"), ("error", "HTTP 500"),
                                              ("garbage", "not JSON")])
def test_failures_fall_back_to_the_builtin_classifier(nlu_settings, wards, rasa_url, builtin,
                                                       caplog, mode, reason):
    FakeRasa.mode = mode
    understander = build_understander(rasa_settings(nlu_settings, rasa_url), wards)
    caplog.set_level(logging.WARNING, logger="bot.nlu.rasa")
    started = time.perf_counter()
    result = understander.understand(SECRET_TEXT)
    assert time.perf_counter() - started < 0.9
    assert result == builtin.understand(SECRET_TEXT)
    assert result.entities["ward"] == "Ninh Kiều" and result.entities["for_whom"] == "self"
    assert reason in caplog.text and "built-in" in caplog.text
    assert "ninh" not in caplog.text.casefold() and "chong" not in caplog.text


def test_no_server_at_all_falls_back(nlu_settings, wards, builtin, caplog):
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    understander = build_understander(rasa_settings(nlu_settings, f"http://127.0.0.1:{port}"), wards)
    caplog.set_level(logging.WARNING, logger="bot.nlu.rasa")
    assert understander.understand("cảm ơn nhiều") == builtin.understand("cảm ơn nhiều")
    assert "ConnectError" in caplog.text and "cảm ơn" not in caplog.text
