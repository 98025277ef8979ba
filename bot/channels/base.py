"""The channel protocol (DESIGN.md): a channel receives a callback, never the bot, and the
toolkit every platform channel shares.

A channel turns its platform's updates into `Inbound` events, awaits the handler, and turns the
`Reply` objects back into platform calls. It keeps no dialogue logic of its own: commands come
from `bot.core.commands`, language guessing from `bot.core.flows.language`, the words it says
from `data/content/` and, when a turn fails, the danger fallback from the runtime.

The toolkit: `KeyedLocks` (one event at a time per chat or person), `TaskSet` (background tasks
with a drain), `Dedup` (a platform's retries handled once), `split_text` (a long text in pieces
of a platform's limit, as the platform measures it), `numbered_lines` (buttons as text).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Hashable, Sequence
from types import SimpleNamespace
from typing import Any, ClassVar, Protocol

from starlette.routing import BaseRoute

from bot import metrics
from bot.core.messages import Inbound, Reply
from bot.sessions import from_loop

log = logging.getLogger(__name__)

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


# ---- the channel toolkit: what every platform channel needs, written once ---------------------

Fallback = Callable[[str | None], Sequence[Reply]]   # language hint → 113/115/111 (Runtime.fallback)
Texts = Callable[..., str]                            # (language, key, **values) → text (Content.t)


def hint_language(code: str | None) -> str | None:
    """A platform's language tag ("vi", "en-US") → "vi"/"en", or None when it tells us nothing."""
    if not code:
        return None
    base = code.split("-")[0].split("_")[0].lower()
    return base if base in ("vi", "en") else None


def content_texts(settings: Any) -> Texts:
    """`Content.t` of the configured content, loaded on first use: for a channel built without
    a runtime (tests, tools)."""
    loaded: list[Any] = []

    def texts(language: str, key: str, **values: Any) -> str:
        if not loaded:
            from bot.knowledge.content import Content

            loaded.append(Content.load(settings))
        return str(loaded[0].t(language, key, **values))

    return texts


def content_fallback(settings: Any, texts: Texts | None = None) -> Fallback:
    """Runtime's danger fallback for a channel built without a runtime (tests, tools): the same
    `danger_fallback` on the same content, so the words never differ between channels."""
    from bot.resilience import danger_fallback

    content = SimpleNamespace(t=texts or content_texts(settings))

    def fallback(language: str | None) -> Sequence[Reply]:
        return danger_fallback(content, settings, hint_language(language))

    return fallback


class KeyedLocks:
    """One task at a time per key (a chat, a person), so replies keep their order and a session
    is never updated by two turns at once. A key's lock lives only while a task holds or waits
    for it: no table of ids is kept."""

    def __init__(self) -> None:
        self._locks: dict[Hashable, tuple[asyncio.Lock, int]] = {}

    @contextlib.asynccontextmanager
    async def hold(self, key: Hashable) -> AsyncIterator[None]:
        lock, users = self._locks.get(key, (asyncio.Lock(), 0))
        self._locks[key] = (lock, users + 1)
        try:
            async with lock:
                yield
        finally:
            lock, users = self._locks[key]
            if users <= 1:
                del self._locks[key]
            else:
                self._locks[key] = (lock, users - 1)

    def __len__(self) -> int:
        return len(self._locks)


