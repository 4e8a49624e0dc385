"""Shopify Admin GraphQL API (version ``API_VERSION``): orders in, fulfillments out.

- Orders: ``orders(first, after, sortKey: UPDATED_AT, query: "updated_at:>=… fulfillment_status:unfulfilled")``
  with line items, shipping address, financial status and fulfillment orders.
- Confirmation: ``fulfillmentCreate`` over the order's open fulfillment-order line items,
  with ``trackingInfo{company, number}``. Shopify has no idempotency key for it, so the
  package reference is written first as an order metafield (``shipbench.pkg_<reference>``
  = the tracking numbers it was sent with; ``metafieldsSet`` is an upsert) and
  ``find_shipment`` reads it back and matches the order's fulfillments by tracking number.
  ``confirm_shipment`` does that lookup itself before creating anything.
- Throttling is cost-based: every answer has ``extensions.cost.throttleStatus``; the
  connector waits before a query the bucket cannot pay for, and a ``THROTTLED`` answer
  waits (requested - available) / restoreRate seconds and tries again (or, when that wait
  is long, raises ``RemoteThrottled`` so the outbox comes back later).
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from app.connectors.base import ConfirmedLine, RemoteAddress, RemoteLine, RemoteOrder
from app.connectors.http import JsonHttp, RemoteThrottled
from app.connectors.values import utc_time
from app.errors import (
    InvalidInput,
    RemoteOutcomeUnknown,
    RemoteRejected,
    RemoteUnreachable,
)
from app.messages import Message
from app.ratelimit import RateLimit

log = logging.getLogger(__name__)

API_VERSION = "2025-01"
PAID = {"PAID", "PARTIALLY_PAID", "PARTIALLY_REFUNDED", "REFUNDED"}  # PENDING / AUTHORIZED: not cleared
METAFIELD_NAMESPACE = "shipbench"
MAX_INLINE_WAIT = 10.0  # seconds a THROTTLED answer may hold a call before it becomes a retry later

ORDERS = """
query ShipbenchOrders($first: Int!, $after: String, $query: String) {
  orders(first: $first, after: $after, query: $query, sortKey: UPDATED_AT) {
    pageInfo { hasNextPage endCursor }
    nodes {
      id name createdAt updatedAt processedAt cancelledAt
      displayFinancialStatus displayFulfillmentStatus
      email note currencyCode
      totalPriceSet { shopMoney { amount currencyCode } }
      shippingLine { title code }
      customer { displayName email }
      shippingAddress { name company address1 address2 city province zip countryCodeV2 phone }
      lineItems(first: 100) {
        nodes { id sku title quantity currentQuantity originalUnitPriceSet { shopMoney { amount currencyCode } } }
      }
      fulfillmentOrders(first: 10) { nodes { id status fulfillBy } }
    }
  }
}
"""

ORDER_FULFILLMENT = """
query ShipbenchOrderFulfillment($id: ID!, $namespace: String!) {
  order(id: $id) {
    id
    fulfillmentOrders(first: 10) {
      nodes { id status lineItems(first: 100) { nodes { id remainingQuantity lineItem { id } } } }
    }
    fulfillments(first: 100) { id status trackingInfo(first: 10) { company number } }
    metafields(first: 100, namespace: $namespace) { nodes { key value } }
  }
}
"""

METAFIELDS_SET = """
mutation ShipbenchRememberPackage($metafields: [MetafieldsSetInput!]!) {
  metafieldsSet(metafields: $metafields) { metafields { key value } userErrors { field message code } }
}
"""

FULFILLMENT_CREATE = """
mutation ShipbenchFulfil($fulfillment: FulfillmentInput!) {
  fulfillmentCreate(fulfillment: $fulfillment) {
    fulfillment { id status trackingInfo { company number } }
    userErrors { field message }
  }
}
"""

TRACKING_UPDATE = """
mutation ShipbenchTracking($fulfillmentId: ID!, $trackingInfoInput: FulfillmentTrackingInput!, $notifyCustomer: Boolean) {
  fulfillmentTrackingInfoUpdate(fulfillmentId: $fulfillmentId, trackingInfoInput: $trackingInfoInput, notifyCustomer: $notifyCustomer) {
    fulfillment { id trackingInfo { company number } }
    userErrors { field message }
  }
}
"""

SHOP = "query ShipbenchShop { shop { name myshopifyDomain } }"


# -- mapping -------------------------------------------------------------------------------


def _time(value: str | None) -> dt.datetime | None:
    return utc_time(value, "Shopify")


def _money(value: Any, what: str) -> tuple[Decimal, str]:
    shop = (value or {}).get("shopMoney") or {}
    try:
        return Decimal(str(shop.get("amount", "0"))), str(shop.get("currencyCode") or "")
    except InvalidOperation:
        raise RemoteRejected(
            Message("remote_invalid_amount", {"who": "Shopify", "amount": shop.get("amount"), "what": what})
        ) from None


def order_from_shopify(node: Mapping[str, Any]) -> RemoteOrder:
    order_id = str(node["id"])
    cancelled = bool(node.get("cancelledAt"))
    status = (
        "cancelled"
        if cancelled
        else ("shipped" if node.get("displayFulfillmentStatus") == "FULFILLED" else "unshipped")
    )
    updated = _time(node.get("updatedAt"))
    if updated is None:
        raise RemoteRejected(f"Shopify order {node.get('name') or order_id} has no updatedAt")
    total, currency = _money(node.get("totalPriceSet"), f"order {node.get('name')}")
    lines = []
    for item in (node.get("lineItems") or {}).get("nodes") or []:
        current = item.get("currentQuantity")
        quantity = int(item.get("quantity") or 0) if cancelled or current is None else int(current)
        if quantity <= 0:
            continue  # removed from the order
        price, _ = _money(item.get("originalUnitPriceSet"), f"line {item.get('id')}")
        lines.append(
            RemoteLine(
                line_id=str(item["id"]),
                sku=str(item.get("sku") or ""),
                title=str(item.get("title") or ""),
                quantity=quantity,
                unit_price=price,
            )
        )
    ship = node.get("shippingAddress") or {}
    customer = node.get("customer") or {}
    deadlines = [_time(fo.get("fulfillBy")) for fo in (node.get("fulfillmentOrders") or {}).get("nodes") or []]
    return RemoteOrder(
        id=order_id,
        number=str(node.get("name") or order_id),
        status=status,
        updated_at=updated,
        created_at=_time(node.get("createdAt")),
        paid_at=_time(node.get("processedAt") or node.get("createdAt"))
        if node.get("displayFinancialStatus") in PAID
        else None,
        currency=currency or str(node.get("currencyCode") or ""),
        total=total,
        shipping_service=str((node.get("shippingLine") or {}).get("title") or ""),
        buyer_name=str(customer.get("displayName") or ship.get("name") or ""),
        buyer_email=str(node.get("email") or customer.get("email") or ""),
        buyer_note=str(node.get("note") or ""),
        ship_to=RemoteAddress(
            name=str(ship.get("name") or ""),
            company=str(ship.get("company") or ""),
            address1=str(ship.get("address1") or ""),
            address2=str(ship.get("address2") or ""),
            city=str(ship.get("city") or ""),
            region=str(ship.get("province") or ""),
            postcode=str(ship.get("zip") or ""),
            country=str(ship.get("countryCodeV2") or "").upper()[:2],
            phone=str(ship.get("phone") or ""),
        ),
        lines=tuple(lines),
        ship_by=min((d for d in deadlines if d is not None), default=None),
    )


def metafield_key(package_reference: str) -> str:
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in package_reference)
    return f"pkg_{safe}"[:64]


# -- the connector ---------------------------------------------------------------------------


class ShopifyConnector:
    # The HTTP pace; the real limit is the query-cost bucket handled in ``_graphql``.
    rate_limit = RateLimit(per_second=4.0, burst=20)

    def __init__(
        self,
        endpoint: str,
        access_token: str,
        *,
        timeout: float = 20.0,
        page_size: int = 50,
        initial_days: int = 30,
        notify_customer: bool = True,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if not access_token:
            raise InvalidInput(Message("shopify_shop_needs_admin_api"))
        self.http = JsonHttp(
            endpoint,
            timeout=timeout,
            what="Shopify",
            headers={"X-Shopify-Access-Token": access_token},
            secrets=[access_token],
        )
        self.page_size = page_size
        self.initial_days = initial_days
        self.notify_customer = notify_customer
        self.sleep = sleep
        self._lock = threading.Lock()
        self._available: tuple[float, float, float] | None = None  # (points, restore rate, at monotonic)
        self._costs: dict[str, float] = {}  # document -> last requested cost

    # -- the connector interface ---------------------------------------------------------

    def pull_orders(self, updated_after: dt.datetime | None) -> Iterator[list[RemoteOrder]]:
        since = updated_after or dt.datetime.now(dt.UTC) - dt.timedelta(days=self.initial_days)
        variables: dict[str, Any] = {
            "first": self.page_size,
            "after": None,
            "query": f"updated_at:>='{_iso(since)}' fulfillment_status:unfulfilled",
        }
        while True:
            data = self._graphql(ORDERS, variables)
            orders = data["orders"]
            yield [order_from_shopify(node) for node in orders["nodes"]]
            if not orders["pageInfo"]["hasNextPage"]:
                return
            variables = {**variables, "after": orders["pageInfo"]["endCursor"]}

    def confirm_shipment(
        self, order_id: str, *, package_reference: str, carrier: str, tracking_number: str, lines: list[ConfirmedLine]
    ) -> str:
        order = self._order(order_id)
        done = _fulfillment_for(order, package_reference)
        if done is not None:
            return done
        groups = _allocate(order, lines)
        self._remember(order_id, package_reference, order, tracking_number)
        data = self._graphql(
            FULFILLMENT_CREATE,
            {
                "fulfillment": {
                    "lineItemsByFulfillmentOrder": groups,
                    "trackingInfo": {"company": carrier, "number": tracking_number},
                    "notifyCustomer": self.notify_customer,
                }
            },
            mutation=True,
        )["fulfillmentCreate"]
        _raise_user_errors(data, f"the fulfillment of order {order_id}")
        return str(data["fulfillment"]["id"])

    def find_shipment(self, order_id: str, *, package_reference: str, tracking_number: str | None = None) -> str | None:
        return _fulfillment_for(self._order(order_id), package_reference)

    def update_tracking(
        self, order_id: str, *, package_reference: str, shipment_id: str, carrier: str, tracking_number: str
    ) -> None:
        order = self._order(order_id)
        self._remember(order_id, package_reference, order, tracking_number)
        data = self._graphql(
            TRACKING_UPDATE,
            {
                "fulfillmentId": shipment_id,
                "trackingInfoInput": {"company": carrier, "number": tracking_number},
                "notifyCustomer": self.notify_customer,
            },
            mutation=True,
        )["fulfillmentTrackingInfoUpdate"]
        _raise_user_errors(data, f"the tracking correction of order {order_id}")

    def test_connection(self) -> str:
        shop = self._graphql(SHOP, {})["shop"]
        return f"Connected to Shopify shop {shop.get('name')} ({shop.get('myshopifyDomain')})"

    # -- calls -----------------------------------------------------------------------------

    def _order(self, order_id: str) -> Mapping[str, Any]:
        order = self._graphql(ORDER_FULFILLMENT, {"id": order_id, "namespace": METAFIELD_NAMESPACE})["order"]
        if order is None:
            raise RemoteRejected(
                Message("remote_has_no_order", {"who": "Shopify", "order_id": order_id}), code="not_found"
            )
        return order

    def _remember(self, order_id: str, reference: str, order: Mapping[str, Any], tracking: str) -> None:
        """Write the package's tracking numbers on the order before Shopify hears of the package."""
        known = _package_tracking(order, reference)
        if tracking in known:
            return
        data = self._graphql(
            METAFIELDS_SET,
            {
                "metafields": [
                    {
                        "ownerId": order_id,
                        "namespace": METAFIELD_NAMESPACE,
                        "key": metafield_key(reference),
                        "type": "single_line_text_field",
                        "value": ",".join([*known, tracking]),
                    }
                ]
            },
            mutation=True,
        )["metafieldsSet"]
        _raise_user_errors(data, f"the package note on order {order_id}")

    def _graphql(self, document: str, variables: dict[str, Any], *, mutation: bool = False) -> dict[str, Any]:
        for attempt in range(4):
            self._pace(document)
            try:
                _, body = self.http.post(
                    f"/admin/api/{API_VERSION}/graphql.json", {"query": document, "variables": variables}
                )
            except RemoteOutcomeUnknown as exc:
                if mutation:
                    raise
                raise RemoteUnreachable(exc.message) from None  # a query changes nothing: just a failure
            cost = (body.get("extensions") or {}).get("cost") or {}
            self._note_cost(document, cost)
            errors = body.get("errors")
            if errors:
                if isinstance(errors, list) and any(
                    (e.get("extensions") or {}).get("code") == "THROTTLED" for e in errors if isinstance(e, dict)
                ):
                    wait = _throttle_wait(cost)
                    if wait <= MAX_INLINE_WAIT and attempt < 3:
                        log.info("Shopify throttled a query; waiting %.1f s", wait)
                        self.sleep(wait)
                        continue
                    raise RemoteThrottled(
                        f"Shopify's API budget is used up; trying again in {wait:.0f} s", retry_after=wait
                    )
                raise RemoteRejected(
                    Message("remote_refused_request", {"who": "Shopify", "text": _messages(errors)}), code=_code(errors)
                )
            data = body.get("data")
            if not isinstance(data, dict):
                raise RemoteRejected(Message("remote_answered_without_data", {"who": "Shopify"}), retryable=True)
            return data
        raise RemoteThrottled(Message("remote_kept_throttling", {"who": "Shopify"}), retry_after=MAX_INLINE_WAIT)

    def _note_cost(self, document: str, cost: Mapping[str, Any]) -> None:
        status = cost.get("throttleStatus") or {}
        with self._lock:
            if cost.get("requestedQueryCost") is not None:
                self._costs[document] = float(cost["requestedQueryCost"])
            if status.get("currentlyAvailable") is not None and status.get("restoreRate"):
                self._available = (float(status["currentlyAvailable"]), float(status["restoreRate"]), time.monotonic())

    def _pace(self, document: str) -> None:
        """Wait until the bucket, as Shopify last reported it, can pay for this query."""
        with self._lock:
            if self._available is None or document not in self._costs:
                return
            points, rate, at = self._available
            need = self._costs[document] - (points + (time.monotonic() - at) * rate)
        if need > 0:
            self.sleep(min(need / rate, MAX_INLINE_WAIT))


