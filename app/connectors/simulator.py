"""Connectors for the built-in simulator (app.simulator): the same shapes the demo serves."""

from __future__ import annotations

import base64
import datetime as dt
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from typing import Any

from app.connectors.base import (
    ConfirmedLine,
    DuplicateReference,
    RemoteAddress,
    RemoteLine,
    RemoteOrder,
    Shipment,
    ShipmentRequest,
)
from app.connectors.http import JsonHttp
from app.errors import RemoteRejected


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
    def __init__(self, base_url: str, *, timeout: float = 10.0, page_size: int = 100) -> None:
        self.http = JsonHttp(base_url, timeout=timeout, what="the marketplace")
        self.page_size = page_size

    def pull_orders(self, updated_after: dt.datetime | None) -> Iterator[list[RemoteOrder]]:
        token: str | None = None
        while True:
            params = {"limit": str(self.page_size)}
            if updated_after is not None:
                params["updated_after"] = iso(updated_after)
            if token:
                params["page_token"] = token
            _, body = self.http.get("/mp/orders", params)
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
        _, body = self.http.post(
            f"/mp/orders/{_path(order_id)}/shipments",
            {
                "package_reference": package_reference,
                "carrier": carrier,
                "tracking_number": tracking_number,
                "lines": [{"line_id": ln.line_id, "quantity": ln.quantity} for ln in lines],
            },
        )
        return str(body.get("shipment_id", ""))


class SimulatorCarrier:
    name = "Demo Express"

    def __init__(self, base_url: str, *, timeout: float = 10.0) -> None:
        self.http = JsonHttp(base_url, timeout=timeout, what="the carrier")

    def create_shipment(self, request: ShipmentRequest) -> Shipment:
        try:
            _, body = self.http.post(
                "/carrier/shipments",
                {
                    "reference": request.reference,
                    "service": request.service,
                    "order_reference": request.order_reference,
                    "sender": request.sender,
                    "recipient": request.recipient,
                    "sku_summary": request.sku_summary,
                    "weight_grams": request.weight_grams,
                },
            )
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
        if not shipment.label_data:
            _, label = self.http.get(f"/carrier/shipments/{_path(shipment.shipment_id)}/label")
            shipment = _shipment({**body, "label": label.get("label", label)})
        return shipment

    def cancel_shipment(self, shipment_id: str) -> None:
        self.http.post(f"/carrier/shipments/{_path(shipment_id)}/cancel", {})


def _shipment(body: dict[str, Any]) -> Shipment:
    label = body.get("label") or {}
    data = label.get("data_base64")
    return Shipment(
        shipment_id=str(body["shipment_id"]),
        reference=str(body.get("reference", "")),
        tracking_number=str(body["tracking_number"]),
        status=str(body.get("status", "created")),
        label_format=str(label.get("format", "")),
        label_data=base64.b64decode(data) if data else b"",
    )


def _path(segment: str) -> str:
    from urllib.parse import quote

    return quote(segment, safe="")
