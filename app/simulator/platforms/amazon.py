"""The simulator's Amazon Selling Partner API face (Orders v0 + 2026-01-01 getOrder, Tokens, LWA).

Shapes follow Amazon's published models (selling-partner-api-models: ordersV0.json,
orders_2026-01-01.json, tokens_2021-03-01.json) and the LWA token endpoint:

- ``POST /auth/o2/token`` (form, grant_type=refresh_token) -> ``{"access_token": "Atza|…",
  "token_type": "bearer", "expires_in": 3600, "refresh_token": …}``; a refresh token that
  does not start with ``Atzr|`` -> 400 ``invalid_grant``.
- every SP-API route wants ``x-amz-access-token``; an unknown or expired one -> 403
  ``{"errors": [{"code": "Unauthorized", "message": "Access to requested resource is
  denied.", "details": "The access token you provided has expired."}]}`` (the
  ``expired_token`` fault expires the caller's token, so the client must refresh).
- ``throttle`` fault -> 429 ``QuotaExceeded`` with ``x-amzn-RateLimit-Limit`` (the
  operation's documented rate); every answer carries that header, as Amazon's do.
- ``POST /tokens/2021-03-01/restrictedDataToken`` -> an RDT; ``getOrders`` called with it
  shows the full ShippingAddress and BuyerInfo, without it only City/State/Postal/Country.
- ``confirmShipment`` is keyed by (order, packageReferenceId): a repeat with the same
  details changes nothing; with new tracking details it *edits* the package (Amazon's
  documented way to correct a shipment). The ledger key is ``"<orderId>/<packageReferenceId>"``.
- ``GET /orders/2026-01-01/orders/{id}?includedData=PACKAGES`` lists the confirmed packages.

Simplifications: AmazonOrderId is the simulator's order id (not the 3-7-7 form), the order
item id is the simulator's line id, there is no SigV4 / role check, no Pending -> Unshipped
clock, and NextToken does not expire.
"""

from __future__ import annotations

import re
import secrets
import threading
import weakref
import zlib
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from app.simulator.errors import ApiError
from app.simulator.marketplace import parse_time
from app.simulator.request import Reply, current, json_reply
from app.simulator.routes import Route, decode_page_token, encode_page_token, route

if TYPE_CHECKING:
    from app.simulator.server import Simulator

# Documented usage plans (requests per second, burst) of the operations served here.
RATES: dict[str, tuple[float, int]] = {
    "getOrders": (0.0167, 20),
    "getOrder": (0.5, 30),
    "getOrderItems": (0.5, 30),
    "confirmShipment": (2.0, 10),
    "createRestrictedDataToken": (1.0, 10),
    "getOrder2026": (0.5, 30),
}
MAX_RESULTS = 100
_ORDER = r"(?P<order_id>[^/]+)"
_DENIED = "Access to requested resource is denied."


class _Auth:
    """Issued access tokens and restricted data tokens of one simulator."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.tokens: set[str] = set()
        self.rdts: set[str] = set()
        self.refreshes = 0


_AUTH: weakref.WeakKeyDictionary[Simulator, _Auth] = weakref.WeakKeyDictionary()
_AUTH_LOCK = threading.Lock()


def auth_of(sim: Simulator) -> _Auth:
    with _AUTH_LOCK:
        return _AUTH.setdefault(sim, _Auth())


def render_error(error: ApiError) -> tuple[int, Any, dict[str, str]]:
    """Amazon's ErrorList: ``{"errors": [{"code", "message", "details"}]}``."""
    status = 400 if error.status in (409, 422) else error.status  # Amazon words state conflicts as bad input
    code = {
        400: "InvalidInput",
        403: "Unauthorized",
        404: "NotFound",
        429: "QuotaExceeded",
        503: "ServiceUnavailable",
    }.get(status, "InternalFailure")
    return status, {"errors": [{"code": code, "message": error.message, "details": error.extra.get("details", "")}]}, {}


def _lwa_error(error: ApiError) -> tuple[int, Any, dict[str, str]]:
    return error.status, {"error": error.error, "error_description": error.message}, {}


# -- Login with Amazon -------------------------------------------------------------------


