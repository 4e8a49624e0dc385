"""The demo simulator speaks the marketplace and carrier shapes over real loopback sockets."""

from __future__ import annotations

import base64
import http.client
import json
import re
import socket
import urllib.error
import urllib.request
from collections.abc import Iterator
from typing import Any

import pytest

from app.simulator import Faults, Simulator
from app.simulator.catalog import BUNDLES, LEGACY_SKU, PRODUCTS, SENDER

TIMEOUT = 5


def call(sim: Simulator, method: str, path: str, body: Any = None) -> tuple[int, Any]:
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(sim.url + path, data=data, method=method)
    request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


@pytest.fixture
def sim() -> Iterator[Simulator]:
    with Simulator() as simulator:
        yield simulator


def pull_all(sim: Simulator, updated_after: str | None = None, limit: int = 7) -> list[dict]:
    orders: list[dict] = []
    token = None
    while True:
        query = f"/mp/orders?limit={limit}"
        if updated_after:
            query += f"&updated_after={updated_after}"
        if token:
            query += f"&page_token={token}"
        status, page = call(sim, "GET", query)
        assert status == 200
        orders += page["orders"]
        token = page["next_page_token"]
        if token is None:
            return orders


def parcel_request(reference: str, order: dict | None = None, **changes: Any) -> dict:
    ship_to = (order or {}).get("ship_to") or {"name": "Zoë Müller", "postcode": "10435", "country": "DE"}
    body = {
        "reference": reference,
        "service": "STD",
        "order_reference": (order or {}).get("number", "113-0000000-0000000"),
        "sender": SENDER,
        "recipient": {
            "name": ship_to["name"],
            "company": ship_to.get("company", ""),
            "lines": [ship_to.get("address1", "Schönhauser Allee 36")],
            "city": ship_to.get("city", "Berlin"),
            "region": ship_to.get("region", ""),
            "postcode": ship_to["postcode"],
            "country": ship_to["country"],
            "phone": ship_to.get("phone", ""),
        },
        "sku_summary": "2× MUG-BLU",
        "weight_grams": 450,
    }
    body.update(changes)
    return body


def confirmation(reference: str, tracking: str = "LP100000015CN") -> dict:
    return {"package_reference": reference, "carrier": "Demo Express", "tracking_number": tracking}


# -- marketplace ------------------------------------------------------------------------


def test_pagination_walks_every_order_once_in_updated_order(sim: Simulator) -> None:
    orders = pull_all(sim)

    ids = [order["id"] for order in orders]
    assert len(ids) == 60 and len(set(ids)) == 60
    keys = [(order["updated_at"], order["id"]) for order in orders]
    assert keys == sorted(keys)


def test_updated_after_is_inclusive_and_filters(sim: Simulator) -> None:
    everything = pull_all(sim, limit=100)
    cut = everything[30]["updated_at"]

    later = pull_all(sim, updated_after=cut)

    assert later and all(order["updated_at"] >= cut for order in later)
    assert {o["id"] for o in later} == {o["id"] for o in everything if o["updated_at"] >= cut}


def test_bad_query_and_unknown_route_answer_json(sim: Simulator) -> None:
    assert call(sim, "GET", "/mp/orders?updated_after=yesterday")[0] == 400
    assert call(sim, "GET", "/mp/orders?page_token=garbage!")[0] == 400
    status, body = call(sim, "GET", "/nowhere")
    assert (status, body["error"]) == (404, "not_found")
    assert call(sim, "GET", "/health") == (200, {"ok": True})


def test_malformed_json_is_a_bad_request(sim: Simulator) -> None:
    request = urllib.request.Request(sim.url + "/carrier/shipments", data=b"{not json", method="POST")
    with pytest.raises(urllib.error.HTTPError) as raised:
        urllib.request.urlopen(request, timeout=TIMEOUT)
    assert raised.value.code == 400
    assert json.loads(raised.value.read())["error"] == "bad_request"


def test_confirmation_is_idempotent_by_package_reference(sim: Simulator) -> None:
    first = call(sim, "POST", "/mp/orders/MP-10010/shipments", confirmation("P00000042"))
    again = call(sim, "POST", "/mp/orders/MP-10010/shipments", confirmation("P00000042"))

    assert first == (201, {"shipment_id": "MS-1", "duplicate": False})
    assert again == (200, {"shipment_id": "MS-1", "duplicate": True})
    entry = call(sim, "GET", "/mp/_ledger")[1]["confirmations"]["P00000042"]
    assert (entry["order_id"], entry["requests"], entry["shipment_id"]) == ("MP-10010", 2, "MS-1")
    assert call(sim, "GET", "/mp/orders/MP-10010")[1]["status"] == "shipped"


