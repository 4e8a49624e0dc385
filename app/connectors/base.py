"""The two connector interfaces and the plain data that crosses them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Protocol

from app.errors import RemoteRejected
from app.messages import Message


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
    # Funds under the marketplace's review until then (not to ship before); None = cleared.
    payment_hold_until: dt.datetime | None = None
    ship_by: dt.datetime | None = None
    seller_note: str = ""


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

    def find_shipment(self, order_id: str, *, package_reference: str, tracking_number: str | None = None) -> str | None:
        """The marketplace's shipment id if this package was already confirmed, else None.

        Asked before retrying a confirmation whose outcome is unknown. Marketplaces that
        keep no reference of ours (eBay, AliExpress) find the package by its tracking number.
        """
        ...

    def update_tracking(
        self, order_id: str, *, package_reference: str, shipment_id: str, carrier: str, tracking_number: str
    ) -> None:
        """Correct the tracking number of a confirmed package (within the marketplace's window)."""
        ...

    def test_connection(self) -> str:
        """One cheap authenticated call; returns a line to show the user, raises on failure."""
        ...


@dataclass(frozen=True)
class CustomsItem:
    description_en: str
    description_zh: str
    hs_code: str
    quantity: int
    unit_value: Decimal
    currency: str
    origin_country: str
    weight_grams: int
    sku: str = ""


@dataclass(frozen=True)
class ShipmentRequest:
    reference: str  # the parcel number: the idempotency key at the carrier
    service: str
    order_reference: str
    sender: dict[str, object]
    recipient: dict[str, object]
    sku_summary: str
    weight_grams: int
    customs: tuple[CustomsItem, ...] = ()
    tax_ids: dict[str, str] = field(default_factory=dict)  # {"IOSS": "IM...", "VAT": ...}
    dimensions_mm: tuple[int, int, int] | None = None
    contains_battery: bool = False


@dataclass(frozen=True)
class Amount:
    """Money as a carrier states it: a Decimal and its currency, never a float."""

    amount: Decimal
    currency: str


@dataclass(frozen=True)
class Shipment:
    shipment_id: str
    reference: str
    tracking_number: str
    status: str
    label_format: str = ""
    label_data: bytes = field(default=b"", repr=False)
    # Who the carrier's record says it is for, as far as its lookup answers (empty or None:
    # not said). A record found by reference is adopted only when these match the parcel.
    recipient_name: str = ""
    recipient_postcode: str = ""
    recipient_country: str = ""
    weight_grams: int | None = None
    item_count: int | None = None  # pieces declared (sum of the customs lines' quantities)
    # What the booking cost and the account's balance after it, when the carrier's answer
    # says (None: it does not; the method's rate card stands in for the price).
    price: Amount | None = None
    balance: Amount | None = None


class CarrierConnector(Protocol):
    name: str

    def create_shipment(self, request: ShipmentRequest) -> Shipment: ...

    def find_shipment(self, reference: str) -> Shipment | None:
        """The live shipment booked for ``reference``, with its label and recipient, or None."""
        ...

    def cancel_shipment(self, shipment_id: str) -> str | None:
        """Void the waybill; the refund state (refunded | refused | requested) if the carrier says one."""
        ...

    def get_label(self, shipment_id: str) -> tuple[str, bytes] | None:
        """(format, bytes) of the label, or None while the carrier has not produced it yet."""
        ...

    def track(self, tracking_number: str) -> list[TrackingEvent]: ...

    def test_connection(self) -> str: ...

    # Optional, looked up with getattr like ``rates``: ``balance() -> Amount | None``, the
    # account's postage balance for carriers whose API reports one.


@dataclass(frozen=True)
class TrackingEvent:
    at: dt.datetime
    status: str  # info_received | in_transit | delivered | exception | ...
    description: str
    location: str = ""


@dataclass(frozen=True)
class Rate:
    service: str
    name: str
    amount: Decimal
    currency: str
    days: int | None = None


class DuplicateReference(RemoteRejected):
    """The carrier already has a shipment for this reference: adopt it, never book again."""

    def __init__(self, message: Message | str, *, shipment_id: str) -> None:
        super().__init__(message, code="duplicate_reference")
        self.shipment_id = shipment_id
