"""The queues and the order desk: `orders`, `search`, `approve`, `hold`, `release`, `pair`,
`split`, `merge` (stock: ``app/cli/stock.py``)."""

from __future__ import annotations

import argparse
import re
from typing import Any

from app.cli.common import ORDERS_OR_ALL, order_ids, settings_from, workstation
from app.cli.output import emit
from app.cli.registry import JSON, arg, command, group
from app.errors import InvalidInput

QUEUE_NAMES = ("review", "waybill", "print", "scan", "shipped", "on_hold", "exceptions", "cancelled")

_PART = re.compile(r"^(?P<sku>.+?)(?:[x×\*](?P<qty>\d+))?$")


@command("orders", help="list orders", args=[arg("--queue", choices=QUEUE_NAMES), JSON])
def orders(args: argparse.Namespace) -> int:
    with workstation(settings_from(args)) as ws:
        rows = ws.queues.orders_summary(args.queue)
        lines = [
            f"{o['number']:<24} {o['queue']:<10} {o['recipient']['country']:<3} "
            f"{o['recipient']['name'][:28]:<28} {'; '.join(o['reasons'])}"
            for o in rows
        ]
        emit(args, rows, "\n".join(lines) or "no orders")
    return 0


@command(
    "search",
    help="find orders by number, buyer, recipient, tracking/parcel number, SKU or product",
    args=[
        arg("text"),
        arg("--limit", type=int, default=200),
        JSON,
    ],
)
def search(args: argparse.Namespace) -> int:
    with workstation(settings_from(args)) as ws:
        hits = ws.queues.search(args.text, limit=args.limit)
        lines = [f"{h.number:<24} {h.queue:<10} {h.recipient[:28]:<28} {h.matched_text}" for h in hits]
        emit(args, [h.as_dict() for h in hits], "\n".join(lines) or "nothing found")
    return 0


@command("approve", help="approve orders", args=[*ORDERS_OR_ALL, JSON])
def approve(args: argparse.Namespace) -> int:
    with workstation(settings_from(args)) as ws:
        result = ws.orders.approve(order_ids(ws, args))
        text = [f"approved {len(result.approved)} orders"]
        text += [f"  {n}: {'; '.join(r)}" for n, r in result.refused.items()]
        text += [f"  {n}: approved short of stock: {'; '.join(w)}" for n, w in result.warnings.items()]
        data = {"approved": result.approved, "refused": result.refused, "short_of_stock": result.warnings}
        emit(args, data, "\n".join(text))
    return 0


@command(
    "method",
    help="choose the shipping method of orders (`method ORDER… --set NAME`); alone: the methods",
    args=[
        arg("orders", nargs="*", metavar="ORDER"),
        arg("--set", dest="method", metavar="NAME", help="the method's code, name or id"),
        JSON,
    ],
)
def method(args: argparse.Namespace) -> int:
    with workstation(settings_from(args)) as ws:
        if not args.orders and not args.method:
            methods = ws.carriers.method_details()
            lines = [f"{m['code']:<12} {m['name']:<32} {m.get('carrier', '')}" for m in methods]
            emit(args, methods, "\n".join(lines) or "no shipping methods")
            return 0
        if not args.orders or not args.method:
            raise InvalidInput("name the orders and the method: `method ORDER… --set NAME`")
        report = ws.carriers.set_shipping_method(
            ws.queues.resolve(list(args.orders)), ws.carriers.method_id(args.method)
        )
        lines = [f"{n}: {m}" for n, m in report.done.items()]
        lines += [f"{n}: not changed: {why}" for n, why in report.refused.items()]
        emit(args, {"done": report.done, "refused": report.refused}, "\n".join(lines))
    return 2 if report.refused else 0


@command(
    "hold",
    help="hold orders with a reason (stock is released)",
    args=[
        arg("orders", nargs="+", metavar="ORDER"),
        arg("--reason", required=True),
        JSON,
    ],
)
def hold(args: argparse.Namespace) -> int:
    with workstation(settings_from(args)) as ws:
        held = ws.orders.hold(ws.queues.resolve(args.orders), args.reason)
        emit(args, {"held": held}, f"held {len(held)} order(s)")
    return 0


@command(
    "release",
    help="release held orders back to Review (reasons recomputed)",
    args=[
        arg("orders", nargs="+", metavar="ORDER"),
        JSON,
    ],
)
def release(args: argparse.Namespace) -> int:
    with workstation(settings_from(args)) as ws:
        released = ws.orders.release_hold(ws.queues.resolve(args.orders))
        summaries = [o for o in ws.queues.orders_summary("review") if o["number"] in released]
        emit(
            args,
            {"released": released, "orders": summaries},
            "\n".join(
                [f"released {len(released)} order(s)"]
                + [f"{o['number']}: {'; '.join(o['reasons']) or 'ready to approve'}" for o in summaries]
            ),
        )
    return 0


