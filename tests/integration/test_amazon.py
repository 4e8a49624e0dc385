"""The Amazon SP-API connector (python-amazon-sp-api underneath) against the simulator's Amazon face."""

from __future__ import annotations

import datetime as dt
import json
import urllib.request
from decimal import Decimal

import pytest

from app.connectors import registry
from app.connectors.amazon import RATES, AmazonConnector
from app.connectors.base import ConfirmedLine
from app.connectors.http import RemoteAuthFailed, RemoteThrottled
from app.errors import (
    InvalidInput,
    RemoteOutcomeUnknown,
    RemoteRejected,
    RemoteUnreachable,
)
from app.ratelimit import RateLimit
from app.simulator import Simulator
from app.simulator.platforms import amazon as face
from app.simulator.server import Faults

SECRETS = {
    "client_id": "amzn1.application-oa2-client.demo",
    "client_secret": "lwa-secret-1",
    "refresh_token": "Atzr|demo-refresh",
}
SETTINGS = {"marketplace_id": "A1PA6795UKMFR9", "rate_limits": False}
LONG_AGO = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)


@pytest.fixture
def sim():  # type: ignore[no-untyped-def]
    with Simulator(order_count=30) as simulator:
        yield simulator


def connector(sim: Simulator, **settings: object) -> AmazonConnector:
    built = registry.marketplace("amazon", sim.url, {**SETTINGS, **settings}, SECRETS)
    assert isinstance(built, AmazonConnector)
    return built


def ledger(sim: Simulator) -> dict:
    with urllib.request.urlopen(f"{sim.url}/mp/_ledger", timeout=5) as resp:
        return json.loads(resp.read())["confirmations"]


def lines_of(order) -> list[ConfirmedLine]:  # type: ignore[no-untyped-def]
    return [ConfirmedLine(ln.line_id, ln.quantity) for ln in order.lines]


def test_the_registry_builds_amazon_with_its_documented_rates() -> None:
    built = registry.marketplace("amazon", "", {"marketplace_id": "A1PA6795UKMFR9", "region": "eu"}, SECRETS)
    assert isinstance(built, AmazonConnector)
    assert built._orders.endpoint == "https://sellingpartnerapi-eu.amazon.com"
    assert built.buckets["getOrders"].limit == RateLimit(0.0167, 20)
    assert {op: (b.limit.per_second, b.limit.burst) for op, b in built.buckets.items()} == RATES
    with pytest.raises(InvalidInput, match="refresh token"):
        registry.marketplace("amazon", "", {"marketplace_id": "A1PA6795UKMFR9"}, {"client_id": "x"})
    with pytest.raises(InvalidInput, match="marketplace id"):
        registry.marketplace("amazon", "", {}, SECRETS)


def test_a_pull_follows_next_tokens_across_pages_and_item_pages(sim: Simulator) -> None:
    amazon = connector(sim)
    amazon.page_size = 4
    pages = list(amazon.pull_orders(LONG_AGO))
    assert len(pages) >= 8
    orders = {o.id: o for page in pages for o in page}
    assert len(orders) == 30
    for order_id, order in orders.items():
        expected = sim.marketplace.get_order(order_id)
        if expected["status"] == "cancelled":
            assert order.status == "cancelled" and order.lines == ()  # Amazon zeroes cancelled quantities
            continue
        assert [ln.line_id for ln in order.lines] == [
            ln["line_id"] for ln in expected["lines"]
        ]  # 3-line orders span item pages
        assert order.total == Decimal(expected["total"]) or order.paid_at is None
    assert orders["MP-10005"].status == "cancelled"
    unpaid = orders["MP-10006"]
    assert unpaid.paid_at is None and unpaid.total == Decimal(0)  # Pending: Amazon withholds the total
    # the restricted data token brings the full address and the buyer
    first = orders["MP-10001"]
    seeded = sim.marketplace.get_order("MP-10001")
    assert first.ship_to.name == seeded["ship_to"]["name"] and first.ship_to.address1 == seeded["ship_to"]["address1"]
    assert first.buyer_email == seeded["buyer"]["email"]
    assert first.ship_by is not None and first.ship_by.tzinfo == dt.UTC


def test_without_restricted_data_only_city_and_postcode_come(sim: Simulator) -> None:
    order = next(o for page in connector(sim, restricted_data=False).pull_orders(LONG_AGO) for o in page)
    assert order.ship_to.name == "" and order.ship_to.address1 == ""
    assert order.ship_to.postcode and order.ship_to.country


def test_an_incremental_pull_sees_only_what_changed(sim: Simulator) -> None:
    amazon = connector(sim)
    cursor = max(o.updated_at for page in amazon.pull_orders(LONG_AGO) for o in page)
    sim.marketplace.cancel_order("MP-10002")
    changed = [o for page in amazon.pull_orders(cursor + dt.timedelta(seconds=1)) for o in page]
    assert [(o.id, o.status) for o in changed] == [("MP-10002", "cancelled")]


