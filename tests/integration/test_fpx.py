"""4PX connector against the simulator's 4PX open-platform face (real HTTP on loopback)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.connectors import registry
from app.connectors.base import DuplicateReference
from app.connectors.fpx import FpxConnector
from app.errors import InvalidInput, RemoteOutcomeUnknown, RemoteRejected
from app.simulator import Simulator
from app.simulator.platforms import fpx as face
from tests.integration.test_carrier_labels import label_barcodes, sample_request
from tests.integration.test_yunexpress import admin, ledger, live


@pytest.fixture
def sim() -> Iterator[Simulator]:
    with Simulator(seed_orders=False) as simulator:
        yield simulator


@pytest.fixture
def fpx(sim: Simulator) -> FpxConnector:
    return registry.carrier("4px", sim.url, {}, {"app_key": face.APP_KEY, "app_secret": face.APP_SECRET})  # type: ignore[return-value]


def test_a_signed_order_is_booked_with_customs_and_ioss_and_its_label_scans(fpx: FpxConnector, sim: Simulator) -> None:
    shipment = fpx.create_shipment(sample_request("P-000201", "PX"))

    assert shipment.shipment_id.startswith("4PX") and shipment.tracking_number.startswith("LP")
    assert shipment.label_format == "pdf"
    assert shipment.tracking_number in label_barcodes("pdf", shipment.label_data)
    booked = sim.carrier.notes(sim.carrier.find_live("P-000201")["shipment_id"])["request"]  # type: ignore[index]
    assert booked["ioss_no"] == "IM2760000742"
    parcel = booked["parcel_list"][0]
    assert parcel["weight"] == 740 and parcel["parcel_value"] == 22.9
    assert [
        (d["declare_product_name_en"], d["declare_product_name_cn"], d["hscode_export"], d["declare_product_code_qty"])
        for d in parcel["declare_product_info"]
    ] == [("Ceramic mug", "陶瓷杯", "691200", 2), ("Cotton T-shirt", "棉T恤", "610910", 1)]
    assert booked["recipient_info"]["post_code"] == "10115"


def test_lookup_duplicate_and_cancel(fpx: FpxConnector, sim: Simulator) -> None:
    first = fpx.create_shipment(sample_request("P-000202", "A1"))
    found = fpx.find_shipment("P-000202")
    assert found is not None and found.shipment_id == first.shipment_id and found.label_data.startswith(b"%PDF")
    assert fpx.find_shipment("P-NOPE") is None

    with pytest.raises(DuplicateReference) as caught:
        fpx.create_shipment(sample_request("P-000202", "A1"))
    assert caught.value.shipment_id == first.shipment_id
    assert len(live(sim, "P-000202")) == 1

    fpx.cancel_shipment(first.shipment_id)
    fpx.cancel_shipment(first.shipment_id)
    assert fpx.find_shipment("P-000202") is None
    assert live(sim, "P-000202") == []


def test_a_parcel_handed_over_cannot_be_cancelled_and_says_why(fpx: FpxConnector, sim: Simulator) -> None:
    shipment = fpx.create_shipment(sample_request("P-000203", "PX"))
    admin(
        sim,
        "/carrier/_faces/track_event",
        {"reference": "P-000203", "status": "in_transit", "description": "Handed over"},
    )

    with pytest.raises(RemoteRejected, match="4PX refused parcel 4PX.*intercept"):
        fpx.cancel_shipment(shipment.shipment_id)


def test_label_not_ready_then_ready_and_tracking(fpx: FpxConnector, sim: Simulator) -> None:
    admin(sim, "/carrier/_faces/label_delay", {"polls": 1})
    shipment = fpx.create_shipment(sample_request("P-000204", "PX"))
    assert shipment.label_data == b""
    fmt, data = fpx.get_label(shipment.shipment_id)  # type: ignore[misc]
    assert shipment.tracking_number in label_barcodes(fmt, data)

    admin(
        sim, "/carrier/_faces/track_event", {"reference": "P-000204", "status": "delivered", "description": "Delivered"}
    )
    assert [e.status for e in fpx.track(shipment.tracking_number)] == ["info_received", "delivered"]


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        (
            {"recipient": {"name": "A B", "lines": ["x 1"], "city": "Berlin", "postcode": "", "country": "DE"}},
            "check the postcode",
        ),
        ({"customs": ()}, "check the customs lines"),
        ({"tax_ids": {"IOSS": "XX"}}, "check the IOSS number"),
        ({"service": "ZZ"}, "check the shipping method"),
    ],
)
def test_a_refusal_says_what_the_seller_must_fix(fpx: FpxConnector, changes: dict, words: str) -> None:
    with pytest.raises(RemoteRejected) as caught:
        fpx.create_shipment(sample_request("P-000205", **{"service": "PX", **changes}))
    assert words in str(caught.value) and "4PX refused parcel P-000205" in str(caught.value)


def test_a_wrong_secret_fails_the_signature_check(sim: Simulator) -> None:
    wrong = FpxConnector(sim.url, app_key=face.APP_KEY, app_secret="wrong-secret")
    with pytest.raises(RemoteRejected, match="check the carrier account's API keys") as caught:
        wrong.test_connection()
    assert "wrong-secret" not in str(caught.value)


def test_a_lost_answer_is_looked_up_and_finds_the_one_shipment(fpx: FpxConnector, sim: Simulator) -> None:
    sim.faults.lost_response_rate = 1.0
    with pytest.raises(RemoteOutcomeUnknown):
        fpx.create_shipment(sample_request("P-000206", "PX"))
    sim.faults.lost_response_rate = 0.0

    found = fpx.find_shipment("P-000206")
    assert found is not None and found.label_data.startswith(b"%PDF")
    assert len(live(sim, "P-000206")) == 1 and ledger(sim)["create_requests"]["P-000206"] == 1


def test_the_registry_needs_the_keys() -> None:
    with pytest.raises(InvalidInput, match="app key"):
        registry.carrier("4px", "", {}, {})
    assert registry.carrier("4px", "", {}, {"app_key": "k", "app_secret": "s"}).http.base_url == "https://open.4px.com"  # type: ignore[attr-defined]
