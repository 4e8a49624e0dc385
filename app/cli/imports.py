"""Files in: order `import`, `products` import/export, `pairings`, `stockcount`.

A refused file exits 2 with its row-by-row report (nothing was imported).
"""

from __future__ import annotations

import argparse
import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.cli.common import settings_from, workstation
from app.cli.output import emit, print_json, say
from app.cli.registry import JSON, Run, arg, command, group

FILE = arg("file", type=Path, metavar="FILE")
ENCODING = (arg("--encoding", metavar="E", help="utf-8, utf-8-sig, utf-16, gb18030, cp1252… (default: detected)"), JSON)


def _refusable(run: Callable[[Any, argparse.Namespace], int]) -> Run:
    """Run with a workstation; a refused file prints its report and exits 2."""

    @functools.wraps(run)
    def wrapper(args: argparse.Namespace) -> int:
        from app.importing.report import ImportRefused

        with workstation(settings_from(args)) as ws:
            try:
                return run(ws, args)
            except ImportRefused as refused:
                _refused(args, refused)
                return 2

    return wrapper


@command(
    "import",
    help="import an order file (Amazon report, Shopify export, or a preset's CSV/XLSX)",
    args=[
        FILE,
        arg("--shop", required=True, metavar="NAME", help="the shop the orders belong to (created if new)"),
        arg("--format", metavar="amazon|shopify|PRESET", help="default: detected from the header row"),
        *ENCODING,
    ],
)
@_refusable
def import_orders(ws: Any, args: argparse.Namespace) -> int:
    result = ws.imports.import_orders(args.file, args.shop, format=args.format, encoding=args.encoding)
    emit(args, {"ok": True, **result.as_dict()}, result.summary())
    return 0


@command(
    "products",
    help="import or export products as CSV (upsert by SKU)",
    args=[
        arg("action", choices=("import", "export")),
        FILE,
        *ENCODING,
    ],
)
@_refusable
def products(ws: Any, args: argparse.Namespace) -> int:
    from dataclasses import asdict

    if args.action == "export":
        n = ws.imports.export_products(args.file)
        emit(args, {"ok": True, "products": n, "file": str(args.file)}, f"{args.file}: {n} products")
        return 0
    r = ws.imports.import_products(args.file, encoding=args.encoding)
    emit(
        args,
        {"ok": True, **asdict(r)},
        f"{args.file.name}: {r.new} new, {r.updated} updated, {r.unchanged} unchanged products",
    )
    return 0


@command(
    "pairings",
    help="import SKU pairings: marketplace_sku, shop, sku, quantity",
    args=[
        arg("action", choices=("import",)),
        FILE,
        *ENCODING,
    ],
)
@_refusable
def pairings(ws: Any, args: argparse.Namespace) -> int:
    from dataclasses import asdict

    r = ws.imports.import_pairings(args.file, encoding=args.encoding)
    emit(
        args,
        {"ok": True, **asdict(r)},
        f"{args.file.name}: {r.pairings} pairings for {r.marketplace_skus} marketplace SKUs; "
        f"{r.orders_rechecked} orders in Review rechecked",
    )
    return 0


@command("stockcount", help="import a stock count: sku, counted (adjusts stock to the count)", args=[FILE, *ENCODING])
@_refusable
def stockcount(ws: Any, args: argparse.Namespace) -> int:
    from dataclasses import asdict

    r = ws.imports.import_stock_count(args.file, encoding=args.encoding)
    changes = "".join(f"\n  {sku}: {d:+d}" for sku, d in r.changes.items())
    emit(
        args,
        {"ok": True, **asdict(r)},
        f"{args.file.name}: {r.adjusted} adjusted, {r.unchanged} already right{changes}",
    )
    return 0


