"""Wiring: settings → services → engine, and the one async `handle` every channel is given."""

from __future__ import annotations

import asyncio
import contextvars
import logging
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from bot import metrics
from bot.config import Settings
from bot.core.counting import RequestCounter
from bot.core.engine import Engine
from bot.core.messages import Inbound, Reply
from bot.core.turn import Services
from bot.followup import open_followups
from bot.handoff import open_desk
from bot.handoff.tally import LogbookTally
from bot.knowledge.content import Content
from bot.knowledge.providers import ProviderDirectory
from bot.knowledge.wards import WardIndex
from bot.logbook import Logbook, open_logbook
from bot.resilience import ResilientLogbook, ResilientSessionStore, danger_fallback
from bot.resilience.counters import TURN_FALLBACKS
from bot.resilience.maintenance import Maintenance
from bot.sessions import SessionStore, open_session_store
from bot.sessions.loop_session import LoopSession, write_back

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
    pool: ThreadPoolExecutor | None = None
    maintenance: Maintenance | None = field(default=None, repr=False)
    followups: Any = None     # bot.followup.Followups when check-ins are on (a key is set)
    desk: Any = None    # bot.handoff.Desk: the counsellors' queue and live chats
    _background: set[asyncio.Future[Any]] = field(default_factory=set, repr=False)

    async def handle(self, inbound: Inbound) -> list[Reply]:
        """The Handler given to every channel: metrics, and never an unanswered person.

        The engine is synchronous and its stores may stall, so the turn runs in a bounded thread
        pool, off the event loop, within `[resilience] turn_deadline_seconds`. A turn that
        fails or misses the deadline is answered with the danger fallback (113, 115, 111 in the
        person's language), built without touching any store. A turn still running after its
        deadline finishes in its thread; only its replies are dropped.
        """
        channel = inbound.channel
        metrics.UPDATES.labels(channel).inc()
        started = time.perf_counter()
        self._start_maintenance()
        try:
            replies = await self._run_turn(inbound)
        except Exception as exc:  # a bug or a stalled store must not leave someone without 113
            reason = "deadline" if isinstance(exc, TimeoutError) else "error"
            metrics.ERRORS.labels(channel, "engine").inc()
            TURN_FALLBACKS.labels(channel, reason).inc()
            log.error("turn on %s event answered with the danger fallback (%s)", inbound.kind,
                      type(exc).__name__, exc_info=log.isEnabledFor(logging.DEBUG))
            replies = self.fallback(inbound.language_hint)
        metrics.HANDLING_SECONDS.labels(channel).observe(time.perf_counter() - started)
        metrics.REPLIES.labels(channel).inc(len(replies))
        return replies

    async def _run_turn(self, inbound: Inbound) -> list[Reply]:
        if self.pool is None:     # a runtime assembled by hand (tests): on the caller's thread
            return self.engine.handle(inbound)
        deadline = self.settings.resilience.turn_deadline_seconds
        if getattr(self.sessions, "on_loop", False):
            return await self._turn_with_loop_session(inbound, deadline)
        loop = asyncio.get_running_loop()
        context = contextvars.copy_context()   # the counting client travels with the turn
        future = loop.run_in_executor(self.pool, context.run, self.engine.handle, inbound)
        async with asyncio.timeout(deadline):
            return await future

    async def _turn_with_loop_session(self, inbound: Inbound, deadline: float) -> list[Reply]:
        """The turn with its keys read and its writes made on the event loop (Redis sessions,
        and a PostgreSQL logbook when there is one): only the engine's own work runs in the
        thread. The deadline covers the read and the engine; the writes come after the replies
        are ready, within their own bound, and a store that fails one costs only that write
        (the logbook spools it). Past the deadline, the turn's thread goes on and writes
        itself what it has not handed over yet (`LoopSession.release`)."""
        keys = self.engine.keys_read(inbound)
        loop_session: LoopSession | None = None
        try:
            async with asyncio.timeout(deadline):
                values = await self.sessions.aget_many(keys)
                loop_session = LoopSession(self.sessions, keys[0],
                                           dict(zip(keys, values, strict=True)))
                loop = asyncio.get_running_loop()
                context = contextvars.copy_context()   # the counting client goes along
                replies = await loop.run_in_executor(self.pool, context.run, self.engine.handle,
                                                     inbound, loop_session)
        except BaseException:
            if loop_session is not None:   # the engine may be done; only the await was cut short
                jobs, writes = loop_session.take_jobs(), loop_session.release()
                if jobs or writes:
                    self._keep(asyncio.ensure_future(self._after_turn(jobs, writes)))
            raise
        try:     # each store bounds its own calls; this bounds a client that would not give up
            async with asyncio.timeout(self._write_bound()):
                await self._after_turn(loop_session.take_jobs(), None, loop_session)
        except TimeoutError:
            log.warning("writes after the turn timed out; the replies go out without them")
        return replies

    async def _after_turn(self, jobs: list[Any], writes: dict[str, Any] | None,
                          loop_session: LoopSession | None = None) -> None:
        """The turn's deferred work (its logbook writes), then its held session writes."""
        for job in jobs:
            try:
                await job()
            except Exception as exc:   # the stores' layers never raise; a bug must not either
                log.error("a deferred write failed (%s)", type(exc).__name__)
        if loop_session is not None:
            writes = loop_session.release()
        if writes:
            await write_back(self.sessions, writes)

    def _write_bound(self) -> float:
        """A backstop over the writes after a turn: a Redis round trip or two before and after
        the logbook's own deadline (its statement timeout, plus half a second client-side)."""
        res = self.settings.resilience
        bound = max(1.0, 4 * res.sessions_timeout_seconds)
        if getattr(self.logbook, "on_loop", False):
            bound += 2 * (res.logbook_timeout_seconds + 0.5)
        return bound

    def _keep(self, task: asyncio.Future[Any]) -> None:
        """Hold a background write until it ends (the loop keeps only weak references)."""
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    def fallback(self, language: str | None) -> list[Reply]:
        """113, 115 and 111 in `language` (or the default), touching no store."""
        hint = (language or "").lower()
        lang = "en" if hint.startswith("en") else "vi" if hint.startswith("vi") else None
        return danger_fallback(self.content, self.settings, lang)

    def health(self) -> dict[str, bool]:
        """Each dependency's last probe (probes run in a background thread); blocking only the
        first time, for at most the probe timeout. Call it off the event loop."""
        self._start_maintenance()
        assert self.maintenance is not None
        self.maintenance.wait_first_check()
        return dict(self.maintenance.status)

    def _start_maintenance(self) -> None:
        if self.maintenance is None:
            res = self.settings.resilience
            self.maintenance = Maintenance({"logbook": self.logbook, "sessions": self.sessions},
                                           interval=res.health_interval_seconds,
                                           probe_timeout=max(0.2, res.logbook_timeout_seconds))
            self.maintenance.start()

    async def aclose(self) -> None:
        """Close what the stores opened on the running event loop (Redis's asyncio client),
        before the loop ends; `close` does the rest."""
        if self._background:
            await asyncio.wait(list(self._background), timeout=2)
        for store in (self.sessions, self.logbook):
            aclose = getattr(store, "aclose", None)
            if aclose is not None and getattr(store, "on_loop", False):
                await aclose()

    def close(self) -> None:
        if self.maintenance is not None:
            self.maintenance.stop()
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)
        if isinstance(self.logbook, ResilientLogbook) and self.logbook.backlog:
            self.logbook.replay()    # a last chance; what is left is replayed at next start
        self.logbook.close()
        if self.followups is not None:
            self.followups.close()


