"""uvicorn's h11 protocol with a deadline for the request head.

uvicorn closes idle keep-alive connections (`timeout_keep_alive`) but has no limit on how long a
client may take to send the request line and headers, so 400 clients each trickling a header one
byte every few seconds hold 400 connections for as long as they like. Here a connection must
deliver a complete request head within `header_timeout` seconds of opening (or of the previous
response), else it is closed. The body has its own deadline in the app (BodyDeadline).
"""

from __future__ import annotations

import asyncio
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol


def timed_protocol(header_timeout: float) -> type[H11Protocol]:
    class TimedH11Protocol(H11Protocol):
        _head_timer: asyncio.TimerHandle | None = None

        def connection_made(self, transport: Any) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self._arm()

        def data_received(self, data: bytes) -> None:
            super().data_received(data)
            if self.conn.their_state is h11.IDLE:
                self._arm()          # still waiting for a complete request head
            else:
                self._disarm()

        def on_response_complete(self) -> None:
            super().on_response_complete()
            self._disarm()           # the keep-alive timeout covers the idle wait; data re-arms

        def connection_lost(self, exc: Exception | None) -> None:
            self._disarm()
            super().connection_lost(exc)

        def _arm(self) -> None:
            if self._head_timer is None:
                self._head_timer = self.loop.call_later(header_timeout, self._head_expired)

        def _disarm(self) -> None:
            if self._head_timer is not None:
                self._head_timer.cancel()
                self._head_timer = None

        def _head_expired(self) -> None:
            self._head_timer = None
            if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
                self.transport.close()

    return TimedH11Protocol


def uvicorn_options(settings: Any) -> dict[str, Any]:
    """What `companion serve` gives uvicorn besides the app: no proxy-header handling of its own
    (bot.http.clients trusts only `[server] trusted_proxies`), a short keep-alive, a bounded
    request head (16 KiB) that must arrive within `[server] header_timeout_seconds`."""
    return {
        "proxy_headers": False,
        "timeout_keep_alive": 5,
        "h11_max_incomplete_event_size": 16 * 1024,
        "http": timed_protocol(settings.server.header_timeout_seconds),
    }


def stopping_server(config: Any) -> Any:
    """A uvicorn server that, when told to stop, also asks the open event streams to end
    (`bot.http.sse.close_streams`): uvicorn waits for open responses before it shuts the app
    down, and a live stream only ends when it is asked to."""
    import uvicorn

    from bot.http import sse

    class StoppingServer(uvicorn.Server):
        def handle_exit(self, sig: int, frame: Any) -> None:
            sse.close_streams()
            super().handle_exit(sig, frame)

    return StoppingServer(config)

