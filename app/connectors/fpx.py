"""4PX (递四方) direct-shipping orders through the 4PX open platform (open.4px.com).

Settings: optional ``label_size`` (``label_100x100`` default); secrets: ``app_key``,
``app_secret``. The parcel number is 4PX's ``ref_no``; the shipment id we keep is
``4px_tracking_no``; the tracking number is the last-mile ``logistics_channel_no``
(falling back to the 4PX number while 4PX has not assigned one).

Followed as public material shows it: one gateway ``/router/api/service`` with
``app_key, format, method, timestamp (ms), v, sign`` in the query string and the JSON
business body, ``sign`` = MD5 over the sorted common parameters, the body as sent and
the secret (signing.fpx_sign, pinned to 4PX's own worked example); methods
``ds.xms.order.create`` (``ref_no``, ``logistics_service_info``, ``recipient_info``,
``sender``, ``parcel_list[].declare_product_info``; weight in grams),
``ds.xms.order.get``, ``ds.xms.label.get`` (``label_url_info.logistics_label``, a PDF
URL), ``ds.xms.order.cancel``, ``tr.order.tracking.get``; the envelope
``{"result": "1"|"0", "msg", "errors": [{"error_code", "error_msg"}], "data"}``.

Assumed (4PX's error-code table was not available): the duplicate ``ref_no`` answer is
recognised by its message ("已存在" / "already exists") or code ``DS000121``; "label not
ready yet" by ``DS000301``; ``consignment_status`` ``X`` (closed) means cancelled;
``ioss_no`` is a top-level order field; tracking ``businessLinkCode`` values.
"""

from __future__ import annotations

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
from app.connectors.signing import FPX_FORMAT, fpx_sign
from app.errors import (
    InvalidInput,
    RemoteOutcomeUnknown,
    RemoteRejected,
    RemoteUnreachable,
)
from app.messages import Message

log = logging.getLogger(__name__)

PRODUCTION_URL = "https://open.4px.com"
GATEWAY = "/router/api/service"
CARRIER = "4PX"
VERSIONS = {"ds.xms.order.get": "1.1.0"}  # everything else 1.0.0
DUPLICATE_REF = "DS000121"
NOT_FOUND = "DS000201"
LABEL_PENDING = "DS000301"
_STATUS = {"FPX_M_OK": "info_received", "FPX_S_OK": "delivered", "FPX_X_EX": "exception", "FPX_C_CA": "cancelled"}


