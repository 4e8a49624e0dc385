"""Shipping methods per carrier account, as the GUI's methods dialog edits them: `methods add|list|edit|remove`.

    main.py methods add --carrier ACCOUNT --code CODE --name NAME [--default] [--requires hs_code,…]
                        [--no-battery] [--no-liquid] [--max-weight G] [--allow CC,…] [--deny CC,…]
                        [--label-template T] [--label-format zpl|pdf|png|carrier]
    main.py methods list [--json]
    main.py methods edit METHOD [the same options; those not given are kept]
    main.py methods remove METHOD

METHOD is the method's id, its service code or its name (any case); a code two accounts
share needs the id (``methods list`` shows it).
"""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.common import carrier_account_id, settings_from, workstation
from app.cli.output import emit, print_json, say
from app.cli.registry import JSON, arg, command, group
from app.errors import InvalidInput, NotFound

group(
    "methods",
    dest="methods_command",
    help="shipping methods of the carrier accounts: list (the default), add, edit, remove",
    default="list",
    args=[JSON],
)

LABEL_FORMATS = ("zpl", "pdf", "png", "carrier")  # carrier: as the carrier sends it


def _options(*, adding: bool) -> list[Any]:
    keep = "" if adding else " (default: unchanged)"
    return [
        arg("--carrier", required=adding, metavar="ACCOUNT", help="the carrier account's name or id" + keep),
        arg("--code", required=adding, help="the carrier's service code, e.g. YUN-STD" + keep),
        arg("--name", required=adding, help="the method's name as the desk shows it" + keep),
        arg(
            "--default",
            action=argparse.BooleanOptionalAction,
            help="the method new orders get when nothing else chooses one (one method is the default)",
        ),
        arg(
            "--requires",
            metavar="FIELD,…",
            help="customs data the method needs: hs_code, description_en, description_zh, unit_value, "
            "origin_country, weight_grams (empty: none)" + keep,
        ),
        arg("--battery", action=argparse.BooleanOptionalAction, help="carries batteries (default: yes)" + keep),
        arg("--liquid", action=argparse.BooleanOptionalAction, help="carries liquids (default: yes)" + keep),
        arg("--max-weight", metavar="GRAMS", help="heaviest parcel in grams (empty: no limit)" + keep),
        arg("--allow", metavar="CC,…", help="only these destination countries (empty: all)" + keep),
        arg("--deny", metavar="CC,…", help="never these destination countries" + keep),
        arg("--label-template", metavar="NAME", help="label template (empty: the carrier's label)" + keep),
        arg("--label-format", choices=LABEL_FORMATS, help="label format (carrier: as the carrier sends it)" + keep),
        JSON,
    ]


def _codes(text: str) -> list[str]:
    return [c.strip() for c in text.replace(";", ",").split(",") if c.strip()]


def _fields(args: argparse.Namespace, current: dict[str, Any] | None) -> dict[str, Any]:
    """The method's fields the options name (all of them when adding)."""
    fields: dict[str, Any] = {}
    for option, key in (("code", "code"), ("name", "name"), ("label_template", "label_template")):
        value = getattr(args, option)
        if value is not None:
            fields[key] = value.strip()
    if args.label_format is not None:
        fields["label_format"] = "" if args.label_format == "carrier" else args.label_format
    if args.default is not None:
        fields["is_default"] = args.default
    if args.battery is not None:
        fields["allows_battery"] = args.battery
    if args.liquid is not None:
        fields["allows_liquid"] = args.liquid
    if args.requires is not None:
        fields["required_customs"] = _codes(args.requires)
    if args.max_weight is not None:
        text = args.max_weight.strip().lower().removesuffix("g").strip()
        if text:
            try:
                fields["max_weight_grams"] = int(text)
            except ValueError:
                raise InvalidInput(f"--max-weight must be grams as a whole number, not {args.max_weight!r}") from None
        else:
            fields["max_weight_grams"] = None
    if args.allow is not None or args.deny is not None:
        countries = dict((current or {}).get("countries") or {})
        for key in ("allow", "deny"):
            given = getattr(args, key)
            if given is not None:
                countries[key] = _codes(given)
        fields["countries"] = countries
    return fields


