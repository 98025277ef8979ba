"""Transcript tests: every flow, both languages, through the real engine and real data files."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.runtime import build_runtime
from tests.core.transcript_runner import load_transcripts, run_conversation

CASES = load_transcripts(Path(__file__).resolve().parent.parent / "transcripts")


@pytest.mark.parametrize("convo", [c for _, c in CASES], ids=[name for name, _ in CASES])
def test_transcript(settings, convo, request):
    understander = None
    if convo.get("nlu"):
        understander = request.getfixturevalue("shared_understander")
    runtime = build_runtime(settings, understander=understander, with_nlu=False)
    try:
        run_conversation(runtime, convo)
    finally:
        runtime.close()
