"""`companion officer add|list|remove|migrate`: manage the accounts that may sign in to /officer
(role `officer`: the dashboard) and /console (role `counsellor`: live chats with residents).

Passwords are typed twice at a hidden prompt (or given on stdin with --password-stdin, for
provisioning scripts) and stored only as scrypt hashes in `[officers] accounts_file`.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from bot.cli import CommandError, add_config_option
from bot.config import Settings
from bot.officer.accounts import (
    ROLE_CHOICES,
    AccountError,
    AccountStore,
    check_name,
    check_password,
)


def register(sub: Any) -> None:
    parser = sub.add_parser("officer", help="manage officer accounts for the dashboard",
                            description="Manage the officer accounts that may sign in to "
                                        "the dashboard at /officer.")
    add_config_option(parser)
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="create an account (the password is prompted twice)",
                             description="Create an officer account. The password is asked "
                                         "twice and stored only as a scrypt hash.")
    add_config_option(add)
    add.add_argument("name", help="sign-in name: letters, digits, dots, dashes, underscores")
    add.add_argument("--password-stdin", action="store_true",
                     help="read the password from the first line of standard input")
    add.add_argument("--replace", action="store_true",
                     help="set a new password for an existing account")
    add.add_argument("--role", choices=sorted(ROLE_CHOICES), default=None,
                     help="officer (the dashboard, the default), counsellor (the live chat "
                          "console at /console) or both; with --replace, the account's roles "
                          "are kept unless given")
    add.set_defaults(func=run_add)

    listing = actions.add_parser("list", help="list account names and creation dates",
                                 description="List officer account names and creation dates.")
    add_config_option(listing)
    listing.set_defaults(func=run_list)

    remove = actions.add_parser("remove", help="delete an account",
                                description="Delete an officer account.")
    add_config_option(remove)
    remove.add_argument("name")
    remove.set_defaults(func=run_remove)

    migrate = actions.add_parser("migrate", help="write the role of accounts made before roles",
                                 description="Give every account made before roles existed the "
                                             "role officer, written into the accounts file "
                                             "(they are read as officers anyway).")
    add_config_option(migrate)
    migrate.set_defaults(func=run_migrate)


def run_add(args: argparse.Namespace, settings: Settings) -> int:
    store = AccountStore(settings.officers.accounts_file)
    try:
        check_name(args.name)
        if args.password_stdin:
            password = sys.stdin.readline().rstrip("\r\n")
        else:
            password = getpass.getpass(f"Password for {args.name}: ")
            check_password(password)
            if getpass.getpass("Repeat the password: ") != password:
                raise CommandError("the two passwords differ; nothing was saved")
        store.add(args.name, password, replace=args.replace,
                  roles=ROLE_CHOICES[args.role] if args.role else None)
    except AccountError as exc:
        raise CommandError(str(exc)) from None
    print(f"officer {args.name} {'updated' if args.replace else 'added'} "
          f"({settings.officers.accounts_file})")
    return 0


def run_list(args: argparse.Namespace, settings: Settings) -> int:
    try:
        accounts = AccountStore(settings.officers.accounts_file).list()
    except AccountError as exc:
        raise CommandError(str(exc)) from None
    for account in accounts:
        print(f"{account.name}\t{account.created}\t{','.join(account.roles)}")
    if not accounts:
        print("no officer accounts yet: companion officer add NAME", file=sys.stderr)
    return 0


def run_remove(args: argparse.Namespace, settings: Settings) -> int:
    try:
        AccountStore(settings.officers.accounts_file).remove(args.name)
    except AccountError as exc:
        raise CommandError(str(exc)) from None
    print(f"officer {args.name} removed")
    return 0


def run_migrate(args: argparse.Namespace, settings: Settings) -> int:
    try:
        changed = AccountStore(settings.officers.accounts_file).migrate()
    except AccountError as exc:
        raise CommandError(str(exc)) from None
    print(f"{changed} account(s) given the role officer")
    return 0
