"""The simulator's Shopify Admin GraphQL face (``POST /admin/api/<version>/graphql.json``).

It answers the documents Shipbench's connector sends, recognised by their root field
(``orders``, ``order``, ``shop``, ``fulfillmentCreate``, ``fulfillmentTrackingInfoUpdate``):
it does not parse GraphQL, and always returns the full objects those documents select.
Shapes follow the 2025-01 Admin API reference: connections with ``nodes`` and
``pageInfo``, ``MoneyBag``, ``MailingAddress``, fulfillment orders, ``userErrors``.

- ``X-Shopify-Access-Token`` must look like an Admin API token (``shpat_…``), else 401
  ``{"errors": "[API] Invalid API key or access token (unrecognized login or wrong password)"}``.
  Shopify's offline tokens do not expire, so the ``expired_token`` fault does not apply.
- Cost-based throttling: a leaky bucket of 1000 points restored at 50 points/s; every
  answer carries ``extensions.cost`` (requestedQueryCost, actualQueryCost, throttleStatus).
  A request costing more than what is available gets ``errors[0].extensions.code ==
  "THROTTLED"`` (HTTP 200); the ``throttle`` fault drains the bucket to just below the cost.
- ``fulfillmentCreate`` is not idempotent on Shopify: sending it twice makes two
  fulfillments while quantities remain. Each one is a separate ledger entry
  (``"<order id>/shopify-<n>"``), so a connector that retries blindly shows up in the ledger.

Simplifications: one fulfillment order per order, no locations, holds or fulfillment
services; ``query`` filters understood: ``updated_at:>=…`` and ``fulfillment_status:unfulfilled``.
"""

from __future__ import annotations

import itertools
import re
import threading
import time
import weakref
from datetime import timedelta
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, unquote

from app.simulator.errors import ApiError
from app.simulator.marketplace import parse_time
from app.simulator.request import current, json_reply
from app.simulator.routes import Route, decode_page_token, encode_page_token, route

if TYPE_CHECKING:
    from app.simulator.server import Simulator

MAXIMUM = 1000.0
RESTORE_RATE = 50.0
MUTATION_COST = 10
_GID = "gid://shopify/"


class _Bucket:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.available = MAXIMUM
        self.stamp = time.monotonic()
        self.serial = itertools.count(1)
        self.metafields: dict[tuple[str, str, str], dict[str, Any]] = {}  # (owner gid, namespace, key)

    def refill(self) -> None:
        now = time.monotonic()
        self.available = min(MAXIMUM, self.available + (now - self.stamp) * RESTORE_RATE)
        self.stamp = now

    def status(self) -> dict[str, float]:
        return {"maximumAvailable": MAXIMUM, "currentlyAvailable": round(self.available), "restoreRate": RESTORE_RATE}


_BUCKETS: weakref.WeakKeyDictionary[Simulator, _Bucket] = weakref.WeakKeyDictionary()
_BUCKETS_LOCK = threading.Lock()


def bucket_of(sim: Simulator) -> _Bucket:
    with _BUCKETS_LOCK:
        return _BUCKETS.setdefault(sim, _Bucket())


def render_error(error: ApiError) -> tuple[int, Any, dict[str, str]]:
    """Shopify's HTTP-level errors: ``{"errors": "<text>"}``."""
    headers = {"Retry-After": "2.0"} if error.status == 429 else {}
    return error.status, {"errors": error.message}, headers


# -- translation -------------------------------------------------------------------------


def gid(kind: str, value: str) -> str:
    return f"{_GID}{kind}/{quote(value, safe='')}"


def ungid(kind: str, value: Any) -> str | None:
    prefix = f"{_GID}{kind}/"
    return unquote(value[len(prefix) :]) if isinstance(value, str) and value.startswith(prefix) else None


def _money(amount: str, currency: str) -> dict[str, Any]:
    return {"shopMoney": {"amount": amount, "currencyCode": currency}}


def _time(text: str | None) -> str | None:
    return parse_time(text).strftime("%Y-%m-%dT%H:%M:%SZ") if text else None


