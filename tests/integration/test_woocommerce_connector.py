"""The WooCommerce connector against the simulator's WooCommerce face (REST API v3)."""

from __future__ import annotations

import json
import urllib.request
from collections.abc import Iterator

import pytest

from app.connectors import registry
from app.connectors.base import ConfirmedLine
from app.connectors.http import RemoteAuthFailed, RemoteThrottled
from app.connectors.woocommerce import WooCommerceMarketplace
from app.errors import RemoteOutcomeUnknown, RemoteRejected
from app.simulator import Simulator
from app.simulator.platforms import woocommerce as face

SECRETS = {"consumer_key": "ck_4f1d2e3c", "consumer_secret": "cs_9a8b7c6d"}


def get(sim: Simulator, path: str) -> object:
    query = f"consumer_key={SECRETS['consumer_key']}&consumer_secret={SECRETS['consumer_secret']}"
    with urllib.request.urlopen(f"{sim.url}{path}{'&' if '?' in path else '?'}{query}", timeout=5) as resp:
        return json.loads(resp.read())


def ledger(sim: Simulator) -> dict:
    with urllib.request.urlopen(f"{sim.url}/mp/_ledger", timeout=5) as resp:
        return json.loads(resp.read())["confirmations"]


@pytest.fixture
def sim() -> Iterator[Simulator]:
    with Simulator(order_count=150) as simulator:
        yield simulator


def connector(sim: Simulator, **settings: object) -> WooCommerceMarketplace:
    built = registry.marketplace("woocommerce", sim.url, settings, SECRETS)
    assert isinstance(built, WooCommerceMarketplace)
    return built


def lines_of(order) -> list[ConfirmedLine]:  # type: ignore[no-untyped-def]
    return [ConfirmedLine(ln.line_id, ln.quantity) for ln in order.lines]


def test_open_orders_arrive_over_many_pages(sim) -> None:
    shop = connector(sim, page_size=20)
    pages = list(shop.pull_orders(None))
    orders = [o for page in pages for o in page]
    assert len(pages) >= 7
    assert len(orders) == len({o.id for o in orders}) == 149  # all but the cancelled one
    assert [(o.updated_at, o.id) for o in orders] == sorted((o.updated_at, o.id) for o in orders)
    unpaid = next(o for o in orders if o.id == "10006")
    assert unpaid.paid_at is None  # on-hold: awaiting payment


def test_an_incremental_pull_sees_a_cancellation(sim) -> None:
    shop = connector(sim)
    cursor = max(o.updated_at for page in shop.pull_orders(None) for o in page)
    sim.marketplace.cancel_order("MP-10010")
    changed = {o.id: o for page in shop.pull_orders(cursor) for o in page}
    assert changed["10010"].status == "cancelled"
    assert len(changed) <= 3


def test_completion_note_and_tracking_extension(sim) -> None:
    shop = connector(sim, shipment_tracking=True)
    order = next(o for page in shop.pull_orders(None) for o in page if o.id == "10001")
    shipment = shop.confirm_shipment(
        "10001", package_reference="P-1", carrier="DHL", tracking_number="JD0001", lines=lines_of(order)
    )
    assert shipment == "P-1"
    assert shop.find_shipment("10001", package_reference="P-1") == "P-1"
    assert shop.find_shipment("10001", package_reference="P-2") is None
    woo = get(sim, "/wp-json/wc/v3/orders/10001")
    assert woo["status"] == "completed"
    notes = get(sim, "/wp-json/wc/v3/orders/10001/notes")
    assert [n["customer_note"] for n in notes if "JD0001" in n["note"]] == [True]
    trackings = get(sim, "/wp-json/wc/v3/orders/10001/shipment-trackings")
    assert [t["tracking_number"] for t in trackings] == ["JD0001"]
    assert ledger(sim)["P-1"]["tracking_number"] == "JD0001"