def _throttle_wait(cost: Mapping[str, Any]) -> float:
    status = cost.get("throttleStatus") or {}
    try:
        requested = float(cost.get("requestedQueryCost") or 0)
        available = float(status.get("currentlyAvailable") or 0)
        rate = float(status.get("restoreRate") or 50)
    except (TypeError, ValueError):
        return 1.0
    return round(max(0.1, (requested - available) / rate), 2)


def _messages(errors: Any) -> str:
    if isinstance(errors, str):
        return errors
    return "; ".join(str(e.get("message", e)) if isinstance(e, dict) else str(e) for e in errors)[:300]


def _code(errors: Any) -> str:
    if isinstance(errors, list) and errors and isinstance(errors[0], dict):
        return str((errors[0].get("extensions") or {}).get("code") or "")
    return ""


def _raise_user_errors(payload: Mapping[str, Any], what: str) -> None:
    errors = payload.get("userErrors") or []
    if errors:
        raise RemoteRejected(
            Message("remote_refused_what", {"who": "Shopify", "what": what, "reason": _messages(errors)}),
            code="user_error",
        )


def _package_tracking(order: Mapping[str, Any], reference: str) -> list[str]:
    key = metafield_key(reference)
    for field in (order.get("metafields") or {}).get("nodes") or []:
        if field.get("key") == key:
            return [t for t in str(field.get("value") or "").split(",") if t]
    return []


