"""CLI commands for files: order import, products import/export, pairings, stock counts.

A refused file exits 2 with its row-by-row report (nothing was imported).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

COMMANDS: tuple[str, ...] = ("import", "products", "pairings", "stockcount")


def _encoding_arg(p: Any) -> None:
    p.add_argument("--encoding", metavar="E", help="utf-8, utf-8-sig, utf-16, gb18030, cp1252… (default: detected)")
    p.add_argument("--json", action="store_true")


def add_commands(sub: Any) -> None:
    p = sub.add_parser("import", help="import an order file (Amazon report, Shopify export, or a preset's CSV/XLSX)")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--shop", required=True, metavar="NAME", help="the shop the orders belong to (created if new)")
    p.add_argument("--format", metavar="amazon|shopify|PRESET", help="default: detected from the header row")
    _encoding_arg(p)

    p = sub.add_parser("products", help="import or export products as CSV (upsert by SKU)")
    p.add_argument("action", choices=("import", "export"))
    p.add_argument("file", type=Path, metavar="FILE")
    _encoding_arg(p)

    p = sub.add_parser("pairings", help="import SKU pairings: marketplace_sku, shop, sku, quantity")
    p.add_argument("action", choices=("import",))
    p.add_argument("file", type=Path, metavar="FILE")
    _encoding_arg(p)

    p = sub.add_parser("stockcount", help="import a stock count: sku, counted (adjusts stock to the count)")
    p.add_argument("file", type=Path, metavar="FILE")
    _encoding_arg(p)


def run(args: argparse.Namespace) -> int:
    from app.cli import emit, settings_from, workstation
    from app.importing.report import ImportRefused

    with workstation(settings_from(args)) as ws:
        try:
            return _run(ws, args, emit)
        except ImportRefused as refused:
            _refused(args, refused)
            return 2


def _run(ws: Any, args: argparse.Namespace, emit: Any) -> int:
    from dataclasses import asdict

    if args.command == "import":
        result = ws.import_orders(args.file, args.shop, format=args.format, encoding=args.encoding)
        emit(args, {"ok": True, **result.as_dict()}, result.summary())
    elif args.command == "products" and args.action == "export":
        n = ws.export_products(args.file)
        emit(args, {"ok": True, "products": n, "file": str(args.file)}, f"{args.file}: {n} products")
    elif args.command == "products":
        r = ws.import_products(args.file, encoding=args.encoding)
        emit(args, {"ok": True, **asdict(r)}, f"{args.file.name}: {r.new} new, {r.updated} updated, {r.unchanged} unchanged products")
    elif args.command == "pairings":
        r = ws.import_pairings(args.file, encoding=args.encoding)
        emit(args, {"ok": True, **asdict(r)},
             f"{args.file.name}: {r.pairings} pairings for {r.marketplace_skus} marketplace SKUs; "
             f"{r.orders_rechecked} orders in Review rechecked")
    elif args.command == "stockcount":
        r = ws.import_stock_count(args.file, encoding=args.encoding)
        changes = "".join(f"\n  {sku}: {d:+d}" for sku, d in r.changes.items())
        emit(args, {"ok": True, **asdict(r)}, f"{args.file.name}: {r.adjusted} adjusted, {r.unchanged} already right{changes}")
    else:  # pragma: no cover - argparse keeps us here
        raise AssertionError(f"{args.command} is not a command of {__name__}")
    return 0


def _refused(args: argparse.Namespace, refused: Any) -> None:
    import json

    if getattr(args, "json", False):
        data = {
            "ok": False, "file": refused.filename, "format": refused.format, "encoding": refused.encoding,
            "errors": [{"row": e.row, "column": e.column, "problem": e.problem} for e in refused.errors],
        }
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return
    print(f"{refused.filename}: not imported, nothing changed ({len(refused.errors)} problems)", file=sys.stderr)
    width = max((len(str(e.row)) for e in refused.errors), default=3)
    for e in refused.errors:
        row = str(e.row) if e.row else "-"
        print(f"  row {row:>{width}}  {e.column or '-'}: {e.problem}", file=sys.stderr)
