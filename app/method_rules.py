"""What a shipping method allows: destinations, weight, batteries, liquids, customs fields.

Review asks `method_reasons` for every order; an order whose method forbids its parcel
cannot be approved (being built).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from db.models import Order


def method_reasons(session: Session, order: Order) -> list[str]:
    """Reasons, in the seller's words, why the order's shipping method cannot carry it."""
    return []