def build_runtime(settings: Settings, *, sessions: SessionStore | None = None,
                  logbook: Logbook | None = None, understander: Any = None,
                  with_nlu: bool = True, with_followups: bool = True,
                  desk: Any = None) -> Runtime:
    """Everything the bot needs, from config; pass fakes or shared stores in tests."""
    content = Content.load(settings)
    wards = WardIndex.load(settings.wards_file)
    directory = ProviderDirectory.load(settings.providers_file, wards)
    res = settings.resilience
    if sessions is None:     # not `or`: an empty memory store is falsy (it has a length)
        sessions = open_session_store(settings.sessions.url,
                                      timeout=res.sessions_timeout_seconds)
    if not isinstance(sessions, ResilientSessionStore):
        sessions = ResilientSessionStore(sessions, cooldown=res.retry_after_seconds)
    if logbook is None:
        logbook = open_logbook(settings.logbook_url, settings.resolve,
                               timeout=res.logbook_timeout_seconds)
    if not isinstance(logbook, ResilientLogbook):
        logbook = ResilientLogbook(logbook, res.spool_dir, cooldown=res.retry_after_seconds)
    if understander is None and with_nlu:
        understander = _builtin_understander(settings, wards)
    counter = RequestCounter(logbook, sessions, settings)
    followups = open_followups(settings, logbook) if with_followups else None
    desk = desk or open_desk(settings)
    if desk.tally is None:
        desk.tally = LogbookTally(logbook, settings)
    services = Services(settings, content, directory, wards, counter, understander, followups,
                        desk)
    engine = Engine(services, sessions)
    pool = ThreadPoolExecutor(max_workers=res.turn_threads, thread_name_prefix="companion-turn")
    return Runtime(settings, sessions, logbook, directory, content, wards, engine, understander,
                   pool, followups=followups, desk=desk)


def _builtin_understander(settings: Settings, wards: WardIndex) -> Any:
    from bot import nlu

    build = getattr(nlu, "build_understander", None)
    return build(settings, wards) if build else None
