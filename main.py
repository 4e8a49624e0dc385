"""Shipbench entry point: CLI commands, and the GUI when no command is given."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from app.cli import build_parser, main as cli_main, setup_logging

    args = build_parser().parse_args(argv)
    if args.command is not None:
        return cli_main(argv)
    setup_logging(args.verbose)
    from ui.launcher import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
