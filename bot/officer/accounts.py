"""Officer accounts: names and scrypt password hashes in one JSON file (`[officers] accounts_file`).

Passwords are never stored, only `hashlib.scrypt` digests with a random salt per account and the
cost parameters used, so the cost can be raised later without breaking existing accounts. The file
is written atomically with owner-only permissions. It is read again at each sign-in, so
`companion officer add` takes effect on a running server without a restart.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import os
import re
import secrets
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# 2**15 * 8 * 128 bytes = 32 MiB of memory per check: slow for an attacker, fine for a sign-in.
SCRYPT_N, SCRYPT_R, SCRYPT_P, DKLEN = 2**15, 8, 1, 32
MIN_PASSWORD = 10
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")


class AccountError(Exception):
    """A problem with the accounts file or a request to change it, phrased for the person."""


ROLES = ("officer", "counsellor")   # officer: dashboard and exports; counsellor: /console
ROLE_CHOICES = {"officer": ("officer",), "counsellor": ("counsellor",),
                "both": ("officer", "counsellor")}


@dataclass(frozen=True)
class Account:
    name: str
    created: str
    roles: tuple[str, ...] = ("officer",)


def roles_of(entry: dict[str, Any]) -> tuple[str, ...]:
    """An account's roles; an account written before roles existed is an officer."""
    roles = entry.get("roles")
    if not isinstance(roles, list) or not roles:
        return ("officer",)
    return tuple(r for r in ROLES if r in roles)


def _hash(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=DKLEN,
                          maxmem=256 * 1024 * 1024)


def check_name(name: str) -> str:
    if not _NAME.match(name):
        raise AccountError("an officer name is 1-64 letters, digits, dots, dashes or underscores, "
                           "starting with a letter or digit")
    return name


def check_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"the password must be at least {MIN_PASSWORD} characters")
    return password


class AccountStore:
    def __init__(self, path: Path):
        self.path = path

    def _read(self) -> dict[str, dict[str, Any]]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            raise AccountError(f"{self.path}: cannot read the officer accounts ({exc})") from None
        accounts = raw.get("accounts") if isinstance(raw, dict) else None
        if not isinstance(accounts, dict):
            raise AccountError(f"{self.path}: not an officer accounts file (no \"accounts\")")
        return accounts

    def _write(self, accounts: dict[str, dict[str, Any]]) -> None:
        for entry in accounts.values():   # accounts from before roles: written as officers
            entry["roles"] = list(roles_of(entry))
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = json.dumps({"version": 1, "accounts": accounts}, indent=2, sort_keys=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".officers-", suffix=".tmp")
        try:
            os.fchmod(fd, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(data + "\n")
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def list(self) -> list[Account]:
        return [Account(name, str(entry.get("created", "")), roles_of(entry))
                for name, entry in sorted(self._read().items())]

    def add(self, name: str, password: str, *, replace: bool = False,
            roles: tuple[str, ...] | None = None) -> None:
        """Create an account (an officer unless `roles` says otherwise); with `replace`, a new
        password, keeping the account's roles unless `roles` is given."""
        check_name(name)
        check_password(password)
        accounts = self._read()
        if name in accounts and not replace:
            raise AccountError(f'officer "{name}" already exists')
        if roles is not None and (not roles or set(roles) - set(ROLES)):
            raise AccountError(f"a role is one of {', '.join(ROLES)}")
        kept = roles_of(accounts[name]) if name in accounts else ("officer",)
        salt = secrets.token_bytes(16)
        accounts[name] = {
            "scrypt": {"n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P},
            "salt": salt.hex(),
            "hash": _hash(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P).hex(),
            "created": dt.date.today().isoformat(),
            "roles": list(roles or kept),
        }
        self._write(accounts)
        if replace:
            self._end_sessions(name)

    def remove(self, name: str) -> None:
        accounts = self._read()
        if name not in accounts:
            raise AccountError(f'no officer "{name}"')
        del accounts[name]
        self._write(accounts)
        self._end_sessions(name)

    def _end_sessions(self, name: str) -> None:
        """A new password or a removed account ends the account's sessions at once (they would
        be refused anyway: their password stamp no longer matches)."""
        from bot.officer.sessions import OfficerSessions, sessions_path

        path = sessions_path(self.path)
        if path.exists():
            OfficerSessions(path).close_all(name)

    def roles(self, name: str) -> tuple[str, ...]:
        """The account's roles; () for no such account."""
        entry = self._read().get(name) if _NAME.match(name) else None
        return roles_of(entry) if isinstance(entry, dict) else ()

    def migrate(self) -> int:
        """Write every account's roles (those from before roles become officers); how many
        accounts had none."""
        accounts = self._read()
        missing = sum(1 for e in accounts.values() if not isinstance(e.get("roles"), list))
        if missing:
            self._write(accounts)
        return missing

    def exists(self, name: str) -> bool:
        return bool(_NAME.match(name)) and name in self._read()

    def stamp(self, name: str) -> str | None:
        """A fingerprint of the account's current password (its salt and hash), or None when
        there is no such account: a session opened under another password is not honoured."""
        entry = self._read().get(name) if _NAME.match(name) else None
        if not isinstance(entry, dict):
            return None
        material = f"{entry.get('salt', '')}:{entry.get('hash', '')}".encode()
        return hashlib.sha256(material).hexdigest()[:32]

    def verify(self, name: str, password: str) -> bool:
        """True only for a known name with its password. An unknown name costs the same scrypt
        work as a known one, so timing does not tell which names exist."""
        entry = self._read().get(name) if _NAME.match(name) else None
        try:
            params = entry["scrypt"] if entry else {"n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P}
            salt = bytes.fromhex(entry["salt"]) if entry else b"\0" * 16
            expected = bytes.fromhex(entry["hash"]) if entry else b"\0" * DKLEN
            digest = _hash(password, salt, int(params["n"]), int(params["r"]), int(params["p"]))
        except (KeyError, TypeError, ValueError):
            return False
        return entry is not None and hmac.compare_digest(digest, expected)
