"""The console has the officer site's protections: sign-in, roles, CSRF; and the roles
themselves: `--role`, accounts from before roles read (and migrated) as officers."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from bot.cli import main
from bot.officer.accounts import AccountStore
from bot.server import create_app
from tests.handoff.console_client import _CSRF, _PAGE_CSRF
from tests.server.conftest import COOKIE_SECRET

PASSWORD = "a long enough password"


@pytest.fixture
def client(runtime) -> Iterator[TestClient]:
    store = AccountStore(runtime.settings.officers.accounts_file)
    store.add("lan", PASSWORD, roles=("counsellor",))
    store.add("hoa", PASSWORD)                                  # an officer, as before
    store.add("mai", PASSWORD, roles=("officer", "counsellor"))
    with TestClient(create_app(runtime, [], cookie_secret=COOKIE_SECRET),
                    raise_server_exceptions=False, follow_redirects=False) as test_client:
        yield test_client


def sign_in(client: TestClient, name: str) -> None:
    token = _CSRF.search(client.get("/officer/signin").text).group(1)
    response = client.post("/officer/signin", data={"csrf": token, "name": name,
                                                    "password": PASSWORD})
    assert response.status_code == 303


def test_the_console_needs_a_signed_in_counsellor(client, runtime) -> None:
    assert client.get("/console").headers["location"] == "/officer/console"
    assert client.get("/officer/console").headers["location"] == "/officer/signin?next=console"
    assert client.get("/officer/console/stream").status_code == 204
    assert client.post("/officer/console/take", data={"ticket": "x"}).status_code == 403

    sign_in(client, "hoa")                                     # an officer, not a counsellor
    assert client.get("/officer/console").status_code == 403
    assert client.get("/officer/console/stream").status_code == 204
    assert client.get("/officer").status_code == 200


def test_a_counsellor_only_account_gets_the_console_not_the_counts(client, runtime) -> None:
    sign_in(client, "lan")
    assert client.get("/officer").headers["location"] == "/officer/console"
    page = client.get("/officer/console")
    assert page.status_code == 200 and "console.js" in page.text
    assert "script>" not in page.text.replace("</script>", "").split("console.js")[1]
    csrf = _PAGE_CSRF.search(page.text).group(1)
    refused = client.post("/officer/export", data={"csrf": csrf, "format": "csv", "period": "",
                                                   "by": "kind"})
    assert refused.status_code == 403


def test_posts_need_the_csrf_token(client, runtime) -> None:
    runtime.desk.online("lan")
    from bot.core.messages import Inbound

    runtime.engine.handle(Inbound("web", "person", payload="m:human"))
    (ticket,) = runtime.desk.waiting()
    sign_in(client, "lan")
    csrf = _PAGE_CSRF.search(client.get("/officer/console").text).group(1)
    assert client.post("/officer/console/take", data={"ticket": ticket.id}).status_code == 403
    assert client.post("/officer/console/take", data={"ticket": ticket.id,
                                                      "csrf": "forged"}).status_code == 403
    assert runtime.desk.get(ticket.id).state == "waiting"
    assert client.post("/officer/console/take", data={"ticket": ticket.id,
                                                      "csrf": csrf}).status_code == 200
    too_long = client.post("/officer/console/send", data={"ticket": ticket.id, "csrf": csrf,
                                                          "text": "x" * 2001})
    assert too_long.status_code == 400


def test_both_roles_see_both(client) -> None:
    form = client.get("/officer/signin?next=console").text
    token = _CSRF.search(form).group(1)
    assert 'name="next" value="console"' in form
    response = client.post("/officer/signin", data={"csrf": token, "name": "mai",
                                                    "password": PASSWORD, "next": "console"})
    assert response.headers["location"] == "/officer/console"     # signed in from /console
    assert client.get("/officer").status_code == 200
    assert client.get("/officer/console").status_code == 200


def test_roles_from_the_command_line_and_migration(project_copy: Path, monkeypatch) -> None:
    config = str(project_copy / "config.toml")
    accounts = project_copy / "data" / "officers.json"
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO(PASSWORD + "\n"))
    assert main(["--config", config, "officer", "add", "lan", "--password-stdin",
                 "--role", "counsellor"]) == 0
    store = AccountStore(accounts)
    assert store.roles("lan") == ("counsellor",)
    # An account written before roles existed reads as an officer, and `migrate` writes it so.
    data = json.loads(accounts.read_text())
    data["accounts"]["old"] = {**data["accounts"]["lan"]}
    del data["accounts"]["old"]["roles"]
    accounts.write_text(json.dumps(data))
    assert store.roles("old") == ("officer",)
    assert main(["--config", config, "officer", "migrate"]) == 0
    assert json.loads(accounts.read_text())["accounts"]["old"]["roles"] == ["officer"]
    assert store.roles("lan") == ("counsellor",)
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO(PASSWORD + "\n"))
    assert main(["--config", config, "officer", "add", "lan", "--password-stdin",
                 "--replace"]) == 0
    assert store.roles("lan") == ("counsellor",)               # a new password keeps the role