def test_a_partial_shipment_leaves_the_order_processing(sim) -> None:
    shop = connector(sim)
    order = next(o for page in shop.pull_orders(None) for o in page if len(o.lines) > 1)
    first = order.lines[0]
    shop.confirm_shipment(
        order.id,
        package_reference="P-A",
        carrier="DHL",
        tracking_number="JDA",
        lines=[ConfirmedLine(first.line_id, first.quantity)],
    )
    assert get(sim, f"/wp-json/wc/v3/orders/{order.id}")["status"] == "processing"
    rest = [ConfirmedLine(ln.line_id, ln.quantity) for ln in order.lines[1:]]
    shop.confirm_shipment(order.id, package_reference="P-B", carrier="DHL", tracking_number="JDB", lines=rest)
    assert get(sim, f"/wp-json/wc/v3/orders/{order.id}")["status"] == "completed"


def test_lost_answers_never_confirm_twice(sim) -> None:
    shop = connector(sim)
    order = next(o for page in shop.pull_orders(None) for o in page if o.id == "10001")
    sim.faults.lost_response_rate = 1.0
    with pytest.raises(RemoteOutcomeUnknown):
        shop.confirm_shipment(
            "10001", package_reference="P-1", carrier="DHL", tracking_number="JD1", lines=lines_of(order)
        )
    sim.faults.lost_response_rate = 0.0
    assert shop.find_shipment("10001", package_reference="P-1") == "P-1"
    # The retry after the lookup finishes what was left (the buyer's note), once.
    shop.confirm_shipment("10001", package_reference="P-1", carrier="DHL", tracking_number="JD1", lines=lines_of(order))
    shop.confirm_shipment("10001", package_reference="P-1", carrier="DHL", tracking_number="JD1", lines=lines_of(order))
    assert ledger(sim)["P-1"]["requests"] == 1
    notes = get(sim, "/wp-json/wc/v3/orders/10001/notes")
    assert len([n for n in notes if "JD1" in n["note"]]) == 1


def test_tracking_correction_reaches_the_ledger(sim) -> None:
    shop = connector(sim)
    order = next(o for page in shop.pull_orders(None) for o in page if o.id == "10001")
    shop.confirm_shipment("10001", package_reference="P-1", carrier="DHL", tracking_number="JD1", lines=lines_of(order))
    shop.update_tracking("10001", package_reference="P-1", shipment_id="P-1", carrier="DHL", tracking_number="JD2")
    assert ledger(sim)["P-1"]["tracking_number"] == "JD2"
    assert shop.find_shipment("10001", package_reference="P-1") == "P-1"


def test_wrong_keys_missing_orders_and_throttling_read_as_reasons(sim) -> None:
    wrong = registry.marketplace("woocommerce", sim.url, {}, {"consumer_key": "key", "consumer_secret": "secret"})
    with pytest.raises(RemoteAuthFailed, match="Consumer key is invalid"):
        wrong.test_connection()
    shop = connector(sim)
    with pytest.raises(RemoteRejected, match="has no order 424242"):
        shop.confirm_shipment("424242", package_reference="P", carrier="DHL", tracking_number="JD", lines=[])
    with pytest.raises(RemoteRejected, match="woocommerce_rest_invalid_line_items"):
        shop.confirm_shipment(
            "10001", package_reference="P", carrier="DHL", tracking_number="JD", lines=[ConfirmedLine("1000101", 99)]
        )
    sim.faults.throttle_rate = 1.0
    sim.faults.retry_after_s = 4
    with pytest.raises(RemoteThrottled) as caught:
        shop.test_connection()
    assert caught.value.retry_after == 4


def test_without_the_tracking_extension_its_routes_are_absent(sim) -> None:
    face.set_shipment_tracking(sim, False)
    shop = connector(sim, shipment_tracking=False)
    order = next(o for page in shop.pull_orders(None) for o in page if o.id == "10001")
    shop.confirm_shipment("10001", package_reference="P-1", carrier="DHL", tracking_number="JD1", lines=lines_of(order))
    assert ledger(sim)["P-1"]["requests"] == 1
    with pytest.raises(RemoteRejected, match="rest_no_route"):
        connector(sim, shipment_tracking=True).confirm_shipment(
            "10001", package_reference="P-1", carrier="DHL", tracking_number="JD1", lines=lines_of(order)
        )