def test_partial_confirmation_ships_the_order_when_all_lines_are_covered(sim: Simulator) -> None:
    order = sim.marketplace.get_order("MP-10010")
    first, *rest = order["lines"]
    assert rest, "MP-10010 is a multi-line order"

    call(sim, "POST", "/mp/orders/MP-10010/shipments", {**confirmation("P1"), "lines": [first]})
    assert sim.marketplace.get_order("MP-10010")["status"] == "unshipped"
    call(sim, "POST", "/mp/orders/MP-10010/shipments", {**confirmation("P2"), "lines": rest})

    shipped = sim.marketplace.get_order("MP-10010")
    assert shipped["status"] == "shipped" and shipped["updated_at"] > order["updated_at"]


def test_confirmation_of_unknown_or_cancelled_order_is_refused(sim: Simulator) -> None:
    status, body = call(sim, "POST", "/mp/orders/MP-99999/shipments", confirmation("P1"))
    assert (status, body["error"]) == (404, "not_found")

    call(sim, "POST", "/mp/_admin/orders/MP-10020/cancel")
    status, body = call(sim, "POST", "/mp/orders/MP-10020/shipments", confirmation("P2"))
    assert (status, body["error"]) == (409, "order_cancelled")
    assert "P2" not in call(sim, "GET", "/mp/_ledger")[1]["confirmations"]


# -- carrier ----------------------------------------------------------------------------


def test_carrier_books_a_shipment_with_s10_tracking_and_zpl_label(sim: Simulator) -> None:
    status, shipment = call(sim, "POST", "/carrier/shipments", parcel_request("P00000042"))

    assert status == 201 and shipment["status"] == "created"
    tracking = shipment["tracking_number"]
    assert re.fullmatch(r"LP\d{9}CN", tracking)
    digits = [int(d) for d in tracking[2:10]]
    check = 11 - sum(d * w for d, w in zip(digits, (8, 6, 4, 2, 3, 5, 9, 7), strict=True)) % 11
    assert int(tracking[10]) == {10: 0, 11: 5}.get(check, check)
    zpl = base64.b64decode(shipment["label"]["data_base64"])
    assert shipment["label"]["format"] == "zpl" and zpl.startswith(b"^XA") and tracking.encode() in zpl
    assert call(sim, "GET", f"/carrier/shipments/{shipment['shipment_id']}/label")[1]["data_base64"]


def test_labels_print_for_every_destination_and_refuse_unprintable_references(sim: Simulator) -> None:
    by_country = {order["ship_to"]["country"]: order for order in pull_all(sim, limit=100)}

    for number, order in enumerate(by_country.values()):
        status, body = call(sim, "POST", "/carrier/shipments", parcel_request(f"P{number:08d}", order))
        assert status == 201, body

    status, body = call(sim, "POST", "/carrier/shipments", parcel_request("P 1^XA"))
    assert (status, body["error"]) == (422, "invalid_label")


def test_duplicate_reference_names_the_existing_shipment(sim: Simulator) -> None:
    _, first = call(sim, "POST", "/carrier/shipments", parcel_request("P00000042"))

    status, body = call(sim, "POST", "/carrier/shipments", parcel_request("P00000042"))

    assert status == 409 and body["error"] == "duplicate_reference"
    assert body["shipment_id"] == first["shipment_id"] and body["tracking_number"] == first["tracking_number"]
    assert first["shipment_id"] in body["message"]
    ledger = call(sim, "GET", "/carrier/_ledger")[1]
    assert ledger["create_requests"]["P00000042"] == 2 and len(ledger["shipments"]["P00000042"]) == 1


def test_lookup_by_reference_and_missing_address_fields(sim: Simulator) -> None:
    assert call(sim, "GET", "/carrier/shipments?reference=P404")[0] == 404
    _, created = call(sim, "POST", "/carrier/shipments", parcel_request("P7"))

    status, found = call(sim, "GET", "/carrier/shipments?reference=P7")

    assert status == 200 and found["shipment_id"] == created["shipment_id"] and "label" not in found
    bad = parcel_request("P8")
    bad["recipient"]["postcode"] = ""
    assert call(sim, "POST", "/carrier/shipments", bad) == (
        422,
        {"error": "invalid_address", "message": "recipient postcode is missing"},
    )


def test_cancelled_shipment_reference_can_be_booked_again(sim: Simulator) -> None:
    _, first = call(sim, "POST", "/carrier/shipments", parcel_request("P9"))
    assert call(sim, "POST", f"/carrier/shipments/{first['shipment_id']}/cancel")[1]["status"] == "cancelled"

    status, second = call(sim, "POST", "/carrier/shipments", parcel_request("P9"))

    assert status == 201 and second["tracking_number"] != first["tracking_number"]
    statuses = [s["status"] for s in call(sim, "GET", "/carrier/_ledger")[1]["shipments"]["P9"]]
    assert statuses == ["cancelled", "created"]


