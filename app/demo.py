"""Demo mode: a throwaway workstation wired to the built-in simulator, and the headless flow."""

from __future__ import annotations

import json
import urllib.request
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app import stock
from app.simulator.catalog import BUNDLES, PRODUCTS, SENDER
from app.workstation import Workstation
from db.models import CarrierAccount, Product, ProductBarcode, Setting, ShippingMethod, Shop, SkuPairing

DEMO_SHOP = "Demo Marketplace"
DEMO_CARRIER = "Demo Express"
OPENING_STOCK = 200
# Customs tariff numbers of the demo products (the sender is in CN: every parcel is cross-border).
DEMO_HS_CODES = {
    "MUG-BLU": "691200", "MUG-RED": "691200", "MUG-WHT": "691200", "COASTER-4": "450390",
    "TEA-GRN-100": "090210", "NOTEBOOK-A5": "482010", "PEN-GEL-BLK": "960810", "LAMP-USB": "940520",
    "CABLE-USBC-1M": "854442", "TSHIRT-M-BLK": "610910",
}


def seed(ws: Workstation, simulator_url: str) -> None:
    """Warehouse catalogue, opening stock, one shop and one carrier pointing at the simulator."""
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
        s.merge(Setting(key="sender", value=dict(SENDER)))
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


def _ledger(url: str) -> dict[str, Any]:
    with urllib.request.urlopen(url, timeout=10) as resp:
        return json.loads(resp.read())


def _pull(ws: Workstation, tries: int = 10) -> None:
    """Pull until every shop answered (the simulator may be running with faults)."""
    for _ in range(tries):
        if all(r.get("ok") for r in ws.pull().values()):
            return


def run_headless(ws: Workstation, simulator_url: str, out_dir: Path) -> dict[str, Any]:
    """The whole flow without a GUI: seed, sync, approve, waybills, print, scan, confirm."""
    out_dir.mkdir(parents=True, exist_ok=True)
    seed(ws, simulator_url)
    _pull(ws)
    approved = ws.approve(None)
    ws.request_waybills(None)
    ws.runner.run_until_idle()
    printer_uri = "folder://" + str(out_dir.resolve())
    parcel_ids = ws.printable_parcels(None)
    if parcel_ids:
        job_id = ws.create_print_job(parcel_ids, printer_uri)
        ws.run_print_job(job_id)
    # The marketplace may have cancelled an order after its label was made: pull before
    # scanning, as the bench does in the background, so the interception shows.
    _pull(ws)
    ws.runner.run_until_idle()
    scans = []
    for parcel in ws.parcels_summary():
        if parcel["tracking_number"]:
            verdict = ws.scan(parcel["tracking_number"])
            scans.append({"code": parcel["tracking_number"], "verdict": verdict.kind, "message": verdict.message})
    ws.runner.run_until_idle()
    parcels = ws.parcels_summary()
    for parcel in parcels:
        label = out_dir / f"{parcel['number']}.zpl"
        parcel["label_file"] = str(label) if label.exists() else None
    carrier = _ledger(simulator_url + "/carrier/_ledger")
    marketplace = _ledger(simulator_url + "/mp/_ledger")
    return {
        "orders": [
            {"number": o["number"], "queue": o["queue"], "status": o["status"], "reasons": o["reasons"]}
            for o in ws.orders_summary()
        ],
        "approved": len(approved.approved),
        "parcels": parcels,
        "scans": scans,
        "queues": ws.queue_counts(),
        "outbox": ws.status().outbox,
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
