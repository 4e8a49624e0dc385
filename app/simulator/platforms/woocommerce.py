"""The simulator's WooCommerce face: REST API v3 orders, order notes, Shipment Tracking.

Orders come from the shared MarketplaceState in WooCommerce's shape (numeric ids, GMT
dates without a zone, money as strings). A shipment is an order update carrying the
meta entry ``_shipbench_shipment_<package reference>``; the face records it in the shared
ledger under that reference, so ``/mp/_ledger`` shows each package once.
"""

from __future__ import annotations

import base64
import math
import re
import threading
import weakref
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from app.simulator.errors import ApiError
from app.simulator.marketplace import parse_time
from app.simulator.request import current, json_reply
from app.simulator.routes import Params, Route, route

if TYPE_CHECKING:
    from app.simulator.server import Simulator

API = "/wp-json/wc/v3"
META_PREFIX = "_shipbench_shipment_"
MAX_PER_PAGE = 100
_STATE_ID = re.compile(r"MP-(\d+)")
_STATE_LINE = re.compile(r"MP-(\d+)-(\d{1,2})")


@dataclass
class _Store:
    lock: threading.Lock = field(default_factory=threading.Lock)
    notes: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    meta: dict[str, dict[str, Any]] = field(default_factory=dict)
    trackings: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    status: dict[str, str] = field(default_factory=dict)
    next_id: int = 900
    shipment_tracking_installed: bool = True


_STORES: weakref.WeakKeyDictionary[Simulator, _Store] = weakref.WeakKeyDictionary()
_STORES_LOCK = threading.Lock()


def _store(sim: Simulator) -> _Store:
    with _STORES_LOCK:
        return _STORES.setdefault(sim, _Store())


def set_shipment_tracking(sim: Simulator, installed: bool) -> None:
    """Whether the store runs the Shipment Tracking extension (its routes exist)."""
    _store(sim).shipment_tracking_installed = installed


# -- ids: the state's "MP-10001" is WooCommerce's 10001, line "MP-10001-2" is 1000102 ------


def woo_id(order_id: str) -> int | str:
    match = _STATE_ID.fullmatch(order_id)
    return int(match.group(1)) if match else order_id


def state_id(woo: str) -> str:
    return f"MP-{woo}" if woo.isdigit() else woo


def woo_line_id(line_id: str) -> int | str:
    match = _STATE_LINE.fullmatch(line_id)
    return int(match.group(1)) * 100 + int(match.group(2)) if match else line_id


def state_line_id(woo: object) -> str:
    text = str(woo)
    return f"MP-{int(text) // 100}-{int(text) % 100}" if text.isdigit() else text


# -- errors and auth ---------------------------------------------------------------------

_CODES = {
    "not_found": ("woocommerce_rest_shop_order_invalid_id", "Invalid ID."),
    "invalid_lines": ("woocommerce_rest_invalid_line_items", None),
    "order_cancelled": ("woocommerce_rest_cannot_edit", None),
    "duplicate_reference": ("woocommerce_rest_cannot_edit", None),
    "rate_limited": ("woocommerce_rest_too_many_requests", "Too many requests. Please try again later."),
    "unavailable": ("internal_server_error", "There has been a critical error on this website."),
}


def render_error(error: ApiError) -> tuple[int, Any, dict[str, str]]:
    code, message = _CODES.get(error.error, (error.error, None))
    if not code.startswith(("woocommerce_rest_", "rest_", "internal_")):
        code = f"woocommerce_rest_{code}"
    headers = {"Retry-After": str(error.extra["retry_after"])} if "retry_after" in error.extra else {}
    return error.status, {"code": code, "message": message or error.message, "data": {"status": error.status}}, headers


def _authorize(sim: Simulator, query: Params, *, viewing: bool) -> None:
    request = current()
    key = secret = ""
    header = request.headers.get("Authorization") or ""
    if header.startswith("Basic "):
        try:
            key, _, secret = base64.b64decode(header[6:]).decode().partition(":")
        except (ValueError, UnicodeError):
            key = secret = ""
    elif query.get("consumer_key"):
        key, secret = query.get("consumer_key", ""), query.get("consumer_secret", "")
    if not key:
        if viewing:
            raise ApiError(401, "woocommerce_rest_cannot_view", "Sorry, you cannot list resources.")
        raise ApiError(401, "woocommerce_rest_cannot_edit", "Sorry, you are not allowed to edit this resource.")
    if not key.startswith("ck_") or not secret.startswith("cs_") or key.startswith("ck_revoked"):
        raise ApiError(401, "woocommerce_rest_authentication_error", "Consumer key is invalid.")
    if sim.faults.roll(sim.faults.throttle_rate):
        # WooCommerce itself does not throttle the REST API; hosts and firewalls do.
        raise ApiError(429, "rate_limited", "Too many requests.", retry_after=sim.faults.retry_after_s)


