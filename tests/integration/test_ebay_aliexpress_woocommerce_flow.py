"""A shop of each kind (eBay, AliExpress, WooCommerce) from pull to confirmed, on the real stack.

The workstation runs as in production: the shop's connector comes from the registry, its
secrets from the credential store (a stand-in for the OS keyring here), its requests go
to the simulator's platform face on loopback.
"""

from __future__ import annotations

import json
import urllib.request

import pytest
from sqlalchemy import select

from app import credentials
from app.simulator.platforms import aliexpress as aliexpress_face
from db.models import OutboxJob, Shop

SECRETS = {
    "ebay": {"client_id": "Shipbenc-demo-PRD", "client_secret": "PRD-5ec7e7", "refresh_token": "v^1.1#i^1#r^1"},
    "aliexpress": {
        "app_key": aliexpress_face.DEMO_APP_KEY,
        "app_secret": aliexpress_face.DEMO_APP_SECRET,
        "refresh_token": "50001600a1b2c3",
    },
    "woocommerce": {"consumer_key": "ck_4f1d2e3c", "consumer_secret": "cs_9a8b7c6d"},
}


def ledger(sim) -> dict:  # type: ignore[no-untyped-def]
    with urllib.request.urlopen(f"{sim.url}/mp/_ledger", timeout=5) as resp:
        return json.loads(resp.read())["confirmations"]


@pytest.fixture(params=["ebay", "aliexpress", "woocommerce"])
def shop_kind(request, workstation, monkeypatch):  # type: ignore[no-untyped-def]
    kind = request.param
    with workstation.db.uow() as uow:
        shop = uow.session.scalar(select(Shop))
        shop.marketplace = kind
        shop.settings = {"rate_limit": {"per_second": 200, "burst": 200}}
        uow.commit()
    monkeypatch.setattr(credentials, "load", lambda what, account_id: dict(SECRETS[kind]) if what == "shop" else {})
    return kind


def test_a_shop_is_pulled_shipped_and_confirmed_exactly_once(workstation, simulator, shop_kind, tmp_path) -> None:
    ws = workstation
    report = ws.sync.pull()["Demo Marketplace"]
    assert report["ok"] is True, report
    review = ws.queues.orders_summary("review")
    assert any(o["reasons"] == ["payment not cleared"] for o in review)  # the unpaid order
    result = ws.orders.approve(None)
    assert len(result.approved) >= 45

    ws.carriers.request_waybills(None)
    ws.outbox.run_until_idle()
    job = ws.printing.create_print_job(ws.printing.printable_parcels(None)[:4], "folder://" + str(tmp_path / "labels"))
    assert ws.printing.run_print_job(job).status == "sent"  # a one-way printer cannot say what printed
    assert ws.printing.confirm_print_job(job).status == "done"  # the user saw the labels come out
    printed = [p for p in ws.queues.parcels_summary() if p["state"] == "printed"]
    assert len(printed) == 4

    # Every confirmation's answer is lost on the first try: each is looked up, never sent twice.
    simulator.faults.lost_response_rate = 1.0
    assert [ws.bench.scan(p["tracking_number"]).kind for p in printed] == ["shipped"] * 4
    ws.outbox.run_due()
    with ws.db.reader() as uow:
        states = uow.session.scalars(select(OutboxJob.state).where(OutboxJob.kind == "confirm_shipment")).all()
    assert states and set(states) <= {"unknown", "pending"}
    simulator.faults.lost_response_rate = 0.0
    ws.outbox.run_until_idle()

    confirmations = ledger(simulator)
    # WooCommerce keeps our package reference; eBay and AliExpress know the package by its tracking number.
    code = ws.sync.installation().id
    for parcel in printed:
        parcel["reference"] = code + parcel["number"]
    key = "reference" if shop_kind == "woocommerce" else "tracking_number"
    assert set(confirmations) == {p[key] for p in printed}
    for parcel in printed:
        entry = confirmations[parcel[key]]
        assert entry["tracking_number"] == parcel["tracking_number"]
        assert entry["requests"] == 1
    summary = {p["number"]: p for p in ws.queues.parcels_summary()}
    assert all(summary[p["number"]]["confirmed"] for p in printed)

    # The shipped orders come back as shipped on the next pull, without a second confirmation.
    assert ws.sync.pull()["Demo Marketplace"]["ok"] is True
    assert ledger(simulator) == confirmations
