"""JSON from the network, parsed within bounds before anything else looks at it.

`json.loads` recurses once per nesting level (a document nested ~1,000 deep raises
RecursionError, and code walking a parsed document recurses again), accepts NaN and Infinity,
turns 1e400 into inf and keeps lone UTF-16 surrogates ("\\ud800") that later fail to encode
(in a log line, a hash or a database). So before parsing, the body's size and nesting depth are
checked in one linear pass (cheap, no recursion); after parsing, lone
surrogates become U+FFFD so that a person's message is still answered and an id made of them is
simply not a valid id. Every failure is one `JsonRejected` whose reason is a fixed word, safe to
log and to show.
"""

from __future__ import annotations

import json
import math
import re
from itertools import accumulate
from typing import Any

MAX_DEPTH = 32
MAX_BYTES = 1_000_000

# A string runs to its closing quote or, unterminated, to the end of the body (json.loads rejects
# that later): every match starts at a quote and never backtracks, so one pass is linear.
_STRING = re.compile(rb'"(?:[^"\\]++|\\.|\\\Z)*+(?:"|\Z)', re.DOTALL)
_OPEN_CLOSE = bytes.maketrans(b"{}", b"[]")
_NOT_BRACKET = bytes(c for c in range(256) if c not in b"[]{}")
_STEP = {ord("["): 1, ord("]"): -1}
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_LONE = re.compile("[\ud800-\udfff]")


class JsonRejected(ValueError):
    """The body is not JSON this server accepts; `reason` is one of a few fixed words."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def depth_within(body: bytes, max_depth: int = MAX_DEPTH) -> bool:
    """True when no array/object in `body` is nested deeper than `max_depth`. Strings are taken
    out first (a bracket inside a string does not nest), then everything but brackets, and the
    deepest point is the largest running sum of +1/-1: linear, in C but for one accumulate."""
    brackets = _STRING.sub(b"", body).translate(_OPEN_CLOSE, _NOT_BRACKET)
    return max(accumulate(map(_STEP.__getitem__, brackets)), default=0) <= max_depth


def _constant(name: str) -> Any:
    raise JsonRejected("not_finite")


def _float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise JsonRejected("not_finite")
    return value


def _scrub(value: Any) -> Any:
    if isinstance(value, str):
        return _LONE.sub("\ufffd", value)
    if isinstance(value, list):
        return [_scrub(v) for v in value]
    if isinstance(value, dict):
        return {_scrub(k): _scrub(v) for k, v in value.items()}
    return value


def loads(body: bytes | str, *, max_bytes: int = MAX_BYTES, max_depth: int = MAX_DEPTH) -> Any:
    """Parse one JSON document within bounds, or raise `JsonRejected`."""
    if isinstance(body, str):
        try:
            body = body.encode("utf-8")
        except UnicodeEncodeError:
            raise JsonRejected("not_utf8") from None
    if len(body) > max_bytes:
        raise JsonRejected("too_large")
    if not depth_within(body, max_depth):
        raise JsonRejected("too_deep")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise JsonRejected("not_utf8") from None
    try:
        data = json.loads(text, parse_constant=_constant, parse_float=_float)
    except JsonRejected:
        raise
    except (ValueError, RecursionError, OverflowError):
        # ValueError includes JSONDecodeError and integers longer than Python's digit limit.
        raise JsonRejected("not_json") from None
    if _SURROGATE_ESCAPE.search(body):
        data = _scrub(data)
    return data
