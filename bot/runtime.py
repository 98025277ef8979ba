"""Wiring: settings → services → engine, and the one async `handle` every channel is given."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Any

from bot import metrics
from bot.config import Settings
from bot.core.counting import RequestCounter
from bot.core.engine import Engine
from bot.core.messages import Inbound, Reply
from bot.core.turn import Services
from bot.knowledge.content import Content
from bot.knowledge.providers import ProviderDirectory
from bot.knowledge.wards import WardIndex
from bot.logbook import Logbook, open_logbook
from bot.sessions import SessionStore, open_session_store

log = logging.getLogger(__name__)


@dataclass
class Runtime:
    settings: Settings
    sessions: SessionStore
    logbook: Logbook
    directory: ProviderDirectory
    content: Content
    wards: WardIndex
    engine: Engine
    understander: Any = None

    async def handle(self, inbound: Inbound) -> list[Reply]:
        """The Handler given to every channel: metrics, and never an unanswered person."""
        channel = inbound.channel
        metrics.UPDATES.labels(channel).inc()
        started = time.perf_counter()
        try:
            replies = self.engine.handle(inbound)
        except Exception as exc:  # a bug must not leave someone without the hotline
            metrics.ERRORS.labels(channel, "engine").inc()
            log.error("engine error on %s event (%s)", inbound.kind, type(exc).__name__,
                      exc_info=log.isEnabledFor(logging.DEBUG))
            replies = [Reply(self.content.t(self.settings.default_language, "fallback"))]
        metrics.HANDLING_SECONDS.labels(channel).observe(time.perf_counter() - started)
        metrics.REPLIES.labels(channel).inc(len(replies))
        return replies

    def close(self) -> None:
        self.logbook.close()


def build_runtime(settings: Settings, *, sessions: SessionStore | None = None,
                  logbook: Logbook | None = None, understander: Any = None,
                  with_nlu: bool = True) -> Runtime:
    """Everything the bot needs, from config; pass fakes or shared stores in tests."""
    content = Content.load(settings)
    directory = ProviderDirectory.load(settings.providers_file)
    wards = WardIndex.load(settings.wards_file)
    sessions = sessions or open_session_store(settings.sessions.url)
    logbook = logbook or open_logbook(settings.logbook_url, settings.resolve)
    if understander is None and with_nlu:
        understander = _builtin_understander(settings, wards)
    counter = RequestCounter(logbook, sessions, settings)
    services = Services(settings, content, directory, wards, counter, understander)
    engine = Engine(services, sessions)
    return Runtime(settings, sessions, logbook, directory, content, wards, engine, understander)


def _builtin_understander(settings: Settings, wards: WardIndex) -> Any:
    from bot import nlu

    build = getattr(nlu, "build_understander", None)
    return build(settings, wards) if build else None
