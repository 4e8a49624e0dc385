"""The Shopify Admin GraphQL connector against the simulator's Shopify face."""

from __future__ import annotations

import datetime as dt
import json
import urllib.request
from decimal import Decimal

import pytest

from app.confirmations import ConfirmShipment
from app.connectors import registry
from app.connectors.base import ConfirmedLine
from app.connectors.http import RemoteAuthFailed, RemoteThrottled
from app.connectors.shopify import ShopifyConnector
from app.errors import InvalidInput, RemoteRejected
from app.outbox import JobView
from app.simulator import Simulator
from app.simulator.platforms import shopify as face
from app.simulator.server import Faults

LONG_AGO = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
SECRETS = {"access_token": "shpat_0123456789abcdef"}


@pytest.fixture
def sim():  # type: ignore[no-untyped-def]
    with Simulator(order_count=30) as simulator:
        yield simulator


def connector(sim: Simulator, waits: list[float] | None = None) -> ShopifyConnector:
    built = registry.marketplace("shopify", sim.url, {}, SECRETS)
    assert isinstance(built, ShopifyConnector)
    if waits is not None:
        import time

        built.sleep = lambda seconds: (waits.append(seconds), time.sleep(seconds))  # type: ignore[func-returns-value]
    return built


def fulfillments(sim: Simulator, order_id: str) -> list[dict]:
    with urllib.request.urlopen(f"{sim.url}/mp/_ledger", timeout=5) as resp:
        book = json.loads(resp.read())["confirmations"]
    return [entry for entry in book.values() if entry["order_id"] == order_id]


def test_the_registry_builds_shopify() -> None:
    built = registry.marketplace("shopify", "", {"shop_domain": "my-shop.myshopify.com"}, SECRETS)
    assert isinstance(built, ShopifyConnector) and built.http.base_url == "https://my-shop.myshopify.com"
    with pytest.raises(InvalidInput, match="access token"):
        registry.marketplace("shopify", "", {"shop_domain": "my-shop.myshopify.com"}, {})
    with pytest.raises(InvalidInput, match="domain"):
        registry.marketplace("shopify", "", {}, SECRETS)


def test_a_pull_pages_through_cursors_and_skips_fulfilled_orders(sim: Simulator) -> None:
    shopify = connector(sim)
    shopify.page_size = 4
    pages = list(shopify.pull_orders(LONG_AGO))
    assert len(pages) == 8
    orders = {o.id: o for page in pages for o in page}
    assert len(orders) == 30
    first = orders["gid://shopify/Order/MP-10001"]
    seeded = sim.marketplace.get_order("MP-10001")
    assert first.number == "#10001" and first.total == Decimal(seeded["total"])
    assert (first.ship_to.name, first.ship_to.postcode) == (seeded["ship_to"]["name"], seeded["ship_to"]["postcode"])
    assert first.ship_by is not None and first.ship_by.tzinfo == dt.UTC
    assert orders["gid://shopify/Order/MP-10006"].paid_at is None  # payment pending: not cleared
    assert orders["gid://shopify/Order/MP-10005"].status == "cancelled"

    shopify.confirm_shipment(
        first.id,
        package_reference="P00000001",
        carrier="DHL",
        tracking_number="JD1",
        lines=[ConfirmedLine(ln.line_id, ln.quantity) for ln in first.lines],
    )
    again = {o.id for page in shopify.pull_orders(LONG_AGO) for o in page}
    assert first.id not in again and len(again) == 29


def test_lost_answers_never_make_a_second_fulfillment(sim: Simulator) -> None:
    """The outbox's own handler drives the retries: unknown -> find_shipment -> done."""
    shopify = connector(sim)
    order = next(o for page in shopify.pull_orders(LONG_AGO) for o in page if o.id.endswith("MP-10001"))
    payload = {
        "order_id": order.id,
        "package_reference": "P00000009",
        "carrier": "DHL",
        "tracking_number": "JD0009",
        "lines": [{"line_id": ln.line_id, "quantity": ln.quantity} for ln in order.lines],
    }
    handler = ConfirmShipment(lambda shop_id: shopify)
    sim.faults = Faults(lost_response_rate=0.5, seed=3)
    state, outcomes = "pending", []
    for attempt in range(1, 30):
        outcome = handler.perform(
            JobView(
                id=1,
                kind="confirm_shipment",
                key="P00000009",
                prior_state=state,
                attempts=attempt,
                payload=payload,
                shop_id=1,
                carrier_account_id=None,
                parcel_id=1,
            )
        )
        outcomes.append(outcome.state)
        if outcome.state == "done":
            break
        state = "unknown" if outcome.state == "unknown" else state
    sim.faults = Faults()
    assert outcomes[-1] == "done" and "unknown" in outcomes
    assert len(fulfillments(sim, "MP-10001")) == 1
    assert (
        shopify.find_shipment(order.id, package_reference="P00000009")
        == f"gid://shopify/Fulfillment/{fulfillments(sim, 'MP-10001')[0]['shipment_id']}"
    )


