"""What most commands share: settings from the arguments, the workstation, order and file arguments."""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from app.cli.registry import arg
from app.errors import InvalidInput, NotFound
from app.settings import Settings

ORDERS_OR_ALL = (arg("orders", nargs="*", metavar="ORDER"), arg("--all", action="store_true"))


def settings_from(args: argparse.Namespace, **overrides: Any) -> Settings:
    kwargs: dict[str, Any] = {}
    if args.db:
        kwargs["db_url"] = args.db
    kwargs.update(overrides)
    return Settings(**kwargs)


@contextlib.contextmanager
def workstation(settings: Settings) -> Iterator[Any]:
    """The application object for one command, closed however the command ends."""
    from app.bootstrap import build

    ws = build(settings)
    try:
        yield ws
    finally:
        ws.close()


def order_ids(ws: Any, args: argparse.Namespace) -> list[int] | None:
    """``ORDER…`` or ``--all`` (None: every order the service would take)."""
    if args.all:
        return None
    if not args.orders:
        raise InvalidInput("name the orders, or pass --all")
    return ws.queues.resolve(list(args.orders))


def read_file(path: Path | str) -> bytes:
    """A file the user named; one that cannot be read is the user's to fix, not a bug."""
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise InvalidInput(f"cannot read {path}: {exc.strerror or exc}") from None


def read_text(path: Path | str, encoding: str) -> str:
    """:func:`read_file` as text (newlines as Python reads them)."""
    try:
        return Path(path).read_text(encoding=encoding)
    except OSError as exc:
        raise InvalidInput(f"cannot read {path}: {exc.strerror or exc}") from None


def carrier_account_id(ws: Any, ref: str) -> int:
    """A carrier account by its id or its name (any case)."""
    for account in ws.carriers.carrier_accounts():
        if str(account["id"]) == ref or account["name"].lower() == ref.lower():
            return int(account["id"])
    raise NotFound(f"no carrier account {ref}")
