"""A stopping server asks its live event streams to end, so a counsellor's open console or a
person's live chat page never holds the graceful shutdown for its whole grace period."""

from __future__ import annotations

import asyncio
import signal

import pytest
import uvicorn

from bot.http import sse
from bot.http.protocol import stopping_server


@pytest.fixture(autouse=True)
def _streams_open(monkeypatch):
    monkeypatch.setattr(sse, "_closing", False)


class _QuietDesk:
    """A ticket that is still open and has no news: a stream on it would wait for ever."""

    def events(self, ticket_id: str, after: str | None) -> list:
        return []

    def get(self, ticket_id: str) -> object:
        return object()


async def test_a_ticket_stream_ends_once_streams_are_closed():
    stream = sse.ticket_stream(_QuietDesk(), "t1", None, lambda i, item: ([], False), "gone")
    assert (await stream.__anext__()).startswith("retry:")
    pending = asyncio.ensure_future(stream.__anext__())
    await asyncio.sleep(sse.POLL_SECONDS * 2)
    assert not pending.done()          # still open: nothing to say, nothing asked
    sse.close_streams()
    with pytest.raises(StopAsyncIteration):
        await asyncio.wait_for(pending, timeout=10)


def test_the_exit_signal_closes_the_streams_and_stops_the_server():
    server = stopping_server(uvicorn.Config(app=None))
    assert not sse.closing()
    server.handle_exit(signal.SIGTERM, None)
    assert sse.closing() and server.should_exit
