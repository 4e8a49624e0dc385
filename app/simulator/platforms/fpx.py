"""The simulator's 4PX face: the open platform (open.4px.com) gateway over the shared state.

One gateway path, ``POST /router/api/service``; the common parameters (``app_key``,
``method``, ``v``, ``timestamp``, ``format``, ``sign``) in the query string, the business
JSON as the body, signed as app/connectors/signing.py says; the envelope
``{"result": "1"|"0", "msg", "errors": [{"error_code", "error_msg"}], "data"}``.
Methods: ``ds.xms.order.create``, ``ds.xms.order.get``, ``ds.xms.label.get``,
``ds.xms.order.cancel``, ``tr.order.tracking.get``. Error codes marked "assumed" in
the connector's docstring are this simulator's choice, not 4PX's published table.
"""

from __future__ import annotations

import json
import re
import time
from typing import TYPE_CHECKING, Any

from app.connectors.signing import fpx_sign, same_sign
from app.simulator import request as current_request
from app.simulator.errors import ApiError
from app.simulator.platforms import _carrier_common as common
from app.simulator.request import Reply
from app.simulator.routes import Params, Route, route

if TYPE_CHECKING:
    from app.simulator.server import Simulator

APP_KEY = "sim-4px-app-key"
APP_SECRET = "sim-4px-app-secret"
CARRIER = "4PX"
# logistics_product_code -> (the shared state's service, the name on the label)
PRODUCTS = {
    "PX": ("STD", "4PX Standard Registered"),
    "A1": ("EXP", "4PX Express"),
    "F3": ("ECO", "4PX Economy"),
}
MAX_CLOCK_SKEW_MS = 10 * 60 * 1000

# Error codes (assumed; see the connector)
SIGN_ERROR = "S0002"
TIMESTAMP_ERROR = "S0003"
METHOD_UNKNOWN = "S0001"
PARAM_ERROR = "DS000001"
DUPLICATE_REF = "DS000121"
NOT_FOUND = "DS000201"
LABEL_PENDING = "DS000301"
CANNOT_CANCEL = "DS000401"


def _ok(data: Any) -> tuple[int, Any]:
    return 200, {"result": "1", "msg": "系统处理成功", "errors": [], "data": data}


def _fail(code: str, message: str, **extra: Any) -> tuple[int, Any]:
    return 200, {
        "result": "0",
        "msg": "系统处理失败",
        "errors": [{"error_code": code, "error_msg": message, **extra}],
        "data": None,
    }


def _render_error(error: ApiError) -> tuple[int, Any, dict[str, str]]:
    body = {
        "result": "0",
        "msg": error.message,
        "errors": [{"error_code": error.error, "error_msg": error.message}],
        "data": None,
    }
    return error.status, body, {}


def tracking_no(shipment_id: str) -> str:
    return f"4PX{int(shipment_id.removeprefix('CS-')):013d}CN"


def _shipment_id(number: str) -> str | None:
    digits = number.removeprefix("4PX").removesuffix("CN")
    return f"CS-{int(digits)}" if number.startswith("4PX") and digits.isdigit() else None


def _find(sim: Simulator, number: str) -> dict[str, Any] | None:
    """By 4PX tracking number, customer reference (ref_no) or last-mile tracking number."""
    sid = _shipment_id(number)
    for lookup in (
        (lambda: sim.carrier.get_shipment(sid)) if sid else None,
        lambda: sim.carrier.find_live(number) or sim.carrier.find_by_reference(number),
        lambda: sim.carrier.find_by_tracking(number),
    ):
        if lookup is None:
            continue
        try:
            found = lookup()
        except ApiError:
            continue
        if found is not None and sim.carrier.notes(found["shipment_id"]).get("face") == "4px":
            return found
    return None


# -- the gateway ------------------------------------------------------------------------


def service(sim: Simulator, params: Params, query: Params, body: Any) -> tuple[int, Any]:
    raw = current_request.current().raw.decode("utf-8", "replace")
    method = query.get("method", "")
    if method not in _METHODS:
        return _fail(METHOD_UNKNOWN, f"API接口不存在: {method} (the API method does not exist)")
    if query.get("app_key") != APP_KEY:
        return _fail(SIGN_ERROR, "app_key无效 (unknown app_key)")
    timestamp = query.get("timestamp", "")
    if not timestamp.isdigit() or abs(int(timestamp) - time.time() * 1000) > MAX_CLOCK_SKEW_MS:
        return _fail(TIMESTAMP_ERROR, "时间戳无效 (timestamp is more than 10 minutes off)")
    expected = fpx_sign(
        app_key=APP_KEY,
        app_secret=APP_SECRET,
        method=method,
        timestamp=timestamp,
        version=query.get("v", ""),
        body=raw,
        fmt=query.get("format", "json"),
    )
    if not same_sign(expected, query.get("sign", "")):
        return _fail(SIGN_ERROR, "签名错误 (sign does not match)")
    try:
        data = json.loads(raw) if raw.strip() else {}
    except ValueError:
        return _fail(PARAM_ERROR, "请求体不是合法的JSON (the body is not JSON)")
    if not isinstance(data, dict):
        return _fail(PARAM_ERROR, "请求体必须是JSON对象 (the body must be a JSON object)")
    return _METHODS[method](sim, data)


