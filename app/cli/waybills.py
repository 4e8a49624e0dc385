"""Waybills and tracking numbers: `waybills`, `retry-waybills`, `void`, `rates`, `track`,
`tracking set`, and the tracking-number `pool`s a carrier allocated."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.common import (
    ORDERS_OR_ALL,
    carrier_account_id,
    order_ids,
    read_file,
    read_text,
    settings_from,
    workstation,
)
from app.cli.output import emit, say
from app.cli.registry import JSON, arg, command, group
from app.errors import InvalidInput

PARCELS = arg("parcels", nargs="+", metavar="PARCEL")


@command(
    "waybills",
    help="request waybills (a batch that would run a carrier's balance out is refused unless --anyway)",
    args=[*ORDERS_OR_ALL, arg("--anyway", action="store_true", help="request even if a balance would run out"), JSON],
)
def waybills(args: argparse.Namespace) -> int:
    import sys

    from app.cli.postage import batch_warnings

    with workstation(settings_from(args)) as ws:
        ids = order_ids(ws, args)
        checks = ws.postage.check_batch(ids)
        for line in batch_warnings(checks):
            say(f"warning: {line}", file=sys.stderr)
        short = [c.account for c in checks if c.runs_out]
        if short and not args.anyway:
            raise InvalidInput(
                f"not requested: the balance of {', '.join(short)} would run out; top it up or pass --anyway"
            )
        result = ws.carriers.request_waybills(ids)
        ws.outbox.run_until_idle(max_rounds=3)
        parcels = ws.carriers.waybill_report(result.queued) if result.queued else []
        text = [
            f"{p['number']}: "
            + (
                f"{p['tracking_number']}" + (f" ({p['error']})" if p["error"] else "")
                if p["tracking_number"]
                else ("failed — " if p["state"] == "failed" else "waiting — ")
                + (p["error"] or "carrier offline, will retry")
            )
            for p in parcels
        ]
        text += [f"{k}: {v}" for k, v in result.skipped.items()]
        emit(args, {"parcels": parcels, "skipped": result.skipped}, "\n".join(text) or "nothing to request")
    return 0


@command(
    "void",
    help="void the waybills of parcels (refund requested); they go back to Waybill",
    args=[
        PARCELS,
        arg("--reason", default="voided by the seller"),
        JSON,
    ],
)
def void(args: argparse.Namespace) -> int:
    with workstation(settings_from(args)) as ws:
        report = ws.carriers.void_waybills(args.parcels, args.reason)
        ws.outbox.run_until_idle(max_rounds=5)
        code = _report(args, report, "voided")
        for row in ws.carriers.waybill_report(list(report.done)):
            if row["refund"]:
                say(f"{row['number']}: refund {row['refund']}")
    return code


def _report(args: argparse.Namespace, report: Any, verb: str) -> int:
    lines = [f"{k}: {v}" for k, v in report.done.items()] + [
        f"{k}: not {verb} — {v}" for k, v in report.refused.items()
    ]
    emit(args, {"done": report.done, "refused": report.refused}, "\n".join(lines) or "nothing to do")
    return 1 if report.refused and not report.done else 0


# --- tracking-number pools --------------------------------------------------------------

group("pool", dest="pool_command", help="tracking-number pools a carrier allocated")


@command(
    "pool import",
    help="import number ranges (RR12345678CN-RR12345999CN, or prefix,start,end,suffix)",
    args=[
        arg("file", type=Path),
        arg("--carrier", required=True, metavar="ACCOUNT", help="carrier account name or id"),
        arg("--service", default="", help="service code the numbers are for (default: any)"),
        arg("--low", type=int, default=50, help="warn when this few numbers are left"),
        JSON,
    ],
)
def pool_import(args: argparse.Namespace) -> int:
    with workstation(settings_from(args)) as ws:
        text = read_text(args.file, "utf-8-sig")
        created = ws.carriers.import_pool(
            text, carrier_account_id(ws, args.carrier), args.service, low_warning=args.low
        )
        emit(
            args,
            [p.__dict__ for p in created],
            "\n".join(f"pool {p.id}: {p.range} ({p.size:,} numbers)" for p in created),
        )
    return 0


@command("pool list", help="pools with the numbers left", args=[JSON])
def pool_list(args: argparse.Namespace) -> int:
    with workstation(settings_from(args)) as ws:
        infos = ws.carriers.pools()
        text = "\n".join(
            f"pool {p.id}: {p.carrier} {p.service or 'any service'} {p.range} — {p.remaining:,} of {p.size:,} left"
            + (f"  ⚠ {p.warning}" if p.warning else "")
            for p in infos
        )
        emit(args, [p.__dict__ for p in infos], text or "no tracking pools")
    return 0


@command("pool assign", help="label parcels with the next pool number (offline)", args=[PARCELS, JSON])
def pool_assign(args: argparse.Namespace) -> int:
    with workstation(settings_from(args)) as ws:
        report = ws.carriers.assign_pool_numbers(args.parcels)
        return _report(args, report, "labelled")


# --- tracking -----------------------------------------------------------------------------


@command("track", help="tracking events from the carrier", args=[PARCELS, JSON])
def track(args: argparse.Namespace) -> int:
    with workstation(settings_from(args)) as ws:
        found = ws.carriers.track(args.parcels)
        lines = []
        for number, info in found.items():
            lines.append(f"{number} {info['tracking_number'] or ''}" + (f" — {info['error']}" if info["error"] else ""))
            lines += [
                f"  {e['at']}  {e['status']:<14} {e['description']} {e['location']}".rstrip() for e in info["events"]
            ]
        emit(args, found, "\n".join(lines))
        return 0 if all(not i["error"] for i in found.values()) else 1


group(
    "tracking",
    dest="tracking_command",
    help="enter a tracking number by hand; track shipped parcels until delivered; the ones stuck in transit",
)


@command(
    "tracking due",
    help="look up every shipped parcel due a look (the background worker does this every 15 min)",
    args=[JSON],
)
def tracking_due(args: argparse.Namespace) -> int:
    with workstation(settings_from(args)) as ws:
        armed = ws.sync.schedule_tracking()
        ws.outbox.run_until_idle(max_rounds=5)
        emit(args, {"looked_up": armed}, f"{armed} parcels looked up at their carrier")
    return 0


@command(
    "tracking stuck",
    help="shipped parcels not delivered N days after shipping (default 10), and tracking exceptions",
    args=[arg("--days", type=int, default=10), JSON],
)
def tracking_stuck(args: argparse.Namespace) -> int:
    with workstation(settings_from(args)) as ws:
        rows = ws.carriers.stuck_in_transit(args.days)
        lines = [
            f"{r.number:<16} {r.order:<22} {r.tracking_number:<22} {r.state:<10} {r.days:>3} d  {r.note}".rstrip()
            for r in rows
        ]
        emit(args, [r.as_dict() for r in rows], "\n".join(lines) or "nothing stuck in transit")
    return 0


@command(
    "tracking set",
    help="the parcel's tracking number (e.g. from a forwarder), with an optional label file",
    args=[
        arg("parcel", metavar="PARCEL"),
        arg("number", metavar="NUMBER"),
        arg("--label", type=Path, help="the label as PDF, PNG or ZPL (default: Shipbench draws one)"),
    ],
)
def tracking_set(args: argparse.Namespace) -> int:
    with workstation(settings_from(args)) as ws:
        data = read_file(args.label) if args.label is not None else None
        number = ws.carriers.set_tracking(
            args.parcel, args.number, label=data, label_name=args.label.name if args.label else ""
        )
        say(f"{args.parcel}: {number} (labelled, ready to print)")
    return 0


# --- retries and prices -------------------------------------------------------------------


@command(
    "retry-waybills",
    help="request waybills again for failed parcels",
    args=[
        arg("parcels", nargs="*", metavar="PARCEL"),
        arg("--failed", action="store_true", help="every failed parcel"),
        JSON,
    ],
)
def retry_waybills(args: argparse.Namespace) -> int:
    with workstation(settings_from(args)) as ws:
        if not args.parcels and not args.failed:
            raise InvalidInput("name the parcels, or pass --failed")
        report = ws.carriers.retry_waybills(args.parcels or None)
        ws.outbox.run_until_idle(max_rounds=3)
        rows = ws.carriers.waybill_report(list(report.done)) if report.done else []
        lines = [
            f"{r['number']}: {r['tracking_number'] or 'waiting — ' + (r['error'] or 'carrier offline, will retry')}"
            for r in rows
        ]
        lines += [f"{k}: {v}" for k, v in report.refused.items()]
        emit(args, {"parcels": rows, "refused": report.refused}, "\n".join(lines) or "no failed parcels")
    return 0


@command(
    "rates",
    help="prices of the allowed shipping methods per parcel",
    args=[
        PARCELS,
        arg("--choose", choices=("cheapest", "fastest"), help="switch each parcel to that method"),
        JSON,
    ],
)
def rates(args: argparse.Namespace) -> int:
    with workstation(settings_from(args)) as ws:
        found = ws.carriers.rates(args.parcels, choose=args.choose)
        lines = []
        for number, rows in found.items():
            lines.append(number + ("" if rows else " — no carrier quoted a price"))
            for r in rows:
                days = f"{r.days} days" if r.days else ""
                why = "" if r.allowed else "  not allowed: " + "; ".join(r.reasons)
                lines.append(f"  {r.method:<28} {r.amount:>8} {r.currency} {days:>8}{why}")
        data = {
            n: [{**r.__dict__, "amount": str(r.amount), "reasons": list(r.reasons)} for r in rows]
            for n, rows in found.items()
        }
        emit(args, data, "\n".join(lines))
    return 0
