"""HTTP routes of the simulator: request shapes in, state calls, JSON payloads out."""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from app.simulator.errors import ApiError
from app.simulator.marketplace import OrderKey, parse_time
from app.simulator.seed import iso

if TYPE_CHECKING:
    from app.simulator.server import Simulator

DEFAULT_LIMIT = 50
MAX_LIMIT = 100

Params = dict[str, str]
Handler = Callable[["Simulator", Params, Params, Any], tuple[int, Any]]


@dataclass(frozen=True)
class Route:
    method: str
    pattern: re.Pattern[str]
    handler: Handler
    mutating: bool = False  # lost responses only hit requests that change something
    # How this platform words an error (its documented error body, status and headers);
    # None: the simulator's own {"error", "message"} JSON.
    render_error: Callable[[ApiError], tuple[int, Any, dict[str, str]]] | None = None

    @property
    def instrumentation(self) -> bool:
        """Admin and ledger routes belong to the test bench: faults never touch them."""
        return "/_" in self.pattern.pattern or self.pattern.pattern.startswith("/_")


def _required_str(body: Any, key: str) -> str:
    value = body.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ApiError(400, "bad_request", f"{key} is missing")
    return value


def _object(body: Any) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise ApiError(400, "bad_request", "the request body must be a JSON object")
    return body


def encode_page_token(key: OrderKey) -> str:
    return base64.urlsafe_b64encode(f"{iso(key[0])}|{key[1]}".encode()).decode("ascii")


def decode_page_token(token: str) -> OrderKey:
    try:
        stamp, order_id = base64.urlsafe_b64decode(token.encode("ascii")).decode().split("|", 1)
        return parse_time(stamp), order_id
    except (ValueError, UnicodeError, binascii.Error):
        raise ApiError(400, "bad_request", "page_token is not one this server issued") from None


# -- marketplace ------------------------------------------------------------------------


def health(sim: Simulator, params: Params, query: Params, body: Any) -> tuple[int, Any]:
    return 200, {"ok": True}


def mp_list_orders(sim: Simulator, params: Params, query: Params, body: Any) -> tuple[int, Any]:
    updated_after: datetime | None = None
    if query.get("updated_after"):
        try:
            updated_after = parse_time(query["updated_after"])
        except ValueError:
            raise ApiError(400, "bad_request", "updated_after is not an ISO-8601 time") from None
    try:
        limit = int(query.get("limit") or DEFAULT_LIMIT)
    except ValueError:
        raise ApiError(400, "bad_request", "limit must be an integer") from None
    if limit < 1:
        raise ApiError(400, "bad_request", "limit must be at least 1")
    after = decode_page_token(query["page_token"]) if query.get("page_token") else None
    orders, next_key = sim.marketplace.list_orders(
        updated_after=updated_after, after=after, limit=min(limit, MAX_LIMIT)
    )
    return 200, {"orders": orders, "next_page_token": encode_page_token(next_key) if next_key else None}


def mp_get_order(sim: Simulator, params: Params, query: Params, body: Any) -> tuple[int, Any]:
    return 200, sim.marketplace.get_order(params["order_id"])


def mp_confirm_shipment(sim: Simulator, params: Params, query: Params, body: Any) -> tuple[int, Any]:
    body = _object(body)
    lines = body.get("lines")
    if lines is not None and (not isinstance(lines, list) or not all(isinstance(x, dict) for x in lines)):
        raise ApiError(400, "bad_request", "lines must be a list of {line_id, quantity}")
    return sim.marketplace.confirm_shipment(
        params["order_id"],
        package_reference=_required_str(body, "package_reference"),
        carrier=_required_str(body, "carrier"),
        tracking_number=_required_str(body, "tracking_number"),
        lines=lines,
    )


def mp_list_shipments(sim: Simulator, params: Params, query: Params, body: Any) -> tuple[int, Any]:
    """The order's confirmed packages (``?package_reference=`` for one): the lookup before a retry."""
    shipments = sim.marketplace.find_shipments(params["order_id"], query.get("package_reference") or None)
    return 200, {"shipments": shipments}


