"""YunExpress connector against the simulator's YunExpress face (real HTTP on loopback)."""

from __future__ import annotations

import json
import urllib.request
from collections.abc import Iterator

import pytest

from app.connectors import registry
from app.connectors.base import DuplicateReference
from app.connectors.yunexpress import YunExpressConnector
from app.errors import InvalidInput, RemoteOutcomeUnknown, RemoteRejected
from app.simulator import Simulator
from app.simulator.platforms import yunexpress as face
from tests.integration.test_carrier_labels import label_barcodes, sample_request


@pytest.fixture
def sim() -> Iterator[Simulator]:
    with Simulator(seed_orders=False) as simulator:
        yield simulator


@pytest.fixture
def yun(sim: Simulator) -> YunExpressConnector:
    return registry.carrier(  # type: ignore[return-value]
        "yunexpress", sim.url, {"customer_code": face.CUSTOMER_CODE}, {"api_secret": face.API_SECRET}
    )


def admin(sim: Simulator, path: str, body: dict) -> dict:
    req = urllib.request.Request(
        sim.url + path, data=json.dumps(body).encode(), method="POST", headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(req, timeout=5) as resp:
        return json.loads(resp.read())


def ledger(sim: Simulator) -> dict:
    with urllib.request.urlopen(f"{sim.url}/carrier/_ledger", timeout=5) as resp:
        return json.loads(resp.read())


def live(sim: Simulator, reference: str) -> list[dict]:
    return [s for s in ledger(sim)["shipments"].get(reference, []) if s["status"] != "cancelled"]


def test_a_parcel_is_booked_with_its_customs_lines_and_a_label_that_scans(
    yun: YunExpressConnector, sim: Simulator
) -> None:
    shipment = yun.create_shipment(sample_request("P-000101", "THPHR"))

    assert shipment.reference == "P-000101"
    assert shipment.shipment_id.startswith("YT") and shipment.tracking_number.startswith("LP")
    assert shipment.label_format == "pdf"
    assert shipment.tracking_number in label_barcodes(shipment.label_format, shipment.label_data)
    booked = sim.carrier.notes(sim.carrier.find_live("P-000101")["shipment_id"])["request"]  # type: ignore[index]
    assert booked["IossCode"] == "IM2760000742"
    assert booked["Weight"] == 0.74
    assert booked["Receiver"]["Zip"] == "10115" and booked["Receiver"]["StreetAddress1"] == "2. OG"
    assert [(p["EName"], p["CName"], p["HSCode"], p["Quantity"], p["UnitPrice"]) for p in booked["Parcels"]] == [
        ("Ceramic mug", "陶瓷杯", "691200", 2, 6.5),
        ("Cotton T-shirt", "棉T恤", "610910", 1, 9.9),
    ]


def test_the_shipment_is_found_by_parcel_number(yun: YunExpressConnector) -> None:
    booked = yun.create_shipment(sample_request("P-000102", "THZXR"))

    found = yun.find_shipment("P-000102")
    assert found is not None
    assert (found.shipment_id, found.tracking_number) == (booked.shipment_id, booked.tracking_number)
    assert found.label_data.startswith(b"%PDF")
    assert yun.find_shipment("P-NOT-BOOKED") is None


def test_booking_the_same_parcel_again_names_the_existing_shipment(yun: YunExpressConnector, sim: Simulator) -> None:
    first = yun.create_shipment(sample_request("P-000103", "THPHR"))

    with pytest.raises(DuplicateReference) as caught:
        yun.create_shipment(sample_request("P-000103", "THPHR"))
    assert caught.value.shipment_id == first.shipment_id
    assert len(live(sim, "P-000103")) == 1


def test_a_cancelled_waybill_is_gone_and_the_parcel_can_be_booked_again(
    yun: YunExpressConnector, sim: Simulator
) -> None:
    first = yun.create_shipment(sample_request("P-000104", "THPHR"))
    yun.cancel_shipment(first.shipment_id)
    yun.cancel_shipment(first.shipment_id)  # voiding twice is harmless

    assert yun.find_shipment("P-000104") is None
    second = yun.create_shipment(sample_request("P-000104", "THPHR"))
    assert second.shipment_id != first.shipment_id
    assert [s["status"] for s in ledger(sim)["shipments"]["P-000104"]] == ["cancelled", "created"]


def test_a_parcel_already_received_is_intercepted_instead_of_deleted(yun: YunExpressConnector, sim: Simulator) -> None:
    shipment = yun.create_shipment(sample_request("P-000105", "THPHR"))
    admin(
        sim,
        "/carrier/_faces/track_event",
        {"reference": "P-000105", "status": "in_transit", "description": "Received at Shenzhen hub"},
    )

    yun.cancel_shipment(shipment.shipment_id)

    assert live(sim, "P-000105") == []


def test_a_label_not_ready_yet_is_none_then_arrives(yun: YunExpressConnector, sim: Simulator) -> None:
    admin(sim, "/carrier/_faces/label_delay", {"polls": 2})

    shipment = yun.create_shipment(sample_request("P-000106", "THPHR"))  # asks once: not ready
    assert shipment.label_data == b"" and shipment.tracking_number
    assert yun.get_label(shipment.shipment_id) is None
    fmt, data = yun.get_label(shipment.shipment_id)  # type: ignore[misc]
    assert fmt == "pdf" and shipment.tracking_number in label_barcodes(fmt, data)


def test_tracking_events_come_back_oldest_first(yun: YunExpressConnector, sim: Simulator) -> None:
    shipment = yun.create_shipment(sample_request("P-000107", "THPHR"))
    admin(
        sim,
        "/carrier/_faces/track_event",
        {
            "reference": "P-000107",
            "status": "in_transit",
            "description": "Departed Shenzhen",
            "location": "Shenzhen, CN",
        },
    )

    events = yun.track(shipment.tracking_number)

    assert [(e.status, e.description) for e in events] == [
        ("info_received", "Shipment information received"),
        ("in_transit", "Departed Shenzhen"),
    ]
    assert events[1].location == "Shenzhen, CN"


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        (
            {"recipient": {"name": "A B", "lines": ["x 1"], "city": "Berlin", "postcode": "", "country": "DE"}},
            "check the postcode",
        ),
        (
            {"recipient": {"name": "A B", "lines": ["x 1"], "city": "Berlin", "postcode": "10115!", "country": "DE"}},
            "check the postcode",
        ),
        ({"weight_grams": 0}, "check the parcel weight"),
        ({"weight_grams": 31_000}, "check the parcel weight"),
        ({"customs": ()}, "check the customs lines"),
        ({"tax_ids": {"IOSS": "DE123"}}, "check the IOSS number"),
        ({"service": "NOPE"}, "check the shipping method"),
    ],
)
def test_a_refusal_says_what_the_seller_must_fix(
    yun: YunExpressConnector, sim: Simulator, changes: dict, words: str
) -> None:
    with pytest.raises(RemoteRejected) as caught:
        yun.create_shipment(sample_request("P-000108", **{"service": "THPHR", **changes}))

    assert words in str(caught.value)
    assert "YunExpress refused parcel P-000108" in str(caught.value)
    assert caught.value.retryable is False
    assert "P-000108" not in ledger(sim)["shipments"]