class FpxConnector:
    name = CARRIER

    def __init__(
        self, base_url: str, *, app_key: str, app_secret: str, label_size: str = "label_100x100", timeout: float = 20.0
    ) -> None:
        if not app_key or not app_secret:
            raise InvalidInput(Message("px_account_needs_app_key"))
        self.app_key, self.app_secret, self.label_size = app_key, app_secret, label_size
        self.http = JsonHttp(base_url or PRODUCTION_URL, timeout=timeout, what=CARRIER, secrets=[app_secret])

    # -- the connector contract -----------------------------------------------------------

    def create_shipment(self, request: ShipmentRequest) -> Shipment:
        util.check_reference(CARRIER, request.reference, reference_max_length("4px"))
        envelope = self.call("ds.xms.order.create", self.order(request), check=False)
        if envelope.get("result") != "1":
            code, message = _first_error(envelope)
            if code == DUPLICATE_REF or "已存在" in message or "already exist" in message.lower():
                existing = self._lookup(request.reference)
                raise DuplicateReference(
                    f"{CARRIER} already has an order for parcel {request.reference}",
                    shipment_id=existing.shipment_id if existing else "",
                )
            raise util.refusal(CARRIER, request.reference, message, code=code or "4px_refused")
        data = envelope.get("data") or {}
        number = str(data.get("4px_tracking_no") or "")
        shipment = Shipment(
            shipment_id=number,
            reference=request.reference,
            tracking_number=str(data.get("logistics_channel_no") or data.get("label_barcode") or number),
            status="created",
        )
        return self._with_label(shipment)

    def find_shipment(self, reference: str) -> Shipment | None:
        found = self._lookup(reference)
        return self._with_label(found) if found is not None else None

    def cancel_shipment(self, shipment_id: str) -> None:
        envelope = self.call(
            "ds.xms.order.cancel", {"request_no": shipment_id, "cancel_reason": "cancelled by the seller"}, check=False
        )
        if envelope.get("result") == "1":
            return
        code, message = _first_error(envelope)
        if code == NOT_FOUND:
            return
        raise util.refusal(CARRIER, shipment_id, message, code=code or "4px_cancel")

    def get_label(self, shipment_id: str) -> tuple[str, bytes] | None:
        body = {"request_no": shipment_id, "response_label_format": "PDF", "label_size": self.label_size}
        envelope = self.call("ds.xms.label.get", body, check=False)
        if envelope.get("result") != "1":
            code, message = _first_error(envelope)
            if code == LABEL_PENDING:
                return None
            raise util.refusal(CARRIER, shipment_id, message, code=code or "4px_label")
        url = ((envelope.get("data") or {}).get("label_url_info") or {}).get("logistics_label")
        if not url:
            return None
        response = self.http.request("GET", str(url), headers={"Accept": "application/pdf"})
        return check_label("pdf", response.raw, carrier=CARRIER), response.raw

    def track(self, tracking_number: str) -> list[TrackingEvent]:
        envelope = self.call("tr.order.tracking.get", {"deliveryOrderNo": tracking_number}, check=False)
        if envelope.get("result") != "1":
            code, message = _first_error(envelope)
            if code == NOT_FOUND:
                return []
            raise util.refusal(CARRIER, tracking_number, message, code=code)
        events = [
            TrackingEvent(
                at=_time(item.get("occurDatetime")),
                status=_STATUS.get(str(item.get("businessLinkCode")), "in_transit"),
                description=str(item.get("trackingContent") or ""),
                location=str(item.get("occurLocation") or ""),
            )
            for item in (envelope.get("data") or {}).get("trackingList") or []
        ]
        return sorted(events, key=lambda e: e.at)

    def test_connection(self) -> str:
        self.call("ds.xms.order.get", {"request_no": "SHIPBENCH-CONNECTION-TEST"})
        return f"{CARRIER} accepted the app key"

    # -- request shapes -----------------------------------------------------------------

    def order(self, request: ShipmentRequest) -> dict[str, Any]:
        to = request.recipient
        first, last = util.split_name(str(to.get("name", "")))
        lines = util.street_lines(to)
        cur = util.currency(request)
        order: dict[str, Any] = {
            "ref_no": request.reference,
            "business_type": "BDS",
            "duty_type": "U",
            "sales_no": request.order_reference,
            "logistics_service_info": {"logistics_product_code": request.service},
            "recipient_info": {
                "first_name": first,
                "last_name": last,
                "company": str(to.get("company") or ""),
                "phone": str(to.get("phone") or ""),
                "country": str(to.get("country", "")).upper(),
                "state": str(to.get("region") or ""),
                "city": str(to.get("city") or ""),
                "post_code": str(to.get("postcode") or ""),
                "street": lines[0] if lines else "",
                "district": " ".join(lines[1:]),
            },
            "parcel_list": [
                {
                    "weight": int(request.weight_grams),
                    "parcel_value": util.money(util.declared_total(request)),
                    "currency": cur,
                    "include_battery": "Y" if request.contains_battery else "N",
                    "product_list": [
                        {
                            "sku_code": item.sku,
                            "product_name": item.description_en,
                            "product_unit_price": util.money(item.unit_value),
                            "currency": item.currency,
                            "qty": item.quantity,
                        }
                        for item in request.customs
                    ],
                    "declare_product_info": [
                        {
                            "declare_product_name_cn": item.description_zh,
                            "declare_product_name_en": item.description_en,
                            "declare_product_code_qty": item.quantity,
                            "declare_unit_price_export": util.money(item.unit_value),
                            "currency_export": item.currency,
                            "declare_unit_price_import": util.money(item.unit_value),
                            "currency_import": item.currency,
                            "hscode_export": item.hs_code,
                            "hscode_import": item.hs_code,
                            "origin_country": item.origin_country,
                            "unit_net_weight": item.weight_grams,
                        }
                        for item in request.customs
                    ],
                }
            ],
            "is_insure": "N",
            "deliver_type_info": {"deliver_type": "1"},
        }
        if request.dimensions_mm:
            length, width, height = (round(mm / 10, 2) for mm in request.dimensions_mm)
            order["parcel_list"][0].update(length=length, width=width, height=height)
        if util.ioss(request):
            order["ioss_no"] = util.ioss(request)
        sender = request.sender or {}
        if sender.get("name"):
            s_first, s_last = util.split_name(str(sender["name"]))
            order["sender"] = {
                "first_name": s_first,
                "last_name": s_last,
                "company": str(sender.get("company") or ""),
                "phone": str(sender.get("phone") or ""),
                "country": str(sender.get("country", "")).upper(),
                "state": str(sender.get("region") or ""),
                "city": str(sender.get("city") or ""),
                "post_code": str(sender.get("postcode") or ""),
                "street": " ".join(util.street_lines(sender)),
            }
        return order

    # -- the signed call ----------------------------------------------------------------

    def call(self, method: str, body: dict[str, Any], *, check: bool = True) -> dict[str, Any]:
        """One signed gateway call; the envelope, or RemoteRejected when ``check`` and result != "1"."""
        raw = jsonlib.dumps(body, ensure_ascii=False, separators=(",", ":"))
        version = VERSIONS.get(method, "1.0.0")
        timestamp = str(int(time.time() * 1000))
        params = {
            "app_key": self.app_key,
            "format": FPX_FORMAT,
            "method": method,
            "timestamp": timestamp,
            "v": version,
            "sign": fpx_sign(
                app_key=self.app_key,
                app_secret=self.app_secret,
                method=method,
                timestamp=timestamp,
                version=version,
                body=raw,
            ),
            "language": "cn",
        }
        try:
            response = self.http.request(
                "POST",
                GATEWAY,
                params=params,
                data=raw.encode("utf-8"),
                headers={"Content-Type": "application/json;charset=UTF-8"},
            )
        except RemoteRejected as exc:
            payload = getattr(exc, "payload", None)
            raise util.reword(exc, CARRIER, _first_error(payload)[1] if isinstance(payload, dict) else "") from None
        envelope = response.body
        if not isinstance(envelope, dict) or "result" not in envelope:
            raise RemoteRejected(Message("sent_answer_not_usual_envelope", {"carrier": CARRIER}), retryable=True)
        if check and envelope.get("result") != "1":
            code, message = _first_error(envelope)
            raise util.refusal(CARRIER, "", message, code=code)
        data = envelope.get("data")
        if isinstance(data, str) and data.strip()[:1] in "[{":  # 4PX sometimes sends data as a JSON string
            envelope = {**envelope, "data": jsonlib.loads(data)}
        return envelope

    def _lookup(self, reference: str) -> Shipment | None:
        rows = self.call("ds.xms.order.get", {"request_no": reference}).get("data") or []
        for row in rows if isinstance(rows, list) else [rows]:
            if str(row.get("ref_no")) == reference and row.get("consignment_status") != "X":
                number = str(row.get("4px_tracking_no") or "")
                to = row.get("recipient_info") if isinstance(row.get("recipient_info"), dict) else {}
                parcels = [p for p in row.get("parcel_list") or [] if isinstance(p, dict)]
                products = [i for p in parcels for i in p.get("product_list") or [] if isinstance(i, dict)]
                weight = sum(int(p.get("weight") or 0) for p in parcels)
                return Shipment(
                    shipment_id=number,
                    reference=reference,
                    tracking_number=str(row.get("logistics_channel_no") or number),
                    status="created",
                    recipient_name=" ".join(str(to.get(k) or "") for k in ("first_name", "last_name")).strip(),
                    recipient_postcode=str(to.get("post_code") or ""),
                    recipient_country=str(to.get("country") or ""),
                    weight_grams=weight or None,
                    item_count=sum(int(i.get("qty") or 0) for i in products) if products else None,
                )
        return None

    def _with_label(self, shipment: Shipment) -> Shipment:
        try:
            label = self.get_label(shipment.shipment_id)
        except (RemoteRejected, RemoteUnreachable, RemoteOutcomeUnknown) as exc:
            log.info("4PX label of %s not fetched yet: %s", shipment.reference, exc)
            return shipment
        if label is None:
            return shipment
        return dataclasses.replace(shipment, label_format=label[0], label_data=label[1])


def _first_error(envelope: Any) -> tuple[str, str]:
    errors = envelope.get("errors") if isinstance(envelope, dict) else None
    if isinstance(errors, list) and errors and isinstance(errors[0], dict):
        return str(errors[0].get("error_code") or ""), str(errors[0].get("error_msg") or "")
    return "", str(envelope.get("msg") or "") if isinstance(envelope, dict) else ""


def _time(value: Any) -> dt.datetime:
    try:
        parsed = dt.datetime.fromisoformat(str(value))
    except ValueError:
        return dt.datetime.now(dt.UTC)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.timezone(dt.timedelta(hours=8)))


def factory(base_url: str, settings: Mapping[str, Any], secrets: Mapping[str, str]) -> FpxConnector:
    return FpxConnector(
        base_url,
        app_key=str(secrets.get("app_key") or settings.get("app_key") or ""),
        app_secret=str(secrets.get("app_secret") or ""),
        label_size=str(settings.get("label_size") or "label_100x100"),
    )
