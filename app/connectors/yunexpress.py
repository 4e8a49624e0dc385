"""YunExpress (云途物流) through its OMS API v1.

Settings: ``customer_code`` (the account number YunExpress gives), optional
``label_size``; secrets: ``api_secret``. The parcel number is YunExpress's
``CustomerOrderNumber``; the shipment id we keep is its ``WayBillNumber``.

Followed as public material shows it: the endpoints, Basic auth over
``customerCode&apiSecret``, CreateOrder taking a JSON array (<= 10 orders) with
``Receiver``/``Parcels``/``IossCode``, the ``{"Code": "0000", "Message", "Item"}``
envelope, per-order ``Success``/``Remark``, Label/Print returning a PDF ``Url`` with
``OrderInfos[].Code`` 100 for success, Delete/Intercept with ``OrderType`` 1/2/3.

Assumed (not found in public material, adjust once seen against the live API):
- the duplicate answer is a per-order ``Success: 0`` whose ``Remark`` says the order
  number already exists ("已存在"); it carries no waybill number, so we look it up;
- a label that is still being generated is ``OrderInfos[].Code`` 300 with no ``Url``;
- GetOrder ``Status`` 4 means deleted (cancelled); "no data" is ``Code`` 1001;
- a parcel already received by YunExpress cannot be deleted: Delete answers
  ``Failure`` and we intercept it instead;
- Tracking/GetTrackInfo ``TrackNodeCode`` values (IR, IT, DL, EX, CA) for our statuses.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
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
from app.connectors.signing import yunexpress_authorization
from app.errors import (
    InvalidInput,
    RemoteOutcomeUnknown,
    RemoteRejected,
    RemoteUnreachable,
)
from app.messages import Message

log = logging.getLogger(__name__)

PRODUCTION_URL = "http://oms.api.yunexpress.com"
CARRIER = "YunExpress"
OK = "0000"
NO_DATA = "1001"
LABEL_OK = 100
LABEL_PENDING = 300
STATUS_DELETED = 4
_NODE_STATUS = {"IR": "info_received", "IT": "in_transit", "DL": "delivered", "EX": "exception", "CA": "cancelled"}


class YunExpressConnector:
    name = CARRIER

    def __init__(self, base_url: str, *, customer_code: str, api_secret: str, timeout: float = 20.0) -> None:
        if not customer_code or not api_secret:
            raise InvalidInput(Message("yunexpress_account_needs_customer_code"))
        self.customer_code = customer_code
        auth = yunexpress_authorization(customer_code, api_secret)
        self.http = JsonHttp(
            base_url or PRODUCTION_URL,
            timeout=timeout,
            what=CARRIER,
            headers={"Authorization": auth},
            secrets=[api_secret, auth.split(" ", 1)[1]],
        )

    # -- the connector contract -----------------------------------------------------------

    def create_shipment(self, request: ShipmentRequest) -> Shipment:
        util.check_reference(CARRIER, request.reference, reference_max_length("yunexpress"))
        body = self._call("POST", "/api/WayBill/CreateOrder", json=[self.order(request)])
        items = body.get("Item") or []
        item = next(
            (i for i in items if i.get("CustomerOrderNumber") == request.reference), items[0] if items else None
        )
        if not isinstance(item, dict):
            raise util.refusal(CARRIER, request.reference, body.get("Message") or "no answer for this order")
        if item.get("Success") != 1:
            remark = str(item.get("Remark") or body.get("Message") or "")
            if "已存在" in remark or "already exist" in remark.lower():
                existing = self._lookup(request.reference)
                raise DuplicateReference(
                    f"{CARRIER} already has an order for parcel {request.reference}",
                    shipment_id=existing.shipment_id if existing else "",
                )
            raise util.refusal(CARRIER, request.reference, remark, code="yunexpress_refused")
        waybill = str(item.get("WayBillNumber") or "")
        shipment = Shipment(
            shipment_id=waybill,
            reference=request.reference,
            tracking_number=str(item.get("TrackingNumber") or waybill),
            status="created",
        )
        return self._with_label(shipment)

    def find_shipment(self, reference: str) -> Shipment | None:
        found = self._lookup(reference)
        return self._with_label(found) if found is not None else None

    def cancel_shipment(self, shipment_id: str) -> None:
        item = (
            self._call("POST", "/api/WayBill/Delete", json={"OrderType": "1", "OrderNumber": shipment_id}).get("Item")
            or {}
        )
        if item.get("Status") == "Success":
            return
        remark = str(item.get("Remark") or "")
        if "不存在" in remark:
            return  # nothing live to void
        # Already received by YunExpress: only an intercept stops it now.
        item = (
            self._call(
                "POST",
                "/api/WayBill/Intercept",
                json={"OrderType": "1", "OrderNumber": shipment_id, "Remark": "cancelled by the seller"},
            ).get("Item")
            or {}
        )
        if item.get("Status") != "Success":
            raise util.refusal(CARRIER, shipment_id, str(item.get("Remark") or remark), code="yunexpress_cancel")

    def get_label(self, shipment_id: str) -> tuple[str, bytes] | None:
        body = self._call("POST", "/api/Label/Print", json=[shipment_id])
        entry = next(iter(body.get("Item") or []), None) or {}
        info = next(iter(entry.get("OrderInfos") or []), None) or {}
        if info.get("Code") == LABEL_PENDING:
            return None
        if info.get("Code") != LABEL_OK or not entry.get("Url"):
            raise util.refusal(CARRIER, shipment_id, str(info.get("Error") or "no label"), code="yunexpress_label")
        response = self.http.request("GET", str(entry["Url"]), headers={"Accept": "application/pdf"})
        return check_label("pdf", response.raw, carrier=CARRIER), response.raw

    def track(self, tracking_number: str) -> list[TrackingEvent]:
        body = self._call("GET", "/api/Tracking/GetTrackInfo", params={"OrderNumber": tracking_number})
        item = body.get("Item") or {}
        events = []
        for detail in item.get("OrderTrackingDetails") or []:
            events.append(
                TrackingEvent(
                    at=_time(detail.get("ProcessDate")),
                    status=_NODE_STATUS.get(str(detail.get("TrackNodeCode") or ""), "in_transit"),
                    description=str(detail.get("ProcessContent") or ""),
                    location=str(detail.get("ProcessLocation") or ""),
                )
            )
        return sorted(events, key=lambda e: e.at)

    def test_connection(self) -> str:
        self._call("GET", "/api/WayBill/GetOrder", params={"OrderNumber": "SHIPBENCH-CONNECTION-TEST"})
        return f"{CARRIER} accepted the API key of customer {self.customer_code}"

    # -- request shapes -----------------------------------------------------------------

    def order(self, request: ShipmentRequest) -> dict[str, Any]:
        """The CreateOrder entry for one parcel."""
        to = request.recipient
        first, last = util.split_name(str(to.get("name", "")))
        lines = util.street_lines(to)
        receiver = {
            "CountryCode": str(to.get("country", "")).upper(),
            "FirstName": first,
            "LastName": last,
            "Company": str(to.get("company") or ""),
            "Street": lines[0] if lines else "",
            "StreetAddress1": lines[1] if len(lines) > 1 else "",
            "StreetAddress2": " ".join(lines[2:]),
            "City": str(to.get("city") or ""),
            "State": str(to.get("region") or ""),
            "Zip": str(to.get("postcode") or ""),
            "Phone": str(to.get("phone") or ""),
        }
        order: dict[str, Any] = {
            "CustomerOrderNumber": request.reference,
            "ShippingMethodCode": request.service,
            "TransactionNumber": request.order_reference,
            "PackageCount": 1,
            "Weight": util.kg(request.weight_grams),
            "Receiver": {k: v for k, v in receiver.items() if v},
            "Parcels": [
                {
                    "EName": item.description_en,
                    "CName": item.description_zh,
                    "HSCode": item.hs_code,
                    "Quantity": item.quantity,
                    "UnitPrice": util.money(item.unit_value),
                    "UnitWeight": util.kg(item.weight_grams),
                    "CurrencyCode": item.currency,
                    "SKU": item.sku,
                }
                for item in request.customs
            ],
        }
        if request.dimensions_mm:
            length, width, height = (max(1, round(mm / 10)) for mm in request.dimensions_mm)
            order.update(Length=length, Width=width, Height=height)
        if util.ioss(request):
            order["IossCode"] = util.ioss(request)
        if request.contains_battery:
            order["OrderExtra"] = [{"ExtraCode": "battery", "ExtraName": "contains battery"}]
        sender = request.sender or {}
        if sender.get("name") and sender.get("postcode"):
            s_first, s_last = util.split_name(str(sender["name"]))
            order["Sender"] = {
                "CountryCode": str(sender.get("country", "")).upper(),
                "FirstName": s_first,
                "LastName": s_last,
                "Company": str(sender.get("company") or ""),
                "Street": " ".join(util.street_lines(sender)),
                "City": str(sender.get("city") or ""),
                "State": str(sender.get("region") or ""),
                "Zip": str(sender.get("postcode") or ""),
                "Phone": str(sender.get("phone") or ""),
            }
        return order

    # -- internals ----------------------------------------------------------------------

    def _lookup(self, reference: str) -> Shipment | None:
        body = self._call("GET", "/api/WayBill/GetOrder", params={"OrderNumber": reference})
        item = body.get("Item")
        if body.get("Code") == NO_DATA or not isinstance(item, dict):
            return None
        if str(item.get("OrderNumber")) != reference or item.get("Status") == STATUS_DELETED:
            return None
        waybill = str(item.get("WayBillNumber") or "")
        found = item.get("Receiver")
        to: dict[str, Any] = found if isinstance(found, dict) else {}
        parcels = [p for p in item.get("Parcels") or [] if isinstance(p, dict)]
        return Shipment(
            shipment_id=waybill,
            reference=reference,
            tracking_number=str(item.get("TrackingNumber") or waybill),
            status="created",
            recipient_name=" ".join(str(to.get(k) or "") for k in ("FirstName", "LastName")).strip(),
            recipient_postcode=str(to.get("Zip") or ""),
            recipient_country=str(to.get("CountryCode") or ""),
            weight_grams=util.grams(item.get("Weight")),
            item_count=sum(int(p.get("Quantity") or 0) for p in parcels) if parcels else None,
        )

    def _with_label(self, shipment: Shipment) -> Shipment:
        """The shipment with its label when YunExpress has one already; never fails the booking."""
        try:
            label = self.get_label(shipment.shipment_id)
        except (RemoteRejected, RemoteUnreachable, RemoteOutcomeUnknown) as exc:
            log.info("YunExpress label of %s not fetched yet: %s", shipment.reference, exc)
            return shipment
        if label is None:
            return shipment
        return dataclasses.replace(shipment, label_format=label[0], label_data=label[1])

    def _call(
        self, method: str, path: str, *, params: Mapping[str, str] | None = None, json: Any = None
    ) -> dict[str, Any]:
        try:
            response = self.http.request(method, path, params=params, json=json, ok_statuses=())
        except RemoteRejected as exc:
            payload = getattr(exc, "payload", None)
            raise util.reword(exc, CARRIER, payload.get("Message", "") if isinstance(payload, dict) else "") from None
        body = response.body
        if not isinstance(body, dict):
            raise RemoteRejected(Message("sent_answer_not_json_object", {"carrier": CARRIER}), retryable=True)
        return body


def _time(value: Any) -> dt.datetime:
    try:
        parsed = dt.datetime.fromisoformat(str(value))
    except ValueError:
        return dt.datetime.now(dt.UTC)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.timezone(dt.timedelta(hours=8)))


def factory(base_url: str, settings: Mapping[str, Any], secrets: Mapping[str, str]) -> YunExpressConnector:
    return YunExpressConnector(
        base_url,
        customer_code=str(settings.get("customer_code") or secrets.get("customer_code") or ""),
        api_secret=str(secrets.get("api_secret") or ""),
    )
