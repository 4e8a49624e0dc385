"""`demo`: a throwaway workstation wired to the built-in simulator, and the headless flow.

``seed`` also serves the GUI's demo (``ui/launcher.py``), the tests and the benchmarks.
The database and the workstation are imported inside the functions: declaring the
command must not load them (start-up of every other command).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli.output import print_json
from app.cli.registry import arg, command
from app.errors import InvalidInput

if TYPE_CHECKING:
    from app.shop import WarehouseAddress
    from app.workstation import Workstation

DEMO_SHOP = "Demo Marketplace"
DEMO_CARRIER = "Demo Express"
OPENING_STOCK = 200
# Customs tariff numbers of the demo products (the sender is in CN: every parcel is cross-border).
DEMO_HS_CODES = {
    "MUG-BLU": "691200",
    "MUG-RED": "691200",
    "MUG-WHT": "691200",
    "COASTER-4": "450390",
    "TEA-GRN-100": "090210",
    "NOTEBOOK-A5": "482010",
    "PEN-GEL-BLK": "960810",
    "LAMP-USB": "940520",
    "CABLE-USBC-1M": "854442",
    "TSHIRT-M-BLK": "610910",
}


def seed(ws: Workstation, simulator_url: str) -> None:
    """Warehouse catalogue, opening stock, one shop and one carrier pointing at the simulator."""
    from sqlalchemy import select

    from app import stock
    from app.simulator.catalog import BUNDLES, PRODUCTS, SENDER
    from db.models import (
        CarrierAccount,
        Product,
        ProductBarcode,
        ShippingMethod,
        Shop,
        SkuPairing,
    )

    ws.shop.set_warehouse(demo_warehouse(SENDER), default=True)
    with ws.db.uow() as uow:
        s = uow.session
        if s.scalar(select(Shop).where(Shop.name == DEMO_SHOP)) is not None:
            # A demo database reused with a new simulator port.
            for shop in s.scalars(select(Shop).where(Shop.marketplace == "simulator")):
                shop.base_url = simulator_url
            for account in s.scalars(select(CarrierAccount).where(CarrierAccount.carrier == "simulator")):
                account.base_url = simulator_url
            uow.commit()
            return
        products = {}
        for i, (sku, name, ean, grams) in enumerate(PRODUCTS):
            shelf_bin = f"A-{i // 4 + 1:02d}-{i % 4 + 1:02d}"  # aisle A, shelf, bin
            product = Product(
                sku=sku, name=name, weight_grams=grams, bin_location=shelf_bin, hs_code=DEMO_HS_CODES.get(sku, "")
            )
            product.barcodes.append(ProductBarcode(code=ean, pack_quantity=1))
            s.add(product)
            products[sku] = product
        s.flush()
        for product in products.values():
            stock.receive(s, product.id, OPENING_STOCK, ws.actor, reason="opening stock")
        for listing, parts in BUNDLES.items():
            for sku, qty in parts:
                s.add(SkuPairing(shop_id=None, marketplace_sku=listing, product_id=products[sku].id, quantity=qty))
        s.add(Shop(name=DEMO_SHOP, marketplace="simulator", base_url=simulator_url))
        carrier = CarrierAccount(name=DEMO_CARRIER, carrier="simulator", base_url=simulator_url)
        s.add(carrier)
        s.flush()
        s.add(ShippingMethod(carrier_account_id=carrier.id, code="STD", name="Standard", is_default=True))
        s.add(ShippingMethod(carrier_account_id=carrier.id, code="EXP", name="Express", is_default=False))
        uow.commit()


def demo_warehouse(sender: Mapping[str, object]) -> WarehouseAddress:
    """The simulator catalogue's sender as the demo shop's one warehouse."""
    from app.shop import WarehouseAddress

    lines = sender.get("lines")
    return WarehouseAddress(
        name="Demo warehouse",
        contact=str(sender.get("name") or ""),
        company=str(sender.get("company") or ""),
        lines=tuple(str(x) for x in lines) if isinstance(lines, list | tuple) else (),
        city=str(sender.get("city") or ""),
        region=str(sender.get("region") or ""),
        postcode=str(sender.get("postcode") or ""),
        country=str(sender.get("country") or ""),
        phone=str(sender.get("phone") or ""),
    )


def _ledger(url: str) -> dict[str, Any]:
    import urllib.request  # here, not at the top: every command's start would pay for it

    with urllib.request.urlopen(url, timeout=10) as resp:
        return json.loads(resp.read())


def _pull(ws: Workstation, tries: int = 10) -> None:
    """Pull until every shop answered (the simulator may be running with faults)."""
    for _ in range(tries):
        if all(r.get("ok") for r in ws.sync.pull().values()):
            return


STAGES = ("review", "waybill", "print", "scan")  # the queues `demo --until` can stop at


def run_until(ws: Workstation, simulator_url: str, stage: str, out_dir: Path) -> dict[str, Any]:
    """The flow up to ``stage``: the parcels are left waiting in that queue.

    review: the orders are pulled; waybill: approved; print: waybills booked;
    scan: labels printed to ``out_dir`` and confirmed, as a user confirms a folder printer's.
    """
    if stage not in STAGES:
        raise InvalidInput(f"--until takes one of {', '.join(STAGES)}, not {stage!r}")
    seed(ws, simulator_url)
    _pull(ws)
    if stage != "review":
        ws.orders.approve(None)
    if stage in ("print", "scan"):
        ws.carriers.request_waybills(None)
        ws.outbox.run_until_idle()
    if stage == "scan":
        print_and_confirm(ws, out_dir)
    return {"until": stage, "queues": ws.queues.queue_counts(), "outbox": ws.sync.status().outbox}


def _print_all(ws: Workstation, out_dir: Path) -> int | None:
    """Every printable parcel's label into ``out_dir``; the print job's id, if there was one."""
    out_dir.mkdir(parents=True, exist_ok=True)
    parcel_ids = ws.printing.printable_parcels(None)
    if not parcel_ids:
        return None
    job_id = ws.printing.create_print_job(parcel_ids, "folder://" + str(out_dir.resolve()))
    ws.printing.run_print_job(job_id)
    return job_id


def print_and_confirm(ws: Workstation, out_dir: Path) -> None:
    """Every printable label into ``out_dir``, the batch confirmed as the user would: a folder
    cannot say it printed, so the parcels move to Scan only once someone says so."""
    job_id = _print_all(ws, out_dir)
    if job_id is not None:
        ws.printing.confirm_print_job(job_id)


def run_headless(ws: Workstation, simulator_url: str, out_dir: Path) -> dict[str, Any]:
    """The whole flow without a GUI: seed, sync, approve, waybills, print, scan, confirm."""
    out_dir.mkdir(parents=True, exist_ok=True)
    seed(ws, simulator_url)
    _pull(ws)
    approved = ws.orders.approve(None)
    ws.carriers.request_waybills(None)
    ws.outbox.run_until_idle()
    _print_all(ws, out_dir)
    # The marketplace may have cancelled an order after its label was made: pull before
    # scanning, as the bench does in the background, so the interception shows.
    _pull(ws)
    ws.outbox.run_until_idle()
    scans = []
    for parcel in ws.queues.parcels_summary():
        if parcel["tracking_number"]:
            verdict = ws.bench.scan(parcel["tracking_number"])
            scans.append({"code": parcel["tracking_number"], "verdict": verdict.kind, "message": verdict.message})
    ws.outbox.run_until_idle()
    parcels = ws.queues.parcels_summary()
    refs = ws.carriers.shipper_references([p["number"] for p in parcels]) if parcels else {}
    for parcel in parcels:
        label = out_dir / f"{parcel['number']}.zpl"
        parcel["label_file"] = str(label) if label.exists() else None
        parcel["carrier_reference"] = refs.get(parcel["number"])
    carrier = _ledger(simulator_url + "/carrier/_ledger")
    marketplace = _ledger(simulator_url + "/mp/_ledger")
    return {
        "orders": [
            {"number": o["number"], "queue": o["queue"], "status": o["status"], "reasons": o["reasons"]}
            for o in ws.queues.orders_summary()
        ],
        "approved": len(approved.approved),
        "parcels": parcels,
        "scans": scans,
        "queues": ws.queues.queue_counts(),
        "outbox": ws.sync.status().outbox,
        "installation": ws.sync.installation().id,  # the prefix of every reference sent (app.references)
        "simulator": {
            "shipments_per_reference": {ref: len(v) for ref, v in carrier.get("shipments", {}).items()},
            "live_shipments_per_reference": {
                ref: sum(1 for s in v if s.get("status") != "cancelled")
                for ref, v in carrier.get("shipments", {}).items()
            },
            # The marketplace's own record: one entry per package whose effect it applied,
            # with how many confirmation requests it received for it.
            "confirmations_per_package_reference": marketplace.get("confirmations", {}),
            "carrier_create_requests_per_reference": carrier.get("create_requests", {}),
        },
    }


@command(
    "demo",
    help="the whole flow against an embedded simulator",
    args=[
        arg("--headless", action="store_true", help="without a GUI; prints a JSON summary"),
        arg("--out", type=Path, help="folder for the printed labels (headless)"),
        arg(
            "--until",
            choices=STAGES,
            help="stop with the parcels waiting in this queue (keep the database with --db)",
        ),
        # Also accepted after the command word; the global --db stands when this is absent.
        arg("--db", metavar="URL", default=argparse.SUPPRESS, help="database URL to leave the demo in"),
        arg("--orders", type=int, default=60, metavar="N", help="orders the simulated marketplace holds"),
        arg("--faults", default=""),
    ],
)
def demo(args: argparse.Namespace) -> int:
    if not args.headless:
        raise InvalidInput("use `main.py --demo` for the GUI demo, or `demo --headless --out DIR`")
    if args.out is None and args.until is None:
        raise InvalidInput("demo --headless needs --out DIR for the printed labels")
    import tempfile

    from app.cli.common import workstation
    from app.cli.simulator import parse_faults
    from app.settings import Settings, default_db_url
    from app.simulator import Simulator

    if args.orders < 1:
        raise InvalidInput("--orders takes a number of orders, 1 or more")
    faults = parse_faults(args.faults)
    with (
        tempfile.TemporaryDirectory(prefix="shipbench-demo-") as tmp,
        Simulator(faults=faults, order_count=args.orders) as sim,
    ):
        db_url = args.db or default_db_url(Path(tmp))
        with workstation(Settings(db_url=db_url, data_dir=Path(tmp))) as ws:
            if args.until is not None:
                summary = run_until(ws, sim.url, args.until, args.out or Path(tmp) / "labels")
            else:
                summary = run_headless(ws, sim.url, args.out)
    print_json(summary)
    return 0