def mp_token(sim: Simulator, params: Params, query: Params, body: Any) -> tuple[int, Any]:
    """A fresh access token for any key but ``revoked…``: a key the seller withdrew."""
    if isinstance(body, dict) and str(body.get("client_secret", "")).startswith("revoked"):
        raise ApiError(401, "invalid_client", "this API key was revoked by the seller")
    sim.token_serial += 1
    return 200, {"access_token": f"sim-token-{sim.token_serial}", "expires_in": 3600}


def mp_update_tracking(sim: Simulator, params: Params, query: Params, body: Any) -> tuple[int, Any]:
    body = _object(body)
    carrier = body.get("carrier")
    return 200, sim.marketplace.update_tracking(
        params["order_id"],
        params["shipment_id"],
        tracking_number=_required_str(body, "tracking_number"),
        carrier=carrier if isinstance(carrier, str) and carrier else None,
    )


def mp_admin_cancel(sim: Simulator, params: Params, query: Params, body: Any) -> tuple[int, Any]:
    return 200, sim.marketplace.cancel_order(params["order_id"])


def mp_admin_ship_to(sim: Simulator, params: Params, query: Params, body: Any) -> tuple[int, Any]:
    return 200, sim.marketplace.change_ship_to(params["order_id"], _object(body))


def mp_ledger(sim: Simulator, params: Params, query: Params, body: Any) -> tuple[int, Any]:
    return 200, sim.marketplace.ledger()


# -- carrier ----------------------------------------------------------------------------


def carrier_create(sim: Simulator, params: Params, query: Params, body: Any) -> tuple[int, Any]:
    faults = sim.faults
    calls, late_ms = getattr(faults, "late_label_calls", 0), getattr(faults, "late_label_ms", 0)
    late = (calls, late_ms / 1000) if calls or late_ms else None
    duplicate = faults.roll(getattr(faults, "duplicate_rate", 0.0))
    return 201, sim.carrier.create_shipment(_object(body), late_label=late, duplicate=duplicate)


def carrier_find(sim: Simulator, params: Params, query: Params, body: Any) -> tuple[int, Any]:
    if not query.get("reference"):
        raise ApiError(400, "bad_request", "reference is missing")
    return 200, sim.carrier.find_by_reference(query["reference"])


def carrier_get(sim: Simulator, params: Params, query: Params, body: Any) -> tuple[int, Any]:
    return 200, sim.carrier.get_shipment(params["shipment_id"])


def carrier_label(sim: Simulator, params: Params, query: Params, body: Any) -> tuple[int, Any]:
    label = sim.carrier.label(params["shipment_id"])
    return (202 if label.get("ready") is False else 200), label


def carrier_preadvice(sim: Simulator, params: Params, query: Params, body: Any) -> tuple[int, Any]:
    return 201, sim.carrier.preadvice(_object(body))


def carrier_rates(sim: Simulator, params: Params, query: Params, body: Any) -> tuple[int, Any]:
    return 200, sim.carrier.rates(_object(body))


def carrier_tracking(sim: Simulator, params: Params, query: Params, body: Any) -> tuple[int, Any]:
    return 200, sim.carrier.tracking(params["tracking_number"])


def carrier_account(sim: Simulator, params: Params, query: Params, body: Any) -> tuple[int, Any]:
    return 200, sim.carrier.account()


def carrier_admin_balance(sim: Simulator, params: Params, query: Params, body: Any) -> tuple[int, Any]:
    """Test bench: set the account's prepaid postage (``{"amount": "12.50"}``)."""
    raw = _object(body).get("amount")
    try:
        amount = Decimal(str(raw))
    except (InvalidOperation, ValueError):
        raise ApiError(422, "invalid_amount", f"{raw!r} is not an amount") from None
    return 200, sim.carrier.set_balance(amount)


def carrier_admin_event(sim: Simulator, params: Params, query: Params, body: Any) -> tuple[int, Any]:
    body = _object(body)
    return 200, sim.carrier.add_event(
        params["shipment_id"],
        _required_str(body, "status"),
        str(body.get("description") or ""),
        str(body.get("location") or ""),
    )


def carrier_cancel(sim: Simulator, params: Params, query: Params, body: Any) -> tuple[int, Any]:
    return 200, sim.carrier.cancel_shipment(params["shipment_id"])


