"""The README's test command runs on both cores (`-n 2`); the tests that share PostgreSQL and
Redis must all land in one group, run by one worker in order (tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import ROOT, SHARED_SERVERS_GROUP, scope_of, talks_to_shared_servers

TESTS = ROOT / "tests"


def test_every_module_named_for_a_shared_server_is_grouped() -> None:
    seen: dict[Path, bool] = {}
    named = [p for p in TESTS.rglob("test_*.py")
             if any(word in p.name for word in ("postgres", "redis", "kill9"))]
    assert len(named) >= 8
    assert [p for p in named if not talks_to_shared_servers(p, seen)] == []


def test_modules_reached_through_a_folders_conftest_are_grouped_and_plain_ones_are_not() -> None:
    seen: dict[Path, bool] = {}
    # (test_danger_first.py itself names no server; its folder's conftest gives it a Redis URL)
    assert talks_to_shared_servers(TESTS / "reliability" / "test_danger_first.py", seen)
    assert not talks_to_shared_servers(TESTS / "core" / "test_transcripts.py", seen)
    assert not talks_to_shared_servers(TESTS / "nlu" / "test_prefilter.py", seen)


def test_a_grouped_test_is_scheduled_in_the_group_and_a_plain_test_alone() -> None:
    seen: dict[Path, bool] = {}
    grouped = "tests/reliability/test_kill9.py::test_sqlite_rows_match_acknowledged_requests_across_kill9"
    plain = "tests/core/test_transcripts.py::test_transcript[x]"
    assert scope_of(grouped, seen) == SHARED_SERVERS_GROUP
    assert scope_of(plain, seen) == plain
