"""What the understanding layer tells the engine about one message."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol


@dataclass(frozen=True)
class Understanding:
    """`intent` is None when the best guess is below the confidence threshold: the engine then
    treats the text as not understood. `top_intent` is that best guess anyway.
    `entities` keys: "kind", "ward" (the current ward name), "ward_old" (the old name typed),
    "for_whom" ("self" | "other" | "child"). `language` is the language the text is written in."""

    intent: str | None
    confidence: float
    top_intent: str
    entities: dict[str, str] = field(default_factory=dict)
    language: str = "vi"

    def to_json(self) -> dict[str, object]:
        return {"intent": self.intent, "confidence": round(self.confidence, 4),
                "top_intent": self.top_intent, "entities": dict(self.entities),
                "language": self.language}


class Understander(Protocol):
    def understand(self, text: str) -> Understanding: ...
