"""What shipping costs: `postage balances|prepaid|top-up|low|rate-card|waybills`.

Amounts are typed and printed as decimals (``12.50``), never floats.
"""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.common import carrier_account_id, settings_from, workstation
from app.cli.output import emit, say
from app.cli.registry import JSON, arg, command, group
from app.errors import InvalidInput, NotFound

group("postage", dest="postage_command", help="carrier balances, prepaid postage, rate cards, what waybills cost")


def _money(value: Any, currency: str) -> str:
    return "unknown" if value is None else f"{value} {currency}".strip()


@command(
    "postage balances",
    help="each carrier account's balance and what it spent",
    args=[arg("--refresh", action="store_true", help="ask the carriers whose API reports a balance"), JSON],
)
def balances(args: argparse.Namespace) -> int:
    with workstation(settings_from(args)) as ws:
        asked = ws.postage.refresh_balances() if args.refresh else {}
        rows = ws.postage.balances()
        lines = []
        for r in rows:
            mark = f", warn at {r['low_balance']}" if r["low_balance"] is not None else ""
            source = {"carrier": "reported by the carrier", "prepaid": "prepaid"}.get(r["source"] or "", "not known")
            lines.append(
                f"{r['name']}: {_money(r['balance'], r['currency'])} ({source}{mark})" + ("  LOW" if r["low"] else "")
            )
            lines += [
                f"  spent {p['spent']} {p['currency']}, refunded {p['refunded']} {p['currency']}" for p in r["postage"]
            ]
            if r["name"] in asked and not asked[r["name"]][:1].isdigit():
                lines.append(f"  {asked[r['name']]}")
        emit(args, {"accounts": rows, "asked": asked}, "\n".join(lines) or "no carrier accounts")
    return 0


@command(
    "postage prepaid",
    help="the prepaid postage on an account (bookings lower it)",
    args=[
        arg("account", metavar="ACCOUNT"),
        arg("amount", metavar="AMOUNT"),
        arg("currency", metavar="CURRENCY"),
        arg("--low", metavar="AMOUNT", help="warn before a batch would leave this much or less"),
    ],
)
def prepaid(args: argparse.Namespace) -> int:
    with workstation(settings_from(args)) as ws:
        ws.postage.set_prepaid(carrier_account_id(ws, args.account), args.amount, args.currency, low=args.low)
        say(f"{args.account}: {args.amount} {args.currency.upper()} prepaid")
    return 0


@command("postage top-up", help="add to an account's balance", args=[arg("account"), arg("amount")])
def top_up(args: argparse.Namespace) -> int:
    with workstation(settings_from(args)) as ws:
        balance = ws.postage.top_up(carrier_account_id(ws, args.account), args.amount)
        say(f"{args.account}: balance {balance}")
    return 0


@command(
    "postage low",
    help="warn before a batch would leave an account's balance at or under AMOUNT ('none': only when it runs out)",
    args=[arg("account"), arg("amount")],
)
def low(args: argparse.Namespace) -> int:
    with workstation(settings_from(args)) as ws:
        amount = None if args.amount.lower() == "none" else args.amount
        ws.postage.set_low_balance(carrier_account_id(ws, args.account), amount)
        say(f"{args.account}: warn at {amount or 'running out'}")
    return 0


@command(
    "postage rate-card",
    help="the seller's prices for a shipping method: base + per started 100 g",
    args=[
        arg("method", metavar="METHOD", help="method id, code or name"),
        arg("--currency"),
        arg("--base", default="0"),
        arg("--per-100g", default="0"),
        arg("--clear", action="store_true"),
    ],
)
def rate_card(args: argparse.Namespace) -> int:
    with workstation(settings_from(args)) as ws:
        methods = ws.postage.rate_cards()
        ref = args.method.lower()
        found = [m for m in methods if ref in (str(m["id"]), m["code"].lower(), m["name"].lower())]
        if not found:
            raise NotFound(f"no shipping method {args.method}")
        if len(found) > 1:
            raise InvalidInput(f"{args.method} names {len(found)} methods; give the id")
        if not args.clear and not args.currency:
            raise InvalidInput("give the rate card's --currency (or --clear)")
        card = {} if args.clear else {"currency": args.currency, "base": args.base, "per_100g": args.per_100g}
        saved = ws.postage.set_rate_card(found[0]["id"], card)
        say(
            f"{found[0]['name']}: "
            + (f"{saved['base']} + {saved['per_100g']} per 100 g, {saved['currency']}" if saved else "no rate card")
        )
    return 0


@command("postage waybills", help="what each waybill of these parcels cost", args=[arg("parcels", nargs="+"), JSON])
def waybill_costs(args: argparse.Namespace) -> int:
    with workstation(settings_from(args)) as ws:
        rows = ws.postage.waybills(ws.carriers.parcel_ids(args.parcels))
        lines = [
            f"{r['parcel']} {r['tracking_number'] or '-'}: charged {_money(r['charged'], r['currency'])}"
            + (f" (quoted {r['quoted']} {r['quoted_currency']})" if r["quoted"] is not None else "")
            + (f", voided, refund {r['refund']}" if r["voided_at"] else "")
            + (f" {r['refunded']} {r['currency']}" if r["refunded"] is not None else "")
            for r in rows
        ]
        emit(args, rows, "\n".join(lines) or "no waybills booked")
    return 0


def batch_warnings(checks: list[Any]) -> list[str]:
    """What a waybill batch says before it starts, one line per carrier account that needs it."""
    lines = []
    for c in checks:
        unpriced = f" ({c.unpriced} parcels not priced)" if c.unpriced else ""
        cost = f"{c.account}: this batch of {c.parcels} parcels costs about {c.estimate} {c.currency}{unpriced}"
        if c.runs_out:
            lines.append(f"{cost}; the balance is {c.balance} {c.currency}: it would run out")
        elif c.low:
            lines.append(f"{cost} and leaves {c.left} {c.currency}, at or under the low mark of {c.low_balance}")
    return lines
