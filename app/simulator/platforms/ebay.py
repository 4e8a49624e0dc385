"""The simulator's eBay face: OAuth token endpoint and the Sell Fulfillment API.

Orders come from the shared MarketplaceState and are served in eBay's order shape;
a shipping fulfillment is recorded in the shared ledger under its tracking number (eBay
keeps no reference of ours), so ``/mp/_ledger`` still shows each package once.
"""

from __future__ import annotations

import base64
import re
import secrets
import threading
import weakref
import zlib
from datetime import datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from app.simulator import consent
from app.simulator.errors import ApiError
from app.simulator.marketplace import parse_time
from app.simulator.request import current, json_reply
from app.simulator.routes import Params, Route, route
from app.simulator.seed import iso

if TYPE_CHECKING:
    from app.simulator.server import Simulator

API = "/sell/fulfillment/v1"
HANDLING_TIME = timedelta(days=3)  # the listing's handling time: shipByDate = checkout + 3 days
MAX_LIMIT = 200
_FILTER_DATE = re.compile(r"lastmodifieddate:\[(?P<start>[^\].]*(?:\.\d+)?Z?)\.\.(?P<end>[^\]]*)\]")
_FILTER_STATUS = re.compile(r"orderfulfillmentstatus:\{(?P<states>[A-Z_|]+)\}")

# eBay's documented error ids for the cases the face produces.
ERROR_IDS = {
    "invalid_token": (1001, "OAuth", "Invalid access token"),
    "throttled": (2001, "ACCESS", "Too many requests. The request limit has been reached for the resource."),
    "not_found": (32100, "API_FULFILLMENT", "Invalid order ID"),
    "invalid_lines": (32200, "API_FULFILLMENT", "Invalid line items or quantities"),
    "order_cancelled": (32800, "API_FULFILLMENT", "The order was cancelled"),
    "bad_request": (30700, "API_FULFILLMENT", "Invalid request"),
}


class _Tokens:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.access: set[str] = set()
        self.issued = 0


_TOKENS: weakref.WeakKeyDictionary[Simulator, _Tokens] = weakref.WeakKeyDictionary()
_TOKENS_LOCK = threading.Lock()


def _tokens(sim: Simulator) -> _Tokens:
    with _TOKENS_LOCK:
        return _TOKENS.setdefault(sim, _Tokens())


def render_error(error: ApiError) -> tuple[int, Any, dict[str, str]]:
    error_id, domain, message = ERROR_IDS.get(error.error, (30500, "API_FULFILLMENT", "System error"))
    if error.status == 429:
        error_id, domain, message = ERROR_IDS["throttled"]
    elif error.status >= 500:
        error_id, domain, message = 30500, "API_FULFILLMENT", "System error"
    body = {
        "errors": [
            {
                "errorId": error_id,
                "domain": domain,
                "category": "REQUEST" if error.status < 500 else "APPLICATION",
                "message": message,
                "longMessage": error.message,
            }
        ]
    }
    return error.status, body, {}


def _token_error(status: int, code: str, description: str) -> tuple[int, Any, dict[str, str]]:
    return status, {"error": code, "error_description": description}, {}


def render_token_error(error: ApiError) -> tuple[int, Any, dict[str, str]]:
    if error.status == 429 or error.status >= 500:
        return render_error(error)
    return _token_error(error.status, error.error, error.message)


# -- OAuth ------------------------------------------------------------------------------


