"""Where a companion pathway keeps its state: `Session.pathway`, in the session only.

Shared by the danger check, the safety plan builder and the guides. A pathway's answers and
notes live here while it runs and are dropped when it ends, when the person stops, or when they
go anywhere else (the engine calls `forget_if_left` after every turn). The only thing kept
between pathways is `fits`, the guide that fits this person, as a hint for the offer at the end
of a help request; it expires with the session like everything else.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from bot.core.messages import Button
from bot.core.session import Session
from bot.core.turn import Turn
from bot.knowledge.pathways import Pathways, load_pathways

KEEP = ("fits",)


def content(turn: Turn) -> Pathways:
    """data/content/pathways.yml, read once per content folder and hotline table."""
    numbers = turn.services.content.numbers
    return _load(turn.services.settings.content_dir, tuple(sorted(numbers.items())))


@lru_cache(maxsize=8)
def _load(folder: Path, numbers: tuple[tuple[str, str], ...]) -> Pathways:
    return load_pathways(folder, dict(numbers))


def enter(turn: Turn, flow: str, step: str, **state: object) -> None:
    """Begin a pathway: its state replaces any other pathway's (answers are never carried over)."""
    kept = {k: v for k, v in turn.session.pathway.items() if k in KEEP}
    turn.session.pathway = {**kept, "flow": flow, **state}
    turn.session.goto("pathway", step)


def leave(session: Session) -> None:
    """Forget the pathway's answers and notes; only the hint of which guide fits stays."""
    session.pathway = {k: v for k, v in session.pathway.items() if k in KEEP}
    if session.flow == "pathway":
        session.goto(None)


def forget_if_left(session: Session) -> None:
    """After every turn: a person who went elsewhere (menu, emergency, another flow) leaves
    nothing of a pathway behind."""
    if session.flow != "pathway" and any(k not in KEEP for k in session.pathway):
        leave(session)


def stop_button(turn: Turn) -> Button:
    return Button(turn.t("pathways.stop"), "pw:stop")
