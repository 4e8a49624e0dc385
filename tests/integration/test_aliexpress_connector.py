"""The AliExpress connector against the simulator's IOP gateway face (signed calls)."""

from __future__ import annotations

import json
import urllib.request
from collections.abc import Iterator

import pytest

from app.connectors import registry
from app.connectors.aliexpress import AliExpressMarketplace
from app.connectors.base import ConfirmedLine
from app.connectors.http import RemoteAuthFailed, RemoteThrottled
from app.errors import RemoteOutcomeUnknown, RemoteRejected
from app.simulator import Simulator
from app.simulator.platforms import aliexpress as face

SECRETS = {"app_key": face.DEMO_APP_KEY, "app_secret": face.DEMO_APP_SECRET, "refresh_token": "50001600a1b2c3"}


def ledger(sim: Simulator) -> dict:
    with urllib.request.urlopen(f"{sim.url}/mp/_ledger", timeout=5) as resp:
        return json.loads(resp.read())["confirmations"]


@pytest.fixture
def sim() -> Iterator[Simulator]:
    with Simulator(order_count=120) as simulator:
        yield simulator


def connector(sim: Simulator, secrets: dict[str, str] | None = None, **settings: object) -> AliExpressMarketplace:
    built = registry.marketplace("aliexpress", sim.url, settings, secrets or SECRETS)
    assert isinstance(built, AliExpressMarketplace)
    return built


def ae(order_id: str) -> str:
    return str(face.ae_id(order_id))


def test_orders_arrive_over_many_pages_with_their_details(sim) -> None:
    shop = connector(sim, page_size=15)
    orders = [o for page in shop.pull_orders(None) for o in page]
    assert len(orders) == len({o.id for o in orders}) == 119  # all but the cancelled one
    assert [(o.updated_at, o.id) for o in orders] == sorted((o.updated_at, o.id) for o in orders)
    first = next(o for o in orders if o.id == ae("MP-10001"))
    seeded = sim.marketplace.get_order("MP-10001")
    assert first.ship_to.city == seeded["ship_to"]["city"]
    assert [ln.sku for ln in first.lines] == [ln["sku"] for ln in seeded["lines"]]
    assert first.updated_at.isoformat().startswith(seeded["updated_at"][:19])  # Pacific time on the wire, UTC here
    assert next(o for o in orders if o.id == ae("MP-10006")).paid_at is None


def test_risk_control_and_an_incremental_cancellation(sim) -> None:
    held = sim.marketplace.get_order("MP-10030")
    held.update(id="MP-20001", payment_hold_until="2099-01-01T00:00:00.000Z")
    sim.marketplace.add_order(held)
    shop = connector(sim)
    orders = {o.id: o for page in shop.pull_orders(None) for o in page}
    assert orders[ae("MP-20001")].payment_hold_until is not None
    cursor = max(o.updated_at for o in orders.values())
    sim.marketplace.cancel_order("MP-10010")
    changed = {o.id: o for page in shop.pull_orders(cursor) for o in page}
    assert changed[ae("MP-10010")].status == "cancelled"


def test_fulfilment_is_recorded_once_when_the_answer_is_lost(sim) -> None:
    shop = connector(sim)
    order = next(o for page in shop.pull_orders(None) for o in page if o.id == ae("MP-10001"))
    lines = [ConfirmedLine(ln.line_id, ln.quantity) for ln in order.lines]
    sim.faults.lost_response_rate = 1.0
    with pytest.raises(RemoteOutcomeUnknown):
        shop.confirm_shipment(
            order.id, package_reference="P-1", carrier="YunExpress", tracking_number="YT1", lines=lines
        )
    sim.faults.lost_response_rate = 0.0
    assert shop.find_shipment(order.id, package_reference="P-1") == "YT1"
    assert (
        shop.confirm_shipment(
            order.id, package_reference="P-1", carrier="YunExpress", tracking_number="YT1", lines=lines
        )
        == "YT1"
    )
    entry = ledger(sim)["YT1"]
    assert (entry["requests"], entry["order_id"]) == (1, "MP-10001")
    assert sim.marketplace.get_order("MP-10001")["status"] == "shipped"  # send_type "all"


def test_tracking_correction(sim) -> None:
    shop = connector(sim, service_names={"yunexpress": "YUNEXPRESS_SHIPPING"})
    order = next(o for page in shop.pull_orders(None) for o in page if o.id == ae("MP-10001"))
    lines = [ConfirmedLine(ln.line_id, ln.quantity) for ln in order.lines]
    shipment = shop.confirm_shipment(
        order.id, package_reference="P-1", carrier="YunExpress", tracking_number="YT1", lines=lines
    )
    assert ledger(sim)["YT1"]["carrier"] == "YUNEXPRESS_SHIPPING"
    shop.update_tracking(
        order.id, package_reference="P-1", shipment_id=shipment, carrier="YunExpress", tracking_number="YT2"
    )
    assert ledger(sim)["YT1"]["tracking_number"] == "YT2"
    assert shop.find_shipment(order.id, package_reference="P-1") == "YT2"


def test_an_illegal_access_token_is_refreshed_once(sim) -> None:
    shop = connector(sim, {**SECRETS, "access_token": "stale-token-from-last-month"})
    assert "connected" in shop.test_connection()
    face._gateway(sim).access.clear()
    assert "connected" in shop.test_connection()


def test_api_call_limit_is_throttling_with_the_ban_length(sim) -> None:
    shop = connector(sim)
    shop.test_connection()
    sim.faults.throttle_rate = 1.0
    sim.faults.retry_after_s = 9
    with pytest.raises(RemoteThrottled, match="ban will last") as caught:
        shop.test_connection()
    assert caught.value.retry_after == 9
    sim.faults.throttle_rate = 0.0
    sim.faults.rate_limit_rate = 1.0
    with pytest.raises(RemoteThrottled):
        shop.test_connection()


def test_gateway_refusals_read_as_reasons(sim) -> None:
    wrong_secret = connector(sim, {**SECRETS, "app_secret": "not-the-secret"})
    with pytest.raises(RemoteAuthFailed, match="IncompleteSignature"):
        wrong_secret.test_connection()
    revoked = connector(sim, {**SECRETS, "refresh_token": "revoked-1"})
    with pytest.raises(RemoteAuthFailed, match="authorise the shop again"):
        revoked.test_connection()
    shop = connector(sim)
    with pytest.raises(RemoteRejected, match="order not found"):
        shop.confirm_shipment("81", package_reference="P", carrier="X", tracking_number="T", lines=[])
    cancelled = ae("MP-10005")
    with pytest.raises(RemoteRejected, match="B_DELIVERY_ORDER_STATUS_ILLEGAL"):
        shop.confirm_shipment(cancelled, package_reference="P", carrier="X", tracking_number="T", lines=[])
    with pytest.raises(RemoteAuthFailed, match="no keys"):
        connector(sim, {"app_key": "1"}).test_connection()