def token(sim: Simulator, params: Params, query: Params, body: Any) -> tuple[int, Any]:
    """POST /identity/v1/oauth2/token: refresh_token or client_credentials grant."""
    request = current()
    auth = request.headers.get("Authorization") or ""
    try:
        client_id, _, client_secret = base64.b64decode(auth.removeprefix("Basic ")).decode().partition(":")
    except (ValueError, UnicodeError):
        client_id = client_secret = ""
    if not auth.startswith("Basic ") or not client_id or not client_secret:
        raise ApiError(401, "invalid_client", "client authentication failed")
    form = request.form()
    grant = form.get("grant_type", "")
    if grant == "refresh_token":
        refresh = form.get("refresh_token", "")
        if not refresh or refresh.startswith("revoked"):
            raise ApiError(
                400,
                "invalid_grant",
                "the provided authorization refresh token is invalid or was issued to another client",
            )
    elif grant == "authorization_code":
        refresh = consent.redeem(sim, "ebay", form.get("code", ""), client_id, form.get("redirect_uri", ""))
        if not refresh:
            raise ApiError(
                400, "invalid_grant", "the provided authorization grant code is invalid or was issued to another client"
            )
        tokens = _tokens(sim)
        with tokens.lock:
            tokens.issued += 1
            access = f"v^1.1#i^1#p^3#r^1#{secrets.token_hex(8)}"
            tokens.access.add(access)
        return 200, {
            "access_token": access,
            "expires_in": 7200,
            "refresh_token": refresh,
            "refresh_token_expires_in": 47304000,
            "token_type": "User Access Token",
        }
    elif grant != "client_credentials":
        raise ApiError(400, "unsupported_grant_type", f"grant type {grant!r} is not supported")
    tokens = _tokens(sim)
    with tokens.lock:
        tokens.issued += 1
        access = f"v^1.1#i^1#p^3#r^1#{secrets.token_hex(8)}"
        tokens.access.add(access)
    return 200, {"access_token": access, "expires_in": 7200, "token_type": "User Access Token"}


def authorize(sim: Simulator, params: Params, query: Params, body: Any) -> tuple[int, Any]:
    """GET /oauth2/authorize: the seller signs in and agrees (auth.ebay.com's consent page)."""
    return consent.consent(sim, "ebay", query)


def _authorize(sim: Simulator) -> None:
    header = current().headers.get("Authorization") or ""
    tokens = _tokens(sim)
    access = header.removeprefix("Bearer ").strip()
    with tokens.lock:
        valid = header.startswith("Bearer ") and access in tokens.access
        if valid and sim.faults.roll(sim.faults.expired_token_rate):
            tokens.access.discard(access)  # expired: only a refresh helps
            valid = False
    if not valid:
        raise ApiError(
            401, "invalid_token", "Invalid access token. Check the value of Authorization HTTP request header."
        )
    if sim.faults.roll(sim.faults.throttle_rate):
        raise ApiError(429, "throttled", "The request limit has been reached for the resource.")


# -- order shape ------------------------------------------------------------------------


def _confirmations(sim: Simulator, order_id: str) -> list[dict[str, Any]]:
    ledger = sim.marketplace.ledger()["confirmations"]
    return [entry for entry in ledger.values() if entry["order_id"] == order_id]


def _money(value: Decimal | str, currency: str) -> dict[str, str]:
    return {"value": f"{Decimal(value):.2f}", "currency": currency}


