"""The 4×6 ZPL label the simulated carrier returns.

`printers` is imported on first use, never at import time, so the simulator works in a
checkout where the label renderer is not there (a crude, escaped stand-in is used).
"""

from __future__ import annotations

import logging
import re
from typing import Any

logger = logging.getLogger(__name__)

CARRIER_NAME = "Demo Express"


def render_label(
    *,
    tracking_number: str,
    reference: str,
    order_reference: str,
    service: str,
    sender: dict[str, Any],
    recipient: dict[str, Any],
    sku_summary: str,
    weight_grams: int | None,
) -> bytes:
    try:
        from printers.zpl import render_shipping_label
    except ImportError:
        logger.warning("printers.zpl is not available; using the simulator's plain label")
        return _plain_label(tracking_number, reference, recipient)

    label = shipping_label(
        carrier=CARRIER_NAME,
        tracking_number=tracking_number,
        reference=reference,
        order_reference=order_reference,
        service=service,
        sender=sender,
        recipient=recipient,
        sku_summary=sku_summary,
        weight_grams=weight_grams,
    )
    return render_shipping_label(label)


def shipping_label(
    *,
    carrier: str,
    tracking_number: str,
    reference: str,
    order_reference: str,
    service: str,
    sender: dict[str, Any],
    recipient: dict[str, Any],
    sku_summary: str,
    weight_grams: int | None,
) -> Any:
    """The label description (printers.label.ShippingLabel) of a booked shipment."""
    from printers.label import Address, ShippingLabel

    def address(data: dict[str, Any]) -> Address:
        return Address(
            name=str(data.get("name", "")),
            lines=tuple(str(line) for line in data.get("lines", ())),
            city=str(data.get("city", "")),
            postcode=str(data.get("postcode", "")),
            country=str(data.get("country", "")),
            region=str(data.get("region", "")),
            company=str(data.get("company", "")),
            phone=str(data.get("phone", "")),
        )

    return ShippingLabel(
        tracking_number=tracking_number,
        parcel_number=reference,
        order_reference=order_reference,
        carrier=carrier,
        service=service,
        sender=address(sender),
        recipient=address(recipient),
        sku_summary=sku_summary,
        weight_grams=weight_grams,
    )


def _safe(text: object) -> str:
    # ZPL control characters and non-ASCII are dropped: a stand-in, not a renderer.
    return re.sub(r"[^ -~]|[\^~]", "", str(text))[:40]


def _plain_label(tracking_number: str, reference: str, recipient: dict[str, Any]) -> bytes:
    fields = [
        f"^FO40,40^A0N,40,40^FD{_safe(CARRIER_NAME)}^FS",
        f"^FO40,120^A0N,30,30^FD{_safe(recipient.get('name', ''))}^FS",
        f"^FO40,160^A0N,30,30^FD{_safe(recipient.get('postcode', ''))} "
        f"{_safe(recipient.get('city', ''))} {_safe(recipient.get('country', ''))}^FS",
        f"^FO40,260^BY3^BCN,160,Y,N,N^FD{_safe(tracking_number)}^FS",
        f"^FO40,520^A0N,30,30^FDRef {_safe(reference)}^FS",
    ]
    return ("^XA^CI28^PW812^LL1218" + "".join(fields) + "^XZ").encode("ascii")
