"""Officer accounts: scrypt hashes only, and the `companion officer` commands."""

from __future__ import annotations

import io
import json
import stat

import pytest

from bot.cli import main
from bot.officer.accounts import AccountError, AccountStore

PASSWORD = "correct horse battery"


def test_accounts_store_only_salted_scrypt_hashes(tmp_path) -> None:
    path = tmp_path / "officers.json"
    store = AccountStore(path)
    store.add("lan", PASSWORD)
    store.add("minh", PASSWORD)
    raw = path.read_text()
    assert PASSWORD not in raw
    data = json.loads(raw)["accounts"]
    assert set(data) == {"lan", "minh"}
    assert data["lan"]["salt"] != data["minh"]["salt"]
    assert data["lan"]["hash"] != data["minh"]["hash"]
    assert data["lan"]["scrypt"]["n"] >= 2**14
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_verify_accepts_only_the_right_password(tmp_path) -> None:
    store = AccountStore(tmp_path / "officers.json")
    store.add("lan", PASSWORD)
    assert store.verify("lan", PASSWORD)
    assert not store.verify("lan", PASSWORD + "x")
    assert not store.verify("lan", "")
    assert not store.verify("nobody", PASSWORD)
    assert not store.verify("../etc", PASSWORD)


def test_add_refuses_bad_names_short_passwords_and_duplicates(tmp_path) -> None:
    store = AccountStore(tmp_path / "officers.json")
    with pytest.raises(AccountError):
        store.add("has space", PASSWORD)
    with pytest.raises(AccountError):
        store.add("lan", "short")
    store.add("lan", PASSWORD)
    with pytest.raises(AccountError):
        store.add("lan", PASSWORD)
    store.add("lan", "another long password", replace=True)
    assert store.verify("lan", "another long password")
    assert not store.verify("lan", PASSWORD)


def test_a_damaged_accounts_file_is_one_clear_error(tmp_path) -> None:
    path = tmp_path / "officers.json"
    path.write_text("{broken")
    with pytest.raises(AccountError, match="cannot read"):
        AccountStore(path).list()


def test_cli_add_prompts_twice_then_list_and_remove(settings, monkeypatch, capsys) -> None:
    answers = iter([PASSWORD, PASSWORD])
    prompts: list[str] = []

    def fake_getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return next(answers)

    monkeypatch.setattr("getpass.getpass", fake_getpass)
    config = str(settings.path)
    assert main(["--config", config, "officer", "add", "lan"]) == 0
    assert len(prompts) == 2
    assert AccountStore(settings.officers.accounts_file).verify("lan", PASSWORD)
    capsys.readouterr()
    assert main(["--config", config, "officer", "list"]) == 0
    assert capsys.readouterr().out.startswith("lan\t")
    assert main(["--config", config, "officer", "remove", "lan"]) == 0
    assert AccountStore(settings.officers.accounts_file).list() == []
    assert main(["--config", config, "officer", "remove", "lan"]) == 2


def test_cli_add_refuses_different_passwords(settings, monkeypatch, capsys) -> None:
    answers = iter([PASSWORD, PASSWORD + "!"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    assert main(["--config", str(settings.path), "officer", "add", "lan"]) == 2
    assert "differ" in capsys.readouterr().err
    assert not settings.officers.accounts_file.exists()


def test_cli_add_reads_the_password_from_stdin(settings, monkeypatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["--config", str(settings.path), "officer", "add", "minh",
                 "--password-stdin"]) == 0
    assert AccountStore(settings.officers.accounts_file).verify("minh", PASSWORD)
