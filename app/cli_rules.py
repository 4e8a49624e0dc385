"""CLI: the search box and the rules (list, add, dry run, apply)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from app.errors import InvalidInput

COMMANDS: tuple[str, ...] = ("search", "rules")


def add_commands(sub: Any) -> None:
    p = sub.add_parser("search", help="find orders by number, buyer, recipient, tracking/parcel number, SKU or product")
    p.add_argument("text")
    p.add_argument("--limit", type=int, default=200)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("rules", help="list, add, dry-run or apply the IF/THEN rules")
    rsub = p.add_subparsers(dest="rules_command", required=True)
    q = rsub.add_parser("list", help="the rules in the order they run")
    q.add_argument("--json", action="store_true")
    q = rsub.add_parser("add", help="add a rule: --if and --then take JSON (or @file.json)")
    q.add_argument("--name", required=True)
    q.add_argument("--if", dest="conditions", default="[]", metavar="JSON", help='e.g. [{"kind": "country", "in": ["EU"]}]')
    q.add_argument("--then", dest="actions", required=True, metavar="JSON",
                   help='e.g. [{"kind": "set_method", "method": "EXP"}]')
    q.add_argument("--position", type=int, help="1 = runs first (default: last)")
    q.add_argument("--disabled", action="store_true")
    q.add_argument("--json", action="store_true")
    for name, help_text in (("dry-run", "what the rules would do, and why, changing nothing"),
                            ("apply", "run the rules now over orders in Review")):
        q = rsub.add_parser(name, help=help_text)
        q.add_argument("orders", nargs="*", metavar="ORDER")
        q.add_argument("--all", action="store_true", help="every order in Review")
        q.add_argument("--json", action="store_true")


def _json_arg(value: str, what: str) -> Any:
    text = value
    if value.startswith("@"):
        try:
            text = Path(value[1:]).read_text(encoding="utf-8")
        except OSError as exc:
            raise InvalidInput(f"cannot read {value[1:]}: {exc.strerror or exc}") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidInput(f"{what} is not valid JSON: {exc.msg} at character {exc.pos}") from None


def _order_ids(ws: Any, args: argparse.Namespace) -> list[int] | None:
    if args.all:
        return None
    if not args.orders:
        raise InvalidInput("name the orders, or pass --all")
    return ws.resolve(list(args.orders))


def run(args: argparse.Namespace) -> int:
    from app.cli import emit, settings_from, workstation

    with workstation(settings_from(args)) as ws:
        if args.command == "search":
            hits = ws.search(args.text, limit=args.limit)
            lines = [f"{h.number:<24} {h.queue:<10} {h.recipient[:28]:<28} {h.matched_text}" for h in hits]
            emit(args, [h.as_dict() for h in hits], "\n".join(lines) or "nothing found")
            return 0
        cmd = args.rules_command
        if cmd == "list":
            rules = ws.list_rules()
            text = "\n".join(
                f"{r.position:>3}. {r.name}{'' if r.enabled else ' (disabled)'}\n"
                f"     if   {json.dumps(r.conditions, ensure_ascii=False)}\n"
                f"     then {json.dumps(r.actions, ensure_ascii=False)}{' and stop' if r.stop else ''}"
                for r in rules
            )
            emit(args, [r.as_dict() for r in rules], text or "no rules")
        elif cmd == "add":
            rule_id = ws.save_rule(
                args.name, _json_arg(args.conditions, "--if"), _json_arg(args.actions, "--then"),
                position=args.position, enabled=not args.disabled,
            )
            emit(args, {"id": rule_id}, f"rule {rule_id} added: {args.name}")
        elif cmd == "dry-run":
            report = ws.rules_dry_run(_order_ids(ws, args))
            emit(args, [x.as_dict() for x in report], _dry_run_text(report))
        elif cmd == "apply":
            report = ws.apply_rules(_order_ids(ws, args))
            text = (f"{report.orders} orders in Review, {report.changed} changed: {report.method_set} shipping methods "
                    f"set, {report.tagged} tagged, {report.held} held, {report.approved} approved, "
                    f"{report.customs} customs filled")
            text += "".join(f"\n  {n}: {'; '.join(r)}" for n, r in report.refused.items())
            emit(args, report.as_dict(), text)
    return 0


def _dry_run_text(report: list[Any]) -> str:
    out = []
    for x in report:
        out.append(f"{x.number}: " + (f"first match '{x.first_match}'" if x.first_match else "no rule matches"))
        for r in x.rules:
            mark = "✓" if r.matched else "✗"
            held = "; ".join(("✓ " if c.held else "✗ ") + c.text for c in r.conditions) or "always"
            out.append(f"  {mark} {r.name}: {held}")
        out += [f"    → {c.rule}: {c.text}" for c in x.changes]
    return "\n".join(out) or "no orders"
