"""What the understanding layer tells the engine about one message."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol


@dataclass(frozen=True)
class Understanding:
    """`intent` is None when the best guess is below the confidence threshold: the engine then
    treats the text as not understood. `top_intent` is that best guess anyway.
    `entities` keys: "kind", "ward" (the current ward name), "ward_old" (the old name typed),
    "for_whom" ("self" | "other" | "child"), "ward_weak" ("1" when the ward was read from a
    sentence with no place cue, so the engine confirms it), "age_group" ("child" | "older" when
    the writer says so). `language` is the language the text is written in. `ranking` is the
    classifier's best three guesses with their probabilities, best first (for a clarifying
    question when confidence is low); empty when the backend gives none."""

    intent: str | None
    confidence: float
    top_intent: str
    entities: dict[str, str] = field(default_factory=dict)
    language: str = "vi"
    ranking: tuple[tuple[str, float], ...] = ()

    def to_json(self) -> dict[str, object]:
        return {"intent": self.intent, "confidence": round(self.confidence, 4),
                "top_intent": self.top_intent, "entities": dict(self.entities),
                "language": self.language,
                "ranking": [[name, round(share, 4)] for name, share in self.ranking]}


class Understander(Protocol):
    def understand(self, text: str) -> Understanding: ...