def ebay_order(order: dict[str, Any], confirmations: list[dict[str, Any]]) -> dict[str, Any]:
    shipped: dict[str, int] = {}
    for entry in confirmations:
        for line in entry["lines"]:
            shipped[line["line_id"]] = shipped.get(line["line_id"], 0) + line["quantity"]
    if order["status"] == "shipped":
        fulfillment = "FULFILLED"
    elif shipped:
        fulfillment = "IN_PROGRESS"
    else:
        fulfillment = "NOT_STARTED"
    currency = order.get("currency", "USD")
    created = parse_time(order["created_at"])
    ship_by = order.get("ship_by") or iso(created + HANDLING_TIME)
    ship = order["ship_to"]
    payment: dict[str, Any] = {
        "paymentMethod": "EBAY",
        "paymentReferenceId": f"PAY-{order['id']}",
        "amount": _money(order["total"], currency),
        "paymentStatus": "PAID" if order.get("paid_at") else "PENDING",
    }
    if order.get("paid_at"):
        payment["paymentDate"] = order["paid_at"]
    if order.get("payment_hold_until"):
        payment["paymentHolds"] = [
            {
                "holdReason": "NEW_SELLER",
                "holdState": "HELD",
                "expectedReleaseDate": order["payment_hold_until"],
                "holdAmount": _money(order["total"], currency),
            }
        ]
    instructions: dict[str, Any] = {
        "fulfillmentInstructionsType": "SHIP_TO",
        "ebaySupportedFulfillment": False,
        "shippingStep": {
            "shipTo": {
                "fullName": ship["name"],
                "contactAddress": {
                    "addressLine1": ship["address1"],
                    "city": ship["city"],
                    "postalCode": ship["postcode"],
                    "countryCode": ship["country"],
                },
                "primaryPhone": {"phoneNumber": ship.get("phone", "")},
                "email": order["buyer"]["email"],
            },
            "shippingCarrierCode": "",
            "shippingServiceCode": order.get("shipping_service", ""),
        },
    }
    address = instructions["shippingStep"]["shipTo"]["contactAddress"]
    if ship.get("address2"):
        address["addressLine2"] = ship["address2"]
    if ship.get("region"):
        address["stateOrProvince"] = ship["region"]
    if ship.get("company"):
        instructions["shippingStep"]["shipTo"]["companyName"] = ship["company"]
    cancelled = order["status"] == "cancelled"
    body: dict[str, Any] = {
        "orderId": order["id"],
        "legacyOrderId": order["number"],
        "creationDate": order["created_at"],
        "lastModifiedDate": order["updated_at"],
        "orderFulfillmentStatus": fulfillment,
        "orderPaymentStatus": "PAID" if order.get("paid_at") else "PENDING",
        "sellerId": "shipbench_demo",
        "buyer": {"username": order["buyer"]["email"].split("@")[0]},
        "pricingSummary": {"total": _money(order["total"], currency)},
        "cancelStatus": {
            "cancelState": "CANCELED" if cancelled else "NONE_REQUESTED",
            "cancelRequests": [{"cancelReason": "BUYER_ASKED_CANCEL", "cancelRequestState": "COMPLETED"}]
            if cancelled
            else [],
        },
        "paymentSummary": {"payments": [payment], "totalDueSeller": _money(order["total"], currency)},
        "fulfillmentStartInstructions": [instructions],
        "fulfillmentHrefs": [
            f"{API}/order/{order['id']}/shipping_fulfillment/{c['shipment_id']}" for c in confirmations
        ],
        "lineItems": [
            {
                "lineItemId": line["line_id"],
                "legacyItemId": str(110000000000 + zlib.crc32(line["sku"].encode()) % 10**9),
                "sku": line["sku"],
                "title": line.get("title", ""),
                "quantity": line["quantity"],
                # eBay: the unit price times the quantity, before discounts.
                "lineItemCost": _money(Decimal(line["unit_price"]) * line["quantity"], currency),
                "lineItemFulfillmentStatus": "FULFILLED"
                if shipped.get(line["line_id"], 0) >= line["quantity"]
                else ("IN_PROGRESS" if shipped.get(line["line_id"]) else "NOT_STARTED"),
                "lineItemFulfillmentInstructions": {"shipByDate": ship_by, "guaranteedDelivery": False},
            }
            for line in order["lines"]
        ],
    }
    if order.get("buyer_note"):
        body["buyerCheckoutNotes"] = order["buyer_note"]
    return body


def _matches(order: dict[str, Any], states: set[str] | None) -> bool:
    return states is None or order["orderFulfillmentStatus"] in states


def get_orders(sim: Simulator, params: Params, query: Params, body: Any) -> tuple[int, Any]:
    _authorize(sim)
    since: datetime | None = None
    states: set[str] | None = None
    for part in filter(None, (p.strip() for p in (query.get("filter") or "").split(","))):
        if (date := _FILTER_DATE.fullmatch(part)) is not None:
            try:
                since = parse_time(date.group("start").replace("Z", "+00:00"))
            except ValueError:
                raise ApiError(400, "bad_request", f"Invalid date in filter: {part}") from None
        elif (status := _FILTER_STATUS.fullmatch(part)) is not None:
            states = set(status.group("states").split("|"))
        else:
            raise ApiError(400, "bad_request", f"Invalid filter: {part}")
    try:
        limit = int(query.get("limit") or 50)
        offset = int(query.get("offset") or 0)
    except ValueError:
        raise ApiError(400, "bad_request", "limit and offset must be integers") from None
    if not 1 <= limit <= MAX_LIMIT or offset < 0:
        raise ApiError(400, "bad_request", f"limit must be 1..{MAX_LIMIT} and offset not negative")
    raw, _ = sim.marketplace.list_orders(updated_after=since, after=None, limit=10**9)
    ledger = sim.marketplace.ledger()["confirmations"]
    per_order: dict[str, list[dict[str, Any]]] = {}
    for entry in ledger.values():
        per_order.setdefault(entry["order_id"], []).append(entry)
    shaped = [ebay_order(o, per_order.get(o["id"], [])) for o in raw]
    # eBay documents no order; it answers newest checkout first.
    selected = sorted(
        (o for o in shaped if _matches(o, states)), key=lambda o: (o["creationDate"], o["orderId"]), reverse=True
    )
    page = selected[offset : offset + limit]
    base = {k: v for k, v in query.items() if k not in ("offset",)}
    result: dict[str, Any] = {
        "href": f"{API}/order?{urlencode({**base, 'offset': offset})}",
        "total": len(selected),
        "limit": limit,
        "offset": offset,
        "orders": page,
    }
    if offset + limit < len(selected):
        result["next"] = f"{API}/order?{urlencode({**base, 'offset': offset + limit})}"
    return 200, result


