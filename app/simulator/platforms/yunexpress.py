"""The simulator's YunExpress face: the OMS API v1 shapes over the shared carrier state.

Paths and fields follow YunExpress's OMS API v1 as public client code uses it
(``/api/WayBill/CreateOrder`` taking a JSON array of up to 10 orders,
``/api/WayBill/GetOrder?OrderNumber=``, ``/api/WayBill/Delete``,
``/api/WayBill/Intercept``, ``/api/Label/Print``, ``/api/Tracking/GetTrackInfo``;
``Authorization: Basic base64(customerCode&apiSecret)``; envelope
``{"Code": "0000", "Message", "Item"}``). What the public material does not pin down
is assumed here and listed in the connector's docstring (app/connectors/yunexpress.py).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from app.connectors.signing import yunexpress_credentials
from app.simulator import request as current_request
from app.simulator.errors import ApiError
from app.simulator.platforms import _carrier_common as common
from app.simulator.request import Reply
from app.simulator.routes import Params, Route, route

if TYPE_CHECKING:
    from app.simulator.server import Simulator

CUSTOMER_CODE = "C06901"
API_SECRET = "sim-yunexpress-secret"
CARRIER = "YunExpress"

# ShippingMethodCode -> (the shared state's service, the name printed on the label)
METHODS = {
    "THPHR": ("STD", "Yun Global Direct Line (registered)"),
    "THZXR": ("EXP", "Yun Express Line (priority)"),
    "BKPHR": ("ECO", "Yun Economy Line"),
}
EU = {
    "AT",
    "BE",
    "BG",
    "CY",
    "CZ",
    "DE",
    "DK",
    "EE",
    "ES",
    "FI",
    "FR",
    "GR",
    "HR",
    "HU",
    "IE",
    "IT",
    "LT",
    "LU",
    "LV",
    "MT",
    "NL",
    "PL",
    "PT",
    "RO",
    "SE",
    "SI",
    "SK",
}
IOSS = re.compile(r"IM\d{10}")

OK = "0000"
NO_DATA = "1001"  # query found nothing
FAILED = "1011"  # at least one order of the batch was refused (each Item says why)
UNAUTHORIZED = "0401"

STATUS_CREATED = 1  # 已提交
STATUS_DELETED = 4  # 已删除 (also after an accepted intercept)


def _render_error(error: ApiError) -> tuple[int, Any, dict[str, str]]:
    code = UNAUTHORIZED if error.status == 401 else error.extra.get("code", str(error.status))
    return error.status, {"Code": code, "Message": error.message, "Item": None}, {}


def _authorize() -> None:
    header = current_request.current().headers.get("Authorization") or ""
    found = yunexpress_credentials(header)
    if found != (CUSTOMER_CODE, API_SECRET):
        raise ApiError(401, "unauthorized", "Unauthorized: customer code or API secret is wrong (身份验证失败)")


def waybill_number(shipment_id: str) -> str:
    return f"YT{int(shipment_id.removeprefix('CS-')):016d}"


def _shipment_id(waybill: str) -> str | None:
    digits = waybill.removeprefix("YT")
    return f"CS-{int(digits)}" if waybill.startswith("YT") and digits.isdigit() else None


def _find(sim: Simulator, number: str) -> dict[str, Any] | None:
    """An order by waybill number, customer order number or tracking number."""
    sid = _shipment_id(number)
    if sid is not None:
        try:
            return sim.carrier.get_shipment(sid)
        except ApiError:
            return None
    try:
        return sim.carrier.find_by_reference(number)
    except ApiError:
        pass
    try:
        return sim.carrier.find_by_tracking(number)
    except ApiError:
        return None


# -- create -------------------------------------------------------------------------------


def _problems(order: dict[str, Any]) -> str:
    """The first reason YunExpress would refuse this order, in its own words, or ""."""
    receiver = order.get("Receiver")
    if not isinstance(receiver, dict):
        return "收件人信息不能为空 (Receiver is required)"
    country = str(receiver.get("CountryCode") or "").upper()
    if len(country) != 2:
        return "收件人国家简码错误 (Receiver CountryCode must be a 2-letter code)"
    if not str(receiver.get("FirstName") or "").strip():
        return "收件人姓名不能为空 (Receiver FirstName is required)"
    if not str(receiver.get("Street") or "").strip():
        return "收件人地址不能为空 (Receiver Street is required)"
    if not str(receiver.get("City") or "").strip():
        return "收件人城市不能为空 (Receiver City is required)"
    zip_code = str(receiver.get("Zip") or "").strip()
    if not zip_code:
        return "收件人邮编不能为空 (Receiver Zip is required)"
    if not re.fullmatch(r"[A-Za-z0-9 \-]{2,12}", zip_code):
        return f"收件人邮编[{zip_code}]格式错误 (Receiver Zip is not a valid postcode)"
    weight = order.get("Weight")
    if not isinstance(weight, (int, float)) or isinstance(weight, bool) or weight <= 0:
        return "包裹重量必须大于0 (Weight must be greater than 0 kg)"
    if weight > 30:
        return f"包裹重量{weight}kg超过渠道限重30kg (Weight exceeds the 30 kg limit of this service)"
    parcels = order.get("Parcels")
    if not isinstance(parcels, list) or not parcels:
        return "申报信息不能为空 (Parcels: customs declaration lines are required)"
    for i, line in enumerate(parcels, 1):
        if not isinstance(line, dict) or not str(line.get("EName") or "").strip():
            return f"第{i}行申报英文名称不能为空 (Parcels[{i}].EName is required)"
        quantity, price = line.get("Quantity"), line.get("UnitPrice")
        if not isinstance(quantity, int) or quantity <= 0:
            return f"第{i}行申报数量必须大于0 (Parcels[{i}].Quantity must be at least 1)"
        if not isinstance(price, (int, float)) or price <= 0:
            return f"第{i}行申报单价必须大于0 (Parcels[{i}].UnitPrice must be greater than 0)"
        hs = str(line.get("HSCode") or "")
        if hs and not re.fullmatch(r"\d{6,10}", hs):
            return f"第{i}行海关编码[{hs}]格式错误 (Parcels[{i}].HSCode must be 6 to 10 digits)"
    ioss = str(order.get("IossCode") or "")
    if ioss and not IOSS.fullmatch(ioss):
        return f"IOSS号[{ioss}]格式错误 (IossCode must be IM followed by 10 digits)"
    return ""


def _create_one(sim: Simulator, order: Any) -> dict[str, Any]:
    if not isinstance(order, dict):
        return {"CustomerOrderNumber": "", "Success": 0, "Remark": "订单格式错误 (each order must be an object)"}
    number = str(order.get("CustomerOrderNumber") or "").strip()
    failed = {"CustomerOrderNumber": number, "Success": 0, "TrackType": "", "WayBillNumber": "", "TrackingNumber": None}
    if not number:
        return {**failed, "Remark": "客户订单号不能为空 (CustomerOrderNumber is required)"}
    method = str(order.get("ShippingMethodCode") or "")
    if method not in METHODS:
        return {
            **failed,
            "Remark": f"运输方式[{method}]不存在或未开通 (ShippingMethodCode is not enabled for this account)",
        }
    problem = _problems(order)
    if problem:
        return {**failed, "Remark": problem}
    receiver = order["Receiver"]
    sender = order.get("Sender") if isinstance(order.get("Sender"), dict) else {}
    generic = {
        "reference": number,
        "service": METHODS[method][0],
        "order_reference": str(order.get("TransactionNumber") or ""),
        "recipient": {
            "name": " ".join(str(receiver.get(k) or "") for k in ("FirstName", "LastName")).strip(),
            "company": str(receiver.get("Company") or ""),
            "lines": [str(receiver[k]) for k in ("Street", "StreetAddress1", "StreetAddress2") if receiver.get(k)],
            "city": str(receiver.get("City") or ""),
            "region": str(receiver.get("State") or ""),
            "postcode": str(receiver.get("Zip")),
            "country": str(receiver.get("CountryCode")).upper(),
            "phone": str(receiver.get("Phone") or ""),
        },
        "sku_summary": " · ".join(f"{p.get('Quantity')}× {p.get('SKU') or p.get('EName')}" for p in order["Parcels"]),
        "weight_grams": round(float(order["Weight"]) * 1000),
    }
    if sender.get("FirstName") and sender.get("Zip") and sender.get("CountryCode"):
        generic["sender"] = {
            "name": " ".join(str(sender.get(k) or "") for k in ("FirstName", "LastName")).strip(),
            "company": str(sender.get("Company") or ""),
            "lines": [str(sender.get("Street") or "")],
            "city": str(sender.get("City") or ""),
            "region": str(sender.get("State") or ""),
            "postcode": str(sender["Zip"]),
            "country": str(sender["CountryCode"]).upper(),
            "phone": str(sender.get("Phone") or ""),
        }
    try:
        shipment = common.book(sim, generic, "yunexpress", order)
    except ApiError as exc:
        if exc.error == "duplicate_reference":
            return {**failed, "Remark": f"客户订单号[{number}]已存在 (CustomerOrderNumber already exists)"}
        return {**failed, "Remark": exc.message}
    sim.carrier.note(shipment["shipment_id"], service_name=METHODS[method][1], method=method)
    return {
        "CustomerOrderNumber": number,
        "Success": 1,
        "TrackType": "1",
        "Remark": "",
        "RequireSenderAddress": 0,
        "AgentNumber": None,
        "WayBillNumber": waybill_number(shipment["shipment_id"]),
        "TrackingNumber": shipment["tracking_number"],
        "ShipperBoxs": [],
    }


def create_order(sim: Simulator, params: Params, query: Params, body: Any) -> tuple[int, Any]:
    _authorize()
    if not isinstance(body, list) or not body:
        raise ApiError(400, "bad_request", "请求数据格式错误: the body must be a JSON array of orders")
    if len(body) > 10:
        raise ApiError(400, "bad_request", "每次最多提交10个订单 (at most 10 orders per request)")
    items = [_create_one(sim, order) for order in body]
    all_ok = all(item["Success"] == 1 for item in items)
    return 200, {
        "Code": OK if all_ok else FAILED,
        "Message": "提交成功" if all_ok else "部分订单提交失败 (some orders were refused)",
        "Item": items,
    }


# -- query, cancel ------------------------------------------------------------------------


def _order_view(sim: Simulator, shipment: dict[str, Any]) -> dict[str, Any]:
    notes = sim.carrier.notes(shipment["shipment_id"])
    order = notes.get("request", {})
    return {
        "WayBillNumber": waybill_number(shipment["shipment_id"]),
        "OrderNumber": shipment["reference"],
        "ShippingMethodCode": notes.get("method", ""),
        "TrackingNumber": shipment["tracking_number"],
        "TransactionNumber": order.get("TransactionNumber", ""),
        "Status": STATUS_DELETED if shipment["status"] == "cancelled" else STATUS_CREATED,
        "PackageNumber": order.get("PackageCount", 1),
        "Weight": order.get("Weight"),
        "Receiver": order.get("Receiver", {}),
        "Parcels": order.get("Parcels", []),
        "IossCode": order.get("IossCode", ""),
    }


def get_order(sim: Simulator, params: Params, query: Params, body: Any) -> tuple[int, Any]:
    _authorize()
    number = (query.get("OrderNumber") or "").strip()
    if not number:
        raise ApiError(400, "bad_request", "OrderNumber不能为空 (OrderNumber is required)")
    shipment = _find(sim, number)
    if shipment is None:
        return 200, {"Code": NO_DATA, "Message": "没有数据 (no order found)", "Item": None}
    return 200, {"Code": OK, "Message": "", "Item": _order_view(sim, shipment)}


def _by_type(sim: Simulator, body: Any) -> tuple[dict[str, Any] | None, dict[str, Any]]:
    if not isinstance(body, dict) or not body.get("OrderNumber"):
        raise ApiError(400, "bad_request", "OrderNumber不能为空 (OrderNumber is required)")
    number, kind = str(body["OrderNumber"]), str(body.get("OrderType") or "1")
    echo = {"Type": int(kind) if kind.isdigit() else kind, "OrderNumber": number}
    if kind == "1":
        sid = _shipment_id(number)
        shipment = _find(sim, number) if sid else None
    elif kind == "2":
        shipment = sim.carrier.find_live(number) or _find(sim, number)
    elif kind == "3":
        shipment = _find(sim, number)
    else:
        raise ApiError(400, "bad_request", "OrderType必须是1、2或3 (OrderType must be 1, 2 or 3)")
    return shipment, echo


def _moving(sim: Simulator, shipment: dict[str, Any]) -> bool:
    return any(
        e["status"] not in ("info_received", "cancelled") for e in sim.carrier.tracking_events(shipment["shipment_id"])
    )


def delete(sim: Simulator, params: Params, query: Params, body: Any) -> tuple[int, Any]:
    _authorize()
    shipment, echo = _by_type(sim, body)
    if shipment is None:
        item = {**echo, "Status": "Failure", "Remark": "订单不存在 (no such order)"}
    elif shipment["status"] == "cancelled":
        item = {**echo, "Status": "Success", "Remark": "订单已删除 (already deleted)"}
    elif _moving(sim, shipment):
        item = {
            **echo,
            "Status": "Failure",
            "Remark": "订单已收货不能删除，请使用拦截 (received by YunExpress: intercept it instead)",
        }
    else:
        sim.carrier.cancel_shipment(shipment["shipment_id"])
        item = {**echo, "Status": "Success", "Remark": "删除成功"}
    return 200, {"Code": OK if item["Status"] == "Success" else FAILED, "Message": item["Remark"], "Item": item}


def intercept(sim: Simulator, params: Params, query: Params, body: Any) -> tuple[int, Any]:
    _authorize()
    shipment, echo = _by_type(sim, body)
    if shipment is None:
        item = {**echo, "Status": "Failure", "Remark": "订单不存在 (no such order)"}
    else:
        if shipment["status"] != "cancelled":
            sim.carrier.cancel_shipment(shipment["shipment_id"])
        item = {**echo, "Status": "Success", "Remark": "拦截成功"}
    return 200, {"Code": OK if item["Status"] == "Success" else FAILED, "Message": item["Remark"], "Item": item}


# -- labels, tracking ---------------------------------------------------------------------

LABEL_OK = 100
LABEL_PENDING = 300  # assumed: the label is still being generated


def print_label(sim: Simulator, params: Params, query: Params, body: Any) -> tuple[int, Any]:
    _authorize()
    if isinstance(body, dict):  # some clients send {"OrderNumbers": "a,b"}
        body = [n for n in str(body.get("OrderNumbers") or "").split(",") if n]
    if not isinstance(body, list) or not body:
        raise ApiError(400, "bad_request", "请求数据格式错误: send a JSON array of order numbers")
    items = []
    base = f"http://{current_request.current().headers.get('Host', '127.0.0.1')}"
    for number in body:
        shipment = _find(sim, str(number))
        if shipment is None or shipment["status"] == "cancelled":
            info = {"CustomerOrderNumber": str(number), "Error": "订单不存在或已删除 (no such order)", "Code": 200}
            items.append({"Url": "", "OrderInfos": [info]})
            continue
        info = {"CustomerOrderNumber": shipment["reference"], "Error": "", "Code": LABEL_OK}
        if not common.label_ready(sim, shipment["shipment_id"]):
            info = {**info, "Error": "标签生成中，请稍后再试 (the label is being generated)", "Code": LABEL_PENDING}
            items.append({"Url": "", "OrderInfos": [info]})
            continue
        url = f"{base}/yunexpress/labels/{waybill_number(shipment['shipment_id'])}.pdf"
        items.append({"Url": url, "OrderInfos": [info]})
    return 200, {"Code": OK, "Message": "", "Item": items}


def label_file(sim: Simulator, params: Params, query: Params, body: Any) -> tuple[int, Any]:
    sid = _shipment_id(params["waybill"])
    if sid is None:
        raise ApiError(404, "not_found", "no such label")
    shipment = sim.carrier.get_shipment(sid)
    return 200, Reply(common.render_pdf_for(sim, shipment, CARRIER), "application/pdf")


_STATES = {"info_received": 1, "in_transit": 2, "delivered": 3, "cancelled": 5, "exception": 6}
_NODES = {"info_received": "IR", "in_transit": "IT", "delivered": "DL", "cancelled": "CA", "exception": "EX"}


def track(sim: Simulator, params: Params, query: Params, body: Any) -> tuple[int, Any]:
    _authorize()
    shipment = _find(sim, (query.get("OrderNumber") or "").strip())
    if shipment is None:
        return 200, {"Code": NO_DATA, "Message": "没有数据 (no tracking found)", "Item": None}
    events = sim.carrier.tracking_events(shipment["shipment_id"])
    details = [
        {
            "ProcessDate": e["at"],
            "ProcessContent": e["description"],
            "ProcessLocation": e["location"],
            "TrackNodeCode": _NODES.get(e["status"], "OT"),
            "TrackCodeDescription": e["status"],
        }
        for e in events
    ]
    return 200, {
        "Code": OK,
        "Message": "",
        "Item": {
            "CountryCode": sim.carrier.notes(shipment["shipment_id"])
            .get("generic", {})
            .get("recipient", {})
            .get("country", ""),
            "WaybillNumber": waybill_number(shipment["shipment_id"]),
            "TrackingNumber": shipment["tracking_number"],
            "PackageState": _STATES.get(events[-1]["status"], 0),
            "OrderTrackingDetails": details,
        },
    }


ROUTES: tuple[Route, ...] = (
    route("POST", "/api/WayBill/CreateOrder", create_order, mutating=True, render_error=_render_error),
    route("GET", "/api/WayBill/GetOrder", get_order, render_error=_render_error),
    route("POST", "/api/WayBill/Delete", delete, mutating=True, render_error=_render_error),
    route("POST", "/api/WayBill/Intercept", intercept, mutating=True, render_error=_render_error),
    route("POST", "/api/Label/Print", print_label, render_error=_render_error),
    route("GET", r"/yunexpress/labels/(?P<waybill>[A-Z0-9]+)\.pdf", label_file),
    route("GET", "/api/Tracking/GetTrackInfo", track, render_error=_render_error),
    *common.ROUTES,
)
