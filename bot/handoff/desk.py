"""The desk: who is waiting for a counsellor, who is talking to whom, and what was said while
the chat is live, over a board (memory or Redis) where every key expires.

A `Ticket` says how to count and show a waiting person (channel, language, when they joined, and
the help request's who/kind/urgent if one was made) and how to reach them: their channel's
address, sealed with the session secret so that a dump of the board names nobody. The messages
of a conversation live in the ticket's log only while the chat is live (`[handoff] ttl_minutes`
after the last one at most) and are dropped when it ends; nothing here is ever written to the
logbook, a file or a log line.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import time
from dataclasses import asdict, dataclass, field
from typing import Any

from bot.config import Settings
from bot.handoff.hours import within_hours
from bot.sessions import session_key
from bot.sessions.base import _PROCESS_SECRET, shared_secret

PRESENCE_SECONDS = 30        # a console that stops refreshing is offline after this
ENDED_SECONDS = 120          # an ended ticket is remembered this long (to tell the person once)


@dataclass
class Ticket:
    id: str
    channel: str
    language: str
    since: float
    address: str                       # sealed: open with Desk.address()
    state: str = "waiting"             # waiting → live → ended
    counsellor: str | None = None
    about: dict[str, Any] = field(default_factory=dict)
    ended_by: str | None = None
    taken_at: float | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Ticket:
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})

    def public(self, now: float, place: int | None = None) -> dict[str, Any]:
        """What the console may show: never an address, a name or a number."""
        return {"id": self.id, "channel": self.channel, "language": self.language,
                "waiting_minutes": int(max(0.0, now - self.since) // 60), "state": self.state,
                "about": dict(self.about), "place": place}


class Desk:
    def __init__(self, board: Any, settings: Settings, clock: Any = time.time,
                 tally: Any = None):
        self.board = board
        self.settings = settings
        self.clock = clock
        self.tally = tally      # (channel, language, outcome) → None: the anonymous count

    def count(self, channel: str, language: str, outcome: str) -> None:
        if self.tally is not None:
            self.tally(channel, language, outcome)

    @property
    def in_process(self) -> bool:
        """True when the board lives in this process's memory (no I/O, never stalls)."""
        return bool(getattr(self.board, "in_process", False))

    @property
    def ttl(self) -> int:
        return self.settings.handoff.ttl_minutes * 60

    # availability -----------------------------------------------------------------------
    def available(self) -> str | None:
        """None when a person may join the queue now, else why not ("off", "hours", "nobody",
        "full")."""
        handoff = self.settings.handoff
        if not handoff.enabled:
            return "off"
        if not within_hours(self.settings):
            return "hours"
        if self.board.online() < 1:
            return "nobody"
        if len(self.waiting()) >= handoff.max_waiting:
            return "full"
        return None

    def online(self, counsellor: str) -> None:
        self.board.seen(counsellor, PRESENCE_SECONDS)

    def offline(self, counsellor: str) -> None:
        self.board.gone(counsellor)

    # the person's side ----------------------------------------------------------------
    def join(self, channel: str, user: str, language: str, about: dict[str, Any]) -> Ticket:
        """Put the person in the queue (or return the ticket they already hold)."""
        mine = self.ticket_of(channel, user)
        if mine is not None and mine.state != "ended":
            return mine
        ticket = Ticket(id=secrets.token_urlsafe(12), channel=channel, language=language,
                        since=self.clock(), address="", about=about)
        ticket.address = _seal(user, ticket.id)
        self._save(ticket)
        self.board.put(_person(channel, user), ticket.id, self.ttl)
        self.board.enqueue(ticket.id, ticket.since)
        self.count(channel, language, "queued")
        return ticket

    def ticket_of(self, channel: str, user: str) -> Ticket | None:
        ticket_id = self.board.get(_person(channel, user))
        return self.get(ticket_id) if isinstance(ticket_id, str) else None

    def place(self, ticket_id: str) -> int | None:
        """1 for the first in the queue; None when not waiting."""
        waiting = [t.id for t in self.waiting()]
        return waiting.index(ticket_id) + 1 if ticket_id in waiting else None

    def expected_minutes(self, place: int) -> int:
        return place * self.settings.handoff.minutes_per_person

    def said(self, ticket: Ticket, text: str, danger: bool = False) -> None:
        """What the person typed, for the counsellor (flagged when it read as danger)."""
        self.post(ticket.id, {"t": "person", "text": text, "danger": danger})
        self._save(ticket)     # any message keeps the ticket alive

    # the counsellor's side ------------------------------------------------------------
    def waiting(self) -> list[Ticket]:
        found = []
        for ticket_id in self.board.queued():
            ticket = self.get(ticket_id)
            if ticket is None or ticket.state != "waiting":
                self.board.dequeue(ticket_id)    # expired or taken elsewhere
                continue
            found.append(ticket)
        return found

    def take(self, ticket_id: str, counsellor: str) -> Ticket | None:
        """The ticket for `counsellor` if it was waiting; None when gone or taken by another
        (exactly one counsellor wins, in any process)."""
        ticket = self.get(ticket_id)
        if ticket is None or ticket.state != "waiting" or \
                not self.board.claim(f"claim:{ticket_id}", self.ttl):
            return None
        ticket.state, ticket.counsellor, ticket.taken_at = "live", counsellor, self.clock()
        self._save(ticket)
        self.board.dequeue(ticket_id)
        held = [t for t in (self.board.get(_held(counsellor)) or []) if t != ticket_id]
        self.board.put(_held(counsellor), [*held, ticket_id], self.ttl)
        self.count(ticket.channel, ticket.language, "taken")
        return ticket

    def held_by(self, counsellor: str) -> list[Ticket]:
        """The chats `counsellor` has taken and that are still live."""
        found = [t for i in (self.board.get(_held(counsellor)) or [])
                 if (t := self.get(i)) is not None and t.state == "live"]
        return found

    def end(self, ticket_id: str, by: str, reply: dict[str, Any] | None = None) -> Ticket | None:
        """End the chat or leave the queue; the messages are dropped at once. `reply` (what the
        person is told, for the web chat's live stream) goes with the end."""
        ticket = self.get(ticket_id)
        if ticket is None or ticket.state == "ended":
            return None
        self.count(ticket.channel, ticket.language, "ended" if ticket.state == "live" else "left")
        ticket.state, ticket.ended_by = "ended", by
        self.board.dequeue(ticket_id)
        self.board.drop_log(ticket_id)
        self.board.put(_ticket(ticket_id), asdict(ticket), ENDED_SECONDS)
        event: dict[str, Any] = {"t": "ended", "by": by}
        if reply is not None:
            event["reply"] = reply
        self.board.append(ticket_id, event, ENDED_SECONDS)
        if ticket.counsellor:
            held = [t for t in (self.board.get(_held(ticket.counsellor)) or []) if t != ticket_id]
            self.board.put(_held(ticket.counsellor), held, self.ttl)
        return ticket

    def live_for(self, counsellor: str, ticket_id: str) -> Ticket | None:
        ticket = self.get(ticket_id)
        if ticket is None or ticket.counsellor != counsellor:
            return None
        return ticket

    # both sides -------------------------------------------------------------------------
    def get(self, ticket_id: str) -> Ticket | None:
        data = self.board.get(_ticket(ticket_id)) if ticket_id else None
        return Ticket.from_dict(data) if isinstance(data, dict) else None

    def post(self, ticket_id: str, event: dict[str, Any]) -> str:
        return str(self.board.append(ticket_id, {**event, "at": self.clock()}, self.ttl))

    def events(self, ticket_id: str, after: str | None = None) -> list[tuple[str, dict[str, Any]]]:
        return list(self.board.read(ticket_id, after))

    def address(self, ticket: Ticket) -> str:
        return _open(ticket.address, ticket.id)

    def forget_person(self, channel: str, user: str) -> None:
        self.board.delete(_person(channel, user))

    def _save(self, ticket: Ticket) -> None:
        self.board.put(_ticket(ticket.id), asdict(ticket), self.ttl)

    def ping(self) -> bool:
        return bool(self.board.ping())


