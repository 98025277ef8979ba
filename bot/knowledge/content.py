"""Everything the bot says, loaded from `data/content/` (officer-editable, per language).

`ui.yml` holds the texts around the content (menus, questions), and each pathway may keep its own
texts in `ui/<pathway>.yml` (same `vi:`/`en:` shape, merged into ui.yml's keys; a key defined twice
is an error, so two files never silently disagree); `tips.yml` the awareness topics
by audience; `safety.yml` the emergency steps, the advice fitted to each emergency situation
(`situations:`) and the safety points for each kind of violence; `answers.yml` the direct
answers to direct questions (no-contact orders, where to report, …).
Phone numbers are never written in these texts: placeholders such as {national} are filled from
the hotline table in config.toml, so a number changes in one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.config import LANGUAGES, Settings
from bot.knowledge.yamlfile import DataFileError, read_yaml


@dataclass(frozen=True)
class Topic:
    id: str
    audiences: tuple[str, ...]
    title: dict[str, str]
    source: str
    parts: dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class Audience:
    id: str
    label: dict[str, str]


@dataclass(frozen=True)
class SafetyText:
    source: str
    lines: dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class AnswerText:
    source: str
    text: dict[str, str]


class Content:
    """Lookup of texts by language and key, with the config's numbers filled in."""

    def __init__(self, ui: dict[str, dict[str, Any]], audiences: list[Audience],
                 topics: list[Topic], emergency_steps: SafetyText,
                 kind_points: dict[str, SafetyText], numbers: dict[str, str], *,
                 situations: dict[str, SafetyText] | None = None,
                 answers: dict[str, AnswerText] | None = None):
        self._ui = ui
        self.audiences = tuple(audiences)
        self.topics = {t.id: t for t in topics}
        self.emergency_steps = emergency_steps
        self.kind_points = kind_points
        self.numbers = numbers
        # Advice by emergency situation, placeholders already filled (safety.yml `situations:`).
        self.situations: dict[str, SafetyText] = dict(situations or {})
        self.answers: dict[str, AnswerText] = dict(answers or {})
        self._plain: dict[tuple[str, str], str] = {}   # texts without call values, filled once

    @classmethod
    def load(cls, settings: Settings) -> Content:
        folder = settings.content_dir
        ui = load_ui(folder)
        audiences, topics = _load_tips(folder / "tips.yml")
        emergency, kinds = _load_safety(folder / "safety.yml")
        numbers = {h.id: h.number for h in settings.hotlines}
        numbers["city"] = settings.city.name
        numbers["ttl"] = str(settings.sessions.ttl_minutes)
        situations = {key: _filled(folder / "safety.yml", f"situations.{key}", text, numbers)
                      for key, text in _load_situations(folder / "safety.yml").items()}
        # the kinds' points said of someone else, of a child or to a child ("physical_other")
        kinds.update({key: _filled(folder / "safety.yml", f"kind_variants.{key}", text, numbers)
                      for key, text in _load_situations(folder / "safety.yml",
                                                        "kind_variants").items()})
        answers = _load_answers(folder / "answers.yml")
        return cls(ui, audiences, topics, emergency, kinds, numbers,
                   situations=situations, answers=answers)

    def t(self, language: str, key: str, **values: Any) -> str:
        """The text at `key` (dotted for nested keys) with placeholders filled. Texts without
        values of the call's own are filled once and kept (a turn asks for about ten)."""
        if not values:
            found = self._plain.get((language, key))
            if found is None:
                found = self._plain[(language, key)] = self._text(language, key)
            return found
        return self._text(language, key, **values)

    def _text(self, language: str, key: str, **values: Any) -> str:
        node: Any = self._ui.get(language) or self._ui["vi"]
        for part in key.split("."):
            node = node.get(part) if isinstance(node, dict) else None
        if node is None and language != "vi":
            return self._text("vi", key, **values)
        if not isinstance(node, str):
            raise KeyError(f"no text {key!r} in ui.yml")
        return node.format_map({**self.numbers, **values}).strip()

    def answer(self, language: str, key: str, **values: Any) -> str:
        """The direct answer `key` of answers.yml, with placeholders filled like `t`."""
        item = self.answers.get(key)
        if item is None:
            raise KeyError(f"no answer {key!r} in answers.yml")
        text = item.text.get(language) or item.text["vi"]
        return text.format_map({**self.numbers, **values}).strip()

    def topics_for(self, audience: str) -> list[Topic]:
        return [t for t in self.topics.values() if audience in t.audiences]