def test_wrong_credentials_are_reported_without_the_secret(sim: Simulator) -> None:
    wrong = YunExpressConnector(sim.url, customer_code=face.CUSTOMER_CODE, api_secret="not-the-secret")

    with pytest.raises(RemoteRejected) as caught:
        wrong.test_connection()
    assert "not-the-secret" not in str(caught.value)
    assert "401" in str(caught.value) or "credentials" in str(caught.value)


def test_a_lost_answer_is_looked_up_and_finds_the_one_shipment(yun: YunExpressConnector, sim: Simulator) -> None:
    sim.faults.lost_response_rate = 1.0
    with pytest.raises(RemoteOutcomeUnknown):
        yun.create_shipment(sample_request("P-000109", "THPHR"))
    sim.faults.lost_response_rate = 0.0

    found = yun.find_shipment("P-000109")

    assert found is not None and found.label_format == "pdf"
    assert [s["shipment_id"] for s in live(sim, "P-000109")] == ["CS-1"]
    assert ledger(sim)["create_requests"]["P-000109"] == 1


def test_the_registry_needs_the_account_keys() -> None:
    with pytest.raises(InvalidInput, match="customer code"):
        registry.carrier("yunexpress", "", {}, {})
    built = registry.carrier("yunexpress", "", {"customer_code": "C1"}, {"api_secret": "s"})
    assert isinstance(built, YunExpressConnector) and built.http.base_url == "http://oms.api.yunexpress.com"


def test_a_connection_test_with_good_keys_says_so(yun: YunExpressConnector) -> None:
    assert face.CUSTOMER_CODE in yun.test_connection()
