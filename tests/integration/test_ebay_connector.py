"""The eBay connector against the simulator's eBay face (OAuth, getOrders, fulfillments)."""

from __future__ import annotations

import json
import urllib.request
from collections.abc import Iterator

import pytest

from app.connectors import registry
from app.connectors.base import ConfirmedLine
from app.connectors.ebay import EbayMarketplace
from app.connectors.http import RemoteAuthFailed, RemoteThrottled
from app.errors import RemoteOutcomeUnknown, RemoteRejected
from app.simulator import Simulator
from app.simulator.platforms import ebay as face
from app.simulator.server import Faults

SECRETS = {"client_id": "Shipbenc-demo-PRD-1a2b", "client_secret": "PRD-5ec7e7", "refresh_token": "v^1.1#i^1#r^1#f^0"}


def ledger(sim: Simulator) -> dict:
    with urllib.request.urlopen(f"{sim.url}/mp/_ledger", timeout=5) as resp:
        return json.loads(resp.read())["confirmations"]


@pytest.fixture
def sim() -> Iterator[Simulator]:
    with Simulator(order_count=230) as simulator:
        yield simulator


def connector(sim: Simulator, **settings: object) -> EbayMarketplace:
    built = registry.marketplace("ebay", sim.url, settings, SECRETS)
    assert isinstance(built, EbayMarketplace)
    return built


def test_every_order_arrives_over_many_pages_oldest_change_first(sim) -> None:
    ebay = connector(sim, page_size=20)
    pages = list(ebay.pull_orders(None))
    orders = [o for page in pages for o in page]
    assert len(pages) >= 11
    assert len(orders) == len({o.id for o in orders}) == 230
    stamps = [(o.updated_at, o.id) for o in orders]
    assert stamps == sorted(stamps)
    cancelled = next(o for o in orders if o.id == "MP-10005")
    assert cancelled.status == "cancelled"
    unpaid = next(o for o in orders if o.id == "MP-10006")
    assert unpaid.paid_at is None


def test_an_incremental_pull_brings_only_what_changed(sim) -> None:
    ebay = connector(sim)
    orders = [o for page in ebay.pull_orders(None) for o in page]
    cursor = max(o.updated_at for o in orders)
    sim.marketplace.cancel_order("MP-10010")
    changed = [o for page in ebay.pull_orders(cursor) for o in page]
    assert "MP-10010" in {o.id for o in changed}
    assert len(changed) <= 3  # the change, and at most the orders stamped at the cursor itself
    assert next(o for o in changed if o.id == "MP-10010").status == "cancelled"


def test_payment_hold_ship_by_and_note_from_the_face(sim) -> None:
    order = sim.marketplace.get_order("MP-10020")
    order.update(
        id="MP-20001",
        payment_hold_until="2099-01-02T03:04:05.000Z",
        ship_by="2099-01-01T00:00:00.000Z",
        buyer_note="Leave at the door",
    )
    sim.marketplace.add_order(order)
    got = next(o for page in connector(sim).pull_orders(None) for o in page if o.id == "MP-20001")
    assert got.payment_hold_until is not None and got.payment_hold_until.isoformat() == "2099-01-02T03:04:05+00:00"
    assert got.ship_by is not None and got.ship_by.year == 2099
    assert got.buyer_note == "Leave at the door"
    assert sum(ln.unit_price * ln.quantity for ln in got.lines) == got.total


def test_confirmation_is_recorded_once_even_when_the_answer_is_lost(sim) -> None:
    ebay = connector(sim)
    order = next(o for page in ebay.pull_orders(None) for o in page if o.id == "MP-10001")
    lines = [ConfirmedLine(ln.line_id, ln.quantity) for ln in order.lines]
    assert ebay.find_shipment("MP-10001", package_reference="P-1") is None
    sim.faults.lost_response_rate = 1.0
    with pytest.raises(RemoteOutcomeUnknown):
        ebay.confirm_shipment("MP-10001", package_reference="P-1", carrier="UPS", tracking_number="1Z999", lines=lines)
    sim.faults.lost_response_rate = 0.0
    found = ebay.find_shipment("MP-10001", package_reference="P-1")
    assert found is not None
    # A retry of the same package (as after a 5xx) looks first and sends nothing new.
    assert (
        ebay.confirm_shipment("MP-10001", package_reference="P-1", carrier="UPS", tracking_number="1Z999", lines=lines)
        == found
    )
    entry = ledger(sim)["1Z999"]
    assert (entry["requests"], entry["carrier"], entry["order_id"]) == (1, "UPS", "MP-10001")


