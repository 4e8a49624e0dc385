"""The simulator's Yanwen face: the Yanwen open API (open.yw56.com.cn) over the shared state.

``POST /api/order?user_id=&method=&format=json&timestamp=&version=V1.0&sign=`` with the
business JSON as body, signed as app/connectors/signing.py says; the answer
``{"success": bool, "code": "0"|..., "message", "data"}``. Methods:
``express.order.create``, ``express.order.getlist``, ``express.order.label.get``
(base64 PDF), ``express.order.cancel``. Tracking is Yanwen's separate tracking API,
``GET /api/tracking?nums=`` with the API token in ``Authorization``. Codes marked
"assumed" in the connector's docstring are this simulator's choice.
"""

from __future__ import annotations

import base64
import json
import re
import time
from typing import TYPE_CHECKING, Any

from app.connectors.signing import same_sign, yanwen_sign
from app.simulator import request as current_request
from app.simulator.errors import ApiError
from app.simulator.platforms import _carrier_common as common
from app.simulator.routes import Params, Route, route

if TYPE_CHECKING:
    from app.simulator.server import Simulator

USER_ID = "100000"
API_TOKEN = "SIMYANWENAPITOKEN0000000000000000"
CARRIER = "Yanwen"
# channelId -> (the shared state's service, the product name on the label)
CHANNELS = {
    "481": ("STD", "Yanwen Special Line - Tracked"),
    "482": ("EXP", "Yanwen Express Line"),
    "483": ("ECO", "Yanwen Economy Line"),
}
CURRENCIES = ("USD", "EUR", "GBP", "CNY", "AUD", "CAD")
MAX_CLOCK_SKEW_MS = 10 * 60 * 1000

OK = "0"
AUTH_ERROR = "1001"  # assumed codes, see the connector
PARAM_ERROR = "2001"
DUPLICATE = "2002"
NOT_FOUND = "2004"
LABEL_PENDING = "2005"
CANNOT_CANCEL = "2006"

STATUS_CREATED = 0
STATUS_CANCELLED = 5


def _ok(data: Any) -> tuple[int, Any]:
    return 200, {"success": True, "code": OK, "message": "success", "data": data}


def _fail(code: str, message: str) -> tuple[int, Any]:
    return 200, {"success": False, "code": code, "message": message, "data": None}


def _render_error(error: ApiError) -> tuple[int, Any, dict[str, str]]:
    return error.status, {"success": False, "code": str(error.status), "message": error.message, "data": None}, {}


def _find(sim: Simulator, number: str) -> dict[str, Any] | None:
    """By waybill (tracking) number or customer order number."""
    for lookup in (
        lambda: sim.carrier.find_by_tracking(number),
        lambda: sim.carrier.find_live(number) or sim.carrier.find_by_reference(number),
    ):
        try:
            found = lookup()
        except ApiError:
            continue
        if found is not None and sim.carrier.notes(found["shipment_id"]).get("face") == "yanwen":
            return found
    return None


def order_api(sim: Simulator, params: Params, query: Params, body: Any) -> tuple[int, Any]:
    raw = current_request.current().raw.decode("utf-8", "replace")
    method = query.get("method", "")
    if query.get("user_id") != USER_ID:
        return _fail(AUTH_ERROR, "用户不存在 (unknown user_id)")
    timestamp = query.get("timestamp", "")
    if not timestamp.isdigit() or abs(int(timestamp) - time.time() * 1000) > MAX_CLOCK_SKEW_MS:
        return _fail(AUTH_ERROR, "时间戳无效 (timestamp is more than 10 minutes off)")
    expected = yanwen_sign(
        api_token=API_TOKEN,
        user_id=USER_ID,
        method=method,
        timestamp=timestamp,
        body=raw,
        version=query.get("version", ""),
        fmt=query.get("format", ""),
    )
    if not same_sign(expected, query.get("sign", "")):
        return _fail(AUTH_ERROR, "签名验证失败 (sign does not match)")
    if method not in _METHODS:
        return _fail(PARAM_ERROR, f"方法[{method}]不存在 (unknown method)")
    try:
        data = json.loads(raw) if raw.strip() else {}
    except ValueError:
        return _fail(PARAM_ERROR, "请求数据不是JSON (the body is not JSON)")
    if not isinstance(data, dict):
        return _fail(PARAM_ERROR, "请求数据必须是JSON对象 (the body must be a JSON object)")
    return _METHODS[method](sim, data)


