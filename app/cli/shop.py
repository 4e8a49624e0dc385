"""The shop's own details from the command line: its warehouses (ship-from addresses), its profile."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from app.cli.common import settings_from, workstation
from app.cli.output import emit, print_json, say
from app.cli.registry import JSON, arg, command, group

if TYPE_CHECKING:
    from app.shop import WarehouseAddress

group("shop", dest="shop_command", help="the shop's own details: ship-from addresses, name, phone, tax ids")


def describe(address: WarehouseAddress) -> str:
    head = f"{address.name}{' (default)' if address.is_default else ''}"
    place = " ".join(x for x in (address.postcode, address.city, address.region) if x)
    body = [x for x in (address.contact, address.company, *address.lines, place, address.country, address.phone) if x]
    return head + ": " + ", ".join(body)


@command(
    "shop set-address",
    help="add or change a warehouse's ship-from address (the first one is the default)",
    args=[
        arg("--warehouse", default="Main warehouse", help="the warehouse's name (default: %(default)s)"),
        arg("--contact", default="", help="the sender's name on labels"),
        arg("--company", default=""),
        arg("--street", action="append", default=[], metavar="LINE", help="a street line (repeat for a second)"),
        arg("--city", required=True),
        arg("--region", default="", help="state, province or county"),
        arg("--postcode", default=""),
        arg("--country", required=True, help="two-letter code: CN, DE, US …"),
        arg("--phone", default=""),
        arg("--email", default=""),
        arg("--default", action="store_true", help="make this warehouse the default ship-from address"),
        JSON,
    ],
)
def set_address(args: argparse.Namespace) -> int:
    from app.shop import WarehouseAddress

    address = WarehouseAddress(
        name=args.warehouse,
        contact=args.contact,
        company=args.company,
        lines=tuple(args.street),
        city=args.city,
        region=args.region,
        postcode=args.postcode,
        country=args.country,
        phone=args.phone,
        email=args.email,
    )
    with workstation(settings_from(args)) as ws:
        saved = ws.shop.set_warehouse(address, default=args.default)
        ws.shop.finish_setup()  # a scripted setup needs no assistant at the next start
    emit(args, saved.as_dict(), "saved " + describe(saved))
    return 0


@command("shop addresses", help="list the warehouses and their ship-from addresses, the default first", args=[JSON])
def addresses(args: argparse.Namespace) -> int:
    with workstation(settings_from(args)) as ws:
        found = ws.shop.warehouses()
    if getattr(args, "json", False):
        print_json([a.as_dict() for a in found])
    elif not found:
        say("no ship-from address yet: `shop set-address --city … --country … --street …` adds one")
    else:
        for address in found:
            say(describe(address))
    return 0


@command(
    "shop set",
    help="the shop's name, phone, e-mail and its own tax ids (IOSS, VAT, EORI); unnamed fields are kept",
    args=[
        arg("--name"),
        arg("--phone"),
        arg("--email"),
        arg("--ioss"),
        arg("--vat"),
        arg("--eori"),
        JSON,
    ],
)
def set_profile(args: argparse.Namespace) -> int:
    from dataclasses import asdict, replace

    with workstation(settings_from(args)) as ws:
        changes = {k: getattr(args, k) for k in ("name", "phone", "email", "ioss", "vat", "eori")}
        profile = ws.shop.set_profile(replace(ws.shop.profile(), **{k: v for k, v in changes.items() if v is not None}))
    data = asdict(profile)
    emit(args, data, "\n".join(f"{k}: {v}" for k, v in data.items()))
    return 0