class TaskSet:
    """Background tasks a channel started (an event answered after its webhook returned), kept
    referenced until done, and waited for at shutdown."""

    def __init__(self) -> None:
        self._tasks: set[asyncio.Task[Any]] = set()

    def spawn(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        task = asyncio.create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def drain(self, timeout: float | None = None) -> None:
        """Wait until every task (and any they started) is done; with `timeout`, cancel what is
        still running after it."""
        loop = asyncio.get_running_loop()
        deadline = None if timeout is None else loop.time() + timeout
        while self._tasks:
            left = None if deadline is None else deadline - loop.time()
            if left is not None and left <= 0:
                for task in list(self._tasks):
                    task.cancel()
                await asyncio.gather(*list(self._tasks), return_exceptions=True)
                return
            await asyncio.wait(list(self._tasks), timeout=left)

    def __len__(self) -> int:
        return len(self._tasks)


class Dedup:
    """Each platform delivery handled once across retries, marked in the session store (so it
    holds across processes with Redis) under a key the caller makes opaque."""

    def __init__(self, channel: str, ttl_seconds: int):
        self._channel = channel
        self._ttl = ttl_seconds

    async def first(self, sessions: Any, mark: str) -> bool:
        """True the first time `mark` is seen. A store that cannot tell says True: answering twice
        beats not answering. On the event loop (bot/sessions/from_loop.py)."""
        try:
            return await from_loop.add_once(sessions, mark, self._ttl)
        except Exception as exc:
            metrics.ERRORS.labels(self._channel, "dedup").inc()
            log.warning("%s dedup unavailable: %s", self._channel, type(exc).__name__)
            return True

    @staticmethod
    async def forget(sessions: Any, mark: str) -> None:
        """Let a redelivery of `mark` be handled again (it was not answered)."""
        with contextlib.suppress(Exception):
            await from_loop.delete(sessions, mark)


def join_replies(replies: Sequence[Reply], limit: int,
                 measure: Callable[[str], int] = len) -> list[Reply]:
    """The replies of one turn as few platform messages as the content allows, in order.

    Every platform message is an API call and, for the person, a notification (on Zalo, one
    that may cost quota), so consecutive replies are joined into one message, paragraphs apart.
    A reply with buttons or a location request ends a message (its buttons stay under the text
    they belong to: buttons only ever sit on the last part); a quick exit (`forget`) is always
    a message of its own (what was said before it is deleted, not folded into it). A message
    stops short of the platform's `limit` (as `measure` counts) rather than be cut; a single
    reply longer than the limit is left to the channel's `split_text`, as before. The engine's
    replies are unchanged: this is delivery only.
    """
    joined: list[Reply] = []
    texts: list[str] = []
    parts: list[Reply] = []    # the replies whose texts are in `texts`

    def flush(end: Reply | None = None) -> None:
        if end is not None:
            texts.append(end.text)
        if texts:
            text = "\n\n".join(t for t in texts if t) or texts[-1]
            said = {r.language for r in parts} | ({end.language} if end is not None else set())
            language = said.pop() if len(said) == 1 else None
            joined.append(Reply(text, end.buttons, end.request_location, end.forget, language)
                          if end is not None else Reply(text, language=language))
        texts.clear()
        parts.clear()

    for reply in replies:
        if reply.forget:
            flush()
            joined.append(reply)
            continue
        if texts and measure("\n\n".join([*texts, reply.text])) > limit:
            flush()
        if reply.buttons or reply.request_location:
            flush(reply)
        else:
            texts.append(reply.text)
            parts.append(reply)
    flush()
    return joined


def split_text(text: str, limit: int, measure: Callable[[str], int] = len) -> list[str]:
    """Pieces of `text` of at most `limit` as `measure` counts (characters; UTF-16 units on
    Telegram), cut at a paragraph, line or word break when one falls in the second half of the
    piece, else at the limit. Only the white space at a cut is lost; no piece is empty (an empty
    text gives [""])."""
    pieces: list[str] = []
    rest = text
    while measure(rest) > limit:
        fit = _fit(rest, limit, measure)
        cut = fit
        for sep in ("\n\n", "\n", " "):
            at = rest.rfind(sep, 0, fit + 1)
            if at > fit // 2:
                cut = at
                break
        piece = rest[:cut].rstrip()
        if piece:
            pieces.append(piece)
        rest = rest[cut:].lstrip()
    if rest or not pieces:
        pieces.append(rest)
    return pieces


def _fit(text: str, limit: int, measure: Callable[[str], int]) -> int:
    """The longest prefix length whose measure is ≤ limit (at least 1, so a cut always moves)."""
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if measure(text[:middle]) <= limit:
            low = middle
        else:
            high = middle - 1
    return max(low, 1)


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def reply_language(reply: Reply, texts: Texts, keys: Sequence[str], default: str, *,
                   guess: bool = False) -> str:
    """The language the engine is speaking in `reply` (the person may have switched with /lang;
    replies carry no language): the language whose text at one of `keys` is the reply's text or
    one of its button labels; else, with `guess`, core's guess from the words; else `default`.
    A reply that says its language (`Reply.language`, set by the engine) is taken at its word:
    guessing from the words was a third of the web chat's own CPU per turn."""
    from bot.core.flows.language import detect

    if reply.language in ("vi", "en"):
        return reply.language
    shown = {reply.text.strip(), *(b.label for b in reply.buttons)}
    for language in ("vi", "en"):
        if {texts(language, key) for key in keys} & shown:
            return language
    return (detect(reply.text) if guess else None) or default
