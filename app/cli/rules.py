"""The IF/THEN rules: `rules list`, `rules add`, `rules dry-run`, `rules apply`."""

from __future__ import annotations

import argparse
import json
from typing import Any

from app.cli.common import order_ids, read_text, settings_from, workstation
from app.cli.output import emit
from app.cli.registry import JSON, arg, command, group
from app.errors import InvalidInput

ORDERS_IN_REVIEW = (
    arg("orders", nargs="*", metavar="ORDER"),
    arg("--all", action="store_true", help="every order in Review"),
    JSON,
)

group("rules", dest="rules_command", help="list, add, dry-run or apply the IF/THEN rules")


@command("rules list", help="the rules in the order they run", args=[JSON])
def rules_list(args: argparse.Namespace) -> int:
    with workstation(settings_from(args)) as ws:
        rules = ws.rules.all()
        text = "\n".join(
            f"{r.position:>3}. {r.name}{'' if r.enabled else ' (disabled)'}\n"
            f"     if   {json.dumps(r.conditions, ensure_ascii=False)}\n"
            f"     then {json.dumps(r.actions, ensure_ascii=False)}{' and stop' if r.stop else ''}"
            for r in rules
        )
        emit(args, [r.as_dict() for r in rules], text or "no rules")
    return 0


@command(
    "rules add",
    help="add a rule: --if and --then take JSON (or @file.json)",
    args=[
        arg("--name", required=True),
        arg("--if", dest="conditions", default="[]", metavar="JSON", help='e.g. [{"kind": "country", "in": ["EU"]}]'),
        arg(
            "--then",
            dest="actions",
            required=True,
            metavar="JSON",
            help='e.g. [{"kind": "set_method", "method": "EXP"}]',
        ),
        arg("--position", type=int, help="1 = runs first (default: last)"),
        arg("--disabled", action="store_true"),
        JSON,
    ],
)
def rules_add(args: argparse.Namespace) -> int:
    with workstation(settings_from(args)) as ws:
        rule_id = ws.rules.save(
            args.name,
            _json_arg(args.conditions, "--if"),
            _json_arg(args.actions, "--then"),
            position=args.position,
            enabled=not args.disabled,
        )
        emit(args, {"id": rule_id}, f"rule {rule_id} added: {args.name}")
    return 0


def _json_arg(value: str, what: str) -> Any:
    text = read_text(value[1:], "utf-8") if value.startswith("@") else value
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidInput(f"{what} is not valid JSON: {exc.msg} at character {exc.pos}") from None


@command("rules dry-run", help="what the rules would do, and why, changing nothing", args=ORDERS_IN_REVIEW)
def rules_dry_run(args: argparse.Namespace) -> int:
    with workstation(settings_from(args)) as ws:
        report = ws.rules.dry_run(order_ids(ws, args))
        emit(args, [x.as_dict() for x in report], _dry_run_text(report))
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


@command("rules apply", help="run the rules now over orders in Review", args=ORDERS_IN_REVIEW)
def rules_apply(args: argparse.Namespace) -> int:
    with workstation(settings_from(args)) as ws:
        report = ws.rules.apply(order_ids(ws, args))
        text = (
            f"{report.orders} orders in Review, {report.changed} changed: {report.method_set} shipping methods "
            f"set, {report.tagged} tagged, {report.held} held, {report.approved} approved, "
            f"{report.customs} customs filled"
        )
        text += "".join(f"\n  {n}: {'; '.join(r)}" for n, r in report.refused.items())
        emit(args, report.as_dict(), text)
    return 0