def _problem(order: dict[str, Any]) -> str:
    to = order.get("recipient_info")
    if not isinstance(to, dict):
        return "recipient_info不能为空 (recipient_info is required)"
    for field, words in (
        ("first_name", "收件人姓名"),
        ("street", "收件人街道地址"),
        ("city", "收件人城市"),
        ("country", "收件人国家"),
    ):
        if not str(to.get(field) or "").strip():
            return f"{words}不能为空 (recipient_info.{field} is required)"
    post_code = str(to.get("post_code") or "").strip()
    if not post_code:
        return "收件人邮编不能为空 (recipient_info.post_code is required)"
    if not re.fullmatch(r"[A-Za-z0-9 \-]{2,12}", post_code):
        return f"收件人邮编[{post_code}]格式不正确 (recipient_info.post_code is not a valid postcode)"
    parcels = order.get("parcel_list")
    if not isinstance(parcels, list) or not parcels or not isinstance(parcels[0], dict):
        return "parcel_list不能为空 (parcel_list is required)"
    parcel = parcels[0]
    weight = parcel.get("weight")
    if not isinstance(weight, (int, float)) or weight <= 0:
        return "预报重量必须大于0 (parcel_list.weight must be more than 0 g)"
    declared = parcel.get("declare_product_info")
    if not isinstance(declared, list) or not declared:
        return "海关申报信息不能为空 (declare_product_info is required)"
    for i, line in enumerate(declared, 1):
        if not isinstance(line, dict) or not str(line.get("declare_product_name_en") or "").strip():
            return f"第{i}个申报品名(英文)不能为空 (declare_product_info[{i}].declare_product_name_en is required)"
        if not isinstance(line.get("declare_product_code_qty"), int) or line["declare_product_code_qty"] <= 0:
            return f"第{i}个申报数量必须大于0 (declare_product_info[{i}].declare_product_code_qty)"
    ioss = str(order.get("ioss_no") or "")
    if ioss and not re.fullmatch(r"IM\d{10}", ioss):
        return f"IOSS税号[{ioss}]格式错误 (ioss_no must be IM followed by 10 digits)"
    return ""


def _create(sim: Simulator, order: dict[str, Any]) -> tuple[int, Any]:
    ref_no = str(order.get("ref_no") or "").strip()
    if not ref_no:
        return _fail(PARAM_ERROR, "客户单号ref_no不能为空 (ref_no is required)")
    product = str((order.get("logistics_service_info") or {}).get("logistics_product_code") or "")
    if product not in PRODUCTS:
        return _fail(PARAM_ERROR, f"物流产品[{product}]不存在或未开通 (logistics_product_code is not enabled)")
    problem = _problem(order)
    if problem:
        return _fail(PARAM_ERROR, problem)
    to, parcel = order["recipient_info"], order["parcel_list"][0]
    sender = order.get("sender") if isinstance(order.get("sender"), dict) else {}
    generic: dict[str, Any] = {
        "reference": ref_no,
        "service": PRODUCTS[product][0],
        "order_reference": str(order.get("sales_no") or ""),
        "recipient": {
            "name": " ".join(str(to.get(k) or "") for k in ("first_name", "last_name")).strip(),
            "company": str(to.get("company") or ""),
            "lines": [str(x) for x in (to.get("street"), to.get("district")) if x],
            "city": str(to.get("city")),
            "region": str(to.get("state") or ""),
            "postcode": str(to.get("post_code")),
            "country": str(to.get("country")).upper(),
            "phone": str(to.get("phone") or ""),
        },
        "sku_summary": " · ".join(
            f"{p.get('qty')}× {p.get('sku_code') or p.get('product_name')}" for p in parcel.get("product_list") or []
        ),
        "weight_grams": round(parcel["weight"]),
    }
    if sender.get("first_name") and sender.get("post_code") and sender.get("country"):
        generic["sender"] = {
            "name": " ".join(str(sender.get(k) or "") for k in ("first_name", "last_name")).strip(),
            "company": str(sender.get("company") or ""),
            "lines": [str(sender.get("street") or "")],
            "city": str(sender.get("city") or ""),
            "region": str(sender.get("state") or ""),
            "postcode": str(sender["post_code"]),
            "country": str(sender["country"]).upper(),
            "phone": str(sender.get("phone") or ""),
        }
    try:
        shipment = common.book(sim, generic, "4px", order)
    except ApiError as exc:
        if exc.error == "duplicate_reference":
            return _fail(DUPLICATE_REF, f"客户单号[{ref_no}]已存在 (ref_no already exists)", reference_code=ref_no)
        return _fail(PARAM_ERROR, exc.message)
    sim.carrier.note(shipment["shipment_id"], service_name=PRODUCTS[product][1], product=product)
    return _ok(
        {
            "ref_no": ref_no,
            "4px_tracking_no": tracking_no(shipment["shipment_id"]),
            "ds_consignment_no": f"DS{int(shipment['shipment_id'].removeprefix('CS-')):012d}",
            "logistics_channel_no": shipment["tracking_number"],
            "label_barcode": shipment["tracking_number"],
        }
    )


