"""Strategies and checks shared by the fuzz tests: random JSON (surrogates, huge numbers, wrong
types), deep nesting, raw bytes, mutations of real platform payloads, and the log inspection."""

from __future__ import annotations

import copy
import json
import logging
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

# Canaries: a person's ids and words, which must never reach a log line.
CANARY_TG = 918273645501
CANARY_ZALO = "5550001112223334445"
CANARY_SID = "CANARYsid-CANARYsid-CANARYsid-0123456789"
CANARY_TEXT = "canaryword"
CANARIES = (str(CANARY_TG), CANARY_ZALO, CANARY_SID, CANARY_TEXT)

_text = st.one_of(st.text(alphabet=st.one_of(
    st.characters(),
    st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF),   # lone surrogates
    st.sampled_from(["\x00", "\u202e", "ạ", "😀"])), max_size=24), st.just(CANARY_TEXT))
_numbers = st.one_of(
    st.integers(-(10**30), 10**30), st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from([1e21, -1e21, 1e308, 2**63, -(2**63), 2**53 + 1, 0, -1]))
_scalars = st.one_of(st.none(), st.booleans(), _numbers, _text)
json_values = st.recursive(
    _scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.dictionaries(_text, inner, max_size=4)),
    max_leaves=10)


def dumps(value: Any) -> bytes:
    """ensure_ascii: lone surrogates travel as \\udXXX escapes, as a hostile client sends them."""
    return json.dumps(value, ensure_ascii=True).encode()


deep = st.one_of(
    st.integers(1, 3000).map(lambda n: b"[" * n + b"]" * n),
    st.integers(1, 3000).map(lambda n: b'{"a":' * n + b"1" + b"}" * n),
    st.integers(1, 3000).map(lambda n: b"[" * n))
bodies = st.one_of(json_values.map(dumps), deep, st.binary(max_size=200),
                   st.sampled_from([b"", b"NaN", b"[Infinity]", b"1e999", b"9" * 5000,
                                    b'"\\ud800"', b"\xff\xfe", b"{" * 100_000]))


def paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, item in value.items():
            found += paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += paths(item, (*prefix, index))
    return found


def mutated(template: dict[str, Any], path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    """`template` with the field at `path` replaced by `value` (or deleted for ...)."""
    data = copy.deepcopy(template)
    node: Any = data
    for key in path[:-1]:
        node = node[key]
    if value is ...:
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return data


field_values = st.one_of(json_values, st.just(...),
                         st.sampled_from([1e21, [], {}, "\ud800", [CANARY_TEXT], -1, 2**70]))


def load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def problems(records: Iterable[logging.LogRecord]) -> list[str]:
    """Log records that carry a canary (at any level, debug included), or a traceback at the
    levels `companion serve` logs (info and above; debug is a developer's opt-in)."""
    found = []
    for record in records:
        try:
            message = record.getMessage()
        except Exception:  # a record whose arguments do not format is a bug too
            found.append(f"unformattable record from {record.name}")
            continue
        text = message + (record.exc_text or "")
        if record.levelno >= logging.INFO and (record.exc_info or record.exc_text
                                               or "Traceback" in text):
            found.append(f"traceback from {record.name}: {message[:120]}")
        for canary in CANARIES:
            if canary in text:
                found.append(f"canary in a log line from {record.name}: {message[:120]}")
    return found
