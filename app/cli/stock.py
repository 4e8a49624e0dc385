"""Stock: `stock` (levels and open alerts; `stock reorder`, `stock policy`), `receive`."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.common import settings_from, workstation
from app.cli.output import emit
from app.cli.registry import JSON, arg, command
from app.errors import InvalidInput

POLICIES = ("block", "warn", "ignore")


@command(
    "stock",
    help="stock levels and low-stock alerts; `stock reorder --days 14`: what to buy; "
    "`stock policy [SHOP block|warn|ignore]`: what approving does short of stock",
    args=[
        arg("action", nargs="?", choices=("levels", "reorder", "policy"), default="levels"),
        arg("values", nargs="*", metavar="SHOP POLICY", help="for `policy`: the shop and its new policy"),
        arg("--low", action="store_true", help="only products at or below their low-stock threshold"),
        arg("--search", default="", metavar="TEXT"),
        arg("--days", type=int, default=14, help="reorder: the sales window in days (default 14)"),
        arg("--lead-days", type=int, default=7, help="reorder: lead time of a product that has none (default 7)"),
        arg("--cover", type=int, default=None, metavar="DAYS", help="reorder: days of stock after arrival"),
        arg("--all-products", action="store_true", help="reorder: list every product, also the ones with enough"),
        arg("--export", metavar="FILE", help="reorder: write the purchase list (.csv or .xlsx)"),
        JSON,
    ],
)
def stock(args: argparse.Namespace) -> int:
    if args.action == "reorder":
        return _reorder(args)
    if args.action == "policy":
        return _policy(args)
    if args.values:
        raise InvalidInput("`stock` takes no values; did you mean `stock policy SHOP POLICY`?")
    with workstation(settings_from(args)) as ws:
        total = ws.products.stock_count(args.search, low_only=args.low)
        rows = ws.products.stock_page(args.search, low_only=args.low, offset=0, limit=max(total, 1))
        alerts = ws.products.stock_alerts()
        alert_of = {a.sku: a.as_dict() for a in alerts}
        data = [
            {
                "sku": r.sku,
                "name": r.name,
                "on_hand": r.on_hand,
                "reserved": r.reserved,
                "available": r.available,
                "low_stock_threshold": r.low_stock_threshold,
                "low": r.low,
                "alert": alert_of.get(r.sku),
            }
            for r in rows
        ]
        lines = [f"{'SKU':<20} {'on hand':>8} {'reserved':>9} {'available':>10}"]
        lines += [
            f"{r.sku:<20} {r.on_hand:>8} {r.reserved:>9} {r.available:>10}{'  LOW' if r.low else ''}" for r in rows
        ]
        lines += [alert_line(a) for a in alerts]
        emit(args, data, "\n".join(lines))
    return 0


def alert_line(alert: Any) -> str:
    when = alert.raised_at.strftime("%Y-%m-%d %H:%M")
    if alert.kind == "negative":
        return f"alert: {alert.sku} below zero: {alert.available} available (since {when} UTC)"
    return (
        f"alert: {alert.sku} at its reorder point: {alert.available} available, "
        f"reorder point {alert.threshold} (since {when} UTC)"
    )


def _reorder(args: argparse.Namespace) -> int:
    with workstation(settings_from(args)) as ws:
        rows = ws.products.reorder(args.days, args.lead_days, args.cover, everything=args.all_products)
        written = ws.products.export_purchase_list(args.export, rows) if args.export else None
        lines = [f"{'SKU':<20} {'order':>6} {'available':>10} {'sold':>6} {'per day':>8} {'lead':>5} {'days left':>10}"]
        lines += [
            f"{r.sku:<20} {r.quantity:>6} {r.available:>10} {r.sold:>6} {r.per_day:>8.2f} {r.lead_time_days:>5} "
            f"{'-' if r.days_left is None else f'{r.days_left:.1f}':>10}"
            for r in rows
        ]
        if not rows:
            lines = [f"nothing to reorder (sales over the last {args.days} days)"]
        if written is not None:
            lines.append(f"purchase list: {written} products written to {args.export}")
        emit(args, [r.as_dict() for r in rows], "\n".join(lines))
    return 0


def _policy(args: argparse.Namespace) -> int:
    if len(args.values) not in (0, 2):
        raise InvalidInput("`stock policy` alone lists them; `stock policy SHOP block|warn|ignore` sets one")
    with workstation(settings_from(args)) as ws:
        if args.values:
            shop, policy = args.values
            if policy not in POLICIES:
                raise InvalidInput("stock policy is block, warn or ignore")
            ws.products.set_stock_policy(int(shop) if shop.isdigit() else shop, policy)
        shops = ws.products.stock_policies()
        emit(args, shops, "\n".join(f"{s['name']:<28} {s['stock_policy']}" for s in shops) or "no shops")
    return 0


@command(
    "receive",
    help="receive goods into stock",
    args=[
        arg("sku", metavar="SKU"),
        arg("quantity", type=int, metavar="QTY"),
        arg("--reason", default="received"),
        JSON,
    ],
)
def receive(args: argparse.Namespace) -> int:
    with workstation(settings_from(args)) as ws:
        levels = ws.products.receive(args.sku, args.quantity, args.reason)
        emit(
            args,
            {"sku": args.sku, **levels},
            f"{args.sku}: {levels['on_hand']} on hand, {levels['available']} available",
        )
    return 0