# -- order shape -------------------------------------------------------------------------


def _gmt(stamp: str | None) -> str | None:
    """WooCommerce's GMT dates: seconds, no zone designator."""
    return parse_time(stamp).strftime("%Y-%m-%dT%H:%M:%S") if stamp else None


def _split_name(name: str) -> tuple[str, str]:
    first, _, last = name.rpartition(" ")
    return (first, last) if first else (name, "")


def _confirmed(sim: Simulator, order_id: str) -> dict[str, dict[str, Any]]:
    ledger = sim.marketplace.ledger()["confirmations"]
    return {ref: entry for ref, entry in ledger.items() if entry["order_id"] == order_id}


def woo_order(order: dict[str, Any], store: _Store) -> dict[str, Any]:
    status = store.status.get(order["id"])
    if status is None:
        status = {"cancelled": "cancelled", "shipped": "completed"}.get(order["status"])
        status = status or ("processing" if order.get("paid_at") else "on-hold")
    first, last = _split_name(order["ship_to"]["name"])
    ship = order["ship_to"]
    address = {
        "first_name": first,
        "last_name": last,
        "company": ship.get("company", ""),
        "address_1": ship["address1"],
        "address_2": ship.get("address2", ""),
        "city": ship["city"],
        "state": ship.get("region", ""),
        "postcode": ship["postcode"],
        "country": ship["country"],
    }
    buyer_first, buyer_last = _split_name(order["buyer"]["name"])
    meta = [
        {"id": index + 1, "key": key, "value": value}
        for index, (key, value) in enumerate(store.meta.get(order["id"], {}).items())
    ]
    return {
        "id": woo_id(order["id"]),
        "parent_id": 0,
        "number": str(woo_id(order["id"])),
        "order_key": f"wc_order_{order['id'].lower().replace('-', '')}",
        "created_via": "checkout",
        "status": status,
        "currency": order.get("currency", "EUR"),
        "date_created_gmt": _gmt(order["created_at"]),
        "date_modified_gmt": _gmt(order["updated_at"]),
        "date_paid_gmt": _gmt(order.get("paid_at")),
        "total": f"{Decimal(order['total']):.2f}",
        "shipping_total": "0.00",
        "customer_note": order.get("buyer_note", ""),
        "billing": {
            **address,
            "first_name": buyer_first,
            "last_name": buyer_last,
            "email": order["buyer"]["email"],
            "phone": ship.get("phone", ""),
        },
        "shipping": {**address, "phone": ""},
        "payment_method": "stripe" if order.get("paid_at") else "bacs",
        "shipping_lines": [{"id": 1, "method_title": order.get("shipping_service", ""), "method_id": "flat_rate"}],
        "line_items": [
            {
                "id": woo_line_id(line["line_id"]),
                "name": line.get("title", ""),
                "sku": line["sku"],
                "quantity": line["quantity"],
                "subtotal": f"{Decimal(line['unit_price']) * line['quantity']:.2f}",
                "total": f"{Decimal(line['unit_price']) * line['quantity']:.2f}",
                "price": float(Decimal(line["unit_price"])),  # WooCommerce sends the unit price as a number
            }
            for line in order["lines"]
        ],
        "meta_data": meta,
    }


def _after(query: Params, key: str) -> datetime | None:
    if not query.get(key):
        return None
    try:
        return parse_time(query[key])
    except ValueError:
        raise ApiError(400, "rest_invalid_param", f"Invalid parameter(s): {key}") from None


