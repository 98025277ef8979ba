"""A fault-injecting TCP proxy on loopback, for PostgreSQL and Redis (asyncio, in a thread).

Modes:
- "pass":  bytes flow both ways;
- "drop":  every open connection is closed at once and new ones are closed as soon as accepted
           (a server that went away);
- "stall": connections are accepted and kept open but no byte goes through in either direction
           (a hung server or a black-holed network); when the stall ends those connections are
           closed, as a partition that heals leaves them broken.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from typing import Any


class FaultProxy:
    def __init__(self, target_port: int, target_host: str = "127.0.0.1"):
        self.target = (target_host, target_port)
        self.mode = "pass"
        self.port = 0
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True,
                                        name=f"fault-proxy-{target_port}")
        self._server: asyncio.base_events.Server | None = None
        self._conns: set[tuple[asyncio.StreamWriter, asyncio.StreamWriter | None]] = set()
        self._flowing = asyncio.Event()

    def start(self) -> FaultProxy:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(5)
        return self

    async def _start(self) -> None:
        self._flowing = asyncio.Event()
        self._flowing.set()
        self._server = await asyncio.start_server(self._accept, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]

    def set_mode(self, mode: str) -> None:
        assert mode in ("pass", "drop", "stall")
        asyncio.run_coroutine_threadsafe(self._set_mode(mode), self._loop).result(5)

    async def _set_mode(self, mode: str) -> None:
        previous, self.mode = self.mode, mode
        if mode == "pass":
            if previous == "stall":
                self._close_all()
            self._flowing.set()
        else:
            self._flowing.clear()
            if mode == "drop":
                self._close_all()

    def _close_all(self) -> None:
        for client, upstream in list(self._conns):
            client.close()
            if upstream is not None:
                upstream.close()
        self._conns.clear()

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        if self.mode == "drop":
            writer.close()
            return
        entry: list[Any] = [writer, None]
        pair = (writer, None)
        self._conns.add(pair)
        try:
            await self._flowing.wait()           # a stalled proxy accepts, then says nothing
            if self.mode == "drop" or pair not in self._conns:
                writer.close()
                return
            up_reader, up_writer = await asyncio.open_connection(*self.target)
            self._conns.discard(pair)
            pair = (writer, up_writer)
            entry[1] = up_writer
            self._conns.add(pair)
            await asyncio.gather(self._pipe(reader, up_writer), self._pipe(up_reader, writer))
        except (OSError, asyncio.CancelledError):
            pass
        finally:
            self._conns.discard(pair)
            writer.close()
            if entry[1] is not None:
                entry[1].close()

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with contextlib.suppress(OSError, ConnectionError):
            while True:
                data = await reader.read(65536)
                if not data:
                    break
                await self._flowing.wait()
                if writer.is_closing():
                    break
                writer.write(data)
                await writer.drain()
        writer.close()

    def stop(self) -> None:
        async def shutdown() -> None:
            self._close_all()
            if self._server is not None:
                self._server.close()

        with contextlib.suppress(Exception):
            asyncio.run_coroutine_threadsafe(shutdown(), self._loop).result(5)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)
