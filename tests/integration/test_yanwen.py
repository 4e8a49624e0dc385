"""Yanwen connector against the simulator's Yanwen open-API face (real HTTP on loopback)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.connectors import registry
from app.connectors.base import DuplicateReference
from app.connectors.yanwen import YanwenConnector
from app.errors import InvalidInput, RemoteOutcomeUnknown, RemoteRejected
from app.simulator import Simulator
from app.simulator.platforms import yanwen as face
from tests.integration.test_carrier_labels import label_barcodes, sample_request
from tests.integration.test_yunexpress import admin, ledger, live


@pytest.fixture
def sim() -> Iterator[Simulator]:
    with Simulator(seed_orders=False) as simulator:
        yield simulator


@pytest.fixture
def yanwen(sim: Simulator) -> YanwenConnector:
    return registry.carrier("yanwen", sim.url, {"user_id": face.USER_ID}, {"api_token": face.API_TOKEN})  # type: ignore[return-value]


def test_a_signed_order_is_booked_and_its_base64_pdf_label_scans(yanwen: YanwenConnector, sim: Simulator) -> None:
    shipment = yanwen.create_shipment(sample_request("P-000301", "481"))

    assert shipment.shipment_id == shipment.tracking_number
    assert shipment.label_format == "pdf"
    assert shipment.tracking_number in label_barcodes("pdf", shipment.label_data)
    booked = sim.carrier.notes(sim.carrier.find_live("P-000301")["shipment_id"])["request"]  # type: ignore[index]
    parcel = booked["parcelInfo"]
    assert (parcel["ioss"], parcel["totalWeight"], parcel["totalQuantity"], parcel["totalPrice"]) == (
        "IM2760000742",
        740,
        3,
        22.9,
    )
    assert [(p["goodsNameEn"], p["goodsNameCh"], p["hscode"]) for p in parcel["productList"]] == [
        ("Ceramic mug", "陶瓷杯", "691200"),
        ("Cotton T-shirt", "棉T恤", "610910"),
    ]
    assert booked["receiverInfo"]["address"] == "Hauptstraße 5 2. OG"


def test_lookup_duplicate_and_cancel(yanwen: YanwenConnector, sim: Simulator) -> None:
    first = yanwen.create_shipment(sample_request("P-000302", "482"))
    found = yanwen.find_shipment("P-000302")
    assert found is not None and found.shipment_id == first.shipment_id
    assert yanwen.find_shipment("P-NOPE") is None

    with pytest.raises(DuplicateReference) as caught:
        yanwen.create_shipment(sample_request("P-000302", "482"))
    assert caught.value.shipment_id == first.shipment_id

    yanwen.cancel_shipment(first.shipment_id)
    yanwen.cancel_shipment(first.shipment_id)
    assert yanwen.find_shipment("P-000302") is None
    assert live(sim, "P-000302") == []


def test_label_not_ready_then_ready_and_tracking(yanwen: YanwenConnector, sim: Simulator) -> None:
    admin(sim, "/carrier/_faces/label_delay", {"polls": 1})
    shipment = yanwen.create_shipment(sample_request("P-000303", "481"))
    assert shipment.label_data == b""
    fmt, data = yanwen.get_label(shipment.shipment_id)  # type: ignore[misc]
    assert shipment.tracking_number in label_barcodes(fmt, data)

    admin(
        sim,
        "/carrier/_faces/track_event",
        {"reference": "P-000303", "status": "in_transit", "description": "Arrived at Beijing hub"},
    )
    assert [(e.status, e.description) for e in yanwen.track(shipment.tracking_number)] == [
        ("info_received", "Shipment information received"),
        ("in_transit", "Arrived at Beijing hub"),
    ]


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        (
            {
                "recipient": {
                    "name": "A B",
                    "lines": ["x 1"],
                    "city": "Berlin",
                    "postcode": "",
                    "country": "DE",
                    "phone": "1",
                }
            },
            "check the postcode",
        ),
        (
            {"recipient": {"name": "A B", "lines": ["x 1"], "city": "Berlin", "postcode": "10115", "country": "DE"}},
            "check the recipient's phone",
        ),
        ({"customs": ()}, "check the customs lines"),
        ({"service": "999"}, "check the shipping method"),
    ],
)
def test_a_refusal_says_what_the_seller_must_fix(yanwen: YanwenConnector, changes: dict, words: str) -> None:
    with pytest.raises(RemoteRejected) as caught:
        yanwen.create_shipment(sample_request("P-000304", **{"service": "481", **changes}))
    assert words in str(caught.value) and "Yanwen refused parcel P-000304" in str(caught.value)


def test_a_wrong_token_fails_the_signature_check(sim: Simulator) -> None:
    wrong = YanwenConnector(sim.url, user_id=face.USER_ID, api_token="WRONGTOKEN")
    with pytest.raises(RemoteRejected, match="check the carrier account's API keys") as caught:
        wrong.test_connection()
    assert "WRONGTOKEN" not in str(caught.value)


def test_a_lost_answer_is_looked_up_and_finds_the_one_shipment(yanwen: YanwenConnector, sim: Simulator) -> None:
    sim.faults.lost_response_rate = 1.0
    with pytest.raises(RemoteOutcomeUnknown):
        yanwen.create_shipment(sample_request("P-000305", "481"))
    sim.faults.lost_response_rate = 0.0

    found = yanwen.find_shipment("P-000305")
    assert found is not None and found.label_data.startswith(b"%PDF")
    assert len(live(sim, "P-000305")) == 1 and ledger(sim)["create_requests"]["P-000305"] == 1


def test_the_registry_needs_the_keys() -> None:
    with pytest.raises(InvalidInput, match="user id"):
        registry.carrier("yanwen", "", {}, {})
    assert (
        registry.carrier("yanwen", "", {"user_id": "1"}, {"api_token": "t"}).http.base_url == "https://open.yw56.com.cn"
    )  # type: ignore[attr-defined]
