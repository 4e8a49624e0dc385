"""The append-only audit trail: who (user, station) did what to which order or parcel."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.actor import Actor
from app.messages import Message
from db.models import AuditEvent, Order, Parcel


def record(
    session: Session,
    actor: Actor,
    action: str,
    *,
    order: Order | None = None,
    parcel: Parcel | None = None,
    detail: Message | str = "",
) -> None:
    if order is None and parcel is not None:
        order = parcel.order
    session.add(
        AuditEvent(
            user_id=actor.user_id,
            station_id=actor.station_id,
            action=action,
            order_id=order.id if order is not None else None,
            parcel_id=parcel.id if parcel is not None else None,
            detail=str(detail),
        )
    )