def _problem(order: dict[str, Any]) -> str:
    to = order.get("receiverInfo")
    if not isinstance(to, dict):
        return "收件人信息不能为空 (receiverInfo is required)"
    for field, words in (
        ("name", "收件人姓名"),
        ("country", "目的国"),
        ("address", "收件人地址"),
        ("city", "收件人城市"),
        ("state", "收件人州(省)"),
        ("phone", "收件人电话"),
    ):
        if not str(to.get(field) or "").strip():
            return f"{words}不能为空 (receiverInfo.{field} is required)"
    zip_code = str(to.get("zipCode") or "").strip()
    if not zip_code:
        return "邮编不能为空 (receiverInfo.zipCode is required)"
    if not re.fullmatch(r"[A-Za-z0-9 \-]{2,12}", zip_code):
        return f"邮编[{zip_code}]格式错误 (receiverInfo.zipCode is not a valid postcode)"
    parcel = order.get("parcelInfo")
    if not isinstance(parcel, dict):
        return "包裹信息不能为空 (parcelInfo is required)"
    if parcel.get("currency") not in CURRENCIES:
        return f"币种代码有误 (parcelInfo.currency must be one of {', '.join(CURRENCIES)})"
    weight = parcel.get("totalWeight")
    if not isinstance(weight, int) or weight <= 0:
        return "总重量必须大于0 (parcelInfo.totalWeight must be more than 0 g)"
    products = parcel.get("productList")
    if not isinstance(products, list) or not products:
        return "商品信息不能为空 (parcelInfo.productList is required)"
    if len(products) > 5:
        return "商品信息最多5组 (parcelInfo.productList takes at most 5 lines)"
    for i, p in enumerate(products, 1):
        if not isinstance(p, dict) or not str(p.get("goodsNameEn") or "").strip():
            return f"第{i}个商品英文品名不能为空 (productList[{i}].goodsNameEn is required)"
        if not str(p.get("goodsNameCh") or "").strip():
            return f"第{i}个商品中文品名不能为空 (productList[{i}].goodsNameCh is required)"
    ioss = str(parcel.get("ioss") or "")
    if ioss and not re.fullmatch(r"IM\d{10}", ioss):
        return f"IOSS税号[{ioss}]格式错误 (parcelInfo.ioss must be IM followed by 10 digits)"
    return ""


def _create(sim: Simulator, order: dict[str, Any]) -> tuple[int, Any]:
    number = str(order.get("orderNumber") or "").strip()
    if not number:
        return _fail(PARAM_ERROR, "订单号不能为空 (orderNumber is required)")
    channel = str(order.get("channelId") or "")
    if channel not in CHANNELS:
        return _fail(PARAM_ERROR, f"渠道[{channel}]不存在或未开通 (channelId is not enabled for this account)")
    problem = _problem(order)
    if problem:
        return _fail(PARAM_ERROR, problem)
    to, parcel = order["receiverInfo"], order["parcelInfo"]
    sender = order.get("senderInfo") if isinstance(order.get("senderInfo"), dict) else {}
    generic: dict[str, Any] = {
        "reference": number,
        "service": CHANNELS[channel][0],
        "order_reference": str(order.get("remark") or ""),
        "recipient": {
            "name": str(to["name"]),
            "company": str(to.get("company") or ""),
            "lines": [x for x in (str(to["address"]), str(to.get("houseNumber") or "")) if x],
            "city": str(to["city"]),
            "region": str(to["state"]),
            "postcode": str(to["zipCode"]),
            "country": str(to["country"]).upper(),
            "phone": str(to["phone"]),
        },
        "sku_summary": " · ".join(f"{p.get('quantity')}× {p.get('goodsNameEn')}" for p in parcel["productList"]),
        "weight_grams": parcel["totalWeight"],
    }
    if sender.get("name") and sender.get("zipCode") and sender.get("country"):
        generic["sender"] = {
            "name": str(sender["name"]),
            "company": str(sender.get("company") or ""),
            "lines": [str(sender.get("address") or "")],
            "city": str(sender.get("city") or ""),
            "region": str(sender.get("state") or ""),
            "postcode": str(sender["zipCode"]),
            "country": str(sender["country"]).upper(),
            "phone": str(sender.get("phone") or ""),
        }
    try:
        shipment = common.book(sim, generic, "yanwen", order)
    except ApiError as exc:
        if exc.error == "duplicate_reference":
            return _fail(DUPLICATE, f"订单号[{number}]已存在 (orderNumber already exists)")
        return _fail(PARAM_ERROR, exc.message)
    sim.carrier.note(shipment["shipment_id"], service_name=CHANNELS[channel][1], channel=channel)
    return _ok(
        {
            "waybillNumber": shipment["tracking_number"],
            "orderNumber": number,
            "referenceNumber": "",
            "yanwenNumber": f"YW{int(shipment['shipment_id'].removeprefix('CS-')):010d}",
        }
    )


