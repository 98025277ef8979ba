"""The companion pathways' sourced texts, from `data/content/pathways.yml`.

The danger check's questions, the safety plan's steps and the guides are content that officers
may edit and that must each say where they come from, so they live in their own file with a
`source:` per section, and are checked when read: both languages everywhere, placeholders that
the hotline table can fill (a number is never written in the text itself).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.config import LANGUAGES
from bot.knowledge.yamlfile import DataFileError, read_yaml

FILE = "pathways.yml"


@dataclass(frozen=True)
class Question:
    """One yes/no question of the danger check."""

    id: str
    text: dict[str, str]


@dataclass(frozen=True)
class PlanStep:
    """One step of the safety plan: a short label (for the plan message) and the question."""

    id: str
    label: dict[str, str]
    text: dict[str, str]


@dataclass(frozen=True)
class Guide:
    """A short series of cards on one need, with the numbers worth a call button."""

    id: str
    title: dict[str, str]
    source: str
    cite: str
    cards: tuple[dict[str, str], ...]
    calls: tuple[str, ...]
    health_button: bool = False


@dataclass(frozen=True)
class Pathways:
    check_source: str
    questions: tuple[Question, ...]
    plan_source: str
    steps: tuple[PlanStep, ...]
    guides: dict[str, Guide]

    def question(self, index: int) -> Question | None:
        return self.questions[index] if 0 <= index < len(self.questions) else None

    def step(self, index: int) -> PlanStep | None:
        return self.steps[index] if 0 <= index < len(self.steps) else None


def load_pathways(folder: Path, numbers: dict[str, str]) -> Pathways:
    """Read and check `folder/pathways.yml`, placeholders filled from `numbers`."""
    path = folder / FILE
    data = read_yaml(path)
    if not isinstance(data, dict):
        raise DataFileError(f"{path}: expected `danger_check:`, `safety_plan:` and `guides:`")
    check = _section(path, data, "danger_check")
    plan = _section(path, data, "safety_plan")
    questions = tuple(Question(str(q.get("id")), _texts(path, f"danger_check.{q.get('id')}", q,
                                                         numbers))
                      for q in _items(path, check, "questions", "danger_check"))
    steps = tuple(PlanStep(str(s.get("id")),
                           _texts(path, f"safety_plan.{s.get('id')}.label", s.get("label"), numbers),
                           _texts(path, f"safety_plan.{s.get('id')}", s, numbers))
                  for s in _items(path, plan, "steps", "safety_plan"))
    raw_guides = data.get("guides")
    if not isinstance(raw_guides, dict) or not raw_guides:
        raise DataFileError(f"{path}: `guides:` must map a guide id to its cards")
    guides = {str(gid): _guide(path, str(gid), g, numbers) for gid, g in raw_guides.items()}
    return Pathways(str(check["source"]), questions, str(plan["source"]), steps, guides)


def _section(path: Path, data: dict[str, Any], name: str) -> dict[str, Any]:
    section = data.get(name)
    if not isinstance(section, dict) or not str(section.get("source") or "").strip():
        raise DataFileError(f"{path}: `{name}:` needs a `source:`")
    return section


def _items(path: Path, section: dict[str, Any], key: str, name: str) -> list[dict[str, Any]]:
    items = section.get(key)
    if not isinstance(items, list) or not items or not all(
            isinstance(i, dict) and i.get("id") for i in items):
        raise DataFileError(f"{path}: `{name}.{key}` must be a list of entries with an `id`")
    return items


def _texts(path: Path, name: str, item: Any, numbers: dict[str, str]) -> dict[str, str]:
    if not isinstance(item, dict) or not all(isinstance(item.get(lang), str) and item[lang].strip()
                                             for lang in LANGUAGES):
        raise DataFileError(f"{path}: {name} needs a text in vi and en")
    try:
        return {lang: item[lang].format_map(numbers).strip() for lang in LANGUAGES}
    except (KeyError, ValueError, IndexError) as exc:
        raise DataFileError(f"{path}: {name}: unknown or broken placeholder {exc}") from None


def _guide(path: Path, gid: str, item: Any, numbers: dict[str, str]) -> Guide:
    if not isinstance(item, dict) or not str(item.get("source") or "").strip():
        raise DataFileError(f"{path}: guide {gid} needs a `source:`")
    cards = item.get("cards")
    if not isinstance(cards, list) or not cards:
        raise DataFileError(f"{path}: guide {gid} needs `cards:`")
    calls = tuple(str(c) for c in item.get("calls") or ())
    unknown = [c for c in calls if c not in numbers]
    if unknown:
        raise DataFileError(f"{path}: guide {gid}: `calls` names no hotline {unknown}")
    cite = str(item.get("cite") or "").strip()
    if not cite:
        raise DataFileError(f"{path}: guide {gid} needs a short `cite:` (shown under its last card)")
    try:
        cite = cite.format_map(numbers)
    except (KeyError, ValueError, IndexError) as exc:
        raise DataFileError(f"{path}: guide {gid}: cite: broken placeholder {exc}") from None
    return Guide(gid, _texts(path, f"guides.{gid}.title", item.get("title"), numbers),
                 str(item["source"]), cite,
                 tuple(_texts(path, f"guides.{gid}.cards[{i}]", c, numbers)
                       for i, c in enumerate(cards)),
                 calls, bool(item.get("health_button", False)))
