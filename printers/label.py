"""The data a shipping label shows, independent of any printer language.

Renderers (ZPL today; TSPL, PDF, PNG later) take these frozen values, so one
parcel always prints the same label whichever printer it is sent to.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Address", "ShippingLabel"]


@dataclass(frozen=True)
class Address:
    """A postal address as the carrier needs it; every field is untrusted text."""

    name: str
    lines: tuple[str, ...]  # street lines
    city: str
    postcode: str
    country: str  # ISO 3166-1 alpha-2
    region: str = ""
    company: str = ""
    phone: str = ""


@dataclass(frozen=True)
class ShippingLabel:
    """Everything printed on one parcel's label."""

    tracking_number: str
    parcel_number: str
    order_reference: str
    carrier: str
    service: str
    sender: Address
    recipient: Address
    sku_summary: str  # e.g. "2× MUG-BLU · 1× TEE-M"
    weight_grams: int | None = None
    # Remarks a template may place in the room it leaves (备注 / 拣货信息); none by default.
    seller_note: str = ""
    buyer_note: str = ""
    picking: str = ""  # e.g. "2× MUG-BLU @A-03-2 · 1× TEE-M @B-01"
