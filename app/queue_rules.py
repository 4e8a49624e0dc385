"""Which queue an order belongs in, from its status and its parcels' states.

Pure and light: the scan path (``app.scanning``, ``main.py scan``) uses it without
loading the ORM; ``app.review`` re-exports it for everything else.
"""

from __future__ import annotations

__all__ = ["WAYBILL_STAGE", "queue_for"]

WAYBILL_STAGE = ("waybill", "requested", "failed")


def queue_for(status: str, parcel_statuses: list[str]) -> tuple[str, str]:
    """(order status, queue) for an order in ``status`` whose parcels are in these states."""
    parcels = [p for p in parcel_statuses if p != "voided"]
    if status == "cancelled":
        return status, "exceptions" if "intercepted" in parcels else "cancelled"
    if status in ("review", "on_hold"):
        return status, status
    if "intercepted" in parcels:
        return status, "exceptions"
    if not parcels:
        return status, "shipped" if status == "shipped" else "waybill"
    if any(p in WAYBILL_STAGE for p in parcels):
        return status, "waybill"
    if "labelled" in parcels:
        return status, "print"
    if "printed" in parcels:
        return status, "scan"
    return "shipped", "shipped"
