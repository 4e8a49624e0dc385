"""Shipbench entry point: CLI commands, and the GUI when no command is given."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from app.cli import build_parser, run, setup_logging

    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    if args.command is not None:
        return run(parser, args)
    setup_logging(args.verbose)
    # The application before Qt: once loaded, PySide6 inspects every module imported after
    # it (for its ``__feature__`` switches), ~0.1 s of CPU over the ~500 modules below.
    import app.workstation  # noqa: F401
    from ui.launcher import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
