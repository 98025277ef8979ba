"""Reading NLU examples from Rasa NLU YAML files (`version: "3.1"`, `nlu: - intent: … examples: |`).

The same files train a Rasa server, so only Rasa's format is accepted here; `synonym:`, `lookup:`
and `regex:` entries are allowed and skipped. The language of an example is the name of the folder
it sits in (`intents/vi/…`, `intents/en/…`); that is how the built-in classifier learns to tell
English from Vietnamese typed without diacritics, which Rasa's format has no field for.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

INTENTS = (
    "greet", "goodbye", "thanks", "affirm", "deny", "emergency", "seek_help", "help_other",
    "ask_hotline", "find_provider", "learn_gbv", "learn_safety", "learn_rights", "learn_equality",
    "privacy", "quick_exit", "change_language", "bot_challenge", "out_of_scope",
    "self_harm", "ask_human",
)
LANGUAGES = ("vi", "en")
# Rasa entity annotations: "[Ninh Kiều](ward)" or "[ck]{"entity": "for_whom", "value": "self"}".
_ANNOTATION = re.compile(r"\[([^\]]+)\](?:\([^)]*\)|\{[^}]*\})")


class NluDataError(Exception):
    """A training or test file is not usable; the message names the file and the problem."""


@dataclass(frozen=True)
class Example:
    text: str
    intent: str
    language: str  # "vi", "en", or "" when the file's folder does not say


def _language_of(path: Path) -> str:
    for part in reversed(path.parent.parts):
        if part in LANGUAGES:
            return part
    return ""


def read_file(path: Path, *, check_intents: bool = True) -> list[Example]:
    """The examples of one Rasa NLU YAML file."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise NluDataError(f"{path}: cannot read ({exc})") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or type(exc).__name__
        raise NluDataError(f"{path}: not valid YAML{where} ({problem})") from None
    if not isinstance(data, dict) or not isinstance(data.get("nlu"), list):
        raise NluDataError(f"{path}: expected Rasa NLU data (a mapping with an `nlu:` list)")
    if str(data.get("version", "")) != "3.1":
        raise NluDataError(f'{path}: expected `version: "3.1"`')
    language = _language_of(path)
    examples: list[Example] = []
    for index, item in enumerate(data["nlu"], start=1):
        if not isinstance(item, dict):
            raise NluDataError(f"{path}: nlu entry #{index} is not a mapping")
        if "intent" not in item:
            if any(key in item for key in ("synonym", "lookup", "regex")):
                continue
            raise NluDataError(f"{path}: nlu entry #{index} has no `intent`")
        intent = item["intent"]
        if check_intents and intent not in INTENTS:
            raise NluDataError(f"{path}: unknown intent {intent!r} (allowed: {', '.join(INTENTS)})")
        block = item.get("examples")
        if not isinstance(block, str):
            raise NluDataError(f"{path}: intent {intent}: `examples:` must be a `|` block")
        for line in block.splitlines():
            line = line.strip()
            if not line:
                continue
            if not line.startswith("- "):
                raise NluDataError(f"{path}: intent {intent}: example lines start with '- ': {line[:40]!r}")
            text = _ANNOTATION.sub(r"\1", line[2:]).strip()
            if text:
                examples.append(Example(text, intent, language))
    return examples


def data_files(path: Path) -> list[Path]:
    """The YAML files of a folder (recursively, sorted) or the one file given."""
    if path.is_file():
        return [path]
    if not path.is_dir():
        raise NluDataError(f"{path}: no such file or folder")
    files = sorted(p for p in path.rglob("*") if p.suffix in (".yml", ".yaml") and p.is_file())
    if not files:
        raise NluDataError(f"{path}: no .yml files with training data")
    return files


def read_examples(path: Path, *, check_intents: bool = True) -> list[Example]:
    """Every example under `path` (a folder such as intents/, or one file)."""
    examples: list[Example] = []
    for file in data_files(path):
        examples.extend(read_file(file, check_intents=check_intents))
    return examples


def data_hash(path: Path) -> str:
    """A digest of the training data (file names and bytes): the model cache key."""
    digest = hashlib.sha256()
    root = path if path.is_dir() else path.parent
    for file in data_files(path):
        digest.update(str(file.relative_to(root)).encode())
        digest.update(b"\0")
        digest.update(file.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()[:32]
