"""`report daily|carriers|shops|packers|late|today`: the seller's figures, as a table or a file.

``--format csv|xlsx|json`` exports through the one formula-safe writer (``app.exports``);
without ``--out`` CSV and JSON go to stdout and XLSX to ``report-KIND-FROM-TO.xlsx``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path

from app.cli.common import settings_from, workstation
from app.cli.output import say, write_file
from app.cli.registry import arg, command
from app.errors import InvalidInput

KINDS = ("daily", "carriers", "shops", "packers", "late", "today")
HEADINGS = {
    "day": "day",
    "carrier": "carrier",
    "shop": "shop",
    "packer": "packer",
    "orders_in": "orders in",
    "shipped": "shipped",
    "late": "late",
}


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


@command(
    "report",
    help="orders in, shipped, late, postage spent and refunded — per day, carrier, shop or packer",
    args=[
        arg("kind", choices=KINDS, help="today: shipped and still to go per carrier, now"),
        arg("--from", dest="start", type=_date, metavar="YYYY-MM-DD", help="first day (default: a week ago)"),
        arg("--to", dest="end", type=_date, metavar="YYYY-MM-DD", help="last day (default: today)"),
        arg("--format", choices=("csv", "xlsx", "json"), help="export instead of a table"),
        arg("--out", type=Path, metavar="FILE", help="where the export goes"),
    ],
)
def report(args: argparse.Namespace) -> int:
    from app import reports

    with workstation(settings_from(args)) as ws:
        if args.kind == "today":
            rows = ws.reports.end_of_day()
            say(
                _columns(
                    ["carrier", "shipped today", "still to go"], [[r.carrier or "-", r.shipped, r.to_go] for r in rows]
                )
            )
            return 0
        found = ws.reports.report(args.kind, args.start, args.end)
        # the daily report ends with what stock says now: open low-stock and below-zero alerts
        alerts = ws.products.stock_alerts() if args.kind == "daily" and args.format is None else []
    if args.format is None:
        if args.out is not None:
            raise InvalidInput("--out needs a --format (csv, xlsx or json)")
        head = [HEADINGS.get(c, c.replace("_", " ")) for c in found.columns()]
        cells = [["-" if c == "" else str(c) for c in row] for row in found.table()]
        if found.kind != "late":
            total = found.total
            money = [str(x) for c in found.currencies for x in (total.spent.get(c, 0), total.refunded.get(c, 0))]
            cells.append(
                [
                    "total",
                    "-" if total.orders_in is None else str(total.orders_in),
                    str(total.shipped),
                    str(total.late),
                    *money,
                ]
            )
        say(f"{found.kind} report, {found.start} to {found.end}")
        say(_columns(head, cells) if cells else "nothing in this range")
        if alerts:
            from app.cli.stock import alert_line

            say("\n".join(alert_line(a) for a in alerts))
        return 0
    data = reports.export(found, args.format)
    out = args.out
    if out is None and args.format == "xlsx":
        out = Path(f"report-{found.kind}-{found.start}-{found.end}.xlsx")
    if out is None:
        sys.stdout.buffer.write(data.removeprefix(b"\xef\xbb\xbf"))  # the BOM is for a file Excel opens
        sys.stdout.flush()
        return 0
    write_file(out, data)
    say(f"{out}: {len(found.table())} rows")
    return 0


def _columns(head: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    cells = [[str(c) for c in head], *[[str(c) for c in r] for r in rows]]
    widths = [max(len(r[i]) for r in cells) for i in range(len(head))]
    return "\n".join(
        "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths, strict=True)))
        for r in cells
    )
