"""Command line: the same services as the GUI. Errors exit non-zero with one clear line.

A presentation room beside ``ui/``: it may import anything of ``app``, and nothing in
``app`` imports it. How the commands are declared and found: ``app/cli/registry.py``.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from app.cli import registry
from app.cli.output import say
from app.errors import LostRace, ShipbenchError

log = logging.getLogger(__name__)


def _load_commands() -> None:
    """Import the command modules: each declares its commands in the registry.

    In the order their commands appear in ``--help``: the day's work first. (A command
    module imports no other one, so this order is the order they are declared in.)
    """
    from app.cli import (  # noqa: F401, I001  (imported for their declarations, in this order)
        simulator,
        demo,
        sync,
        orders,
        stock,
        waybills,
        postage,
        reports,
        printing,
        bench,
        handover,
        imports,
        rules,
        connectors,
        methods,
        database,
        shop,
        stations,
    )


_GLOBAL_WITH_VALUE = ("--db", "--lang")  # the global options that take a value


def _named_command(words: list[str]) -> str | None:
    """The command ``words`` name (the first word that is not a global option), if any."""
    i = 0
    while i < len(words):
        word = words[i]
        if word in _GLOBAL_WITH_VALUE:
            i += 2
            continue
        if word.startswith("-"):
            i += 1
            continue
        return word
    return None


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The parser; given ``argv`` that names a command, only that command's subparser is built.

    Building all ~50 subparsers costs more than a quick command itself (``main.py scan``);
    ``--help``, a mistyped name or no command at all still get the whole parser.
    """
    _load_commands()
    parser = argparse.ArgumentParser(prog="main.py", description="Shipbench: pack, label and ship.")
    parser.add_argument("--db", metavar="URL", help="database URL (default: a SQLite file in the data folder)")
    parser.add_argument("--demo", action="store_true", help="GUI on a throwaway database with the simulator")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more")
    parser.add_argument(
        "--lang",
        dest="ui_lang",
        choices=("en", "zh_CN"),
        help="GUI language (default: $SHIPBENCH_LANG, else the system's: zh* gives zh_CN)",
    )
    named = _named_command(argv) if argv is not None else None
    registry.add_commands(parser.add_subparsers(dest="command"), only=named)
    return parser


def setup_logging(verbose: bool) -> Path | None:
    """Log to a file in the data folder (and stderr when verbose); never a secret."""
    from app.settings import data_dir

    handlers: list[logging.Handler] = []
    log_file: Path | None = None
    try:
        folder = data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        log_file = folder / "shipbench.log"
        handlers.append(logging.FileHandler(log_file, encoding="utf-8"))
    except OSError:
        log_file = None
    if verbose:
        handlers.append(logging.StreamHandler(sys.stderr))
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        handlers=handlers or [logging.NullHandler()],
        force=True,
    )
    return log_file


def main(argv: list[str] | None = None) -> int:
    """Run one command (not the GUI); returns the exit code."""
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser(argv)
    return run(parser, parser.parse_args(argv))


TRY_AGAIN = 75  # EX_TEMPFAIL: another station got there first, or the scan was not recorded: run it again


def run(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    """Run the command ``args`` chose (parsed by ``parser``); returns the exit code."""
    chosen = registry.find(args)
    if chosen is None:
        parser.error("name a command (main.py without one opens the GUI)")
    log_file = setup_logging(args.verbose)
    try:
        return chosen.run(args)
    except LostRace as exc:
        say(f"error: {exc}", file=sys.stderr)
        return TRY_AGAIN
    except ShipbenchError as exc:
        say(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        from db.errors import LOST_RACE, environment_message, lost_race

        if lost_race(exc):  # another process took the same key a moment before us
            log.info("lost a race: %s", exc)
            say(f"error: {LOST_RACE}", file=sys.stderr)
            return TRY_AGAIN
        message = environment_message(exc)  # the database is busy, full, read-only, gone
        if message is not None:
            say(f"error: {message}", file=sys.stderr)
            return 1
        # A bug: one line here, the traceback in the log.
        log.exception("unexpected failure")
        where = f"; details in {log_file}" if log_file else ""
        say(f"internal error: {type(exc).__name__}: {exc}{where}", file=sys.stderr)
        return 70