def carrier_ledger(sim: Simulator, params: Params, query: Params, body: Any) -> tuple[int, Any]:
    return 200, sim.carrier.ledger()


# -- faults (so a separate demo process can be switched at run time) ----------------------


def faults_get(sim: Simulator, params: Params, query: Params, body: Any) -> tuple[int, Any]:
    return 200, sim.faults.as_dict()


def faults_set(sim: Simulator, params: Params, query: Params, body: Any) -> tuple[int, Any]:
    from app.simulator.server import Faults

    spec = _object(body).get("spec", "")
    if not isinstance(spec, str):
        raise ApiError(400, "bad_request", "spec must be a string like 'latency=200ms,error=0.2'")
    try:
        sim.faults = Faults.parse(spec)
    except ValueError as exc:
        raise ApiError(400, "bad_request", str(exc)) from None
    return 200, sim.faults.as_dict()


_ID = r"(?P<{}>[^/]+)"
_ORDER = _ID.format("order_id")
_SHIPMENT = _ID.format("shipment_id")


def _route(method: str, path: str, handler: Handler, mutating: bool = False) -> Route:
    return Route(method, re.compile(path), handler, mutating)


def route(
    method: str,
    path: str,
    handler: Handler,
    *,
    mutating: bool = False,
    render_error: Callable[[ApiError], tuple[int, Any, dict[str, str]]] | None = None,
) -> Route:
    """A route for a platform face (``path`` is a regular expression matched in full)."""
    return Route(method, re.compile(path), handler, mutating, render_error)


ROUTES: tuple[Route, ...] = (
    _route("GET", "/health", health),
    _route("GET", "/mp/orders", mp_list_orders),
    _route("GET", f"/mp/orders/{_ORDER}", mp_get_order),
    _route("POST", f"/mp/orders/{_ORDER}/shipments", mp_confirm_shipment, mutating=True),
    _route("GET", f"/mp/orders/{_ORDER}/shipments", mp_list_shipments),
    _route("POST", "/mp/token", mp_token),
    _route("POST", f"/mp/orders/{_ORDER}/shipments/{_SHIPMENT}/tracking", mp_update_tracking, mutating=True),
    _route("POST", f"/mp/_admin/orders/{_ORDER}/cancel", mp_admin_cancel),
    _route("POST", f"/mp/_admin/orders/{_ORDER}/ship_to", mp_admin_ship_to),
    _route("GET", "/mp/_ledger", mp_ledger),
    _route("POST", "/carrier/shipments", carrier_create, mutating=True),
    _route("GET", "/carrier/shipments", carrier_find),
    _route("GET", f"/carrier/shipments/{_SHIPMENT}", carrier_get),
    _route("GET", f"/carrier/shipments/{_SHIPMENT}/label", carrier_label),
    _route("POST", f"/carrier/shipments/{_SHIPMENT}/cancel", carrier_cancel, mutating=True),
    _route("GET", "/carrier/_ledger", carrier_ledger),
    _route("POST", "/carrier/preadvice", carrier_preadvice, mutating=True),
    _route("POST", "/carrier/rates", carrier_rates),
    _route("GET", f"/carrier/tracking/{_ID.format('tracking_number')}", carrier_tracking),
    _route("GET", "/carrier/account", carrier_account),
    _route("POST", f"/carrier/_admin/shipments/{_SHIPMENT}/events", carrier_admin_event),
    _route("POST", "/carrier/_admin/balance", carrier_admin_balance),
    _route("GET", "/_admin/faults", faults_get),
    _route("POST", "/_admin/faults", faults_set),
)


def resolve(method: str, path: str) -> tuple[Route, Params]:
    """The route for a request, or a 404 / 405 ApiError."""
    from app.simulator.platforms import routes as platform_routes

    allowed = False
    for candidate in ROUTES + platform_routes():
        match = candidate.pattern.fullmatch(path)
        if match is None:
            continue
        if candidate.method == method:
            return candidate, {key: unquote(value) for key, value in match.groupdict().items()}
        allowed = True
    if allowed:
        raise ApiError(405, "method_not_allowed", f"{method} is not allowed on {path}")
    raise ApiError(404, "not_found", f"no route for {method} {path}")