def _fulfillment_status(order: dict[str, Any], shipped: dict[str, int]) -> str:
    if all(shipped.get(line["line_id"], 0) >= line["quantity"] for line in order["lines"]):
        return "FULFILLED"
    return "PARTIALLY_FULFILLED" if any(shipped.values()) else "UNFULFILLED"


def _fulfillments(sim: Simulator, order_id: str) -> list[dict[str, Any]]:
    return [
        {
            "id": gid("Fulfillment", entry["shipment_id"]),
            "status": "SUCCESS",
            "createdAt": _time(entry["confirmed_at"]),
            "trackingInfo": [{"company": entry["carrier"], "number": entry["tracking_number"], "url": None}],
            "fulfillmentLineItems": {
                "nodes": [
                    {"lineItem": {"id": gid("LineItem", x["line_id"])}, "quantity": x["quantity"]}
                    for x in entry["lines"]
                ]
            },
        }
        for entry in sim.marketplace.find_shipments(order_id)
        if "/shopify-" in entry["package_reference"]
    ]


def shopify_order(sim: Simulator, order: dict[str, Any]) -> dict[str, Any]:
    ship = order["ship_to"]
    shipped = sim.marketplace.shipped_quantities(order["id"])
    cancelled = order["status"] == "cancelled"
    status = _fulfillment_status(order, shipped)
    first, _, last = ship["name"].rpartition(" ")
    digits = re.sub(r"\D", "", order["id"])
    fo_status = "CANCELLED" if cancelled else ("CLOSED" if status == "FULFILLED" else "OPEN")
    return {
        "id": gid("Order", order["id"]),
        "name": f"#{digits or order['id']}",
        "createdAt": _time(order["created_at"]),
        "updatedAt": _time(order["updated_at"]),
        "processedAt": _time(order["paid_at"] or order["created_at"]),
        "cancelledAt": _time(order["updated_at"]) if cancelled else None,
        "closed": status == "FULFILLED",
        "displayFinancialStatus": "PAID" if order.get("paid_at") else "PENDING",
        "displayFulfillmentStatus": status,
        "email": order["buyer"]["email"],
        "note": order.get("buyer_note") or None,
        "currencyCode": order["currency"],
        "totalPriceSet": _money(order["total"], order["currency"]),
        "shippingLine": {"title": order["shipping_service"], "code": order["shipping_service"]},
        "customer": {"displayName": order["buyer"]["name"], "email": order["buyer"]["email"]},
        "shippingAddress": {
            "name": ship["name"],
            "firstName": first or None,
            "lastName": last,
            "company": ship["company"] or None,
            "address1": ship["address1"],
            "address2": ship["address2"] or None,
            "city": ship["city"],
            "province": ship["region"] or None,
            "provinceCode": None,
            "zip": ship["postcode"],
            "countryCodeV2": ship["country"],
            "phone": ship["phone"] or None,
        },
        "lineItems": {
            "nodes": [
                {
                    "id": gid("LineItem", line["line_id"]),
                    "sku": line["sku"],
                    "title": line["title"],
                    "name": line["title"],
                    "quantity": line["quantity"],
                    "currentQuantity": 0 if cancelled else line["quantity"],
                    "originalUnitPriceSet": _money(line["unit_price"], order["currency"]),
                }
                for line in order["lines"]
            ],
            "pageInfo": {"hasNextPage": False, "endCursor": None},
        },
        "fulfillmentOrders": {
            "nodes": [
                {
                    "id": gid("FulfillmentOrder", order["id"]),
                    "status": fo_status,
                    "fulfillBy": (parse_time(order["created_at"]) + timedelta(days=3)).strftime("%Y-%m-%dT%H:%M:%SZ"),
                    "lineItems": {
                        "nodes": [
                            {
                                "id": gid("FulfillmentOrderLineItem", line["line_id"]),
                                "totalQuantity": line["quantity"],
                                "remainingQuantity": 0
                                if cancelled
                                else line["quantity"] - shipped.get(line["line_id"], 0),
                                "lineItem": {"id": gid("LineItem", line["line_id"])},
                            }
                            for line in order["lines"]
                        ]
                    },
                }
            ]
        },
        "fulfillments": _fulfillments(sim, order["id"]),
        "metafields": {"nodes": _metafields(sim, gid("Order", order["id"]))},
    }


