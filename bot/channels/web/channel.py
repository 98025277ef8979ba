"""The web chat as a channel: the page at `/` and its JSON API, always on.

A browser asks and the server answers in the same HTTP exchange, so there is no polling loop to
start. The one thing pushed is a counsellor's chat: the page reads it from the handoff desk on
its live stream (/api/live), so `send` has nothing to do for it; anything else cannot reach a
browser that is not asking, and says so.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from starlette.routing import BaseRoute

from bot.channels.base import Fallback, Handler, Texts
from bot.config import Settings
from bot.core.messages import Reply


class WebChannel:
    name: ClassVar[str] = "web"

    def __init__(self, settings: Settings, fallback: Fallback | None = None,
                 texts: Texts | None = None, desk: Any = None):
        self.settings = settings
        self.desk = desk              # bot.handoff.Desk: a counsellor's chat, on /api/live
        self.fallback = fallback      # Runtime.fallback; None: the same, built from the content
        self.texts = texts            # Content.t; None: loaded from the configured content

    def routes(self, handle: Handler) -> Sequence[BaseRoute]:
        from bot.channels.web.chat import chat_routes

        return chat_routes(self.settings, handle, self.fallback, self.texts, self.desk)

    async def start(self, handle: Handler) -> None:
        return None

    async def send(self, recipient: str, reply: Reply) -> None:
        raise NotImplementedError("the web chat answers within the request; it cannot push")

    async def stop(self) -> None:
        return None
