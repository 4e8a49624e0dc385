"""Small helpers the YunExpress, 4PX and Yanwen connectors share.

Addresses arrive as Shipbench's recipient dict (name, company, lines, city, region,
postcode, country, phone); the carriers want first/last names, kilograms, one street
field. Their refusals come in Chinese or terse English; ``refusal`` puts what the
seller must fix first, and keeps the carrier's own words after it.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from app.connectors.base import ShipmentRequest
from app.errors import RemoteRejected
from app.messages import Message

# (pattern in the carrier's text, what the seller should check) — first match wins.
_HINTS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"已存在|already exist|duplicate|重复", re.IGNORECASE), "this parcel number is already booked"),
    (re.compile(r"邮编|zip|post_?code|postcode|postal", re.IGNORECASE), "check the postcode"),
    (re.compile(r"IOSS", re.IGNORECASE), "check the IOSS number (IM followed by 10 digits)"),
    (re.compile(r"海关编码|HS ?code|hscode", re.IGNORECASE), "check the HS codes of the customs lines"),
    (
        re.compile(r"申报|品名|商品|declar|customs|EName|goodsName|product_?list", re.IGNORECASE),
        "check the customs lines",
    ),
    (re.compile(r"重量|weight", re.IGNORECASE), "check the parcel weight"),
    (re.compile(r"电话|phone", re.IGNORECASE), "check the recipient's phone number"),
    (
        re.compile(r"地址|street|address|城市|city|州|state|国家|country|收件人|receiver|recipient", re.IGNORECASE),
        "check the recipient address",
    ),
    (
        re.compile(r"运输方式|渠道|产品|ShippingMethod|channel|product_code|logistics_product", re.IGNORECASE),
        "check the shipping method of the parcel (is it enabled for this carrier account?)",
    ),
    (
        re.compile(r"签名|sign|授权|身份验证|token|unauthori|credential", re.IGNORECASE),
        "check the carrier account's API keys",
    ),
)


_REFERENCE = re.compile(r"[A-Za-z0-9_-]+")


def check_reference(carrier: str, reference: str, max_length: int) -> None:
    """Refuse, before anything is sent, a reference the carrier would cut or reject."""
    if len(reference) > max_length or not _REFERENCE.fullmatch(reference):
        raise RemoteRejected(
            f"{carrier} takes references of up to {max_length} letters and digits; {reference!r} is not one",
            code="invalid_reference",
        )


def refusal(carrier: str, reference: str, text: str, *, code: str = "", retryable: bool = False) -> RemoteRejected:
    """A RemoteRejected whose message says what to fix, then the carrier's own words."""
    text = " ".join(str(text).split())[:300] or "no reason given"
    hint = next((h for pattern, h in _HINTS if pattern.search(text)), "")
    subject = f"{carrier} refused parcel {reference}" if reference else f"{carrier} refused the request"
    message = f"{subject}: {hint} ({carrier} says: {text})" if hint else f"{subject}: {text}"
    return RemoteRejected(message, code=code or "carrier_refused", retryable=retryable)


def reword(exc: RemoteRejected, carrier: str, text: str) -> RemoteRejected:
    """The same error (class, status, payload kept) with the carrier's own message in it."""
    status = getattr(exc, "status", "")
    if text:
        exc.message = Message(
            "remote_answered", {"what": carrier, "status": status, "text": " ".join(str(text).split())[:300]}
        )
        exc.args = (str(exc.message).replace(" :", ":"),)
    return exc


def split_name(name: str) -> tuple[str, str]:
    parts = str(name or "").split()
    if len(parts) < 2:
        return (parts[0] if parts else "", "")
    return " ".join(parts[:-1]), parts[-1]


def street_lines(address: dict[str, Any]) -> list[str]:
    lines = address.get("lines")
    if isinstance(lines, list):
        return [str(line) for line in lines if str(line).strip()]
    return [str(address[k]) for k in ("address1", "address2") if address.get(k)]


def kg(grams: int) -> float:
    return round(max(int(grams or 0), 0) / 1000, 3)


def grams(kilograms: Any) -> int | None:
    """Whole grams of a weight the carrier gives in kg (number or numeric text); None if not given."""
    try:
        value = round(float(kilograms) * 1000)
    except (TypeError, ValueError):
        return None
    return value if value > 0 else None


def money(value: Decimal) -> float:
    return float(Decimal(value).quantize(Decimal("0.01")))


def declared_total(request: ShipmentRequest) -> Decimal:
    return sum((c.unit_value * c.quantity for c in request.customs), Decimal(0))


def currency(request: ShipmentRequest, default: str = "USD") -> str:
    return next((c.currency for c in request.customs if c.currency), default)


def ioss(request: ShipmentRequest) -> str:
    return str(request.tax_ids.get("IOSS") or request.tax_ids.get("ioss") or "")
