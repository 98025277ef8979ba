"""Runs YAML conversation transcripts (tests/transcripts/*.yml) through the real engine.

A transcript is a list of conversations; each step sends one event and checks what the person
would see:

    - name: emergency from the menu
      nlu: false                 # true: with the built-in classifier
      steps:
        - say: "/start"          # or press: "<button label>", button: "<payload>",
                                 #    location: [lat, lon], command: "<name>"
          first_contains: ["111"]   # the first reply's text
          contains: ["…"]           # any reply's text
          not_contains: ["…"]
          buttons: ["Gọi 113"]      # labels offered
          request_location: true
          forget: true
          rows: 1                   # logbook rows after this step
          record: {for_whom: self, kind: physical, urgent: 1}   # the newest logbook row
          not_fallback: true        # never "not understood"

`first_contains` and `contains` match case-sensitively; `first_any` passes when the first reply
holds any one of its strings.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from bot.core.messages import Inbound, Location, Reply
from bot.runtime import Runtime

CHANNEL = "test"


def load_transcripts(folder: Path) -> list[tuple[str, dict[str, Any]]]:
    cases = []
    for path in sorted(folder.glob("*.yml")):
        for convo in yaml.safe_load(path.read_text(encoding="utf-8")):
            cases.append((f"{path.stem}: {convo['name']}", convo))
    return cases


def run_conversation(runtime: Runtime, convo: dict[str, Any], user: str = "transcript-user") -> None:
    last: list[Reply] = []
    for index, step in enumerate(convo["steps"], start=1):
        inbound = _event(step, last, user, where=f"step {index}")
        replies = runtime.engine.handle(inbound)
        _check(step, replies, runtime, where=f"{convo['name']}, step {index}")
        last = replies


def _event(step: dict[str, Any], last: list[Reply], user: str, where: str) -> Inbound:
    if "say" in step:
        return Inbound(CHANNEL, user, text=str(step["say"]))
    if "button" in step:
        return Inbound(CHANNEL, user, payload=str(step["button"]))
    if "command" in step:
        return Inbound(CHANNEL, user, command=str(step["command"]))
    if "location" in step:
        lat, lon = step["location"]
        return Inbound(CHANNEL, user, location=Location(float(lat), float(lon)))
    if "press" in step:
        label = str(step["press"])
        for reply in last:
            for button in reply.buttons:
                if button.label == label:
                    return Inbound(CHANNEL, user, payload=button.payload)
        offered = [b.label for r in last for b in r.buttons]
        raise AssertionError(f"{where}: no button {label!r}; offered: {offered}")
    raise AssertionError(f"{where}: a step needs say, press, button, command or location")


def _check(step: dict[str, Any], replies: list[Reply], runtime: Runtime, where: str) -> None:
    assert replies, f"{where}: no reply at all"
    texts = "\n".join(r.text for r in replies)
    for needle in step.get("first_contains", []):
        assert str(needle) in replies[0].text, f"{where}: first reply lacks {needle!r}:\n{replies[0].text}"
    for needle in step.get("contains", []):
        assert str(needle) in texts, f"{where}: replies lack {needle!r}:\n{texts}"
    for needle in step.get("not_contains", []):
        assert str(needle) not in texts, f"{where}: replies contain {needle!r}:\n{texts}"
    labels = [b.label for r in replies for b in r.buttons]
    for label in step.get("buttons", []):
        assert label in labels, f"{where}: no button {label!r}; offered: {labels}"
    if "request_location" in step:
        asked = any(r.request_location for r in replies)
        assert asked == bool(step["request_location"]), f"{where}: request_location is {asked}"
    if "forget" in step:
        forgot = any(r.forget for r in replies)
        assert forgot == bool(step["forget"]), f"{where}: forget is {forgot}"
    for needle in step.get("first_not_contains", []):
        assert str(needle) not in replies[0].text, f"{where}: first reply has {needle!r}"
    if "first_any" in step:
        assert any(str(n) in replies[0].text for n in step["first_any"]), \
            f"{where}: first reply has none of {step['first_any']}:\n{replies[0].text}"
    if step.get("not_fallback"):
        fallback = runtime.content.t(runtime.settings.default_language, "fallback")
        fallback_en = runtime.content.t("en", "fallback")
        assert fallback not in texts and fallback_en not in texts, f"{where}: answered 'not understood'"
    if "record" in step:
        rows = list(runtime.logbook.db["help_requests"].rows)  # type: ignore[attr-defined]
        assert rows, f"{where}: no logbook row"
        newest = max(rows, key=lambda r: r["id"])
        for field, value in step["record"].items():
            assert newest[field] == value, f"{where}: logbook {field} is {newest[field]!r}, expected {value!r}"
    if "rows" in step:
        count = runtime.logbook.db["help_requests"].count  # type: ignore[attr-defined]
        assert count == step["rows"], f"{where}: {count} logbook rows, expected {step['rows']}"
