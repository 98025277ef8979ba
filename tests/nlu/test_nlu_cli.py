"""`companion nlu train|test|predict` through the real command-line entry point."""

from __future__ import annotations

import json
from pathlib import Path

from bot.cli import main
from tests.nlu.conftest import HELDOUT


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_predict_prints_json(capsys, nlu_project: Path):
    code, out, _ = run(capsys, "--config", str(nlu_project / "config.toml"), "nlu", "predict",
                       "hang xom toi bi chong danh")
    assert code == 0
    result = json.loads(out)
    assert result["intent"] == "help_other" and result["top_intent"] == "help_other"
    assert result["entities"] == {"for_whom": "other", "kind": "physical"}
    assert result["language"] == "vi" and 0.45 <= result["confidence"] <= 1
    assert result["emergency"] is False


def test_test_json_has_the_agreed_keys(capsys, nlu_project: Path):
    code, out, _ = run(capsys, "nlu", "test", str(HELDOUT), "--json",
                       "--config", str(nlu_project / "config.toml"))
    assert code == 0
    report = json.loads(out)
    assert {"accuracy", "macro_f1", "per_intent", "emergency_recall",
            "emergency_false_alarm_rate", "errors"} <= set(report)
    assert report["accuracy"] >= 0.92 and report["emergency_recall"] == 1.0
    assert set(report["per_intent"]["emergency"]) == {"precision", "recall", "f1", "support"}


def test_test_text_report_and_stripped_diacritics(capsys, nlu_project: Path):
    code, out, _ = run(capsys, "nlu", "test", str(HELDOUT), "--strip-diacritics",
                       "--config", str(nlu_project / "config.toml"))
    assert code == 0
    assert "accuracy" in out and "emergency recall 1.000" in out and "learn_gbv" in out


def test_train_forces_a_new_model(capsys, project_copy: Path):
    cache = project_copy / "data" / ".nlu-cache"
    config = str(project_copy / "config.toml")
    assert run(capsys, "nlu", "train", "--config", config)[0] == 0
    before = {p.name: p.stat().st_mtime_ns for p in cache.glob("model-*.npz")}
    assert before  # trained into the cache, beside the bundled model
    code, out, _ = run(capsys, "nlu", "train", "--config", config)
    assert code == 0 and out.startswith("trained on ")
    after = {p.name: p.stat().st_mtime_ns for p in cache.glob("model-*.npz")}
    assert after.keys() == before.keys()
    assert all(after[name] > before[name] for name in after)


def test_bad_files_give_one_line_errors(capsys, project_copy: Path, tmp_path: Path):
    config = str(project_copy / "config.toml")
    code, _, err = run(capsys, "nlu", "test", str(tmp_path / "missing.yml"), "--config", config)
    assert code == 2 and err.count("\n") == 1 and "missing.yml" in err
    (project_copy / "intents" / "vi" / "broken.yml").write_text("nlu: [\n", encoding="utf-8")
    code, _, err = run(capsys, "nlu", "train", "--config", config)
    assert code == 2 and err.count("\n") == 1 and "broken.yml" in err