def get_order(sim: Simulator, params: Params, query: Params, body: Any) -> tuple[int, Any]:
    _authorize(sim)
    order = sim.marketplace.get_order(params["order_id"])
    return 200, ebay_order(order, _confirmations(sim, order["id"]))


def _fulfillment(entry: dict[str, Any]) -> dict[str, Any]:
    return {
        "fulfillmentId": entry["shipment_id"],
        "shipmentTrackingNumber": entry["tracking_number"],
        "shippingCarrierCode": entry["carrier"],
        "shippedDate": entry["confirmed_at"],
        "lineItems": [{"lineItemId": ln["line_id"], "quantity": ln["quantity"]} for ln in entry["lines"]],
    }


def create_fulfillment(sim: Simulator, params: Params, query: Params, body: Any) -> tuple[int, Any]:
    _authorize(sim)
    if not isinstance(body, dict):
        raise ApiError(400, "bad_request", "The request body must be a JSON object")
    tracking = body.get("trackingNumber")
    carrier = body.get("shippingCarrierCode")
    items = body.get("lineItems")
    if not isinstance(tracking, str) or not tracking.strip():
        raise ApiError(400, "bad_request", "trackingNumber is required")
    if not isinstance(carrier, str) or not carrier.strip():
        raise ApiError(400, "bad_request", "shippingCarrierCode is required")
    if not isinstance(items, list) or not items or not all(isinstance(x, dict) for x in items):
        raise ApiError(400, "invalid_lines", "lineItems must list {lineItemId, quantity}")
    lines = [{"line_id": x.get("lineItemId"), "quantity": x.get("quantity")} for x in items]
    # eBay keeps no reference of ours: the tracking number is what identifies the package.
    _, result = sim.marketplace.confirm_shipment(
        params["order_id"], package_reference=tracking, carrier=carrier, tracking_number=tracking, lines=lines
    )
    location = f"{API}/order/{params['order_id']}/shipping_fulfillment/{result['shipment_id']}"
    return 201, json_reply({}, {"Location": location})


def list_fulfillments(sim: Simulator, params: Params, query: Params, body: Any) -> tuple[int, Any]:
    _authorize(sim)
    sim.marketplace.get_order(params["order_id"])  # 404 for an unknown order
    fulfillments = [_fulfillment(e) for e in _confirmations(sim, params["order_id"])]
    return 200, {"fulfillments": fulfillments, "total": len(fulfillments)}


def get_fulfillment(sim: Simulator, params: Params, query: Params, body: Any) -> tuple[int, Any]:
    _authorize(sim)
    for entry in _confirmations(sim, params["order_id"]):
        if entry["shipment_id"] == params["fulfillment_id"]:
            return 200, _fulfillment(entry)
    raise ApiError(404, "not_found", f"No fulfillment {params['fulfillment_id']} on order {params['order_id']}")


_ORDER = r"(?P<order_id>[^/]+)"
ROUTES: tuple[Route, ...] = (
    route("POST", "/identity/v1/oauth2/token", token, render_error=render_token_error),
    route("GET", "/oauth2/authorize", authorize, render_error=render_token_error),
    route("GET", f"{API}/order", get_orders, render_error=render_error),
    route("GET", f"{API}/order/{_ORDER}", get_order, render_error=render_error),
    route(
        "POST",
        f"{API}/order/{_ORDER}/shipping_fulfillment",
        create_fulfillment,
        mutating=True,
        render_error=render_error,
    ),
    route("GET", f"{API}/order/{_ORDER}/shipping_fulfillment", list_fulfillments, render_error=render_error),
    route(
        "GET",
        f"{API}/order/{_ORDER}/shipping_fulfillment/(?P<fulfillment_id>[^/]+)",
        get_fulfillment,
        render_error=render_error,
    ),
)