def test_a_tracking_correction_keeps_the_package_findable(sim: Simulator) -> None:
    shopify = connector(sim)
    order = next(o for page in shopify.pull_orders(LONG_AGO) for o in page if o.id.endswith("MP-10001"))
    lines = [ConfirmedLine(ln.line_id, ln.quantity) for ln in order.lines]
    shipment = shopify.confirm_shipment(
        order.id, package_reference="P00000003", carrier="DHL", tracking_number="OLD1", lines=lines
    )
    shopify.update_tracking(
        order.id, package_reference="P00000003", shipment_id=shipment, carrier="DHL", tracking_number="NEW1"
    )
    assert fulfillments(sim, "MP-10001")[0]["tracking_number"] == "NEW1"
    assert shopify.find_shipment(order.id, package_reference="P00000003") == shipment
    # confirming the same package again adopts the fulfillment instead of making another
    assert (
        shopify.confirm_shipment(
            order.id, package_reference="P00000003", carrier="DHL", tracking_number="NEW1", lines=lines
        )
        == shipment
    )
    assert len(fulfillments(sim, "MP-10001")) == 1


def test_throttled_queries_wait_for_the_bucket_and_go_on(sim: Simulator) -> None:
    waits: list[float] = []
    shopify = connector(sim, waits)
    shopify.page_size = 4
    face.bucket_of(sim).available = 0  # another app used the shop's budget up
    orders = [o for page in shopify.pull_orders(LONG_AGO) for o in page]
    assert len(orders) == 30
    # (requested 22 points - what had trickled back) / 50 points a second, then paced to the restore rate
    assert waits and all(0.1 <= w <= 22 / 50 + 0.01 for w in waits)
    waits.clear()
    face.bucket_of(sim).available = face.MAXIMUM
    shopify.page_size = 10
    sim.faults = Faults(throttle_rate=0.5, seed=1)
    assert len([o for page in shopify.pull_orders(LONG_AGO) for o in page]) == 30
    assert waits


def test_a_shop_that_keeps_throttling_becomes_a_later_retry(sim: Simulator) -> None:
    shopify = connector(sim, [])
    sim.faults = Faults(throttle_rate=1.0)
    with pytest.raises(RemoteThrottled) as throttled:
        shopify.test_connection()
    assert throttled.value.retryable and throttled.value.retry_after is not None


def test_shopify_refusals_are_readable(sim: Simulator) -> None:
    shopify = connector(sim)
    with pytest.raises(RemoteRejected, match="Fulfillment does not exist"):
        shopify.update_tracking(
            "gid://shopify/Order/MP-10001",
            package_reference="P1",
            shipment_id="gid://shopify/Fulfillment/MS-99",
            carrier="DHL",
            tracking_number="X",
        )
    with pytest.raises(RemoteRejected, match="nothing left to fulfil"):
        shopify.confirm_shipment(
            "gid://shopify/Order/MP-10005",
            package_reference="P2",
            carrier="DHL",
            tracking_number="X",
            lines=[ConfirmedLine("gid://shopify/LineItem/MP-10005-1", 1)],
        )
    with pytest.raises(RemoteRejected, match="has no order"):
        shopify.find_shipment("gid://shopify/Order/NOPE", package_reference="P3")
    wrong = registry.marketplace("shopify", sim.url, {}, {"access_token": "not-a-token"})
    with pytest.raises(RemoteAuthFailed, match="Invalid API key or access token") as refused:
        wrong.test_connection()
    assert "not-a-token" not in str(refused.value)
    assert "Shipbench Demo Shop" in shopify.test_connection()