def _getlist(sim: Simulator, data: dict[str, Any]) -> tuple[int, Any]:
    numbers = data.get("listNumber")
    if not isinstance(numbers, list) or not numbers:
        return _fail(PARAM_ERROR, "单号集合不能为空 (listNumber is required)")
    rows = []
    for number in numbers:
        shipment = _find(sim, str(number))
        if shipment is None:
            continue
        notes = sim.carrier.notes(shipment["shipment_id"])
        request = notes.get("request", {})
        rows.append(
            {
                "waybillNumber": shipment["tracking_number"],
                "orderNumber": shipment["reference"],
                "referenceNumber": "",
                "yanwenNumber": f"YW{int(shipment['shipment_id'].removeprefix('CS-')):010d}",
                "userId": USER_ID,
                "channelId": notes.get("channel", ""),
                "channelName": notes.get("service_name", ""),
                "createTime": shipment["created_at"],
                "status": STATUS_CANCELLED if shipment["status"] == "cancelled" else STATUS_CREATED,
                "isPrint": 0,
                "receiverInfo": request.get("receiverInfo", {}),
                "parcelInfo": request.get("parcelInfo", {}),
            }
        )
    return _ok(rows)


def _label(sim: Simulator, data: dict[str, Any]) -> tuple[int, Any]:
    number = str(data.get("waybillNumber") or "").strip()
    shipment = _find(sim, number) if number else None
    if shipment is None or shipment["status"] == "cancelled":
        return _fail(NOT_FOUND, f"运单[{number}]不存在 (no such waybill)")
    if not common.label_ready(sim, shipment["shipment_id"]):
        return _fail(LABEL_PENDING, "标签生成中，请稍后再试 (the label is not ready yet)")
    pdf = common.render_pdf_for(sim, shipment, CARRIER, size="100x100")
    return _ok(
        {
            "waybillNumber": shipment["tracking_number"],
            "isSuccess": True,
            "errorMsg": "",
            "base64String": base64.b64encode(pdf).decode("ascii"),
            "labelType": "100x100",
        }
    )


def _cancel(sim: Simulator, data: dict[str, Any]) -> tuple[int, Any]:
    number = str(data.get("waybillNumber") or "").strip()
    shipment = _find(sim, number) if number else None
    if shipment is None:
        return _fail(NOT_FOUND, f"运单[{number}]不存在 (no such waybill)")
    if shipment["status"] == "cancelled":
        return _ok("运单已取消 (already cancelled)")
    if any(
        e["status"] not in ("info_received", "cancelled") for e in sim.carrier.tracking_events(shipment["shipment_id"])
    ):
        return _fail(CANNOT_CANCEL, "运单已收货，不能取消 (Yanwen has received the parcel: it cannot be cancelled)")
    sim.carrier.cancel_shipment(shipment["shipment_id"])
    return _ok("取消成功")


_METHODS = {
    "express.order.create": _create,
    "express.order.getlist": _getlist,
    "express.order.label.get": _label,
    "express.order.cancel": _cancel,
}


def tracking(sim: Simulator, params: Params, query: Params, body: Any) -> tuple[int, Any]:
    if (current_request.current().headers.get("Authorization") or "") != API_TOKEN:
        raise ApiError(401, "unauthorized", "Authorization token is wrong")
    results = []
    for number in filter(None, (query.get("nums") or "").split(",")):
        shipment = _find(sim, number)
        if shipment is None:
            results.append({"tracking_number": number, "tracking_status": "NOTFOUND", "checkpoints": []})
            continue
        events = sim.carrier.tracking_events(shipment["shipment_id"])
        codes = {
            "info_received": "PU10",
            "in_transit": "OR10",
            "delivered": "LM90",
            "exception": "LM40",
            "cancelled": "CA10",
        }
        results.append(
            {
                "tracking_number": number,
                "tracking_status": codes.get(events[-1]["status"], "OR10"),
                "checkpoints": [
                    {
                        "time_stamp": e["at"],
                        "tracking_status": codes.get(e["status"], "OR10"),
                        "message": e["description"],
                        "location": e["location"],
                    }
                    for e in events
                ],
            }
        )
    return 200, {"code": 0, "message": "success", "result": results}


ROUTES: tuple[Route, ...] = (
    route("POST", "/api/order", order_api, mutating=True, render_error=_render_error),
    route("GET", "/api/tracking", tracking, render_error=_render_error),
)