def _metafields(sim: Simulator, owner: str) -> list[dict[str, Any]]:
    bucket = bucket_of(sim)
    with bucket.lock:
        return [dict(m) for (o, _n, _k), m in sorted(bucket.metafields.items()) if o == owner]


# -- operations ----------------------------------------------------------------------------


def _orders(sim: Simulator, variables: dict[str, Any]) -> tuple[Any, int]:
    first = variables.get("first")
    if not isinstance(first, int) or not 1 <= first <= 250:
        raise _GraphQLError("first must be between 1 and 250", "BAD_USER_INPUT")
    search = str(variables.get("query") or "")
    updated_after = None
    match = re.search(r"updated_at:>=?'?\"?([0-9T:.\-+Z]+)", search)
    if match:
        try:
            updated_after = parse_time(match.group(1).replace("Z", "+00:00"))
        except ValueError:
            raise _GraphQLError(f"invalid date in query: {match.group(1)}", "BAD_USER_INPUT") from None
    unfulfilled = "fulfillment_status:unfulfilled" in search
    after = variables.get("after")
    try:
        key = decode_page_token(after) if after else None
    except ApiError:
        raise _GraphQLError("Invalid cursor for current pagination sort.", "BAD_USER_INPUT") from None
    page, next_key = sim.marketplace.list_orders(updated_after=updated_after, after=key, limit=first)
    nodes = []
    for order in page:
        node = shopify_order(sim, order)
        if unfulfilled and node["displayFulfillmentStatus"] == "FULFILLED":
            continue
        nodes.append(node)
    last_cursor = encode_page_token(next_key) if next_key else None
    data = {
        "orders": {
            "nodes": nodes,
            "pageInfo": {"hasNextPage": next_key is not None, "endCursor": last_cursor},
        }
    }
    return data, 2 + len(nodes) * 5


def _order(sim: Simulator, variables: dict[str, Any]) -> tuple[Any, int]:
    order_id = ungid("Order", variables.get("id"))
    try:
        order = sim.marketplace.get_order(order_id) if order_id else None
    except ApiError:
        order = None
    return {"order": shopify_order(sim, order) if order else None}, 12


def _shop(sim: Simulator, variables: dict[str, Any]) -> tuple[Any, int]:
    return {"shop": {"name": "Shipbench Demo Shop", "myshopifyDomain": "shipbench-demo.myshopify.com"}}, 1


def _user_error(field: list[str], message: str) -> dict[str, Any]:
    return {"field": field, "message": message}


