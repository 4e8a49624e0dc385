"""CLI commands for carriers and waybills: void, pools, tracking, retries, rates, accounts."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

COMMANDS: tuple[str, ...] = ("void", "pool", "track", "tracking", "retry-waybills", "rates", "carriers")


def add_commands(sub: Any) -> None:
    p = sub.add_parser("void", help="void the waybills of parcels (refund requested); they go back to Waybill")
    p.add_argument("parcels", nargs="+", metavar="PARCEL")
    p.add_argument("--reason", default="voided by the seller")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("pool", help="tracking-number pools a carrier allocated")
    pool = p.add_subparsers(dest="pool_command", required=True)
    q = pool.add_parser("import", help="import number ranges (RR12345678CN-RR12345999CN, or prefix,start,end,suffix)")
    q.add_argument("file", type=Path)
    q.add_argument("--carrier", required=True, metavar="ACCOUNT", help="carrier account name or id")
    q.add_argument("--service", default="", help="service code the numbers are for (default: any)")
    q.add_argument("--low", type=int, default=50, help="warn when this few numbers are left")
    q.add_argument("--json", action="store_true")
    q = pool.add_parser("list", help="pools with the numbers left")
    q.add_argument("--json", action="store_true")
    q = pool.add_parser("assign", help="label parcels with the next pool number (offline)")
    q.add_argument("parcels", nargs="+", metavar="PARCEL")
    q.add_argument("--json", action="store_true")

    p = sub.add_parser("track", help="tracking events from the carrier")
    p.add_argument("parcels", nargs="+", metavar="PARCEL")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("tracking", help="enter a tracking number by hand")
    tr = p.add_subparsers(dest="tracking_command", required=True)
    q = tr.add_parser("set", help="the parcel's tracking number (e.g. from a forwarder), with an optional label file")
    q.add_argument("parcel", metavar="PARCEL")
    q.add_argument("number", metavar="NUMBER")
    q.add_argument("--label", type=Path, help="the label as PDF, PNG or ZPL (default: Shipbench draws one)")

    p = sub.add_parser("retry-waybills", help="request waybills again for failed parcels")
    p.add_argument("parcels", nargs="*", metavar="PARCEL")
    p.add_argument("--failed", action="store_true", help="every failed parcel")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("rates", help="prices of the allowed shipping methods per parcel")
    p.add_argument("parcels", nargs="+", metavar="PARCEL")
    p.add_argument("--choose", choices=("cheapest", "fastest"), help="switch each parcel to that method")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("carriers", help="carrier accounts")
    ca = p.add_subparsers(dest="carriers_command", required=True)
    q = ca.add_parser("list")
    q.add_argument("--json", action="store_true")
    q = ca.add_parser("add", help="add a carrier account (secrets go to the OS keyring)")
    q.add_argument("name")
    q.add_argument("--carrier", required=True, help="connector kind, e.g. simulator, yunexpress, 4px")
    q.add_argument("--url", default="", help="base URL (default: the carrier's production endpoint)")
    q.add_argument("--setting", action="append", default=[], metavar="KEY=VALUE")
    q.add_argument("--secret", action="append", default=[], metavar="KEY=VALUE")
    q = ca.add_parser("test", help="one authenticated call to the carrier")
    q.add_argument("account", metavar="ACCOUNT")


def _pairs(items: list[str], what: str) -> dict[str, str]:
    from app.errors import InvalidInput

    out = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise InvalidInput(f"{what} {item!r} must look like KEY=VALUE")
        out[key.strip()] = value
    return out


def _account_id(ws: Any, ref: str) -> int:
    from app.errors import NotFound

    for account in ws.carrier_accounts():
        if str(account["id"]) == ref or account["name"].lower() == ref.lower():
            return int(account["id"])
    raise NotFound(f"no carrier account {ref}")


def _report(args: argparse.Namespace, report: Any, verb: str) -> int:
    from app.cli import emit

    lines = [f"{k}: {v}" for k, v in report.done.items()] + [f"{k}: not {verb} — {v}" for k, v in report.refused.items()]
    emit(args, {"done": report.done, "refused": report.refused}, "\n".join(lines) or "nothing to do")
    return 1 if report.refused and not report.done else 0


def run(args: argparse.Namespace) -> int:
    from app.cli import emit, settings_from, workstation
    from app.errors import InvalidInput

    with workstation(settings_from(args)) as ws:
        cmd = args.command
        if cmd == "void":
            report = ws.void_waybills(args.parcels, args.reason)
            ws.runner.run_until_idle(max_rounds=5)
            code = _report(args, report, "voided")
            for row in ws.waybill_report(list(report.done)):
                if row["refund"]:
                    print(f"{row['number']}: refund {row['refund']}")
            return code
        if cmd == "pool":
            if args.pool_command == "import":
                try:
                    text = args.file.read_text(encoding="utf-8-sig")
                except OSError as exc:
                    raise InvalidInput(f"cannot read {args.file}: {exc.strerror or exc}") from None
                created = ws.import_pool(text, _account_id(ws, args.carrier), args.service, low_warning=args.low)
                emit(args, [p.__dict__ for p in created],
                     "\n".join(f"pool {p.id}: {p.range} ({p.size:,} numbers)" for p in created))
                return 0
            if args.pool_command == "assign":
                report = ws.assign_pool_numbers(args.parcels)
                return _report(args, report, "labelled")
            infos = ws.pools()
            text = "\n".join(
                f"pool {p.id}: {p.carrier} {p.service or 'any service'} {p.range} — {p.remaining:,} of {p.size:,} left"
                + (f"  ⚠ {p.warning}" if p.warning else "")
                for p in infos
            )
            emit(args, [p.__dict__ for p in infos], text or "no tracking pools")
            return 0
        if cmd == "track":
            found = ws.track(args.parcels)
            lines = []
            for number, info in found.items():
                lines.append(f"{number} {info['tracking_number'] or ''}" + (f" — {info['error']}" if info["error"] else ""))
                lines += [f"  {e['at']}  {e['status']:<14} {e['description']} {e['location']}".rstrip() for e in info["events"]]
            emit(args, found, "\n".join(lines))
            return 0 if all(not i["error"] for i in found.values()) else 1
        if cmd == "tracking":
            data = None
            if args.label is not None:
                try:
                    data = args.label.read_bytes()
                except OSError as exc:
                    raise InvalidInput(f"cannot read {args.label}: {exc.strerror or exc}") from None
            number = ws.set_tracking(args.parcel, args.number, label=data, label_name=args.label.name if args.label else "")
            print(f"{args.parcel}: {number} (labelled, ready to print)")
            return 0
        if cmd == "retry-waybills":
            if not args.parcels and not args.failed:
                raise InvalidInput("name the parcels, or pass --failed")
            report = ws.retry_waybills(args.parcels or None)
            ws.runner.run_until_idle(max_rounds=3)
            rows = ws.waybill_report(list(report.done)) if report.done else []
            lines = [f"{r['number']}: {r['tracking_number'] or 'waiting — ' + (r['error'] or 'carrier offline, will retry')}"
                     for r in rows]
            lines += [f"{k}: {v}" for k, v in report.refused.items()]
            emit(args, {"parcels": rows, "refused": report.refused}, "\n".join(lines) or "no failed parcels")
            return 0
        if cmd == "rates":
            rates = ws.rates(args.parcels, choose=args.choose)
            lines = []
            for number, rows in rates.items():
                lines.append(number + ("" if rows else " — no carrier quoted a price"))
                for r in rows:
                    days = f"{r.days} days" if r.days else ""
                    why = "" if r.allowed else "  not allowed: " + "; ".join(r.reasons)
                    lines.append(f"  {r.method:<28} {r.amount:>8} {r.currency} {days:>8}{why}")
            data = {n: [{**r.__dict__, "amount": str(r.amount), "reasons": list(r.reasons)} for r in rows]
                    for n, rows in rates.items()}
            emit(args, data, "\n".join(lines))
            return 0
        if cmd == "carriers":
            if args.carriers_command == "add":
                account_id = ws.save_carrier_account(
                    args.name, args.carrier, base_url=args.url, settings=_pairs(args.setting, "setting"),
                    secrets=_pairs(args.secret, "secret"),
                )
                print(f"carrier account {account_id}: {args.name}")
                return 0
            if args.carriers_command == "test":
                print(ws.test_carrier_account(_account_id(ws, args.account)))
                return 0
            accounts = ws.carrier_accounts()
            emit(args, accounts, "\n".join(
                f"{a['id']:>3} {a['name']:<24} {a['carrier']:<12} {a['base_url']}" for a in accounts
            ) or "no carrier accounts")
            return 0
    raise AssertionError(f"{args.command} is not a command of {__name__}")