@command(
    "pair",
    help="pair a marketplace SKU with warehouse SKUs (a bundle when several)",
    args=[
        arg("marketplace_sku", metavar="MARKETPLACE_SKU"),
        arg("parts", nargs="+", metavar="WAREHOUSE_SKU[xQTY]"),
        arg("--shop", metavar="NAME", help="only for this shop (default: every shop)"),
        JSON,
    ],
)
def pair(args: argparse.Namespace) -> int:
    with workstation(settings_from(args)) as ws:
        parts = parse_parts(args.parts)
        n = ws.products.pair_skus(args.marketplace_sku, parts, args.shop)
        text = " + ".join(f"{s}×{q}" for s, q in parts)
        emit(
            args,
            {"marketplace_sku": args.marketplace_sku, "parts": parts, "orders_rechecked": n},
            f"paired {args.marketplace_sku} → {text}; {n} order(s) in Review rechecked",
        )
    return 0


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


@command(
    "split",
    help="ship an order as several parcels",
    args=[
        arg("order", metavar="ORDER"),
        arg(
            "--parcel",
            action="append",
            required=True,
            metavar="LINE:QTY,…",
            help="one parcel: order line (SKU or line id) and quantity; repeat for each parcel",
        ),
        JSON,
    ],
)
def split(args: argparse.Namespace) -> int:
    with workstation(settings_from(args)) as ws:
        order_id = ws.queues.resolve([args.order])[0]
        plan = parse_plan(args.parcel, ws.orders.order_lines(order_id))
        numbers = ws.orders.split(order_id, plan)
        emit(args, {"parcels": numbers}, "parcels: " + ", ".join(numbers))
    return 0


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


@command(
    "merge",
    help="pack orders of one buyer at one address into one parcel",
    args=[
        arg("orders", nargs="+", metavar="ORDER"),
        JSON,
    ],
)
def merge(args: argparse.Namespace) -> int:
    with workstation(settings_from(args)) as ws:
        result = ws.orders.merge(ws.queues.resolve(args.orders))
        data = {"merged": result.approved, "refused": result.refused, "warnings": result.warnings}
        if result.refused:
            emit(args, data, "\n".join(f"{n}: {'; '.join(r)}" for n, r in result.refused.items()))
            return 2
        emit(args, data, "merged " + ", ".join(result.approved) + " into one parcel")
    return 0


# --- the recipient's address, as the desk's address dialog edits it ----------------------

group("address", dest="address_command", help="an order's shipping address")


@command(
    "address set",
    help="correct an order's shipping address (audited; the order's review reasons are recomputed)",
    args=[
        arg("order", metavar="ORDER", help="order number (or the marketplace's order id)"),
        arg("--name", help="the recipient"),
        arg("--company"),
        arg("--street", action="append", metavar="LINE", help="a street line (repeat for a second and third)"),
        arg("--city"),
        arg("--region", help="state, province or county"),
        arg("--postcode"),
        arg("--country", help="two-letter code: DE, US, CN …"),
        arg("--phone"),
        JSON,
    ],
)
def address_set(args: argparse.Namespace) -> int:
    """Fields not given are kept; ``--street`` replaces every street line."""
    fields = {
        f"ship_{key}": getattr(args, key)
        for key in ("name", "company", "city", "region", "postcode", "country", "phone")
        if getattr(args, key) is not None
    }
    if args.street is not None:
        if len(args.street) > 3:
            raise InvalidInput("an address has at most three street lines")
        lines = [*args.street, "", "", ""]
        fields |= {"ship_address1": lines[0], "ship_address2": lines[1], "ship_address3": lines[2]}
    if not fields:
        raise InvalidInput("name what changes: --name, --street, --city, --postcode, --country, --phone …")
    with workstation(settings_from(args)) as ws:
        (order_id,) = ws.queues.resolve([args.order])
        reasons = ws.orders.edit_address(order_id, fields)
        detail = ws.queues.order_detail(order_id)
    number, queue = detail["number"], detail["queue"]
    text = f"{number}: address saved; now in {queue.replace('_', ' ')}"
    text += "".join(f"\n  {r}" for r in reasons) if reasons else (" — ready to approve" if queue == "review" else "")
    emit(args, {"order": number, "queue": queue, "reasons": reasons}, text)
    return 0