def _refused(args: argparse.Namespace, refused: Any) -> None:
    if getattr(args, "json", False):
        data = {
            "ok": False,
            "file": refused.filename,
            "format": refused.format,
            "encoding": refused.encoding,
            "errors": [{"row": e.row, "column": e.column, "problem": e.problem} for e in refused.errors],
        }
        print_json(data)
        return
    n = len(refused.errors)
    say(f"{refused.filename}: not imported, nothing changed ({n} problem{'' if n == 1 else 's'})", file=sys.stderr)
    width = max((len(str(e.row)) for e in refused.errors), default=3)
    for e in refused.errors:
        row = str(e.row) if e.row else "-"
        say(f"  row {row:>{width}}  {e.column or '-'}: {e.problem}", file=sys.stderr)


# --- presets: a column mapping for a file that is neither Amazon's nor Shopify's --------

group(
    "presets",
    dest="presets_command",
    help="import presets: which column of your order files holds which field (list is the default)",
    default="list",
    args=[JSON],
)


def _mapping_lines(headers: list[str], mapping: dict[str, str]) -> list[str]:
    from app.importing.formats import FIELDS

    lines = []
    for field, (label, required) in FIELDS.items():
        column = mapping.get(field)
        if column:
            lines.append(f"  {field:<16} {label:<28} ← {column}")
        elif required:
            lines.append(f"  {field:<16} {label:<28} ← (required: no column; add --map COLUMN={field})")
    unused = [h for h in headers if h not in mapping.values()]
    if unused:
        lines.append("  not read: " + ", ".join(unused))
    return lines


@command(
    "presets add",
    help="save a column mapping guessed from a sample file (as the import wizard does), with your corrections",
    args=[
        arg("name", metavar="NAME"),
        arg("--sample", type=Path, required=True, metavar="FILE", help="a CSV/XLSX order file of that layout"),
        arg(
            "--map",
            action="append",
            default=[],
            metavar="COLUMN=FIELD",
            help="read FIELD from COLUMN (repeat); COLUMN= (no field) leaves a guessed column unread",
        ),
        arg("--dry-run", action="store_true", help="show the mapping, save nothing"),
        *ENCODING,
    ],
)
def presets_add(args: argparse.Namespace) -> int:
    from app.errors import InvalidInput
    from app.importing.formats import FIELDS

    with workstation(settings_from(args)) as ws:
        headers, mapping = ws.imports.guess_import_mapping(args.sample, encoding=args.encoding)
        for item in args.map:
            column, sep, field = item.rpartition("=")
            column, field = column.strip(), field.strip()
            if not sep or not column:
                raise InvalidInput(f"--map {item!r} must look like COLUMN=FIELD, e.g. --map 'Buyer=ship_name'")
            if column not in headers:
                raise InvalidInput(f"{args.sample.name} has no column {column!r} (its columns: {', '.join(headers)})")
            mapping = {f: c for f, c in mapping.items() if c != column}
            if not field:
                continue
            if field not in FIELDS:
                raise InvalidInput(f"no field {field!r}; fields: {', '.join(FIELDS)}")
            mapping[field] = column
        if not args.dry_run:
            ws.imports.save_import_preset(args.name, mapping)
    data = {"name": args.name, "saved": not args.dry_run, "columns": headers, "mapping": mapping}
    verb = "would save" if args.dry_run else "saved"
    emit(args, data, "\n".join([f"{verb} preset {args.name}:", *_mapping_lines(headers, mapping)]))
    return 0


@command("presets list", help="the saved import presets and their mappings", args=[JSON])
def presets_list(args: argparse.Namespace) -> int:
    with workstation(settings_from(args)) as ws:
        presets = ws.imports.import_presets()
    if getattr(args, "json", False):
        print_json([{"name": name, **p} for name, p in presets.items()])
    elif not presets:
        say("no import presets: `presets add NAME --sample FILE` makes one from a sample file")
    else:
        for name, p in presets.items():
            say(f"{name}:")
            for line in _mapping_lines([], p["mapping"]):
                say(line)
    return 0


@command("presets remove", help="delete an import preset", args=[arg("name", metavar="NAME"), JSON])
def presets_remove(args: argparse.Namespace) -> int:
    with workstation(settings_from(args)) as ws:
        ws.imports.delete_import_preset(args.name)
    emit(args, {"removed": args.name}, f"removed preset {args.name}")
    return 0
