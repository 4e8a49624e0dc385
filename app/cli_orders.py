"""CLI commands of the order desk: hold, release, pair, split, merge, stock, receive."""

from __future__ import annotations

import argparse
import re
from typing import Any

from app.errors import InvalidInput

COMMANDS: tuple[str, ...] = ("hold", "release", "pair", "split", "merge", "stock", "receive")

_PART = re.compile(r"^(?P<sku>.+?)(?:[x×\*](?P<qty>\d+))?$")


def add_commands(sub: Any) -> None:
    p = sub.add_parser("hold", help="hold orders with a reason (stock is released)")
    p.add_argument("orders", nargs="+", metavar="ORDER")
    p.add_argument("--reason", required=True)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("release", help="release held orders back to Review (reasons recomputed)")
    p.add_argument("orders", nargs="+", metavar="ORDER")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("pair", help="pair a marketplace SKU with warehouse SKUs (a bundle when several)")
    p.add_argument("marketplace_sku", metavar="MARKETPLACE_SKU")
    p.add_argument("parts", nargs="+", metavar="WAREHOUSE_SKU[xQTY]")
    p.add_argument("--shop", metavar="NAME", help="only for this shop (default: every shop)")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("split", help="ship an order as several parcels")
    p.add_argument("order", metavar="ORDER")
    p.add_argument("--parcel", action="append", required=True, metavar="LINE:QTY,…",
                   help="one parcel: order line (SKU or line id) and quantity; repeat for each parcel")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("merge", help="pack orders of one buyer at one address into one parcel")
    p.add_argument("orders", nargs="+", metavar="ORDER")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("stock", help="stock levels: on hand, reserved, available")
    p.add_argument("--low", action="store_true", help="only products at or below their low-stock threshold")
    p.add_argument("--search", default="", metavar="TEXT")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("receive", help="receive goods into stock")
    p.add_argument("sku", metavar="SKU")
    p.add_argument("quantity", type=int, metavar="QTY")
    p.add_argument("--reason", default="received")
    p.add_argument("--json", action="store_true")


def parse_parts(parts: list[str]) -> list[tuple[str, int]]:
    out = []
    for part in parts:
        found = _PART.match(part.strip())
        if not found or not found["sku"]:
            raise InvalidInput(f"{part} is not WAREHOUSE_SKU or WAREHOUSE_SKUxQTY")
        qty = int(found["qty"] or 1)
        if qty < 1:
            raise InvalidInput(f"{part}: a quantity is at least 1")
        out.append((found["sku"], qty))
    return out


def parse_plan(specs: list[str], lines: list[dict[str, Any]]) -> list[list[tuple[int, int]]]:
    """``--parcel MUG-BLU:1,TEA-GRN-100:2``: lines by SKU or line id."""
    by_sku: dict[str, int] = {}
    for ln in lines:
        by_sku.setdefault(ln["sku"], ln["id"])
    ids = {str(ln["id"]) for ln in lines}
    plan = []
    for spec in specs:
        share = []
        for item in spec.split(","):
            ref, _, qty = item.strip().rpartition(":")
            if not ref or not qty.isdigit():
                raise InvalidInput(f"{item} is not LINE:QTY")
            if ref in by_sku:
                line_id = by_sku[ref]
            elif ref in ids:
                line_id = int(ref)
            else:
                raise InvalidInput(f"{ref} is not a line of this order")
            share.append((line_id, int(qty)))
        plan.append(share)
    return plan


def run(args: argparse.Namespace) -> int:
    from app.cli import emit, settings_from, workstation

    with workstation(settings_from(args)) as ws:
        cmd = args.command
        if cmd == "hold":
            held = ws.hold(ws.resolve(args.orders), args.reason)
            emit(args, {"held": held}, f"held {len(held)} order(s)")
        elif cmd == "release":
            released = ws.release_hold(ws.resolve(args.orders))
            summaries = [o for o in ws.orders_summary("review") if o["number"] in released]
            emit(args, {"released": released, "orders": summaries},
                 "\n".join([f"released {len(released)} order(s)"]
                           + [f"{o['number']}: {'; '.join(o['reasons']) or 'ready to approve'}" for o in summaries]))
        elif cmd == "pair":
            parts = parse_parts(args.parts)
            n = ws.pair_skus(args.marketplace_sku, parts, args.shop)
            text = " + ".join(f"{s}×{q}" for s, q in parts)
            emit(args, {"marketplace_sku": args.marketplace_sku, "parts": parts, "orders_rechecked": n},
                 f"paired {args.marketplace_sku} → {text}; {n} order(s) in Review rechecked")
        elif cmd == "split":
            order_id = ws.resolve([args.order])[0]
            plan = parse_plan(args.parcel, ws.order_lines(order_id))
            numbers = ws.split(order_id, plan)
            emit(args, {"parcels": numbers}, "parcels: " + ", ".join(numbers))
        elif cmd == "merge":
            result = ws.merge(ws.resolve(args.orders))
            data = {"merged": result.approved, "refused": result.refused, "warnings": result.warnings}
            if result.refused:
                emit(args, data, "\n".join(f"{n}: {'; '.join(r)}" for n, r in result.refused.items()))
                return 2
            emit(args, data, "merged " + ", ".join(result.approved) + " into one parcel")
        elif cmd == "stock":
            total = ws.stock_count(args.search, low_only=args.low)
            rows = ws.stock_page(args.search, low_only=args.low, offset=0, limit=max(total, 1))
            data = [
                {"sku": r.sku, "name": r.name, "on_hand": r.on_hand, "reserved": r.reserved,
                 "available": r.available, "low_stock_threshold": r.low_stock_threshold, "low": r.low}
                for r in rows
            ]
            lines = [f"{'SKU':<20} {'on hand':>8} {'reserved':>9} {'available':>10}"]
            lines += [f"{r.sku:<20} {r.on_hand:>8} {r.reserved:>9} {r.available:>10}{'  LOW' if r.low else ''}" for r in rows]
            emit(args, data, "\n".join(lines))
        elif cmd == "receive":
            levels = ws.receive(args.sku, args.quantity, args.reason)
            emit(args, {"sku": args.sku, **levels},
                 f"{args.sku}: {levels['on_hand']} on hand, {levels['available']} available")
        else:
            raise AssertionError(f"{cmd} is not a command of {__name__}")
    return 0