def _fulfillment_create(sim: Simulator, variables: dict[str, Any]) -> tuple[Any, int]:
    spec = variables.get("fulfillment") or {}
    groups = spec.get("lineItemsByFulfillmentOrder") or []
    tracking = spec.get("trackingInfo") or {}
    payload: dict[str, Any] = {"fulfillment": None, "userErrors": []}
    if not groups:
        payload["userErrors"].append(
            _user_error(["fulfillment"], "The required line_items_by_fulfillment_order field is missing.")
        )
        return {"fulfillmentCreate": payload}, MUTATION_COST
    order_id = ungid("FulfillmentOrder", groups[0].get("fulfillmentOrderId"))
    try:
        order = sim.marketplace.get_order(order_id) if order_id else None
    except ApiError:
        order = None
    if order is None or len(groups) != 1:
        payload["userErrors"].append(_user_error(["fulfillment"], "Fulfillment order does not exist."))
        return {"fulfillmentCreate": payload}, MUTATION_COST
    if order["status"] == "cancelled":
        payload["userErrors"].append(
            _user_error(
                ["fulfillment"],
                f"Fulfillment order {groups[0]['fulfillmentOrderId']} has an unfulfillable status= cancelled.",
            )
        )
        return {"fulfillmentCreate": payload}, MUTATION_COST
    shipped = sim.marketplace.shipped_quantities(order["id"])
    ordered = {line["line_id"]: line["quantity"] for line in order["lines"]}
    wanted = groups[0].get("fulfillmentOrderLineItems")
    if wanted is None:  # all that remains
        lines = [{"line_id": k, "quantity": v - shipped.get(k, 0)} for k, v in ordered.items() if v > shipped.get(k, 0)]
    else:
        lines = []
        for item in wanted:
            line_id = ungid("FulfillmentOrderLineItem", item.get("id"))
            quantity = item.get("quantity")
            if (
                line_id not in ordered
                or not isinstance(quantity, int)
                or quantity < 1
                or quantity > ordered[line_id] - shipped.get(line_id, 0)
            ):
                payload["userErrors"].append(
                    _user_error(["fulfillment"], "Invalid fulfillment order line item quantity requested.")
                )
                return {"fulfillmentCreate": payload}, MUTATION_COST
            lines.append({"line_id": line_id, "quantity": quantity})
    if not lines:
        payload["userErrors"].append(
            _user_error(["fulfillment"], "Invalid fulfillment order line item quantity requested.")
        )
        return {"fulfillmentCreate": payload}, MUTATION_COST
    key = f"{order['id']}/shopify-{next(bucket_of(sim).serial)}"
    _, result = sim.marketplace.confirm_shipment(
        order["id"],
        package_reference=key,
        carrier=str(tracking.get("company") or "Other"),
        tracking_number=str(tracking.get("number") or ""),
        lines=lines,
    )
    fulfillment = next(
        f for f in _fulfillments(sim, order["id"]) if f["id"] == gid("Fulfillment", result["shipment_id"])
    )
    payload["fulfillment"] = fulfillment
    return {"fulfillmentCreate": payload}, MUTATION_COST


def _tracking_update(sim: Simulator, variables: dict[str, Any]) -> tuple[Any, int]:
    shipment_id = ungid("Fulfillment", variables.get("fulfillmentId"))
    info = variables.get("trackingInfoInput") or {}
    payload: dict[str, Any] = {"fulfillment": None, "userErrors": []}
    entry = next(
        (e for e in sim.marketplace.ledger()["confirmations"].values() if e["shipment_id"] == shipment_id), None
    )
    if entry is None:
        payload["userErrors"].append(_user_error(["fulfillmentId"], "Fulfillment does not exist."))
        return {"fulfillmentTrackingInfoUpdate": payload}, MUTATION_COST
    try:
        sim.marketplace.update_tracking(
            entry["order_id"],
            entry["shipment_id"],
            tracking_number=str(info.get("number") or ""),
            carrier=info.get("company"),
        )
    except ApiError as exc:
        payload["userErrors"].append(_user_error(["trackingInfoInput"], exc.message))
        return {"fulfillmentTrackingInfoUpdate": payload}, MUTATION_COST
    payload["fulfillment"] = next(
        f for f in _fulfillments(sim, entry["order_id"]) if f["id"] == variables.get("fulfillmentId")
    )
    return {"fulfillmentTrackingInfoUpdate": payload}, MUTATION_COST


