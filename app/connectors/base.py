"""The two connector interfaces and the plain data that crosses them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Protocol

from app.errors import RemoteRejected


@dataclass(frozen=True)
class RemoteAddress:
    name: str
    address1: str
    city: str
    postcode: str
    country: str
    address2: str = ""
    region: str = ""
    company: str = ""
    phone: str = ""


@dataclass(frozen=True)
class RemoteLine:
    line_id: str
    sku: str
    title: str
    quantity: int
    unit_price: Decimal


@dataclass(frozen=True)
class RemoteOrder:
    id: str
    number: str
    status: str  # unshipped | cancelled | shipped
    updated_at: dt.datetime
    created_at: dt.datetime | None
    paid_at: dt.datetime | None
    currency: str
    total: Decimal
    shipping_service: str
    buyer_name: str
    buyer_email: str
    buyer_note: str
    ship_to: RemoteAddress
    lines: tuple[RemoteLine, ...]


@dataclass(frozen=True)
class ConfirmedLine:
    line_id: str
    quantity: int


class MarketplaceConnector(Protocol):
    def pull_orders(self, updated_after: dt.datetime | None) -> Iterator[list[RemoteOrder]]:
        """Every order changed at or after ``updated_after``, one page at a time."""
        ...

    def confirm_shipment(
        self,
        order_id: str,
        *,
        package_reference: str,
        carrier: str,
        tracking_number: str,
        lines: list[ConfirmedLine],
    ) -> str:
        """Idempotent per ``package_reference``; returns the marketplace's shipment id."""
        ...


@dataclass(frozen=True)
class ShipmentRequest:
    reference: str  # the parcel number: the idempotency key at the carrier
    service: str
    order_reference: str
    sender: dict[str, object]
    recipient: dict[str, object]
    sku_summary: str
    weight_grams: int


@dataclass(frozen=True)
class Shipment:
    shipment_id: str
    reference: str
    tracking_number: str
    status: str
    label_format: str = ""
    label_data: bytes = field(default=b"", repr=False)


class CarrierConnector(Protocol):
    name: str

    def create_shipment(self, request: ShipmentRequest) -> Shipment: ...

    def find_shipment(self, reference: str) -> Shipment | None:
        """The live shipment booked for ``reference``, with its label, or None."""
        ...

    def cancel_shipment(self, shipment_id: str) -> None: ...


class DuplicateReference(RemoteRejected):
    """The carrier already has a shipment for this reference: adopt it, never book again."""

    def __init__(self, message: str, *, shipment_id: str) -> None:
        super().__init__(message, code="duplicate_reference")
        self.shipment_id = shipment_id
