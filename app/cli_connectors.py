"""CLI commands of this area (registered by app.cli through CLI_MODULES)."""

from __future__ import annotations

import argparse
from typing import Any

COMMANDS: tuple[str, ...] = ()


def add_commands(sub: Any) -> None:
    """Add this module's sub-parsers to ``sub``."""


def run(args: argparse.Namespace) -> int:
    """Run one of COMMANDS; use app.cli.workstation(app.cli.settings_from(args)) and app.cli.emit."""
    raise AssertionError(f"{args.command} is not a command of {__name__}")
