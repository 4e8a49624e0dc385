"""The shop's database itself: move it from one PC's SQLite file to a PostgreSQL server."""

from __future__ import annotations

import argparse
import sys

from app.cli.common import settings_from
from app.cli.output import emit, say
from app.cli.registry import JSON, arg, command, group
from app.errors import NotAllowed

group("db", dest="db_command", help="the shop's database: move it to a server")


class _Progress:
    """One line per table on a pipe; one line rewritten in place on a terminal."""

    def __init__(self) -> None:
        self.live = sys.stderr.isatty()
        self.table = ""

    def __call__(self, table: str, done: int, total: int) -> None:
        if self.live:
            shown = f"{done:,}/{total:,}" if total else "empty"
            sys.stderr.write(f"\r  {table:<24} {shown:<24}")
            if done >= total:
                sys.stderr.write("\n")
            sys.stderr.flush()
        elif done >= total:
            say(f"  {table}: {done:,} rows", file=sys.stderr)


@command(
    "db move",
    help="copy this shop's database into an empty PostgreSQL database, checked, in one pass",
    args=[
        arg("--to", required=True, metavar="URL", help="postgresql+psycopg://user@host:5432/shipbench"),
        JSON,
    ],
)
def move(args: argparse.Namespace) -> int:
    from sqlalchemy.engine import make_url

    from db.move import MoveRefused
    from db.move import move as move_database

    source = settings_from(args).db_url
    target = make_url(args.to).render_as_string(hide_password=True)
    if not getattr(args, "json", False):
        say(f"moving {make_url(source).render_as_string(hide_password=True)} → {target}", file=sys.stderr)
    try:
        report = move_database(source, args.to, _Progress())
    except MoveRefused as exc:
        raise NotAllowed(str(exc)) from None
    emit(
        args,
        {"rows": report.rows, "total": report.total, "installation": report.installation, "target": target},
        f"moved {report.total:,} rows in {len(report.rows)} tables, counts checked; installation "
        f"{report.installation} kept. Start every station with --db {target}",
    )
    return 0
