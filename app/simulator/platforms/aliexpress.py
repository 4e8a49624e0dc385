"""The simulator's AliExpress face: the IOP gateway (``/sync`` and ``/rest/auth/token/refresh``).

Every call is signed (HMAC-SHA256 over the sorted parameters, upper-case hex) and checked
here with an implementation of its own. Orders come from the shared MarketplaceState in
AliExpress's shapes (numeric ids, Pacific-time dates, money objects); a fulfilment is
recorded in the shared ledger under its logistics number, as AliExpress keeps no
reference of ours.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import secrets
import threading
import weakref
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from app.simulator import consent
from app.simulator.errors import ApiError
from app.simulator.marketplace import parse_time
from app.simulator.request import current
from app.simulator.routes import Params, Route, route

if TYPE_CHECKING:
    from app.simulator.server import Simulator

# The demo app registered on the simulated open platform.
DEMO_APP_KEY = "503150"
DEMO_APP_SECRET = "sim-app-secret-0123456789abcdef"
PACIFIC = ZoneInfo("America/Los_Angeles")
TIME_FORMAT = "%Y-%m-%d %H:%M:%S"
ID_BASE = 8_100_000_000_000_000  # "MP-10001" is order 8100000000010001
HANDLING_TIME = timedelta(days=5)  # AliExpress's default: ship within 5 days of payment
_STATE_ID = re.compile(r"MP-(\d+)")


@dataclass
class _Gateway:
    lock: threading.Lock = field(default_factory=threading.Lock)
    apps: dict[str, str] = field(default_factory=lambda: {DEMO_APP_KEY: DEMO_APP_SECRET})
    access: set[str] = field(default_factory=set)
    serial: int = 0


_GATEWAYS: weakref.WeakKeyDictionary[Simulator, _Gateway] = weakref.WeakKeyDictionary()
_GATEWAYS_LOCK = threading.Lock()


def _gateway(sim: Simulator) -> _Gateway:
    with _GATEWAYS_LOCK:
        return _GATEWAYS.setdefault(sim, _Gateway())


def register_app(sim: Simulator, app_key: str, app_secret: str) -> None:
    gateway = _gateway(sim)
    with gateway.lock:
        gateway.apps[app_key] = app_secret


class _GatewayError(ApiError):
    """An IOP system error (``error_response``), answered with HTTP 200 like the real gateway."""

    def __init__(self, code: str, msg: str, *, sub_code: str = "", sub_msg: str = "", kind: str = "ISV") -> None:
        super().__init__(200, code, msg, sub_code=sub_code, sub_msg=sub_msg, type=kind)


def render_error(error: ApiError) -> tuple[int, Any, dict[str, str]]:
    if error.status == 429:
        code, msg, sub = (
            "ApiCallLimit",
            "This ban will last for 1 more seconds",
            "This ban will last for 1 more seconds",
        )
        return 200, _error_body(code, msg, "", sub, "ISP"), {}
    if error.status >= 500:
        return (
            error.status,
            _error_body("ServiceUnavailable", "The service is temporarily unavailable", "", "", "ISP"),
            {},
        )
    if isinstance(error, _GatewayError):
        extra = error.extra
        return 200, _error_body(error.error, error.message, extra["sub_code"], extra["sub_msg"], extra["type"]), {}
    return 200, _error_body("InvalidParameter", error.message, f"isv.{error.error}", error.message, "ISV"), {}


def _error_body(code: str, msg: str, sub_code: str, sub_msg: str, kind: str) -> dict[str, Any]:
    body: dict[str, Any] = {"type": kind, "code": code, "msg": msg, "request_id": secrets.token_hex(6)}
    if sub_code:
        body["sub_code"] = sub_code
    if sub_msg:
        body["sub_msg"] = sub_msg
    return {"error_response": body}


def sign(secret: str, api: str, params: dict[str, str]) -> str:
    """The IOP signature: for /rest calls the API path goes in front of the sorted pairs."""
    text = "".join(f"{key}{params[key]}" for key in sorted(params))
    if "/" in api:
        text = api + text
    return hmac.new(secret.encode(), text.encode(), hashlib.sha256).hexdigest().upper()


def _params() -> dict[str, str]:
    request = current()
    params = dict(request.query)
    content_type = (request.headers.get("Content-Type") or "").lower()
    if request.raw and "x-www-form-urlencoded" in content_type:
        params.update(request.form())
    return params


def _check_signature(sim: Simulator, params: dict[str, str], api: str) -> None:
    gateway = _gateway(sim)
    secret = gateway.apps.get(params.get("app_key", ""))
    if secret is None:
        raise _GatewayError("InvalidApiKey", "The specified App Key is invalid")
    if params.get("sign_method") != "sha256":
        raise _GatewayError("InvalidSignMethod", "The specified signature method is not supported")
    given = params.get("sign", "")
    expected = sign(secret, api, {k: v for k, v in params.items() if k != "sign"})
    if not hmac.compare_digest(given, expected):
        raise _GatewayError("IncompleteSignature", "The request signature does not conform to platform standards")


def _check_token(sim: Simulator, params: dict[str, str]) -> None:
    gateway = _gateway(sim)
    token = params.get("access_token", "")
    with gateway.lock:
        valid = token in gateway.access
        if valid and sim.faults.roll(sim.faults.expired_token_rate):
            gateway.access.discard(token)
            valid = False
    if not valid:
        raise _GatewayError("IllegalAccessToken", "The specified access token is invalid or expired")
    if sim.faults.roll(sim.faults.throttle_rate):
        wait = f"This ban will last for {sim.faults.retry_after_s} more seconds"
        raise _GatewayError("ApiCallLimit", wait, sub_code="isp.call-limited", sub_msg=wait, kind="ISP")


# -- token refresh (/rest style) ---------------------------------------------------------


def refresh_token(sim: Simulator, params: Params, query: Params, body: Any) -> tuple[int, Any]:
    values = _params()
    try:
        _check_signature(sim, values, "/auth/token/refresh")
    except _GatewayError as error:
        return 200, {"type": "ISV", "code": error.error, "message": error.message, "request_id": secrets.token_hex(6)}
    refresh = values.get("refresh_token", "")
    if not refresh or refresh.startswith("revoked"):
        return 200, {
            "type": "ISV",
            "code": "InvalidRefreshToken",
            "message": "The specified refresh token is invalid or expired",
            "request_id": secrets.token_hex(6),
        }
    gateway = _gateway(sim)
    with gateway.lock:
        gateway.serial += 1
        access = f"50000{gateway.serial:04d}{secrets.token_hex(12)}"
        gateway.access.add(access)
    return 200, {
        "access_token": access,
        "refresh_token": refresh,
        "expires_in": 2592000,
        "refresh_expires_in": 5184000,
        "seller_id": "2600000001",
        "user_id": "2600000001",
        "account": "seller@shipbench.example",
        "account_platform": "seller_center",
        "code": "0",
        "request_id": secrets.token_hex(6),
    }


def authorize(sim: Simulator, params: Params, query: Params, body: Any) -> tuple[int, Any]:
    """GET /oauth/authorize: the seller signs in and authorises the app."""
    gateway = _gateway(sim)
    with gateway.lock:
        known = query.get("client_id", "") in gateway.apps
    return consent.consent(sim, "aliexpress", query, known_client=known)


def create_token(sim: Simulator, params: Params, query: Params, body: Any) -> tuple[int, Any]:
    """POST /rest/auth/token/create: the authorisation code for an access and a refresh token."""
    values = _params()
    try:
        _check_signature(sim, values, "/auth/token/create")
    except _GatewayError as error:
        return 200, {"type": "ISV", "code": error.error, "message": error.message, "request_id": secrets.token_hex(6)}
    refresh = consent.redeem(sim, "aliexpress", values.get("code", ""), values.get("app_key", ""), None)
    if not refresh:
        return 200, {
            "type": "ISV",
            "code": "InvalidCode",
            "message": "The specified code is invalid or expired",
            "request_id": secrets.token_hex(6),
        }
    gateway = _gateway(sim)
    with gateway.lock:
        gateway.serial += 1
        access = f"50000{gateway.serial:04d}{secrets.token_hex(12)}"
        gateway.access.add(access)
    return 200, {
        "access_token": access,
        "refresh_token": refresh,
        "expires_in": 2592000,
        "refresh_expires_in": 5184000,
        "seller_id": "2600000001",
        "user_id": "2600000001",
        "account": "seller@shipbench.example",
        "account_platform": "seller_center",
        "code": "0",
        "request_id": secrets.token_hex(6),
    }


# -- order shapes ------------------------------------------------------------------------


def ae_id(order_id: str) -> int | str:
    match = _STATE_ID.fullmatch(order_id)
    return ID_BASE + int(match.group(1)) if match else order_id


def state_id(value: object) -> str:
    text = str(value)
    if text.isdigit() and int(text) > ID_BASE:
        return f"MP-{int(text) - ID_BASE}"
    return text


def pacific(stamp: str | None) -> str | None:
    return parse_time(stamp).astimezone(PACIFIC).strftime(TIME_FORMAT) if stamp else None


def _status(order: dict[str, Any], shipped: dict[str, int], now: datetime) -> tuple[str, str, str]:
    """(order_status, fund_status, end_reason)."""
    if order.get("aliexpress_status"):
        return order["aliexpress_status"], "PAY_SUCCESS", ""
    if order["status"] == "cancelled":
        return "FINISH", "PAY_SUCCESS" if order.get("paid_at") else "NOT_PAY", "buyer_cancel_order"
    if order["status"] == "shipped":
        return "WAIT_BUYER_ACCEPT_GOODS", "PAY_SUCCESS", ""
    if not order.get("paid_at"):
        return "PLACE_ORDER_SUCCESS", "NOT_PAY", ""
    hold = order.get("payment_hold_until")
    if hold and parse_time(hold) > now:
        return "RISK_CONTROL", "WAIT_SELLER_CHECK", ""
    if shipped:
        return "SELLER_PART_SEND_GOODS", "PAY_SUCCESS", ""
    return "WAIT_SELLER_SEND_GOODS", "PAY_SUCCESS", ""


def _money(value: Decimal | str, currency: str) -> dict[str, str]:
    return {"amount": f"{Decimal(value):.2f}", "currency_code": currency}


def _ship_by(order: dict[str, Any]) -> datetime:
    if order.get("ship_by"):
        return parse_time(order["ship_by"])
    return parse_time(order.get("paid_at") or order["created_at"]) + HANDLING_TIME


def _confirmations(sim: Simulator, order_id: str) -> list[dict[str, Any]]:
    ledger = sim.marketplace.ledger()["confirmations"]
    return [entry for entry in ledger.values() if entry["order_id"] == order_id]


def _shipped(confirmations: list[dict[str, Any]]) -> dict[str, int]:
    shipped: dict[str, int] = {}
    for entry in confirmations:
        for line in entry["lines"]:
            shipped[line["line_id"]] = shipped.get(line["line_id"], 0) + line["quantity"]
    return shipped


def list_item(order: dict[str, Any], confirmations: list[dict[str, Any]], now: datetime) -> dict[str, Any]:
    status, fund, end_reason = _status(order, _shipped(confirmations), now)
    currency = order.get("currency", "USD")
    left = max(timedelta(0), _ship_by(order) - now)
    item: dict[str, Any] = {
        "order_id": ae_id(order["id"]),
        "gmt_create": pacific(order["created_at"]),
        "gmt_update": pacific(order["updated_at"]),
        "gmt_pay_success": pacific(order.get("paid_at")),
        "order_status": status,
        "fund_status": fund,
        "frozen_status": "NO_FROZEN",
        "issue_status": "NO_ISSUE",
        "logistics_status": "SELLER_SEND_GOODS" if confirmations else "NO_LOGISTICS",
        "buyer_login_id": order["buyer"]["email"].split("@")[0],
        "buyer_signer_fullname": order["buyer"]["name"],
        "pay_amount": _money(order["total"], currency),
        "left_send_good_day": left.days,
        "left_send_good_hour": left.seconds // 3600,
        "left_send_good_min": left.seconds % 3600 // 60,
        "product_list": {
            "order_product_dto": [
                {
                    "child_id": ae_id(order["id"]) * 100 + index
                    if isinstance(ae_id(order["id"]), int)
                    else line["line_id"],
                    "product_id": 1005000000000000 + index,
                    "product_name": line.get("title", ""),
                    "product_count": line["quantity"],
                    "product_unit_price": _money(line["unit_price"], currency),
                    "sku_code": line["sku"],
                    "logistics_service_name": order.get("shipping_service", ""),
                }
                for index, line in enumerate(order["lines"], start=1)
            ]
        },
    }
    if end_reason:
        item["end_reason"] = end_reason
    return item


def detail(order: dict[str, Any], confirmations: list[dict[str, Any]], now: datetime) -> dict[str, Any]:
    item = list_item(order, confirmations, now)
    ship = order["ship_to"]
    phone = ship.get("phone", "")
    country_code, _, number = phone.removeprefix("+").partition(" ") if phone.startswith("+") else ("", "", phone)
    first, _, last = order["buyer"]["name"].rpartition(" ")
    children = []
    for index, (line, product) in enumerate(
        zip(order["lines"], item["product_list"]["order_product_dto"], strict=True)
    ):
        child = {
            "id": product["child_id"],
            "product_id": product["product_id"],
            "product_name": product["product_name"],
            "product_count": line["quantity"],
            "product_price": product["product_unit_price"],
            "sku_code": line["sku"],
        }
        if index == 0 and order.get("buyer_note"):
            child["memo"] = order["buyer_note"]
        children.append(child)
    data = {
        "id": item["order_id"],
        "gmt_create": item["gmt_create"],
        "gmt_modified": item["gmt_update"],
        "gmt_pay_success": item["gmt_pay_success"],
        "order_status": item["order_status"],
        "fund_status": item["fund_status"],
        "frozen_status": item["frozen_status"],
        "issue_status": item["issue_status"],
        "logistics_status": item["logistics_status"],
        "buyer_login_id": item["buyer_login_id"],
        "buyer_info": {"first_name": first or order["buyer"]["name"], "last_name": last, "country": ship["country"]},
        "receipt_address": {
            "contact_person": ship["name"],
            "address": ship["address1"],
            "address2": ship.get("address2", ""),
            "city": ship["city"],
            "province": ship.get("region", ""),
            "zip": ship["postcode"],
            "country": ship["country"],
            "phone_country": country_code,
            "mobile_no": number.replace(" ", ""),
        },
        "order_amount": item["pay_amount"],
        "child_order_list": {"global_aeop_tp_child_order_dto": children},
        "logistics_info_list": {
            "global_aeop_tp_logistics_info_dto": [
                {
                    "logistics_no": entry["tracking_number"],
                    "logistics_service": entry["carrier"],
                    "gmt_send": pacific(entry["confirmed_at"]),
                }
                for entry in confirmations
            ]
        },
    }
    if "end_reason" in item:
        data["end_reason"] = item["end_reason"]
    return data


# -- business methods --------------------------------------------------------------------


def _json_param(values: dict[str, str], name: str) -> dict[str, Any]:
    try:
        parsed = json.loads(values.get(name) or "{}")
    except ValueError:
        raise _GatewayError("InvalidParameter", f"{name} is not valid JSON", sub_code="isv.invalid-parameter") from None
    if not isinstance(parsed, dict):
        raise _GatewayError("InvalidParameter", f"{name} must be an object", sub_code="isv.invalid-parameter")
    return parsed


def order_get(sim: Simulator, values: dict[str, str]) -> dict[str, Any]:
    query = _json_param(values, "param0")
    since: datetime | None = None
    if query.get("modified_date_start"):
        try:
            since = datetime.strptime(query["modified_date_start"], TIME_FORMAT).replace(tzinfo=PACIFIC).astimezone(UTC)
        except ValueError:
            raise _GatewayError("InvalidParameter", "modified_date_start must be yyyy-MM-dd HH:mm:ss") from None
    statuses = set(query.get("order_status_list") or [])
    try:
        page_size = int(query.get("page_size") or 20)
        page = int(query.get("current_page") or 1)
    except (TypeError, ValueError):
        raise _GatewayError("InvalidParameter", "page_size and current_page must be numbers") from None
    if not 1 <= page_size <= 50 or page < 1:
        raise _GatewayError("InvalidParameter", "page_size must be 1..50", sub_code="isv.invalid-parameter")
    now = datetime.now(UTC)
    raw, _ = sim.marketplace.list_orders(updated_after=None, after=None, limit=10**9)
    ledger = sim.marketplace.ledger()["confirmations"]
    per_order: dict[str, list[dict[str, Any]]] = {}
    for entry in ledger.values():
        per_order.setdefault(entry["order_id"], []).append(entry)
    items = [list_item(o, per_order.get(o["id"], []), now) for o in raw]
    if since is not None:  # second precision, inclusive
        floor = since.replace(microsecond=0)
        items = [i for i in items if datetime.strptime(i["gmt_update"], TIME_FORMAT).replace(tzinfo=PACIFIC) >= floor]
    if statuses:
        items = [i for i in items if i["order_status"] in statuses]
    items.sort(key=lambda i: i["gmt_create"], reverse=True)  # newest order first
    total = len(items)
    chunk = items[(page - 1) * page_size : page * page_size]
    return {
        "result": {
            "success": True,
            "error_code": "",
            "error_message": "",
            "total_count": total,
            "current_page": page,
            "page_size": page_size,
            "total_page": -(-total // page_size),
            "target_list": {"order_dto": chunk},
        }
    }


def order_info(sim: Simulator, values: dict[str, str]) -> dict[str, Any]:
    query = _json_param(values, "param1")
    order_id = state_id(query.get("order_id", ""))
    try:
        order = sim.marketplace.get_order(order_id)
    except ApiError:
        return {"result": {"success": False, "error_code": "ORDER_NOT_FOUND", "error_message": "order not found"}}
    return {
        "result": {
            "success": True,
            "error_code": "",
            "error_message": "",
            "data": detail(order, _confirmations(sim, order_id), datetime.now(UTC)),
        }
    }


def _failure(error: ApiError) -> dict[str, Any]:
    codes = {
        "order_cancelled": "B_DELIVERY_ORDER_STATUS_ILLEGAL",
        "invalid_lines": "B_DELIVERY_NOTHING_TO_SEND",
        "duplicate_reference": "B_DELIVERY_LOGISTICS_NO_USED",
        "not_found": "B_DELIVERY_ORDER_NOT_FOUND",
    }
    return {
        "result": {
            "result_success": False,
            "result_error_code": codes.get(error.error, "B_DELIVERY_FAILED"),
            "result_error_desc": error.message,
        }
    }


def order_fulfill(sim: Simulator, values: dict[str, str]) -> dict[str, Any]:
    for name in ("service_name", "out_ref", "send_type", "logistics_no"):
        if not values.get(name):
            raise _GatewayError("MissingParameter", f"{name} is required", sub_code="isv.missing-parameter")
    if values["send_type"] not in ("all", "part"):
        raise _GatewayError("InvalidParameter", "send_type must be all or part", sub_code="isv.invalid-parameter")
    order_id = state_id(values["out_ref"])
    try:
        order = sim.marketplace.get_order(order_id)
        lines: list[dict[str, Any]] | None = None
        if values["send_type"] == "part":
            # AliExpress ships by order, not by line: "part" books the first line still open.
            shipped = _shipped(_confirmations(sim, order_id))
            open_lines = [ln for ln in order["lines"] if shipped.get(ln["line_id"], 0) < ln["quantity"]]
            if open_lines:
                lines = [{"line_id": open_lines[0]["line_id"], "quantity": 1}]
        sim.marketplace.confirm_shipment(
            order_id,
            package_reference=values["logistics_no"],
            carrier=values["service_name"],
            tracking_number=values["logistics_no"],
            lines=lines,
        )
    except ApiError as error:
        return _failure(error)
    return {"result": {"result_success": True}}


def modify_send(sim: Simulator, values: dict[str, str]) -> dict[str, Any]:
    for name in ("old_logistics_no", "new_logistics_no", "new_service_name", "out_ref"):
        if not values.get(name):
            raise _GatewayError("MissingParameter", f"{name} is required", sub_code="isv.missing-parameter")
    order_id = state_id(values["out_ref"])
    try:
        entry = next(
            (e for e in _confirmations(sim, order_id) if e["tracking_number"] == values["old_logistics_no"]), None
        )
        if entry is None:
            raise ApiError(404, "not_found", f"no shipment {values['old_logistics_no']} on order {values['out_ref']}")
        sim.marketplace.update_tracking(
            order_id,
            entry["shipment_id"],
            tracking_number=values["new_logistics_no"],
            carrier=values["new_service_name"],
        )
    except ApiError as error:
        failure = _failure(error)["result"]
        return {
            "result_success": False,
            "error_code": failure["result_error_code"],
            "error_desc": failure["result_error_desc"],
        }
    return {"result_success": True}


METHODS = {
    "aliexpress.solution.order.get": order_get,
    "aliexpress.solution.order.info.get": order_info,
    "aliexpress.solution.order.fulfill": order_fulfill,
    "aliexpress.logistics.sellermodifiedsend": modify_send,
}


def sync(sim: Simulator, params: Params, query: Params, body: Any) -> tuple[int, Any]:
    values = _params()
    _check_signature(sim, values, values.get("method", ""))
    method = values.get("method", "")
    handler = METHODS.get(method)
    if handler is None:
        raise _GatewayError("InvalidApiPath", f"The specified API {method!r} does not exist")
    _check_token(sim, values)
    result = handler(sim, values)
    result["request_id"] = secrets.token_hex(6)
    return 200, {f"{method.replace('.', '_')}_response": result}


ROUTES: tuple[Route, ...] = (
    route("GET", "/sync", sync, render_error=render_error),
    route("POST", "/sync", sync, mutating=True, render_error=render_error),
    route("POST", "/rest/auth/token/refresh", refresh_token, render_error=render_error),
    route("POST", "/rest/auth/token/create", create_token, render_error=render_error),
    route("GET", "/oauth/authorize", authorize),
)