def list_orders(sim: Simulator, params: Params, query: Params, body: Any) -> tuple[int, Any]:
    _authorize(sim, query, viewing=True)
    after = _after(query, "modified_after")
    statuses = {s for s in (query.get("status") or "any").split(",") if s}
    try:
        per_page = int(query.get("per_page") or 10)
        page = int(query.get("page") or 1)
    except ValueError:
        raise ApiError(400, "rest_invalid_param", "Invalid parameter(s): per_page, page") from None
    if not 1 <= per_page <= MAX_PER_PAGE or page < 1:
        raise ApiError(400, "rest_invalid_param", f"Invalid parameter(s): per_page must be 1..{MAX_PER_PAGE}")
    store = _store(sim)
    raw, _ = sim.marketplace.list_orders(updated_after=None, after=None, limit=10**9)
    with store.lock:
        shaped = [woo_order(o, store) for o in raw]
    if after is not None:  # "after": strictly later, at WooCommerce's one-second precision
        floor = after.replace(microsecond=0)
        shaped = [o for o in shaped if parse_time(o["date_modified_gmt"]) > floor]
    if "any" not in statuses:
        shaped = [o for o in shaped if o["status"] in statuses]
    orderby = query.get("orderby") or "date"
    keys = {
        "date": lambda o: (o["date_created_gmt"], str(o["id"])),
        "modified": lambda o: (o["date_modified_gmt"], str(o["id"])),
        "id": lambda o: (0, f"{o['id']:>20}"),
    }
    if orderby not in keys:
        raise ApiError(400, "rest_invalid_param", "Invalid parameter(s): orderby")
    shaped.sort(key=keys[orderby], reverse=(query.get("order") or "desc") == "desc")
    total = len(shaped)
    pages = max(1, math.ceil(total / per_page)) if total else 0
    chunk = shaped[(page - 1) * per_page : page * per_page]
    return 200, json_reply(chunk, {"X-WP-Total": str(total), "X-WP-TotalPages": str(pages)})


def get_order(sim: Simulator, params: Params, query: Params, body: Any) -> tuple[int, Any]:
    _authorize(sim, query, viewing=True)
    order = sim.marketplace.get_order(state_id(params["order_id"]))
    store = _store(sim)
    with store.lock:
        return 200, woo_order(order, store)


def update_order(sim: Simulator, params: Params, query: Params, body: Any) -> tuple[int, Any]:
    _authorize(sim, query, viewing=False)
    if not isinstance(body, dict):
        raise ApiError(400, "rest_invalid_json", "Invalid JSON body passed.")
    order_id = state_id(params["order_id"])
    sim.marketplace.get_order(order_id)
    store = _store(sim)
    meta = body.get("meta_data") or []
    if not isinstance(meta, list) or not all(isinstance(m, dict) and isinstance(m.get("key"), str) for m in meta):
        raise ApiError(400, "rest_invalid_param", "Invalid parameter(s): meta_data")
    for item in meta:
        key, value = item["key"], item.get("value")
        if key.startswith(META_PREFIX) and isinstance(value, dict):
            _record_shipment(sim, order_id, key[len(META_PREFIX) :], value)
        with store.lock:
            store.meta.setdefault(order_id, {})[key] = value  # update_meta_data: one value per key
    status = body.get("status")
    if status is not None:
        if status not in ("pending", "processing", "on-hold", "completed", "cancelled", "refunded", "failed"):
            raise ApiError(400, "rest_invalid_param", "Invalid parameter(s): status")
        with store.lock:
            store.status[order_id] = status
    return get_order(sim, params, query, None)


def _record_shipment(sim: Simulator, order_id: str, reference: str, value: dict[str, Any]) -> None:
    tracking = value.get("tracking_number")
    carrier = value.get("carrier") or ""
    if not isinstance(tracking, str) or not tracking:
        raise ApiError(400, "rest_invalid_param", "Invalid parameter(s): meta_data (tracking_number)")
    existing = _confirmed(sim, order_id).get(reference)
    if existing is not None and existing["tracking_number"] != tracking:
        sim.marketplace.update_tracking(order_id, existing["shipment_id"], tracking_number=tracking, carrier=carrier)
        return
    lines = [
        {"line_id": state_line_id(line.get("line_id")), "quantity": line.get("quantity")}
        for line in value.get("lines") or []
        if isinstance(line, dict)
    ]
    sim.marketplace.confirm_shipment(
        order_id, package_reference=reference, carrier=carrier, tracking_number=tracking, lines=lines or None
    )


def list_notes(sim: Simulator, params: Params, query: Params, body: Any) -> tuple[int, Any]:
    _authorize(sim, query, viewing=True)
    order_id = state_id(params["order_id"])
    sim.marketplace.get_order(order_id)
    store = _store(sim)
    with store.lock:
        return 200, list(reversed(store.notes.get(order_id, [])))  # newest first