def test_label_for_the_scripted_order_cancels_it_at_the_next_pull(sim: Simulator) -> None:
    before = pull_all(sim, limit=100)
    previous_max = max(order["updated_at"] for order in before)
    scripted_id = call(sim, "GET", "/mp/_ledger")[1]["cancel_after_label"]
    scripted = next(order for order in before if order["id"] == scripted_id)
    assert scripted["status"] == "unshipped"

    call(sim, "POST", "/carrier/shipments", parcel_request("P00000050", scripted))
    changed = pull_all(sim, updated_after=previous_max)

    cancelled = next(order for order in changed if order["id"] == scripted_id)
    assert cancelled["status"] == "cancelled" and cancelled["updated_at"] > previous_max


# -- faults and the line going down -------------------------------------------------------


def test_error_fault_answers_503_before_acting(sim: Simulator) -> None:
    sim.faults = Faults(error_rate=1.0)

    status, body = call(sim, "POST", "/mp/orders/MP-10010/shipments", confirmation("P1"))

    assert (status, body["error"]) == (503, "unavailable")
    assert call(sim, "GET", "/mp/_ledger")[1]["requests"] == {}


def test_rate_limit_fault_answers_429_with_retry_after(sim: Simulator) -> None:
    sim.faults = Faults.parse("rate_limit=1,retry_after=2s")

    with pytest.raises(urllib.error.HTTPError) as raised:
        urllib.request.urlopen(sim.url + "/mp/orders", timeout=TIMEOUT)

    assert raised.value.code == 429 and raised.value.headers["Retry-After"] == "2"


def test_lost_response_acts_but_never_answers(sim: Simulator) -> None:
    sim.faults = Faults(lost_response_rate=1.0)

    with pytest.raises((http.client.RemoteDisconnected, ConnectionError, urllib.error.URLError)):
        call(sim, "POST", "/carrier/shipments", parcel_request("P00000042"))

    sim.faults = Faults()
    assert call(sim, "GET", "/carrier/shipments?reference=P00000042")[0] == 200
    assert len(call(sim, "GET", "/carrier/_ledger")[1]["shipments"]["P00000042"]) == 1


def test_fault_spec_parsing() -> None:
    faults = Faults.parse("latency=200ms,error=0.2,lost_response=0.1")
    assert (faults.latency_ms, faults.error_rate, faults.lost_response_rate) == (200, 0.2, 0.1)
    assert Faults.parse("") == Faults()
    for bad in ("error=2", "latency=fast", "typo=1", "error"):
        with pytest.raises(ValueError):
            Faults.parse(bad)


def test_stop_refuses_connections_and_start_resumes_with_state() -> None:
    sim = Simulator(order_count=10).start()
    try:
        call(sim, "POST", "/mp/orders/MP-10002/shipments", confirmation("P1"))
        url = sim.url
        sim.stop()
        with pytest.raises(ConnectionRefusedError):
            socket.create_connection((sim.host, sim.port), timeout=TIMEOUT)
        with pytest.raises(urllib.error.URLError):
            call(sim, "GET", "/health")

        sim.start()

        assert sim.url == url
        assert "P1" in call(sim, "GET", "/mp/_ledger")[1]["confirmations"]
    finally:
        sim.stop()


def test_a_new_simulator_can_take_over_a_stopped_port() -> None:
    first = Simulator(order_count=5).start()
    port = first.port
    call(first, "GET", "/health")
    first.stop()

    with Simulator(port=port, order_count=5) as second:
        assert call(second, "GET", "/health") == (200, {"ok": True})


# -- seed and catalogue -----------------------------------------------------------------


def ean13_valid(code: str) -> bool:
    digits = [int(d) for d in code]
    total = sum(d * (3 if i % 2 else 1) for i, d in enumerate(digits[:12]))
    return len(code) == 13 and (10 - total % 10) % 10 == digits[12]


def test_seed_is_realistic_and_pairs_with_the_catalogue(sim: Simulator) -> None:
    orders = pull_all(sim, limit=100)
    skus = {line["sku"] for order in orders for line in order["lines"]}
    warehouse = {sku for sku, _name, _ean, _weight in PRODUCTS}

    assert len(orders) >= 50
    assert len({order["ship_to"]["country"] for order in orders}) >= 5
    assert any(re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", json.dumps(o, ensure_ascii=False)) for o in orders)
    assert any(len(order["lines"]) > 1 for order in orders)
    assert any(line["quantity"] > 1 for order in orders for line in order["lines"])
    assert skus - warehouse == {"BUNDLE-MUG-SET", LEGACY_SKU}
    assert all(sku in warehouse for parts in BUNDLES.values() for sku, _qty in parts)
    assert 8 <= len(PRODUCTS) <= 12 and all(ean13_valid(ean) for _sku, _n, ean, _w in PRODUCTS)


def test_seed_is_repeatable() -> None:
    one, two = Simulator(order_count=20), Simulator(order_count=20)
    assert one.marketplace.get_order("MP-10015") == two.marketplace.get_order("MP-10015")