def test_a_confirmation_whose_answer_is_lost_is_found_and_recorded_once(sim: Simulator) -> None:
    amazon = connector(sim)
    order = next(o for page in amazon.pull_orders(LONG_AGO) for o in page if o.id == "MP-10001")
    sim.faults = Faults(lost_response_rate=1.0)
    with pytest.raises(RemoteOutcomeUnknown):
        amazon.confirm_shipment(
            order.id, package_reference="P00000042", carrier="DHL", tracking_number="JJD0001", lines=lines_of(order)
        )
    sim.faults = Faults()
    # what the outbox does before a retry whose outcome is unknown
    assert amazon.find_shipment(order.id, package_reference="P00000042") == "42"
    assert amazon.find_shipment(order.id, package_reference="P00000043") is None
    # and even a blind retry only edits the same package on Amazon
    assert (
        amazon.confirm_shipment(
            order.id, package_reference="P00000042", carrier="DHL", tracking_number="JJD0001", lines=lines_of(order)
        )
        == "42"
    )
    book = ledger(sim)
    assert list(book) == ["MP-10001/42"]
    assert book["MP-10001/42"]["tracking_number"] == "JJD0001" and book["MP-10001/42"]["requests"] == 2
    assert sim.marketplace.get_order("MP-10001")["status"] == "shipped"


def test_a_tracking_correction_edits_the_package(sim: Simulator) -> None:
    amazon = connector(sim)
    order = next(o for page in amazon.pull_orders(LONG_AGO) for o in page if o.id == "MP-10001")
    shipment = amazon.confirm_shipment(
        order.id, package_reference="P00000007", carrier="Demo Express", tracking_number="DX1", lines=lines_of(order)
    )
    amazon.update_tracking(
        order.id, package_reference="P00000007", shipment_id=shipment, carrier="Demo Express", tracking_number="DX2"
    )
    entry = ledger(sim)["MP-10001/7"]
    assert (entry["tracking_number"], entry["carrier"], entry["tracking_edits"]) == ("DX2", "Demo Express", 1)


def test_amazons_refusals_are_readable(sim: Simulator) -> None:
    amazon = connector(sim)
    with pytest.raises(RemoteRejected, match="OrderItemId is invalid") as bad_item:
        amazon.confirm_shipment(
            "MP-10001",
            package_reference="P00000001",
            carrier="DHL",
            tracking_number="T1",
            lines=[ConfirmedLine("nope", 1)],
        )
    assert bad_item.value.code == "InvalidInput" and not bad_item.value.retryable
    with pytest.raises(RemoteRejected, match="canceled and cannot be shipped"):
        amazon.confirm_shipment(
            "MP-10005",
            package_reference="P00000002",
            carrier="DHL",
            tracking_number="T2",
            lines=[ConfirmedLine("MP-10005-1", 1)],
        )
    # what Amazon answers a package reference that is not a positive number
    with pytest.raises(RemoteRejected, match=r"invalid type \[packageDetail.packageReferenceId\]"):
        amazon._confirm("MP-10001", "P-1", "DHL", "T3", [("MP-10001-1", 1)])
    assert ledger(sim) == {}


def test_an_expired_access_token_is_refreshed_once(sim: Simulator) -> None:
    amazon = connector(sim)
    amazon.test_connection()
    auth = face.auth_of(sim)
    refreshes = auth.refreshes
    auth.tokens.clear()  # Amazon's hour is up
    assert "A1PA6795UKMFR9" in amazon.test_connection()
    assert auth.refreshes == refreshes + 1
    # a token refused again right after a refresh is not retried for ever
    sim.faults = Faults(expired_token_rate=1.0)
    with pytest.raises(RemoteAuthFailed, match="The access token you provided has expired") as failed:
        amazon.test_connection()
    assert "lwa-secret-1" not in str(failed.value) and "Atzr|demo-refresh" not in str(failed.value)


def test_a_refused_refresh_token_says_so(sim: Simulator) -> None:
    amazon = registry.marketplace("amazon", sim.url, SETTINGS, {**SECRETS, "refresh_token": "revoked"})
    with pytest.raises(RemoteAuthFailed, match="invalid_grant"):
        amazon.test_connection()


def test_a_429_is_throttling_with_the_wait_the_rate_header_implies(sim: Simulator) -> None:
    amazon = connector(sim, restricted_data=False)
    sim.faults = Faults(throttle_rate=1.0)
    with pytest.raises(RemoteThrottled) as pulled:
        next(iter(amazon.pull_orders(LONG_AGO)))
    assert pulled.value.retry_after == pytest.approx(59.9)
    with pytest.raises(RemoteThrottled) as confirmed:
        amazon.confirm_shipment(
            "MP-10001",
            package_reference="P00000001",
            carrier="DHL",
            tracking_number="T1",
            lines=[ConfirmedLine("MP-10001-1", 1)],
        )
    assert confirmed.value.retry_after == 0.5 and confirmed.value.retryable
    assert ledger(sim) == {}


def test_the_generic_faults_are_sorted_for_the_outbox(sim: Simulator) -> None:
    amazon = connector(sim)
    sim.faults = Faults(error_rate=1.0)
    with pytest.raises(RemoteRejected, match="temporarily unavailable") as unavailable:
        amazon.test_connection()
    assert unavailable.value.retryable
    sim.faults = Faults()
    amazon.test_connection()
    sim.faults = Faults(error_rate=1.0)
    with pytest.raises(RemoteRejected, match="temporarily unavailable") as unavailable:
        amazon.test_connection()  # this time the SP-API call, not the login
    assert unavailable.value.retryable and unavailable.value.code == "ServiceUnavailable"
    sim.faults = Faults()
    sim.stop()
    with pytest.raises(RemoteUnreachable):
        amazon.test_connection()