def add_note(sim: Simulator, params: Params, query: Params, body: Any) -> tuple[int, Any]:
    _authorize(sim, query, viewing=False)
    order_id = state_id(params["order_id"])
    sim.marketplace.get_order(order_id)
    if not isinstance(body, dict) or not isinstance(body.get("note"), str) or not body["note"].strip():
        raise ApiError(400, "rest_missing_callback_param", "Missing parameter(s): note")
    store = _store(sim)
    with store.lock:
        store.next_id += 1
        note = {
            "id": store.next_id,
            "author": "Shipbench API",
            "date_created_gmt": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S"),
            "note": body["note"],
            "customer_note": bool(body.get("customer_note")),
        }
        store.notes.setdefault(order_id, []).append(note)
    return 201, note


def _tracking_routes(sim: Simulator) -> _Store:
    store = _store(sim)
    if not store.shipment_tracking_installed:
        raise ApiError(404, "rest_no_route", "No route was found matching the URL and request method.")
    return store


def list_trackings(sim: Simulator, params: Params, query: Params, body: Any) -> tuple[int, Any]:
    store = _tracking_routes(sim)
    _authorize(sim, query, viewing=True)
    order_id = state_id(params["order_id"])
    sim.marketplace.get_order(order_id)
    with store.lock:
        return 200, list(store.trackings.get(order_id, []))


def add_tracking(sim: Simulator, params: Params, query: Params, body: Any) -> tuple[int, Any]:
    store = _tracking_routes(sim)
    _authorize(sim, query, viewing=False)
    order_id = state_id(params["order_id"])
    sim.marketplace.get_order(order_id)
    if not isinstance(body, dict) or not body.get("tracking_number"):
        raise ApiError(400, "rest_missing_callback_param", "Missing parameter(s): tracking_number")
    provider = body.get("tracking_provider") or body.get("custom_tracking_provider") or ""
    with store.lock:
        store.next_id += 1
        tracking = {
            "tracking_id": f"{store.next_id:x}{zlib.crc32(str(body['tracking_number']).encode()):08x}",
            "tracking_provider": provider,
            "tracking_link": body.get("custom_tracking_link", ""),
            "tracking_number": body["tracking_number"],
            "date_shipped": body.get("date_shipped") or datetime.now(UTC).strftime("%Y-%m-%d"),
        }
        store.trackings.setdefault(order_id, []).append(tracking)
    return 201, tracking


TRACKING_API = "/wp-json/wc-shipment-tracking/v3"


def tracking_namespace(sim: Simulator, params: Params, query: Params, body: Any) -> tuple[int, Any]:
    """GET /wp-json/wc-shipment-tracking/v3: the extension's namespace index (404 when not installed)."""
    _tracking_routes(sim)
    return 200, {
        "namespace": "wc-shipment-tracking/v3",
        "routes": {
            "/wc-shipment-tracking/v3": {"namespace": "wc-shipment-tracking/v3", "methods": ["GET"]},
            "/wc-shipment-tracking/v3/orders/(?P<order_id>[\\d]+)/shipment-trackings": {
                "namespace": "wc-shipment-tracking/v3",
                "methods": ["GET", "POST"],
            },
        },
    }


_ORDER = r"(?P<order_id>[^/]+)"
ROUTES: tuple[Route, ...] = (
    route("GET", f"{API}/orders", list_orders, render_error=render_error),
    route("GET", f"{API}/orders/{_ORDER}", get_order, render_error=render_error),
    route("PUT", f"{API}/orders/{_ORDER}", update_order, mutating=True, render_error=render_error),
    route("GET", f"{API}/orders/{_ORDER}/notes", list_notes, render_error=render_error),
    route("POST", f"{API}/orders/{_ORDER}/notes", add_note, mutating=True, render_error=render_error),
    route("GET", f"{API}/orders/{_ORDER}/shipment-trackings", list_trackings, render_error=render_error),
    route("POST", f"{API}/orders/{_ORDER}/shipment-trackings", add_tracking, mutating=True, render_error=render_error),
    route("GET", TRACKING_API, tracking_namespace, render_error=render_error),
    route("GET", f"{TRACKING_API}/orders/{_ORDER}/shipment-trackings", list_trackings, render_error=render_error),
    route(
        "POST",
        f"{TRACKING_API}/orders/{_ORDER}/shipment-trackings",
        add_tracking,
        mutating=True,
        render_error=render_error,
    ),
)
