"""Connectors for the built-in simulator (app.simulator): the same shapes the demo serves."""

from __future__ import annotations

import base64
import datetime as dt
import threading
from collections.abc import Iterator, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from app.connectors._carrier_util import check_reference
from app.connectors.base import (
    Amount,
    ConfirmedLine,
    DuplicateReference,
    Rate,
    RemoteAddress,
    RemoteLine,
    RemoteOrder,
    Shipment,
    ShipmentRequest,
    TrackingEvent,
)
from app.connectors.http import JsonHttp, RemoteAuthFailed, Response
from app.connectors.registry import reference_max_length
from app.errors import RemoteRejected
from app.messages import Message
from app.ratelimit import RateLimit


def parse_time(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    return parsed.astimezone(dt.UTC)


def iso(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


def _money(value: Any) -> Decimal:
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        raise RemoteRejected(f"marketplace sent an invalid amount {value!r}") from None


def order_from_json(raw: dict[str, Any]) -> RemoteOrder:
    ship = raw.get("ship_to") or {}
    buyer = raw.get("buyer") or {}
    updated = parse_time(raw.get("updated_at"))
    if updated is None:
        raise RemoteRejected(f"marketplace order {raw.get('id')!r} has no updated_at")
    return RemoteOrder(
        id=str(raw["id"]),
        number=str(raw.get("number") or raw["id"]),
        status=str(raw.get("status", "unshipped")),
        updated_at=updated,
        created_at=parse_time(raw.get("created_at")),
        paid_at=parse_time(raw.get("paid_at")),
        currency=str(raw.get("currency", "USD")),
        total=_money(raw.get("total", "0")),
        shipping_service=str(raw.get("shipping_service", "")),
        buyer_name=str(buyer.get("name", "")),
        buyer_email=str(buyer.get("email", "")),
        buyer_note=str(raw.get("buyer_note", "")),
        ship_to=RemoteAddress(
            name=str(ship.get("name", "")),
            company=str(ship.get("company", "")),
            address1=str(ship.get("address1", "")),
            address2=str(ship.get("address2", "")),
            city=str(ship.get("city", "")),
            region=str(ship.get("region", "")),
            postcode=str(ship.get("postcode", "")),
            country=str(ship.get("country", "")).upper()[:2],
            phone=str(ship.get("phone", "")),
        ),
        lines=tuple(
            RemoteLine(
                line_id=str(line["line_id"]),
                sku=str(line["sku"]),
                title=str(line.get("title", "")),
                quantity=int(line["quantity"]),
                unit_price=_money(line.get("unit_price", "0")),
            )
            for line in raw.get("lines", [])
        ),
    )


class SimulatorMarketplace:
    """The simulator's marketplace API: bearer token (refreshed on 401), idempotent confirmations."""

    # The simulator answers as fast as it can; a real platform's connector declares its own.
    rate_limit = RateLimit(per_second=500.0, burst=100)

    def __init__(
        self, base_url: str, *, timeout: float = 10.0, page_size: int = 100, secrets: Mapping[str, str] | None = None
    ) -> None:
        secrets = dict(secrets or {})
        self.api_key = secrets.get("api_key", "")
        self.http = JsonHttp(
            base_url, timeout=timeout, what="the marketplace", secrets=secrets.values(), throttle_retries=3
        )
        self.page_size = page_size
        self._token: str | None = None
        self._token_lock = threading.Lock()

    # --- authentication: one refresh and one retry when the token is refused ------

    def _refresh_token(self) -> None:
        with self._token_lock:
            self.http.set_header("Authorization", None)
            form = {"grant_type": "client_credentials", "client_secret": self.api_key}
            body = self.http.request("POST", "/mp/token", form=form).body
            token = str(body.get("access_token", "")) if isinstance(body, dict) else ""
            if not token:
                raise RemoteRejected(Message("marketplace_gave_no_access_token"))
            self.http.add_secret(token)
            self._token = token
            self.http.set_header("Authorization", f"Bearer {token}")

    def _call(self, method: str, path: str, **kwargs: Any) -> Response:
        if self._token is None:
            self._refresh_token()
        try:
            return self.http.request(method, path, **kwargs)
        except RemoteAuthFailed:
            self._refresh_token()  # expired: one new token, one more try; a second refusal stands
            return self.http.request(method, path, **kwargs)

    def test_connection(self) -> str:
        body = self._call("GET", "/mp/orders", params={"limit": "1"}).body
        count = len(body.get("orders", [])) if isinstance(body, dict) else 0
        return "connected to the marketplace" + ("" if count else " (no orders yet)")

    def pull_orders(self, updated_after: dt.datetime | None) -> Iterator[list[RemoteOrder]]:
        token: str | None = None
        while True:
            params = {"limit": str(self.page_size)}
            if updated_after is not None:
                params["updated_after"] = iso(updated_after)
            if token:
                params["page_token"] = token
            body = self._call("GET", "/mp/orders", params=params).body
            yield [order_from_json(o) for o in body.get("orders", [])]
            token = body.get("next_page_token")
            if not token:
                return

    def confirm_shipment(
        self,
        order_id: str,
        *,
        package_reference: str,
        carrier: str,
        tracking_number: str,
        lines: list[ConfirmedLine],
    ) -> str:
        body = self._call(
            "POST",
            f"/mp/orders/{_path(order_id)}/shipments",
            json={
                "package_reference": package_reference,
                "carrier": carrier,
                "tracking_number": tracking_number,
                "lines": [{"line_id": ln.line_id, "quantity": ln.quantity} for ln in lines],
            },
        ).body
        return str(body.get("shipment_id", ""))

    def find_shipment(self, order_id: str, *, package_reference: str, tracking_number: str | None = None) -> str | None:
        response = self._call(
            "GET", f"/mp/orders/{_path(order_id)}/shipments", params={"package_reference": package_reference}
        )
        if response.status == 404:
            return None
        shipments = response.body.get("shipments", []) if isinstance(response.body, dict) else []
        for shipment in shipments:
            if shipment.get("package_reference") == package_reference:
                return str(shipment["shipment_id"])
        return None

    def update_tracking(
        self, order_id: str, *, package_reference: str, shipment_id: str, carrier: str, tracking_number: str
    ) -> None:
        self._call(
            "POST",
            f"/mp/orders/{_path(order_id)}/shipments/{_path(shipment_id)}/tracking",
            json={"tracking_number": tracking_number, "carrier": carrier},
        )


class SimulatorCarrier:
    name = "Demo Express"

    def __init__(self, base_url: str, *, timeout: float = 10.0) -> None:
        self.http = JsonHttp(base_url, timeout=timeout, what="the carrier")

    def create_shipment(self, request: ShipmentRequest) -> Shipment:
        check_reference(self.name, request.reference, reference_max_length("simulator"))
        try:
            _, body = self.http.post("/carrier/shipments", _shipment_body(request))
        except RemoteRejected as exc:
            if exc.code == "duplicate_reference":
                payload = getattr(exc, "payload", {}) or {}
                raise DuplicateReference(str(exc), shipment_id=str(payload.get("shipment_id", ""))) from None
            raise
        return _shipment(body)

    def find_shipment(self, reference: str) -> Shipment | None:
        status, body = self.http.get("/carrier/shipments", {"reference": reference})
        if status == 404:
            return None
        shipment = _shipment(body)
        if shipment.status == "cancelled":
            return None
        if not shipment.label_data and not body.get("preadvised"):
            label = self.get_label(shipment.shipment_id)
            if label is not None:
                shipment = _shipment(
                    {**body, "label": {"format": label[0], "data_base64": base64.b64encode(label[1]).decode()}}
                )
        return shipment

    def cancel_shipment(self, shipment_id: str) -> str:
        """Void the waybill; returns the refund state the carrier answers (refunded | refused)."""
        _, body = self.http.post(f"/carrier/shipments/{_path(shipment_id)}/cancel", {})
        return str(body.get("refund") or "requested")

    def get_label(self, shipment_id: str) -> tuple[str, bytes] | None:
        status, body = self.http.get(f"/carrier/shipments/{_path(shipment_id)}/label")
        if status == 404:
            raise RemoteRejected(Message("carrier_has_no_shipment", {"shipment_id": shipment_id}), code="not_found")
        if status == 202 or body.get("ready") is False or not body.get("data_base64"):
            return None
        return str(body.get("format") or "zpl"), base64.b64decode(body["data_base64"])

    def track(self, tracking_number: str) -> list[TrackingEvent]:
        status, body = self.http.get(f"/carrier/tracking/{_path(tracking_number)}")
        if status == 404:
            return []
        return [
            TrackingEvent(
                at=parse_time(e.get("at")) or dt.datetime.now(dt.UTC),
                status=str(e.get("status", "")),
                description=str(e.get("description", "")),
                location=str(e.get("location", "")),
            )
            for e in body.get("events", [])
        ]

    def rates(self, request: ShipmentRequest) -> list[Rate]:
        country = str(request.recipient.get("country") or "")
        _, body = self.http.post("/carrier/rates", {"weight_grams": request.weight_grams, "country": country})
        currency = str(body.get("currency", "USD"))
        return [
            Rate(str(r["service"]), str(r.get("name", r["service"])), _money(r["amount"]), currency, r.get("days"))
            for r in body.get("rates", [])
        ]

    def preadvice(self, request: ShipmentRequest, tracking_number: str) -> str:
        """Tell the carrier about a parcel labelled with a pool number; returns its shipment id."""
        try:
            _, body = self.http.post(
                "/carrier/preadvice", {**_shipment_body(request), "tracking_number": tracking_number}
            )
        except RemoteRejected as exc:
            if exc.code == "duplicate_reference":
                payload = getattr(exc, "payload", {}) or {}
                raise DuplicateReference(str(exc), shipment_id=str(payload.get("shipment_id", ""))) from None
            raise
        return str(body.get("shipment_id", ""))

    def test_connection(self) -> str:
        _, body = self.http.get("/carrier/account")
        return f"connected to {body.get('name', 'the carrier')} as {body.get('account', '?')}"

    def balance(self) -> Amount | None:
        """The account's postage balance, as the carrier reports it."""
        _, body = self.http.get("/carrier/account")
        return _amount(body.get("balance"))


def _shipment_body(request: ShipmentRequest) -> dict[str, Any]:
    return {
        "reference": request.reference,
        "service": request.service,
        "order_reference": request.order_reference,
        "sender": request.sender,
        "recipient": request.recipient,
        "sku_summary": request.sku_summary,
        "weight_grams": request.weight_grams,
        "customs": [
            {
                "description_en": c.description_en,
                "description_zh": c.description_zh,
                "hs_code": c.hs_code,
                "quantity": c.quantity,
                "unit_value": str(c.unit_value),
                "currency": c.currency,
                "origin_country": c.origin_country,
                "weight_grams": c.weight_grams,
                "sku": c.sku,
            }
            for c in request.customs
        ],
        "tax_ids": dict(request.tax_ids),
        "dimensions_mm": list(request.dimensions_mm) if request.dimensions_mm else None,
        "contains_battery": request.contains_battery,
    }


def _shipment(body: dict[str, Any]) -> Shipment:
    label = body.get("label") or {}
    data = label.get("data_base64")
    found = body.get("recipient")
    to: dict[str, Any] = found if isinstance(found, dict) else {}
    return Shipment(
        shipment_id=str(body["shipment_id"]),
        reference=str(body.get("reference", "")),
        tracking_number=str(body["tracking_number"]),
        status=str(body.get("status", "created")),
        label_format=str(label.get("format", "")),
        label_data=base64.b64decode(data) if data else b"",
        recipient_name=str(to.get("name") or ""),
        recipient_postcode=str(to.get("postcode") or ""),
        recipient_country=str(to.get("country") or ""),
        weight_grams=body["weight_grams"] if isinstance(body.get("weight_grams"), int) else None,
        item_count=body["pieces"] if isinstance(body.get("pieces"), int) else None,
        price=_amount(body.get("price")),
        balance=_amount(body.get("balance")),
    )


def _amount(raw: Any) -> Amount | None:
    """``{"amount": "7.40", "currency": "USD"}`` → Amount; anything else: not said."""
    if not isinstance(raw, dict) or raw.get("amount") is None:
        return None
    try:
        amount = Decimal(str(raw["amount"]))
    except (InvalidOperation, ValueError):
        raise RemoteRejected(f"the carrier sent an invalid amount {raw['amount']!r}") from None
    if not amount.is_finite():
        raise RemoteRejected(f"the carrier sent an invalid amount {raw['amount']!r}")
    return Amount(amount, str(raw.get("currency") or "").upper()[:3])


def _path(segment: str) -> str:
    from urllib.parse import quote

    return quote(segment, safe="")
