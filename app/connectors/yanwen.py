"""Yanwen (燕文物流) through the Yanwen open API (open.yw56.com.cn).

Settings: ``user_id`` (the customer number); secrets: ``api_token``. The parcel number
is Yanwen's ``orderNumber``; Yanwen's ``waybillNumber`` is both the shipment id we keep
and the tracking number.

Followed as public client code shows it: ``POST /api/order`` with ``user_id, method,
format=json, timestamp (ms), version=V1.0, sign`` in the query string, the JSON body,
``sign = md5(apiToken + user_id + body + format + method + timestamp + version +
apiToken)`` (signing.yanwen_sign); methods ``express.order.create`` (``channelId``,
``orderSource``, ``orderNumber``, ``receiverInfo``, ``senderInfo``, ``parcelInfo`` with
grams, ``ioss`` and up to 5 ``productList`` lines), ``express.order.label.get``
(``base64String`` PDF), ``express.order.cancel`` (``waybillNumber``, ``note``),
``express.order.getlist`` (``listNumber``); the answer ``{success, code, message, data}``.

Assumed (not in the public material found): ``code`` "0" on success and the error
codes (duplicate order number recognised by "已存在"/"already exists" or code 2002,
label not ready 2005, not found 2004); ``listNumber`` accepts our order numbers; status
5 means cancelled; tracking through Yanwen's tracking API ``GET /api/tracking?nums=``
with the API token as ``Authorization`` (on the same host here; the live one has its
own host, setting ``tracking_url``); a missing state is sent as the city (Yanwen
requires one).
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import datetime as dt
import json as jsonlib
import logging
import time
from collections.abc import Mapping
from typing import Any

from app.connectors import _carrier_util as util
from app.connectors.base import (
    DuplicateReference,
    Shipment,
    ShipmentRequest,
    TrackingEvent,
)
from app.connectors.http import JsonHttp
from app.connectors.labels import check_label
from app.connectors.registry import reference_max_length
from app.connectors.signing import YANWEN_FORMAT, YANWEN_VERSION, yanwen_sign
from app.errors import (
    InvalidInput,
    RemoteOutcomeUnknown,
    RemoteRejected,
    RemoteUnreachable,
)
from app.messages import Message

log = logging.getLogger(__name__)

PRODUCTION_URL = "https://open.yw56.com.cn"
CARRIER = "Yanwen"
DUPLICATE = "2002"
NOT_FOUND = "2004"
LABEL_PENDING = "2005"
STATUS_CANCELLED = 5
_STATUS = {"PU10": "info_received", "LM90": "delivered", "LM40": "exception", "CA10": "cancelled"}


class YanwenConnector:
    name = CARRIER

    def __init__(
        self,
        base_url: str,
        *,
        user_id: str,
        api_token: str,
        tracking_url: str = "",
        order_source: str = "Shipbench",
        timeout: float = 20.0,
    ) -> None:
        if not user_id or not api_token:
            raise InvalidInput(Message("yanwen_account_needs_user_id"))
        self.user_id, self.api_token, self.order_source = user_id, api_token, order_source
        self.http = JsonHttp(base_url or PRODUCTION_URL, timeout=timeout, what=CARRIER, secrets=[api_token])
        self.tracking = JsonHttp(
            tracking_url or base_url or PRODUCTION_URL,
            timeout=timeout,
            what=f"{CARRIER} tracking",
            headers={"Authorization": api_token},
            secrets=[api_token],
        )

    # -- the connector contract -----------------------------------------------------------

    def create_shipment(self, request: ShipmentRequest) -> Shipment:
        util.check_reference(CARRIER, request.reference, reference_max_length("yanwen"))
        answer = self.call("express.order.create", self.order(request), check=False)
        if not answer.get("success"):
            code, message = str(answer.get("code") or ""), str(answer.get("message") or "")
            if code == DUPLICATE or "已存在" in message or "already exist" in message.lower():
                existing = self._lookup(request.reference)
                raise DuplicateReference(
                    f"{CARRIER} already has an order for parcel {request.reference}",
                    shipment_id=existing.shipment_id if existing else "",
                )
            raise util.refusal(CARRIER, request.reference, message, code=f"yanwen_{code}")
        data = answer.get("data") or {}
        waybill = str(data.get("waybillNumber") or "")
        return self._with_label(
            Shipment(shipment_id=waybill, reference=request.reference, tracking_number=waybill, status="created")
        )

    def find_shipment(self, reference: str) -> Shipment | None:
        found = self._lookup(reference)
        return self._with_label(found) if found is not None else None

    def cancel_shipment(self, shipment_id: str) -> None:
        answer = self.call(
            "express.order.cancel", {"waybillNumber": shipment_id, "note": "cancelled by the seller"}, check=False
        )
        if answer.get("success") or str(answer.get("code")) == NOT_FOUND:
            return
        raise util.refusal(CARRIER, shipment_id, str(answer.get("message") or ""), code=f"yanwen_{answer.get('code')}")

    def get_label(self, shipment_id: str) -> tuple[str, bytes] | None:
        answer = self.call("express.order.label.get", {"waybillNumber": shipment_id, "printRemark": 0}, check=False)
        if not answer.get("success"):
            if str(answer.get("code")) == LABEL_PENDING:
                return None
            raise util.refusal(
                CARRIER, shipment_id, str(answer.get("message") or ""), code=f"yanwen_{answer.get('code')}"
            )
        data = answer.get("data") or {}
        if not data.get("isSuccess", True):
            raise util.refusal(CARRIER, shipment_id, str(data.get("errorMsg") or "no label"), code="yanwen_label")
        try:
            pdf = base64.b64decode(str(data.get("base64String") or ""), validate=True)
        except (binascii.Error, ValueError):
            raise RemoteRejected(
                Message("sent_label_not_base", {"carrier": CARRIER}), code="bad_label", retryable=True
            ) from None
        return check_label("pdf", pdf, carrier=CARRIER), pdf

    def track(self, tracking_number: str) -> list[TrackingEvent]:
        _, body = self.tracking.get("/api/tracking", {"nums": tracking_number})
        results = body.get("result") if isinstance(body, dict) else None
        entry = next((r for r in results or [] if r.get("tracking_number") == tracking_number), None) or {}
        events = [
            TrackingEvent(
                at=_time(cp.get("time_stamp")),
                status=_STATUS.get(str(cp.get("tracking_status")), "in_transit"),
                description=str(cp.get("message") or ""),
                location=str(cp.get("location") or ""),
            )
            for cp in entry.get("checkpoints") or []
        ]
        return sorted(events, key=lambda e: e.at)

    def test_connection(self) -> str:
        self.call("express.order.getlist", {"listNumber": ["SHIPBENCH-CONNECTION-TEST"]})
        return f"{CARRIER} accepted the API token of user {self.user_id}"

    # -- request shapes -----------------------------------------------------------------

    def order(self, request: ShipmentRequest) -> dict[str, Any]:
        to = request.recipient
        lines = util.street_lines(to)
        cur = util.currency(request)
        parcel: dict[str, Any] = {
            "hasBattery": 1 if request.contains_battery else 0,
            "currency": cur,
            "totalPrice": util.money(util.declared_total(request)),
            "totalQuantity": sum(c.quantity for c in request.customs),
            "totalWeight": int(request.weight_grams),
            "productList": [
                {
                    "goodsNameCh": item.description_zh,
                    "goodsNameEn": item.description_en,
                    "price": util.money(item.unit_value),
                    "quantity": item.quantity,
                    "weight": item.weight_grams,
                    "hscode": item.hs_code,
                }
                for item in request.customs
            ],
        }
        if request.dimensions_mm:
            length, width, height = (max(1, round(mm / 10)) for mm in request.dimensions_mm)
            parcel.update(length=length, width=width, height=height)
        if util.ioss(request):
            parcel["ioss"] = util.ioss(request)
        order: dict[str, Any] = {
            "channelId": request.service,
            "orderSource": self.order_source,
            "orderNumber": request.reference,
            "remark": request.order_reference,
            "receiverInfo": {
                "name": str(to.get("name") or ""),
                "company": str(to.get("company") or ""),
                "country": str(to.get("country", "")).upper(),
                "state": str(to.get("region") or to.get("city") or ""),
                "city": str(to.get("city") or ""),
                "zipCode": str(to.get("postcode") or ""),
                "address": " ".join(lines),
                "phone": str(to.get("phone") or ""),
                "taxNumber": str(request.tax_ids.get("VAT") or ""),
            },
            "parcelInfo": parcel,
        }
        sender = request.sender or {}
        if sender.get("name"):
            order["senderInfo"] = {
                "name": str(sender["name"]),
                "company": str(sender.get("company") or ""),
                "phone": str(sender.get("phone") or ""),
                "country": str(sender.get("country", "")).upper(),
                "state": str(sender.get("region") or ""),
                "city": str(sender.get("city") or ""),
                "zipCode": str(sender.get("postcode") or ""),
                "address": " ".join(util.street_lines(sender)),
            }
        return order

    # -- the signed call ----------------------------------------------------------------

    def call(self, method: str, body: dict[str, Any], *, check: bool = True) -> dict[str, Any]:
        raw = jsonlib.dumps(body, ensure_ascii=False, separators=(",", ":"))
        timestamp = str(int(time.time() * 1000))
        params = {
            "user_id": self.user_id,
            "method": method,
            "format": YANWEN_FORMAT,
            "timestamp": timestamp,
            "version": YANWEN_VERSION,
            "sign": yanwen_sign(
                api_token=self.api_token, user_id=self.user_id, method=method, timestamp=timestamp, body=raw
            ),
        }
        try:
            response = self.http.request(
                "POST",
                "/api/order",
                params=params,
                data=raw.encode("utf-8"),
                headers={"Content-Type": "application/json;charset=UTF-8"},
            )
        except RemoteRejected as exc:
            payload = getattr(exc, "payload", None)
            raise util.reword(exc, CARRIER, payload.get("message", "") if isinstance(payload, dict) else "") from None
        answer = response.body
        if not isinstance(answer, dict) or "success" not in answer:
            raise RemoteRejected(Message("sent_answer_not_usual_envelope", {"carrier": CARRIER}), retryable=True)
        if check and not answer.get("success"):
            raise util.refusal(CARRIER, "", str(answer.get("message") or ""), code=f"yanwen_{answer.get('code')}")
        return answer

    def _lookup(self, reference: str) -> Shipment | None:
        rows = self.call("express.order.getlist", {"listNumber": [reference]}).get("data") or []
        for row in rows:
            if str(row.get("orderNumber")) == reference and row.get("status") != STATUS_CANCELLED:
                waybill = str(row.get("waybillNumber") or "")
                to = row.get("receiverInfo") if isinstance(row.get("receiverInfo"), dict) else {}
                parcel = row.get("parcelInfo") if isinstance(row.get("parcelInfo"), dict) else {}
                weight, pieces = parcel.get("totalWeight"), parcel.get("totalQuantity")
                return Shipment(
                    shipment_id=waybill,
                    reference=reference,
                    tracking_number=waybill,
                    status="created",
                    recipient_name=str(to.get("name") or ""),
                    recipient_postcode=str(to.get("zipCode") or ""),
                    recipient_country=str(to.get("country") or ""),
                    weight_grams=int(weight) if isinstance(weight, (int, float)) and weight else None,
                    item_count=int(pieces) if isinstance(pieces, int) and pieces else None,
                )
        return None

    def _with_label(self, shipment: Shipment) -> Shipment:
        try:
            label = self.get_label(shipment.shipment_id)
        except (RemoteRejected, RemoteUnreachable, RemoteOutcomeUnknown) as exc:
            log.info("Yanwen label of %s not fetched yet: %s", shipment.reference, exc)
            return shipment
        if label is None:
            return shipment
        return dataclasses.replace(shipment, label_format=label[0], label_data=label[1])


def _time(value: Any) -> dt.datetime:
    try:
        parsed = dt.datetime.fromisoformat(str(value))
    except ValueError:
        return dt.datetime.now(dt.UTC)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.timezone(dt.timedelta(hours=8)))


def factory(base_url: str, settings: Mapping[str, Any], secrets: Mapping[str, str]) -> YanwenConnector:
    return YanwenConnector(
        base_url,
        user_id=str(settings.get("user_id") or secrets.get("user_id") or ""),
        api_token=str(secrets.get("api_token") or ""),
        tracking_url=str(settings.get("tracking_url") or ""),
    )