def _find(ws: Any, ref: str) -> dict[str, Any]:
    methods = ws.carriers.method_details()
    by_id = [m for m in methods if str(m["id"]) == ref]
    if by_id:
        return by_id[0]
    found = [m for m in methods if ref.lower() in (m["code"].lower(), m["name"].lower(), m["label"].lower())]
    if len(found) == 1:
        return found[0]
    if found:
        ids = ", ".join(f"{m['id']} ({m['carrier']})" for m in found)
        raise InvalidInput(f"{len(found)} methods are called {ref}: name one by its id: {ids}")
    raise NotFound(f"no shipping method {ref} (`methods list` shows them)")


def describe(m: dict[str, Any]) -> str:
    """One method in a line: what the desk and the rules read from it."""
    rules = []
    if m["required_customs"]:
        rules.append("needs " + ", ".join(m["required_customs"]))
    if not m["allows_battery"]:
        rules.append("no batteries")
    if not m["allows_liquid"]:
        rules.append("no liquids")
    if m["max_weight_grams"]:
        rules.append(f"up to {m['max_weight_grams']} g")
    countries = m["countries"] or {}
    if countries.get("allow"):
        rules.append("only " + ",".join(countries["allow"]))
    if countries.get("deny"):
        rules.append("not " + ",".join(countries["deny"]))
    if m["label_template"] or m["label_format"]:
        rules.append("label " + " ".join(x for x in (m["label_template"], m["label_format"]) if x))
    head = f"{m['id']:>3} {m['carrier']:<16} {m['code']:<14} {m['name']}{' (default)' if m['is_default'] else ''}"
    return head + (" — " + "; ".join(rules) if rules else "")


@command("methods add", help="add a shipping method to a carrier account", args=_options(adding=True))
def methods_add(args: argparse.Namespace) -> int:
    with workstation(settings_from(args)) as ws:
        account = carrier_account_id(ws, args.carrier)
        method_id = ws.carriers.save_shipping_method(account, **_fields(args, None))
        saved = next(m for m in ws.carriers.method_details() if m["id"] == method_id)
    emit(args, saved, "added " + describe(saved).strip())
    return 0


@command("methods list", help="the shipping methods with their carrier and rules", args=[JSON])
def methods_list(args: argparse.Namespace) -> int:
    with workstation(settings_from(args)) as ws:
        methods = ws.carriers.method_details()
    if getattr(args, "json", False):
        print_json(methods)
    elif not methods:
        say("no shipping methods yet: `methods add --carrier ACCOUNT --code CODE --name NAME` adds one")
    else:
        for m in methods:
            say(describe(m))
    return 0


@command(
    "methods edit",
    help="change a shipping method; options not given are kept",
    args=[arg("method", metavar="METHOD", help="id, service code or name"), *_options(adding=False)],
)
def methods_edit(args: argparse.Namespace) -> int:
    with workstation(settings_from(args)) as ws:
        current = _find(ws, args.method)
        account = carrier_account_id(ws, args.carrier) if args.carrier else int(current["carrier_account_id"])
        fields = _fields(args, current)
        method_id = ws.carriers.save_shipping_method(account, method_id=int(current["id"]), **fields)
        saved = next(m for m in ws.carriers.method_details() if m["id"] == method_id)
    emit(args, saved, "saved " + describe(saved).strip())
    return 0


@command(
    "methods remove",
    help="remove a shipping method no order uses",
    args=[arg("method", metavar="METHOD", help="id, service code or name"), JSON],
)
def methods_remove(args: argparse.Namespace) -> int:
    with workstation(settings_from(args)) as ws:
        current = _find(ws, args.method)
        ws.carriers.delete_shipping_method(int(current["id"]))
    emit(args, {"removed": current["name"], "id": current["id"]}, f"removed shipping method {current['label']}")
    return 0
