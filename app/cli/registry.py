"""How the command line is built: one registry of commands, filled where they live.

Each command is a plain function in the module of its area (``app/cli/orders.py``,
``app/cli/printing.py``, …), declared with its name, help and arguments::

    @command("approve", help="approve orders", args=[arg("orders", nargs="*", metavar="ORDER"), ALL, JSON])
    def approve(args: argparse.Namespace) -> int: ...

A command with subcommands (``pool import``, ``rules dry-run``) is declared once with
:func:`group`, naming where argparse puts the chosen subcommand, and each subcommand is a
command whose name is ``"GROUP SUB"``.

``app.cli.build_parser`` imports the command modules (which fills the registry, in the
order the commands are declared), then asks :func:`add_commands` for the argparse
subparsers; ``app.cli.main`` asks :func:`find` which command the parsed arguments chose
and calls it. The function returns the exit code.

Start-up stays fast because declaring a command imports nothing: the command modules
import only the standard library and ``app.errors`` at the top; the workstation, Qt,
renderers and connectors are imported inside the command functions.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

Run = Callable[[argparse.Namespace], int]


@dataclass(frozen=True)
class Arg:
    """One ``add_argument`` call: its names and its options."""

    names: tuple[str, ...]
    options: Mapping[str, Any]


def arg(*names: str, **options: Any) -> Arg:
    """An argument as ``ArgumentParser.add_argument`` takes it."""
    return Arg(names, options)


JSON = arg("--json", action="store_true")


@dataclass(frozen=True)
class Command:
    name: str  # "approve", or "pool import" for a subcommand
    run: Run
    help: str | None
    args: tuple[Arg, ...]


@dataclass
class Group:
    """A command whose first argument is a subcommand (``pool import|list|assign``)."""

    name: str
    help: str | None
    dest: str  # the Namespace attribute argparse sets to the subcommand's name
    commands: dict[str, Command] = field(default_factory=dict)
    default: str | None = None  # the subcommand run when none is named (``printers`` = ``printers list``)
    args: tuple[Arg, ...] = ()  # options the group itself takes for its default (``printers --json``)


_TOP: dict[str, Command | Group] = {}  # in the order declared: the order of the help
_GROUPS: dict[str, Group] = {}


def command(name: str, *, help: str | None = None, args: Sequence[Arg] = ()) -> Callable[[Run], Run]:
    """Declare a command (``"GROUP SUB"`` for a subcommand of a :func:`group`)."""

    def register(run: Run) -> Run:
        entry = Command(name, run, help, tuple(args))
        head, _, sub = name.partition(" ")
        if not sub:
            _claim(_TOP, head)
            _TOP[head] = entry
            return run
        parent = _GROUPS.get(head)
        if parent is None:
            raise ValueError(f"command {name!r}: declare group({head!r}, …) first")
        _claim(parent.commands, sub)
        parent.commands[sub] = entry
        return run

    return register


def group(
    name: str, *, dest: str, help: str | None = None, default: str | None = None, args: Sequence[Arg] = ()
) -> None:
    """Declare a command made of subcommands; argparse stores the chosen one in ``dest``.

    ``default``: the subcommand that runs when none is named, given the group's own ``args``
    (so ``printers --json`` still lists, as it did before ``printers add`` existed).
    """
    _claim(_TOP, name)
    _TOP[name] = _GROUPS[name] = Group(name, help, dest, default=default, args=tuple(args))


def _claim(names: Mapping[str, Any], name: str) -> None:
    if name in names:
        raise ValueError(f"command {name!r} is declared twice")


def add_commands(sub: Any, *, only: str | None = None) -> None:
    """One subparser per registered command, in the order they were declared.

    ``only``: just that command, when it is one (a quick command need not build the others).
    """
    entries = [_TOP[only]] if only in _TOP else list(_TOP.values())
    for entry in entries:
        parser = _add_parser(sub, entry.name, entry.help)
        if isinstance(entry, Command):
            _add_args(parser, entry.args)
            continue
        _add_args(parser, entry.args)
        nested = parser.add_subparsers(dest=entry.dest, required=entry.default is None)
        for name, child in entry.commands.items():
            _add_args(_add_parser(nested, name, child.help), child.args)


def _add_parser(sub: Any, name: str, help_text: str | None) -> argparse.ArgumentParser:
    # argparse lists a subcommand in the help only when help= is given at all.
    if help_text is None:
        return sub.add_parser(name)
    return sub.add_parser(name, help=help_text)


def _add_args(parser: argparse.ArgumentParser, args: Sequence[Arg]) -> None:
    for a in args:
        parser.add_argument(*a.names, **a.options)


def find(args: argparse.Namespace) -> Command | None:
    """The command the parsed arguments chose, or None when none was named."""
    entry = _TOP.get(args.command) if args.command else None
    if isinstance(entry, Group):
        return entry.commands.get(getattr(args, entry.dest) or entry.default or "")
    return entry