def open_desk(settings: Settings, sessions_url: str | None = None) -> Desk:
    """With Redis sessions, the desk is shared by every process; else it is this process's."""
    url = sessions_url if sessions_url is not None else settings.sessions.url
    if url.startswith(("redis://", "rediss://")):
        from bot.handoff.redis_board import RedisBoard

        return Desk(RedisBoard.from_url(url, prefix=settings.handoff.redis_prefix), settings)
    from bot.handoff.board import MemoryBoard

    return Desk(MemoryBoard(), settings)


def _ticket(ticket_id: str) -> str:
    return f"t:{ticket_id}"


def _held(counsellor: str) -> str:
    return f"held:{counsellor}"


def _person(channel: str, user: str) -> str:
    return "p:" + session_key(channel, user, "hd")


def _stream(ticket_id: str, length: int) -> bytes:
    key = shared_secret() or _PROCESS_SECRET
    out = b""
    counter = 0
    while len(out) < length:
        out += hmac.new(key, f"seal\x00{ticket_id}\x00{counter}".encode(), hashlib.sha256).digest()
        counter += 1
    return out[:length]


def _seal(address: str, ticket_id: str) -> str:
    """The address XORed with a keystream from the session secret and the ticket's random id
    (HMAC-SHA256 in counter mode), so the board never shows a chat id in the clear."""
    raw = address.encode()
    sealed = bytes(a ^ b for a, b in zip(raw, _stream(ticket_id, len(raw)), strict=True))
    return base64.urlsafe_b64encode(sealed).decode()


def _open(sealed: str, ticket_id: str) -> str:
    raw = base64.urlsafe_b64decode(sealed.encode())
    return bytes(a ^ b for a, b in zip(raw, _stream(ticket_id, len(raw)), strict=True)).decode()