def _fulfillment_for(order: Mapping[str, Any], reference: str) -> str | None:
    """The live fulfillment carrying one of the tracking numbers noted for this package."""
    numbers = set(_package_tracking(order, reference))
    if not numbers:
        return None
    for fulfillment in order.get("fulfillments") or []:
        if fulfillment.get("status") in ("CANCELLED", "ERROR", "FAILURE"):
            continue
        if any(info.get("number") in numbers for info in fulfillment.get("trackingInfo") or []):
            return str(fulfillment["id"])
    return None


def _allocate(order: Mapping[str, Any], lines: list[ConfirmedLine]) -> list[dict[str, Any]]:
    """Our lines (order line item ids) spread over the open fulfillment-order line items."""
    groups: dict[str, list[dict[str, Any]]] = {}
    open_items = [
        (fo["id"], item)
        for fo in (order.get("fulfillmentOrders") or {}).get("nodes") or []
        if fo.get("status") in ("OPEN", "IN_PROGRESS")
        for item in (fo.get("lineItems") or {}).get("nodes") or []
    ]
    for line in lines:
        left = line.quantity
        for fo_id, item in open_items:
            if left <= 0:
                break
            if (item.get("lineItem") or {}).get("id") != line.line_id or item.get("remainingQuantity", 0) <= 0:
                continue
            take = min(left, int(item["remainingQuantity"]))
            groups.setdefault(fo_id, []).append({"id": item["id"], "quantity": take})
            left -= take
        if left > 0:
            raise RemoteRejected(
                f"Shopify has nothing left to fulfil for line {line.line_id} of order {order.get('id')} "
                f"({left} more than is open; was it fulfilled or cancelled in Shopify?)"
            )
    return [{"fulfillmentOrderId": fo_id, "fulfillmentOrderLineItems": items} for fo_id, items in groups.items()]


def _iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def from_settings(base_url: str, settings: Mapping[str, Any], secrets: Mapping[str, str]) -> ShopifyConnector:
    """Registry factory. Settings: shop_domain (xxx.myshopify.com); secrets: access_token."""
    if base_url:
        endpoint = base_url.rstrip("/")
    else:
        domain = str(settings.get("shop_domain") or "").strip().removeprefix("https://").rstrip("/")
        if not domain:
            raise InvalidInput(Message("shopify_shop_needs_domain_your"))
        endpoint = f"https://{domain}"
    return ShopifyConnector(
        endpoint, secrets.get("access_token", ""), notify_customer=bool(settings.get("notify_customer", True))
    )