def _metafields_set(sim: Simulator, variables: dict[str, Any]) -> tuple[Any, int]:
    """``metafieldsSet``: an upsert per (owner, namespace, key); orders only here."""
    payload: dict[str, Any] = {"metafields": [], "userErrors": []}
    items = variables.get("metafields") or []
    for index, item in enumerate(items):
        owner, key, namespace = item.get("ownerId"), str(item.get("key") or ""), str(item.get("namespace") or "")
        order_id = ungid("Order", owner)
        try:
            sim.marketplace.get_order(order_id) if order_id else None
        except ApiError:
            order_id = None
        if order_id is None:
            payload["userErrors"].append(
                {"field": ["metafields", str(index), "ownerId"], "message": "Owner does not exist.", "code": "INVALID"}
            )
        elif not re.fullmatch(r"[A-Za-z0-9_-]{2,64}", key) or len(namespace) < 3:
            payload["userErrors"].append(
                {"field": ["metafields", str(index), "key"], "message": "Key is invalid.", "code": "INVALID"}
            )
    if payload["userErrors"]:
        return {"metafieldsSet": payload}, MUTATION_COST
    bucket = bucket_of(sim)
    with bucket.lock:
        for item in items:
            field = {
                "namespace": item["namespace"],
                "key": item["key"],
                "type": item.get("type") or "single_line_text_field",
                "value": str(item.get("value") or ""),
            }
            bucket.metafields[(item["ownerId"], item["namespace"], item["key"])] = field
            payload["metafields"].append(dict(field))
    return {"metafieldsSet": payload}, MUTATION_COST


_OPERATIONS = (
    (re.compile(r"\bmetafieldsSet\s*\("), _metafields_set, MUTATION_COST),
    (re.compile(r"\bfulfillmentCreate\s*\("), _fulfillment_create, MUTATION_COST),
    (re.compile(r"\bfulfillmentTrackingInfoUpdate\s*\("), _tracking_update, MUTATION_COST),
    (re.compile(r"\borders\s*\("), _orders, None),
    (re.compile(r"\border\s*\("), _order, 12),
    (re.compile(r"\bshop\s*\{"), _shop, 1),
)


class _GraphQLError(Exception):
    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.code = code


def graphql(sim: Simulator, params: dict[str, str], query: dict[str, str], body: Any) -> tuple[int, Any]:
    token = current().headers.get("X-Shopify-Access-Token") or ""
    if not token.startswith("shpat_"):
        raise ApiError(
            401, "unauthorized", "[API] Invalid API key or access token (unrecognized login or wrong password)"
        )
    if not isinstance(body, dict) or not isinstance(body.get("query"), str):
        raise ApiError(400, "bad_request", "Parameter Missing or Invalid")
    document, variables = body["query"], body.get("variables") or {}
    operation = next(((handler, cost) for pattern, handler, cost in _OPERATIONS if pattern.search(document)), None)
    if operation is None:
        return 200, {
            "errors": [{"message": "Field is not supported by the simulator", "extensions": {"code": "undefinedField"}}]
        }
    handler, fixed_cost = operation
    requested = fixed_cost if fixed_cost is not None else 2 + int(variables.get("first") or 1) * 5
    bucket = bucket_of(sim)
    with bucket.lock:
        bucket.refill()
        if sim.faults.roll(sim.faults.throttle_rate):
            bucket.available = min(bucket.available, max(0.0, requested - 10))
        if requested > bucket.available:
            return 200, {
                "errors": [
                    {
                        "message": "Throttled",
                        "extensions": {
                            "code": "THROTTLED",
                            "documentation": "https://shopify.dev/api/usage/limits#rate-limits",
                        },
                    }
                ],
                "extensions": {
                    "cost": {
                        "requestedQueryCost": requested,
                        "actualQueryCost": None,
                        "throttleStatus": bucket.status(),
                    }
                },
            }
        bucket.available -= requested
    try:
        data, actual = handler(sim, variables)
    except _GraphQLError as exc:
        return 200, {"errors": [{"message": str(exc), "extensions": {"code": exc.code}}]}
    with bucket.lock:
        bucket.available = min(MAXIMUM, bucket.available + max(0, requested - actual))  # refund the unused part
        status = bucket.status()
    extensions = {"cost": {"requestedQueryCost": requested, "actualQueryCost": actual, "throttleStatus": status}}
    return 200, json_reply({"data": data, "extensions": extensions})


ROUTES: tuple[Route, ...] = (
    route(
        "POST", r"/admin/api/(?P<version>20\d\d-\d\d)/graphql\.json", graphql, mutating=True, render_error=render_error
    ),
)
