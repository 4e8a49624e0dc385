"""CLI: shipment confirmations by file, for shops without an API connection.

    main.py confirmations export --shop NAME --format amazon|shopify|ebay|aliexpress|woocommerce --out FILE [--since DATE]
    main.py confirmations mark-sent FILE --shop NAME --format FORMAT

``export`` writes the shipped parcels the marketplace has not been told about yet;
after uploading the file in the marketplace's back office, ``mark-sent`` records them as
confirmed (audited) and withdraws their API confirmations so nothing is sent twice.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

COMMANDS: tuple[str, ...] = ("confirmations",)
FORMATS = ("amazon", "shopify", "ebay", "aliexpress", "woocommerce")


def add_commands(sub: Any) -> None:
    p = sub.add_parser("confirmations", help="shipment confirmations by file: export, then mark-sent after uploading")
    p.add_argument("action", choices=("export", "mark-sent"))
    p.add_argument("file", nargs="?", metavar="FILE", help="mark-sent: the file that was uploaded")
    p.add_argument("--shop", required=True, metavar="NAME")
    p.add_argument("--format", required=True, choices=FORMATS)
    p.add_argument("--out", metavar="FILE", help="export: where to write the file")
    p.add_argument("--since", metavar="DATE", help="export: parcels shipped on or after this date (YYYY-MM-DD)")
    p.add_argument("--json", action="store_true")


def run(args: argparse.Namespace) -> int:
    from app import confirmation_files
    from app.cli import emit, settings_from, workstation
    from app.errors import InvalidInput

    if args.command != "confirmations":
        raise AssertionError(f"{args.command} is not a command of {__name__}")
    with workstation(settings_from(args)) as ws:
        if args.action == "export":
            if not args.out:
                raise InvalidInput("export needs --out FILE")
            since = _since(args.since)
            result = confirmation_files.export(ws.db, args.shop, args.format, since)
            Path(args.out).write_bytes(result.data)
            lines = [f"{len(result.parcels)} parcels written to {args.out}"]
            lines += [f"  left out {number}: {why}" for number, why in result.skipped]
            emit(args, {"file": args.out, "parcels": result.parcels, "skipped": result.skipped}, "\n".join(lines))
            return 0
        if not args.file:
            raise InvalidInput("mark-sent needs the FILE that was uploaded")
        try:
            data = Path(args.file).read_bytes()
        except OSError as exc:
            raise InvalidInput(f"cannot read {args.file}: {exc.strerror or exc}") from None
        marked = confirmation_files.mark_sent(ws.db, ws.actor, args.shop, args.format, data, file_name=Path(args.file).name)
        lines = [f"{len(marked.parcels)} parcels recorded as confirmed by file"]
        lines += [f"  not marked {number}: {why}" for number, why in marked.skipped]
        lines += [f"  no open parcel for order {order} tracking {tracking}" for order, tracking in marked.not_found]
        emit(
            args,
            {"parcels": marked.parcels, "skipped": marked.skipped, "not_found": [list(x) for x in marked.not_found]},
            "\n".join(lines),
        )
        return 0 if not marked.skipped else 1


def _since(text: str | None) -> dt.datetime | None:
    from app.errors import InvalidInput

    if not text:
        return None
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(f"--since must be a date like 2025-03-14, not {text!r}") from None
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)
