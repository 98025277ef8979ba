"""The training data: Rasa's format, the agreed intent names, enough examples, and a held-out
file that shares nothing with training."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

from bot.nlu.data import INTENTS, NluDataError, data_hash, read_examples, read_file
from bot.nlu.normalize import fold
from tests.nlu.conftest import HELDOUT, ROOT

INTENTS_DIR = ROOT / "intents"


def test_every_file_is_rasa_nlu_3_1():
    files = sorted(INTENTS_DIR.rglob("*.yml"))
    assert files
    for path in files:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert data["version"] == "3.1", path
        for item in data["nlu"]:
            assert set(item) <= {"intent", "examples", "synonym", "lookup", "regex"}, path
            assert all(line.startswith("- ") for line in item["examples"].splitlines()), path


def test_exactly_the_agreed_intents_with_enough_examples():
    counts = Counter(e.intent for e in read_examples(INTENTS_DIR))
    assert set(counts) == set(INTENTS) and len(INTENTS) == 21
    assert min(counts.values()) >= 40, counts
    by_language = Counter((e.intent, e.language) for e in read_examples(INTENTS_DIR))
    thin = {key: n for key, n in by_language.items() if n < 55}
    assert not thin, thin
    for busy in ("emergency", "seek_help", "help_other"):
        assert counts[busy] >= 2 * 40, (busy, counts[busy])


def test_both_languages_and_both_spellings_are_present():
    examples = read_examples(INTENTS_DIR)
    by_language = Counter(e.language for e in examples)
    assert by_language["vi"] > 0 and by_language["en"] > 0 and by_language[""] == 0
    for intent in INTENTS:
        vi = [e.text for e in examples if e.intent == intent and e.language == "vi"]
        with_marks = [t for t in vi if t != fold(t) and t.casefold() != fold(t)]
        without = [t for t in vi if t.casefold() == fold(t)]
        assert len(with_marks) >= 10 and len(without) >= 10, intent
        assert any(e.intent == intent and e.language == "en" for e in examples), intent


def test_no_duplicate_examples_across_intents():
    seen: dict[str, str] = {}
    for example in read_examples(INTENTS_DIR):
        key = fold(example.text)
        assert seen.setdefault(key, example.intent) == example.intent, example.text


def test_heldout_shares_no_example_with_training():
    training = {fold(e.text) for e in read_examples(INTENTS_DIR)}
    heldout = read_file(HELDOUT)
    assert len(heldout) >= 200
    assert {e.intent for e in heldout} == set(INTENTS)
    overlap = [e.text for e in heldout if fold(e.text) in training]
    assert overlap == []


def test_unknown_intent_and_bad_format_are_reported_with_the_file(tmp_path: Path):
    bad = tmp_path / "bad.yml"
    bad.write_text('version: "3.1"\nnlu:\n- intent: gossip\n  examples: |\n    - hi\n',
                   encoding="utf-8")
    with pytest.raises(NluDataError, match=r"bad\.yml: unknown intent 'gossip'"):
        read_file(bad)
    bad.write_text('version: "2.0"\nnlu: []\n', encoding="utf-8")
    with pytest.raises(NluDataError, match=r"3\.1"):
        read_file(bad)


def test_rasa_annotations_synonyms_and_lookups_are_read(tmp_path: Path):
    folder = tmp_path / "en"
    folder.mkdir()
    (folder / "x.yml").write_text(
        'version: "3.1"\nnlu:\n- intent: find_provider\n  examples: |\n'
        '    - help in [Ninh Kieu](ward)\n- synonym: ninh kieu\n  examples: |\n    - nk\n'
        '- lookup: ward\n  examples: |\n    - Cai Rang\n', encoding="utf-8")
    (example,) = read_examples(tmp_path)
    assert (example.text, example.intent, example.language) == ("help in Ninh Kieu",
                                                                "find_provider", "en")


def test_data_hash_changes_with_content_only(tmp_path: Path):
    (tmp_path / "a.yml").write_text('version: "3.1"\nnlu: []\n', encoding="utf-8")
    first = data_hash(tmp_path)
    assert data_hash(tmp_path) == first
    (tmp_path / "a.yml").write_text('version: "3.1"\nnlu: [] \n', encoding="utf-8")
    assert data_hash(tmp_path) != first
