"""The channel protocol (DESIGN.md): a channel receives a callback, never the bot.

A channel turns its platform's updates into `Inbound` events, awaits the handler, and turns the
`Reply` objects back into platform calls. It keeps no dialogue logic of its own.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import ClassVar, Protocol

from starlette.routing import BaseRoute

from bot.core.messages import Inbound, Reply

Handler = Callable[[Inbound], Awaitable[Sequence[Reply]]]


class Channel(Protocol):
    name: ClassVar[str]

    def routes(self, handle: Handler) -> Sequence[BaseRoute]:
        """Webhook routes for the one server; [] for polling or terminal channels."""
        ...

    async def start(self, handle: Handler) -> None:
        """Run a polling loop or REPL; a no-op for webhook channels."""
        ...

    async def send(self, recipient: str, reply: Reply) -> None: ...

    async def stop(self) -> None: ...


def numbered_lines(reply: Reply, start: int = 1) -> list[str]:
    """Buttons as numbered text lines, for platforms (or fallbacks) without buttons."""
    lines = []
    for offset, button in enumerate(reply.buttons):
        value = f": {button.value}" if button.kind != "choice" and button.value else ""
        if button.kind == "phone" and button.value and button.value in button.label:
            value = ""
        lines.append(f"{start + offset}. {button.label}{value}")
    return lines
