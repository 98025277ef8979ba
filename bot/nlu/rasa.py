"""A Rasa server as the understander, over its HTTP API (`POST /model/parse`).

Rasa itself cannot be installed next to this bot (see DESIGN.md), but a team may run a Rasa server
trained on the same intents/ files. Its answer is mapped onto `Understanding`; entities it does not
return are filled by the built-in rules, and the language comes from the built-in detector. When
the server is slow, down or answers nonsense, the built-in classifier answers instead and the log
says so, with the kind of failure only, never the text.
"""

from __future__ import annotations

import logging
from typing import Any

import httpx

from bot.knowledge.wards import WardIndex
from bot.nlu import entities as rules
from bot.nlu.builtin import BuiltinUnderstander
from bot.nlu.data import INTENTS
from bot.nlu.understanding import Understanding

log = logging.getLogger(__name__)

_FOR_WHOM = ("self", "other", "child")


class RasaUnavailable(Exception):
    """The server did not give a usable answer."""


class RasaUnderstander:
    def __init__(self, url: str, timeout: float, threshold: float, wards: WardIndex | None,
                 fallback: BuiltinUnderstander, client: httpx.Client | None = None):
        self.endpoint = f"{url.rstrip('/')}/model/parse"
        self.threshold = threshold
        self.wards = wards
        self.fallback = fallback
        self.client = client or httpx.Client(timeout=timeout)

    def close(self) -> None:
        self.client.close()

    def _parse(self, text: str) -> dict[str, Any]:
        try:
            response = self.client.post(self.endpoint, json={"text": text})
            response.raise_for_status()
            data = response.json()
        except httpx.TimeoutException as exc:
            raise RasaUnavailable(f"timeout ({type(exc).__name__})") from None
        except httpx.HTTPStatusError as exc:
            raise RasaUnavailable(f"HTTP {exc.response.status_code}") from None
        except httpx.HTTPError as exc:
            raise RasaUnavailable(type(exc).__name__) from None
        except ValueError:
            raise RasaUnavailable("response is not JSON") from None
        if not isinstance(data, dict) or not isinstance(data.get("intent"), dict):
            raise RasaUnavailable("response has no intent")
        return data

    def understand(self, text: str) -> Understanding:
        try:
            data = self._parse(text)
        except RasaUnavailable as exc:
            log.warning("nlu: Rasa server unavailable (%s); using the built-in classifier", exc)
            return self.fallback.understand(text)
        language, norm = self.fallback.language_of(text)
        name = data["intent"].get("name")
        try:
            confidence = float(data["intent"].get("confidence") or 0.0)
        except (TypeError, ValueError):
            confidence = 0.0
        known = name if name in INTENTS else None
        intent = known if known and confidence >= self.threshold else None
        found = self._entities(data.get("entities"))
        has_ward = "ward" in found
        for key, value in rules.extract(text, norm.expanded, intent, self.wards).items():
            if not (has_ward and key in ("ward", "ward_old", "ward_weak")) and key != "kind":
                found.setdefault(key, value)
        if "kind" not in found and (kind := rules.kind_of(norm.expanded, found.get("for_whom"))):
            found["kind"] = kind
        return Understanding(intent, confidence, known or "out_of_scope", found, language,
                             self._ranking(data.get("intent_ranking")))

    @staticmethod
    def _ranking(items: Any) -> tuple[tuple[str, float], ...]:
        """Rasa's `intent_ranking`, known intents only, best three first."""
        ranking: list[tuple[str, float]] = []
        if isinstance(items, list):
            for item in items:
                if not isinstance(item, dict) or item.get("name") not in INTENTS:
                    continue
                try:
                    share = float(item.get("confidence") or 0.0)
                except (TypeError, ValueError):
                    continue
                ranking.append((str(item["name"]), round(share, 4)))
        ranking.sort(key=lambda pair: -pair[1])
        return tuple(ranking[:3])

    def _entities(self, items: Any) -> dict[str, str]:
        """Rasa's entity list mapped onto our keys; unknown entities and values are ignored."""
        found: dict[str, str] = {}
        if not isinstance(items, list):
            return found
        for item in items:
            if not isinstance(item, dict) or not isinstance(item.get("value"), str):
                continue
            entity, value = item.get("entity"), item["value"].strip()
            if entity == "kind" and value in rules.KINDS:
                found.setdefault("kind", value)
            elif entity == "for_whom" and value in _FOR_WHOM:
                found.setdefault("for_whom", value)
            elif entity == "ward" and self.wards is not None and "ward" not in found:
                match = self.wards.lookup(value)
                if match is not None:
                    found["ward"] = match.ward.name
                    if match.old_name:
                        found["ward_old"] = match.old_name
        return found