def load_ui(folder: Path) -> dict[str, dict[str, Any]]:
    """ui.yml merged with every `ui/*.yml` fragment, per language; a key twice is an error."""
    paths = [folder / "ui.yml", *sorted((folder / "ui").glob("*.yml"))]
    merged: dict[str, dict[str, Any]] = {lang: {} for lang in LANGUAGES}
    seen: dict[str, Path] = {}
    for path in paths:
        data = read_yaml(path)
        if not isinstance(data, dict) or not all(isinstance(data.get(lang), dict)
                                                 for lang in LANGUAGES):
            raise DataFileError(f"{path}: needs a `vi:` and an `en:` section")
        for lang in LANGUAGES:
            for key, value in data[lang].items():
                if lang == "vi" and key in seen:
                    raise DataFileError(f"{path}: key {key!r} is already in {seen[key].name}")
                if lang == "vi":
                    seen[key] = path
                merged[lang][key] = value
    return merged


def _load_tips(path: Path) -> tuple[list[Audience], list[Topic]]:
    data = read_yaml(path)
    if not isinstance(data, dict):
        raise DataFileError(f"{path}: expected `audiences:` and `topics:`")
    audiences = []
    for item in data.get("audiences") or []:
        if not isinstance(item, dict) or "id" not in item:
            raise DataFileError(f"{path}: each audience needs an `id` and a `label`")
        audiences.append(Audience(str(item["id"]), dict(item.get("label") or {})))
    topics = []
    for item in data.get("topics") or []:
        tid = item.get("id") if isinstance(item, dict) else None
        parts = item.get("parts") if isinstance(item, dict) else None
        if not tid or not isinstance(parts, dict) or not all(parts.get(lang) for lang in LANGUAGES):
            raise DataFileError(f"{path}: topic {tid or '?'} needs `parts` in vi and en")
        topics.append(Topic(str(tid), tuple(item.get("audiences") or ()),
                            dict(item.get("title") or {}), str(item.get("source", "")),
                            {lang: tuple(parts[lang]) for lang in LANGUAGES}))
    if not audiences or not topics:
        raise DataFileError(f"{path}: needs at least one audience and one topic")
    return audiences, topics


def _safety_text(path: Path, name: str, item: Any) -> SafetyText:
    if not isinstance(item, dict) or not all(item.get(lang) for lang in LANGUAGES):
        raise DataFileError(f"{path}: {name} needs lines in vi and en")
    return SafetyText(str(item.get("source", "")), {lang: tuple(item[lang]) for lang in LANGUAGES})


def _load_safety(path: Path) -> tuple[SafetyText, dict[str, SafetyText]]:
    data = read_yaml(path)
    if not isinstance(data, dict) or not isinstance(data.get("kinds"), dict):
        raise DataFileError(f"{path}: expected `emergency_steps:` and `kinds:`")
    emergency = _safety_text(path, "emergency_steps", data.get("emergency_steps"))
    kinds = {str(k): _safety_text(path, f"kinds.{k}", v) for k, v in data["kinds"].items()}
    return emergency, kinds


def _load_situations(path: Path, section: str = "situations") -> dict[str, SafetyText]:
    """safety.yml `situations:` or `kind_variants:` (optional: an older file without the section
    gives {})."""
    data = read_yaml(path)
    raw = data.get(section) if isinstance(data, dict) else None
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise DataFileError(f"{path}: `{section}:` must map a key to its lines")
    return {str(k): _safety_text(path, f"{section}.{k}", v) for k, v in raw.items()}


def _filled(path: Path, name: str, text: SafetyText, numbers: dict[str, str]) -> SafetyText:
    """`text` with its {placeholders} filled from the hotline table."""
    try:
        lines = {lang: tuple(str(line).format_map(numbers).strip() for line in text.lines[lang])
                 for lang in LANGUAGES}
    except (KeyError, ValueError, IndexError) as exc:
        raise DataFileError(f"{path}: {name}: unknown or broken placeholder {exc}") from None
    return SafetyText(text.source, lines)


def _load_answers(path: Path) -> dict[str, AnswerText]:
    """answers.yml: `key: {source, vi, en}`; a content folder without the file has no answers."""
    if not path.exists():
        return {}
    data = read_yaml(path)
    if not isinstance(data, dict):
        raise DataFileError(f"{path}: expected `key: {{source, vi, en}}` entries")
    answers = {}
    for key, item in data.items():
        if not isinstance(item, dict) or not all(isinstance(item.get(lang), str) and item[lang].strip()
                                                 for lang in LANGUAGES):
            raise DataFileError(f"{path}: {key} needs a text in vi and en")
        answers[str(key)] = AnswerText(str(item.get("source", "")),
                                       {lang: str(item[lang]) for lang in LANGUAGES})
    return answers