def test_a_fresh_connector_needs_the_tracking_number_to_tell_parcels_apart(sim) -> None:
    first = connector(sim)
    order = next(o for page in first.pull_orders(None) for o in page if o.id == "MP-10001")
    lines = [ConfirmedLine(ln.line_id, ln.quantity) for ln in order.lines]
    first.confirm_shipment("MP-10001", package_reference="P-1", carrier="DHL", tracking_number="JD01", lines=lines)
    after_restart = connector(sim)
    assert after_restart.find_shipment("MP-10001", package_reference="P-1", tracking_number="JD01") is not None
    assert after_restart.find_shipment("MP-10001", package_reference="P-1", tracking_number="JD02") is None
    with pytest.raises(RemoteRejected, match="cannot tell whether parcel P-1 reached eBay"):
        after_restart.find_shipment("MP-10001", package_reference="P-1")


def test_an_expired_token_is_refreshed_and_the_call_made_again(sim) -> None:
    ebay = connector(sim)
    assert "connected" in ebay.test_connection()
    tokens = face._tokens(sim)
    issued = tokens.issued
    tokens.access.clear()  # every access token expires at once
    assert "connected" in ebay.test_connection()
    assert tokens.issued == issued + 1


def test_the_expired_token_fault_is_survived(sim) -> None:
    ebay = connector(sim)
    ebay.test_connection()
    sim.faults = Faults(expired_token_rate=0.3, seed=3)  # deterministic for this seed
    ok = 0
    for _ in range(10):
        try:
            ebay.test_connection()
            ok += 1
        except RemoteAuthFailed:  # refreshed and refused again: twice unlucky
            pass
    assert ok >= 7


def test_a_revoked_refresh_token_says_what_to_do(sim) -> None:
    ebay = registry.marketplace("ebay", sim.url, {}, {**SECRETS, "refresh_token": "revoked-by-seller"})
    with pytest.raises(RemoteAuthFailed, match="connect the eBay account again"):
        ebay.test_connection()
    empty = registry.marketplace("ebay", sim.url, {}, {})
    with pytest.raises(RemoteAuthFailed, match="no keys"):
        list(empty.pull_orders(None))


def test_throttling_is_reported_as_such(sim) -> None:
    ebay = connector(sim)
    ebay.test_connection()
    sim.faults.throttle_rate = 1.0
    with pytest.raises(RemoteThrottled) as caught:
        ebay.test_connection()
    assert "request limit" in str(caught.value)
    sim.faults.throttle_rate = 0.0
    sim.faults.rate_limit_rate = 1.0
    sim.faults.retry_after_s = 7
    with pytest.raises(RemoteThrottled) as caught:
        ebay.test_connection()
    assert caught.value.retry_after == 7


def test_documented_errors_read_as_reasons(sim) -> None:
    ebay = connector(sim)
    with pytest.raises(RemoteRejected, match="Invalid order ID") as caught:
        ebay.confirm_shipment(
            "NO-SUCH", package_reference="P", carrier="UPS", tracking_number="1Z", lines=[ConfirmedLine("1", 1)]
        )
    assert caught.value.code == "32100" and not caught.value.retryable
    order = sim.marketplace.get_order("MP-10001")
    line = order["lines"][0]
    with pytest.raises(RemoteRejected, match="exceeds") as caught:
        ebay.confirm_shipment(
            "MP-10001",
            package_reference="P",
            carrier="UPS",
            tracking_number="1Z",
            lines=[ConfirmedLine(line["line_id"], line["quantity"] + 5)],
        )
    assert caught.value.code == "32200"
    with pytest.raises(RemoteRejected, match="Seller Hub"):
        ebay.update_tracking(
            "MP-10001", package_reference="P", shipment_id="MS-1", carrier="UPS", tracking_number="1Z2"
        )


def test_secrets_never_show_in_an_error(sim) -> None:
    ebay = connector(sim)
    ebay.test_connection()
    sim.stop()
    with pytest.raises(Exception) as caught:
        ebay.test_connection()
    text = str(caught.value)
    assert all(secret not in text for secret in SECRETS.values())