def _view(sim: Simulator, shipment: dict[str, Any]) -> dict[str, Any]:
    notes = sim.carrier.notes(shipment["shipment_id"])
    request = notes.get("request", {})
    return {
        "4px_tracking_no": tracking_no(shipment["shipment_id"]),
        "ref_no": shipment["reference"],
        "consignment_status": "X" if shipment["status"] == "cancelled" else "P",
        "logistics_product_code": notes.get("product", ""),
        "logistics_channel_no": shipment["tracking_number"],
        "create_time": shipment["created_at"],
        # as ds.xms.order.get answers: the order's recipient and parcels as they were booked
        "recipient_info": request.get("recipient_info", {}),
        "parcel_list": request.get("parcel_list", []),
    }


def _get(sim: Simulator, data: dict[str, Any]) -> tuple[int, Any]:
    number = str(data.get("request_no") or "").strip()
    if not number:
        return _fail(PARAM_ERROR, "request_no不能为空 (request_no is required)")
    shipment = _find(sim, number)
    return _ok([_view(sim, shipment)] if shipment is not None else [])


def _label(sim: Simulator, data: dict[str, Any]) -> tuple[int, Any]:
    number = str(data.get("request_no") or "").strip()
    shipment = _find(sim, number) if number else None
    if shipment is None or shipment["status"] == "cancelled":
        return _fail(NOT_FOUND, f"订单[{number}]不存在 (Can not find this order)")
    if not common.label_ready(sim, shipment["shipment_id"]):
        return _fail(LABEL_PENDING, "标签生成中，请稍后再试 (the label is not ready yet)")
    size = str(data.get("label_size") or "label_100x100").removeprefix("label_")
    base = f"http://{current_request.current().headers.get('Host', '127.0.0.1')}"
    url = f"{base}/4px/labels/{tracking_no(shipment['shipment_id'])}-{size}.pdf"
    return _ok({"label_url_info": {"logistics_label": url}, "label_barcode": shipment["tracking_number"]})


def _cancel(sim: Simulator, data: dict[str, Any]) -> tuple[int, Any]:
    number = str(data.get("request_no") or "").strip()
    shipment = _find(sim, number) if number else None
    if shipment is None:
        return _fail(NOT_FOUND, f"订单[{number}]不存在 (Can not find this order)")
    moving = any(
        e["status"] not in ("info_received", "cancelled") for e in sim.carrier.tracking_events(shipment["shipment_id"])
    )
    if moving and shipment["status"] != "cancelled":
        return _fail(CANNOT_CANCEL, "订单已交接，不允许取消，请申请拦截 (handed over to 4PX: ask for an intercept)")
    if shipment["status"] != "cancelled":
        sim.carrier.cancel_shipment(shipment["shipment_id"])
    return _ok({"request_no": number})


def _track(sim: Simulator, data: dict[str, Any]) -> tuple[int, Any]:
    number = str(data.get("deliveryOrderNo") or "").strip()
    shipment = _find(sim, number) if number else None
    if shipment is None:
        return _fail(NOT_FOUND, f"单号[{number}]没有轨迹 (no tracking for this number)")
    codes = {
        "info_received": "FPX_M_OK",
        "in_transit": "FPX_L_TR",
        "delivered": "FPX_S_OK",
        "exception": "FPX_X_EX",
        "cancelled": "FPX_C_CA",
    }
    events = [
        {
            "businessLinkCode": codes.get(e["status"], "FPX_L_TR"),
            "occurDatetime": e["at"],
            "trackingContent": e["description"],
            "occurLocation": e["location"],
        }
        for e in sim.carrier.tracking_events(shipment["shipment_id"])
    ]
    return _ok({"deliveryOrderNo": number, "trackingList": list(reversed(events))})


_METHODS = {
    "ds.xms.order.create": _create,
    "ds.xms.order.get": _get,
    "ds.xms.label.get": _label,
    "ds.xms.order.cancel": _cancel,
    "tr.order.tracking.get": _track,
}


def label_file(sim: Simulator, params: Params, query: Params, body: Any) -> tuple[int, Any]:
    sid = _shipment_id(params["number"])
    if sid is None:
        raise ApiError(404, "not_found", "no such label")
    shipment = sim.carrier.get_shipment(sid)
    return 200, Reply(common.render_pdf_for(sim, shipment, CARRIER, size=params["size"]), "application/pdf")


ROUTES: tuple[Route, ...] = (
    route("POST", "/router/api/service", service, mutating=True, render_error=_render_error),
    route("GET", r"/4px/labels/(?P<number>4PX\d+CN)-(?P<size>\w+)\.pdf", label_file),
)