def lwa_token(sim: Simulator, params: dict[str, str], query: dict[str, str], body: Any) -> tuple[int, Any]:
    form = current().form()
    if form.get("grant_type") != "refresh_token":
        raise ApiError(
            400, "unsupported_grant_type", "The authorization grant type is not supported by the authorization server"
        )
    if not form.get("client_id") or not form.get("client_secret"):
        raise ApiError(401, "invalid_client", "Client authentication failed")
    if not form.get("refresh_token", "").startswith("Atzr|"):
        raise ApiError(400, "invalid_grant", "The request has an invalid grant parameter : refresh_token")
    token = "Atza|" + secrets.token_urlsafe(24)
    auth = auth_of(sim)
    with auth.lock:
        auth.tokens.add(token)
        auth.refreshes += 1
    return 200, {
        "access_token": token,
        "refresh_token": form["refresh_token"],
        "token_type": "bearer",
        "expires_in": 3600,
    }


# -- checks every SP-API call goes through ------------------------------------------------


def _gate(sim: Simulator, operation: str, *, allow_rdt: bool = False) -> bool:
    """Auth and throttling; returns True when the caller used a restricted data token."""
    token = current().headers.get("x-amz-access-token") or ""
    auth = auth_of(sim)
    with auth.lock:
        is_rdt = allow_rdt and token in auth.rdts
        known = token in auth.tokens or is_rdt
        if known and not is_rdt and sim.faults.roll(sim.faults.expired_token_rate):
            auth.tokens.discard(token)
            raise ApiError(403, "unauthorized", _DENIED, details="The access token you provided has expired.")
    if not known:
        raise ApiError(
            403, "unauthorized", _DENIED, details="The access token you provided is revoked, malformed or invalid."
        )
    if sim.faults.roll(sim.faults.throttle_rate):
        raise ApiError(429, "throttled", "You exceeded your quota for the requested resource.", operation=operation)
    return is_rdt


def _reply(operation: str, status: int, payload: Any) -> tuple[int, Any]:
    return status, json_reply(payload, {"x-amzn-RateLimit-Limit": str(RATES[operation][0])})


def _render(operation: str):  # type: ignore[no-untyped-def]
    def render(error: ApiError) -> tuple[int, Any, dict[str, str]]:
        status, payload, headers = render_error(error)
        return status, payload, {**headers, "x-amzn-RateLimit-Limit": str(RATES[operation][0])}

    return render


# -- translation from the simulator's orders ----------------------------------------------


def _time(text: str | None) -> str | None:
    return parse_time(text).strftime("%Y-%m-%dT%H:%M:%SZ") if text else None


def _status(order: dict[str, Any], shipped: dict[str, int]) -> str:
    if order["status"] == "cancelled":
        return "Canceled"
    if order["status"] == "shipped":
        return "Shipped"
    if not order.get("paid_at"):
        return "Pending"
    return "PartiallyShipped" if any(shipped.values()) else "Unshipped"


