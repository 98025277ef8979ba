"""Server-sent events: the one small format the web chat's and the console's live streams
speak (`text/event-stream`), and the response headers a proxy must not buffer."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Callable
from typing import Any

from starlette.concurrency import run_in_threadpool

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


_closing = False   # set once the server is told to stop (`close_streams`)


def close_streams() -> None:
    """Ask every open stream to end at its next poll: the server is stopping. Without this a
    stream that waits for news holds uvicorn's graceful shutdown for its whole grace period (a
    counsellor's open console kept a stopping server up ~9 s); the browser reconnects to
    whichever server is up."""
    global _closing
    _closing = True


def closing() -> bool:
    """True once `close_streams` was called in this process."""
    return _closing


Frames = tuple[list[str], bool]   # the frames one desk event gives, and whether the stream ends


async def ticket_stream(desk: Any, ticket_id: str, after: str | None,
                        render: Callable[[str, dict[str, Any]], Frames],
                        gone: str) -> AsyncIterator[str]:
    """One handoff ticket's events as a stream, for the person's page and the counsellor's
    console alike: the desk is polled (in a thread: it may be Redis) from `after` on, each event
    becomes the frames `render` chooses, `gone` is sent when the ticket has expired, a heartbeat
    keeps proxies from closing an idle stream, and the stream closes after STREAM_SECONDS (the
    browser reconnects, signed in again)."""
    loop = asyncio.get_running_loop()
    started = beat = loop.time()
    yield retry(1000)
    while loop.time() - started < STREAM_SECONDS and not _closing:
        found = await run_in_threadpool(desk.events, ticket_id, after)
        for event_id, item in found:
            after = event_id
            frames, done = render(event_id, item)
            for frame in frames:
                yield frame
            if done:
                return
        if not found and await run_in_threadpool(desk.get, ticket_id) is None:
            yield gone
            return
        if loop.time() - beat > HEARTBEAT_SECONDS:
            beat = loop.time()
            yield heartbeat()
        await asyncio.sleep(POLL_SECONDS)
