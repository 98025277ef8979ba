"""One person's short-lived conversation state, stored as a plain dict in the session store."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any


@dataclass
class Session:
    """What the engine remembers between two messages, for at most the session TTL.

    `near` remembers the last place searched (a ward, or a shared location rounded to about a
    kilometre) so that a service filter can be applied without asking again.
    `request_row` links the open help request to its anonymous logbook row so later answers can
    fill it in; it is forgotten with the session.
    `emergency` is the situation whose advice was shown, so a later message of the same emergency
    gets the numbers again but not the same advice block; `acknowledged` says a disclosure was
    already met with an acknowledgement (said once, not on every message); `writer` is "child" or
    "older" when the person said so, for words that fit them.
    """

    language: str
    flow: str | None = None
    step: str | None = None
    help: dict[str, Any] = field(default_factory=dict)
    service: str | None = None
    near: dict[str, Any] = field(default_factory=dict)
    learn: dict[str, Any] = field(default_factory=dict)
    request_row: int | None = None
    emergency: str | None = None
    acknowledged: bool = False
    writer: str | None = None
    # A companion pathway's state (flow, step, answers or notes): session only, dropped when the
    # pathway ends or the person goes elsewhere (bot/core/flows/pathway_state.py).
    pathway: dict[str, Any] = field(default_factory=dict)
    followup: dict[str, Any] = field(default_factory=dict)  # the check-in offer (flows/followup.py)
    handoff: str | None = None    # the counsellor queue's ticket while waiting or chatting
    crisis_other: bool = False    # the crisis pathway is about someone else's life, not the writer's
    # Harm done or about to be was told (pills taken, a cut, the means in hand): every answer
    # starts with 115 until the person says they are safe (bot/core/flows/crisis.py).
    harm_done: bool = False
    # …and it was told at all in this conversation, safe said since or not: dizziness, sleep or
    # bleeding told later is still read as a sign for 115 (bot/core/self_harm.symptom).
    harm_told: bool = False
    # The payloads of the last screen of choice buttons shown, in order, so "2" or "cái thứ
    # hai" typed next presses the button it names (bot/core/ordinals.py); empty when the last
    # turn showed no such screen.
    offered: list[str] = field(default_factory=list)
    # Every choice button of the last turn, its folded label to its payload: "xem tiếp" typed
    # under an article presses its "Xem tiếp", whichever reply of the turn it was under.
    labels: dict[str, str] = field(default_factory=dict)
    # The language the person's own words were last surely in (the word counts of
    # bot/core/flows/language.detect), None before they typed any: a chat whose language was
    # never the person's own (the default, a button) follows their first few English words.
    typed: str | None = None
    is_new: bool = True

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Session:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        known["is_new"] = False
        return cls(**known)

    def to_dict(self) -> dict[str, Any]:
        # A shallow dict, not `asdict`'s deep copy: every store copies what it is given
        # (pickled in memory, JSON in Redis), so the session's own dicts are never shared.
        return {name: getattr(self, name) for name in _STORED}

    def goto(self, flow: str | None, step: str | None = None) -> None:
        self.flow, self.step = flow, step


_STORED = tuple(f.name for f in fields(Session) if f.name != "is_new")