def amazon_order(
    order: dict[str, Any], shipped: dict[str, int], marketplace_id: str, *, restricted: bool
) -> dict[str, Any]:
    ship = order["ship_to"]
    created = parse_time(order["created_at"])
    ordered = sum(line["quantity"] for line in order["lines"])
    sent = sum(shipped.values())
    status = _status(order, shipped)
    address: dict[str, Any] = {
        "City": ship["city"],
        "StateOrRegion": ship["region"],
        "PostalCode": ship["postcode"],
        "CountryCode": ship["country"],
    }
    buyer: dict[str, Any] = {}
    if restricted:
        address = {
            "Name": ship["name"],
            "AddressLine1": ship["address1"],
            **({"AddressLine2": ship["address2"]} if ship["address2"] else {}),
            **address,
            **({"Phone": ship["phone"]} if ship["phone"] else {}),
            "AddressType": "Commercial" if ship["company"] else "Residential",
        }
        if ship["company"]:
            address["CompanyName"] = ship["company"]
        buyer = {"BuyerEmail": order["buyer"]["email"], "BuyerName": order["buyer"]["name"]}
    raw: dict[str, Any] = {
        "AmazonOrderId": order["id"],
        "SellerOrderId": order["number"],
        "PurchaseDate": _time(order["created_at"]),
        "LastUpdateDate": _time(order["updated_at"]),
        "OrderStatus": status,
        "FulfillmentChannel": "MFN",
        "SalesChannel": "Amazon.de",
        "ShipServiceLevel": f"{order['shipping_service']} DE Dom_1",
        "NumberOfItemsShipped": sent,
        "NumberOfItemsUnshipped": 0 if status == "Canceled" else ordered - sent,
        "PaymentMethod": "Other",
        "PaymentMethodDetails": ["Standard"],
        "MarketplaceId": marketplace_id,
        "ShipmentServiceLevelCategory": order["shipping_service"],
        "OrderType": "StandardOrder",
        "EarliestShipDate": _time(created.isoformat()),
        "LatestShipDate": (created + timedelta(days=2)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "IsBusinessOrder": bool(ship["company"]),
        "IsPrime": False,
        "IsPremiumOrder": False,
        "IsGlobalExpressEnabled": False,
        "IsReplacementOrder": "false",
        "IsSoldByAB": False,
        "IsISPU": False,
        "IsAccessPointOrder": False,
        "BuyerInfo": buyer,
        "ShippingAddress": address,
    }
    if status != "Pending":  # Amazon leaves the total out until payment is authorised
        raw["OrderTotal"] = {"CurrencyCode": order["currency"], "Amount": order["total"]}
    return raw


def amazon_item(order: dict[str, Any], line: dict[str, Any], shipped: dict[str, int]) -> dict[str, Any]:
    item: dict[str, Any] = {
        "ASIN": "B0" + format(zlib.crc32(line["sku"].encode()) % 10**8, "08d"),
        "SellerSKU": line["sku"],
        "OrderItemId": line["line_id"],
        "Title": line["title"],
        "QuantityOrdered": 0 if order["status"] == "cancelled" else line["quantity"],
        "QuantityShipped": shipped.get(line["line_id"], 0),
        "IsGift": "false",
        "ConditionId": "New",
        "ConditionSubtypeId": "New",
    }
    if order.get("paid_at"):  # pricing is withheld while the order is Pending
        total = Decimal(line["unit_price"]) * line["quantity"]
        item["ItemPrice"] = {"CurrencyCode": order["currency"], "Amount": f"{total:.2f}"}
        item["ShippingPrice"] = {"CurrencyCode": order["currency"], "Amount": "0.00"}
    if order.get("buyer_note"):
        item["BuyerInfo"] = {"GiftMessageText": order["buyer_note"]}
    return item


# -- routes ------------------------------------------------------------------------------


_STATUSES = {
    "Pending",
    "Unshipped",
    "PartiallyShipped",
    "Shipped",
    "Canceled",
    "Unfulfillable",
    "InvoiceUnconfirmed",
    "PendingAvailability",
}


def _csv(query: dict[str, str], name: str) -> list[str]:
    values: list[str] = []
    for key, value in current().query_list:
        if key == name:
            values += [v for v in value.split(",") if v]
    return values


def _when(query: dict[str, str], name: str) -> datetime | None:
    if not query.get(name):
        return None
    try:
        return parse_time(query[name].replace("Z", "+00:00"))
    except ValueError:
        raise ApiError(400, "bad_request", f"{name} is not a valid ISO 8601 date time.") from None


def get_orders(sim: Simulator, params: dict[str, str], query: dict[str, str], body: Any) -> tuple[int, Any]:
    restricted = _gate(sim, "getOrders", allow_rdt=True)
    marketplaces = _csv(query, "MarketplaceIds")
    if not marketplaces:
        raise ApiError(400, "bad_request", "MarketplaceIds is required.")
    created_after, updated_after = _when(query, "CreatedAfter"), _when(query, "LastUpdatedAfter")
    if query.get("NextToken"):
        after = decode_page_token(query["NextToken"])
    else:
        after = None
        if (created_after is None) == (updated_after is None):
            raise ApiError(400, "bad_request", "Exactly one of CreatedAfter and LastUpdatedAfter must be specified.")
    statuses = set(_csv(query, "OrderStatuses")) or _STATUSES
    if statuses - _STATUSES:
        raise ApiError(400, "bad_request", f"{min(statuses - _STATUSES)} is not a valid OrderStatus.")
    channels = set(_csv(query, "FulfillmentChannels"))
    try:
        limit = min(MAX_RESULTS, max(1, int(query.get("MaxResultsPerPage") or MAX_RESULTS)))
    except ValueError:
        raise ApiError(400, "bad_request", "MaxResultsPerPage must be an integer between 1 and 100.") from None
    page, next_key = sim.marketplace.list_orders(updated_after=updated_after, after=after, limit=limit)
    orders = []
    for order in page:
        if created_after is not None and parse_time(order["created_at"]) < created_after:
            continue
        raw = amazon_order(
            order, sim.marketplace.shipped_quantities(order["id"]), marketplaces[0], restricted=restricted
        )
        if raw["OrderStatus"] in statuses and (not channels or "MFN" in channels):
            orders.append(raw)
    payload: dict[str, Any] = {"Orders": orders}
    if updated_after is not None:
        payload["LastUpdatedBefore"] = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    else:
        payload["CreatedBefore"] = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    if next_key is not None:
        payload["NextToken"] = encode_page_token(next_key)
    return _reply("getOrders", 200, {"payload": payload})


def get_order(sim: Simulator, params: dict[str, str], query: dict[str, str], body: Any) -> tuple[int, Any]:
    restricted = _gate(sim, "getOrder", allow_rdt=True)
    order = sim.marketplace.get_order(params["order_id"])
    shipped = sim.marketplace.shipped_quantities(order["id"])
    return _reply("getOrder", 200, {"payload": amazon_order(order, shipped, "A1PA6795UKMFR9", restricted=restricted)})


def get_order_items(sim: Simulator, params: dict[str, str], query: dict[str, str], body: Any) -> tuple[int, Any]:
    _gate(sim, "getOrderItems", allow_rdt=True)
    order = sim.marketplace.get_order(params["order_id"])
    shipped = sim.marketplace.shipped_quantities(order["id"])
    lines = order["lines"]
    page_size = 2  # small pages so clients must follow NextToken (Amazon pages long orders too)
    start = 0
    if query.get("NextToken"):
        try:
            start = int(query["NextToken"].removeprefix("items-"))
        except ValueError:
            raise ApiError(400, "bad_request", "Invalid NextToken.") from None
    payload: dict[str, Any] = {
        "AmazonOrderId": order["id"],
        "OrderItems": [amazon_item(order, line, shipped) for line in lines[start : start + page_size]],
    }
    if start + page_size < len(lines):
        payload["NextToken"] = f"items-{start + page_size}"
    return _reply("getOrderItems", 200, {"payload": payload})


def create_rdt(sim: Simulator, params: dict[str, str], query: dict[str, str], body: Any) -> tuple[int, Any]:
    _gate(sim, "createRestrictedDataToken")
    resources = body.get("restrictedResources") if isinstance(body, dict) else None
    if not isinstance(resources, list) or not resources:
        raise ApiError(400, "bad_request", "restrictedResources is required.")
    for resource in resources:
        path = resource.get("path", "") if isinstance(resource, dict) else ""
        if not path.startswith("/orders/v0/orders"):
            raise ApiError(400, "bad_request", f"{path!r} is not a restricted operation.")
    token = "Atz.sprdt|" + secrets.token_urlsafe(24)
    auth = auth_of(sim)
    with auth.lock:
        auth.rdts.add(token)
    return _reply("createRestrictedDataToken", 200, {"restrictedDataToken": token, "expiresIn": 3600})


_NUMERIC = re.compile(r"[1-9][0-9]{0,18}")


def confirm_shipment(sim: Simulator, params: dict[str, str], query: dict[str, str], body: Any) -> tuple[int, Any]:
    _gate(sim, "confirmShipment")
    order_id = params["order_id"]
    detail = body.get("packageDetail") if isinstance(body, dict) else None
    if not isinstance(detail, dict) or not body.get("marketplaceId"):
        raise ApiError(400, "bad_request", "The request body must have packageDetail and marketplaceId.")
    reference = detail.get("packageReferenceId")
    if not isinstance(reference, str) or not _NUMERIC.fullmatch(reference):
        raise ApiError(
            400,
            "bad_request",
            "The input you have submitted is not valid. Please check the fields with invalid type [packageDetail.packageReferenceId].",
        )
    carrier = detail.get("carrierName") if detail.get("carrierCode") == "Other" else detail.get("carrierCode")
    tracking = detail.get("trackingNumber")
    if not carrier or not isinstance(tracking, str) or not tracking or not detail.get("shipDate"):
        raise ApiError(400, "bad_request", "carrierCode, trackingNumber and shipDate are required.")
    items = detail.get("orderItems")
    if not isinstance(items, list) or not items:
        raise ApiError(400, "bad_request", "orderItems is required.")
    order = sim.marketplace.get_order(order_id)
    known = {line["line_id"] for line in order["lines"]}
    lines = []
    for item in items:
        item_id = item.get("orderItemId") if isinstance(item, dict) else None
        if item_id not in known:
            raise ApiError(
                400,
                "bad_request",
                "OrderItemId is invalid, please obtain the value through the getOrderItems API or Manage Orders page",
            )
        lines.append({"line_id": item_id, "quantity": item.get("quantity")})
    key = f"{order_id}/{reference}"
    existing = next(iter(sim.marketplace.find_shipments(order_id, key)), None)
    if existing is not None:  # the same package again: Amazon edits it in place
        if existing["tracking_number"] != tracking or existing["carrier"] != carrier:
            sim.marketplace.update_tracking(
                order_id, existing["shipment_id"], tracking_number=tracking, carrier=carrier
            )
        else:
            sim.marketplace.confirm_shipment(
                order_id, package_reference=key, carrier=carrier, tracking_number=tracking, lines=lines
            )
        return 204, Reply(b"", "application/json", {"x-amzn-RateLimit-Limit": str(RATES["confirmShipment"][0])})
    if order["status"] == "cancelled":
        raise ApiError(400, "bad_request", "The order has been canceled and cannot be shipped.")
    sim.marketplace.confirm_shipment(
        order_id, package_reference=key, carrier=carrier, tracking_number=tracking, lines=lines
    )
    return 204, Reply(b"", "application/json", {"x-amzn-RateLimit-Limit": str(RATES["confirmShipment"][0])})


def get_order_2026(sim: Simulator, params: dict[str, str], query: dict[str, str], body: Any) -> tuple[int, Any]:
    _gate(sim, "getOrder2026")
    order = sim.marketplace.get_order(params["order_id"])
    included = set(_csv(query, "includedData"))
    result: dict[str, Any] = {
        "orderId": order["id"],
        "createdTime": _time(order["created_at"]),
        "lastUpdatedTime": _time(order["updated_at"]),
        "salesChannel": {"channelName": "AMAZON", "marketplaceId": "A1PA6795UKMFR9", "marketplaceName": "Amazon.de"},
        "orderItems": [
            {"orderItemId": line["line_id"], "quantityOrdered": line["quantity"], "product": {"sellerSku": line["sku"]}}
            for line in order["lines"]
        ],
    }
    if "PACKAGES" in included:
        result["packages"] = [
            {
                "packageReferenceId": entry["package_reference"].split("/", 1)[1],
                "createdTime": _time(entry["confirmed_at"]),
                "packageStatus": {"status": "SHIPPED"},
                "carrier": entry["carrier"],
                "shipTime": _time(entry["confirmed_at"]),
                "trackingNumber": entry["tracking_number"],
                "packageItems": [{"orderItemId": x["line_id"], "quantity": x["quantity"]} for x in entry["lines"]],
            }
            for entry in sim.marketplace.find_shipments(order["id"])
            if entry["package_reference"].startswith(f"{order['id']}/")
        ]
    return _reply("getOrder2026", 200, {"order": result})


ROUTES: tuple[Route, ...] = (
    route("POST", "/auth/o2/token", lwa_token, render_error=_lwa_error),
    route(
        "POST", "/tokens/2021-03-01/restrictedDataToken", create_rdt, render_error=_render("createRestrictedDataToken")
    ),
    route("GET", "/orders/v0/orders", get_orders, render_error=_render("getOrders")),
    route("GET", f"/orders/v0/orders/{_ORDER}", get_order, render_error=_render("getOrder")),
    route("GET", f"/orders/v0/orders/{_ORDER}/orderItems", get_order_items, render_error=_render("getOrderItems")),
    route(
        "POST",
        f"/orders/v0/orders/{_ORDER}/shipmentConfirmation",
        confirm_shipment,
        mutating=True,
        render_error=_render("confirmShipment"),
    ),
    route("GET", f"/orders/2026-01-01/orders/{_ORDER}", get_order_2026, render_error=_render("getOrder2026")),
)
