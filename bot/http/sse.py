"""Server-sent events: the one small format the web chat's and the console's live streams
speak (`text/event-stream`), and the response headers a proxy must not buffer."""

from __future__ import annotations

import json
from typing import Any

HEADERS = {"Cache-Control": "no-store", "X-Accel-Buffering": "no"}
MEDIA_TYPE = "text/event-stream"
POLL_SECONDS = 0.25       # how often a stream looks for new messages on the desk
STREAM_SECONDS = 300      # a stream closes after this; the browser reconnects (signed in again)
HEARTBEAT_SECONDS = 15    # a comment line keeps proxies from closing an idle stream


def event(name: str, data: Any, event_id: str | None = None) -> str:
    """One event; `data` as JSON on one line (so no text can forge another event)."""
    head = f"id: {event_id}\n" if event_id else ""
    return f"{head}event: {name}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


def heartbeat() -> str:
    return ": keep-alive\n\n"


def retry(milliseconds: int) -> str:
    return f"retry: {milliseconds}\n\n"
