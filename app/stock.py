"""Stock as an append-only movement ledger: approve reserves, scan-out deducts, cancel releases."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.actor import Actor
from db import queries
from db.models import Parcel, StockMovement


def _per_product(parcel: Parcel) -> dict[int, int]:
    totals: dict[int, int] = {}
    for line in parcel.lines:
        if line.product_id is not None:
            totals[line.product_id] = totals.get(line.product_id, 0) + line.quantity
    return totals


def _move(session: Session, parcel: Parcel, actor: Actor, kind: str, on_hand: int, reserved: int, reason: str) -> None:
    for product_id, qty in _per_product(parcel).items():
        session.add(
            StockMovement(
                product_id=product_id,
                kind=kind,
                on_hand_delta=on_hand * qty,
                reserved_delta=reserved * qty,
                order_id=parcel.order_id,
                parcel_id=parcel.id,
                reason=reason,
                user_id=actor.user_id,
                station_id=actor.station_id,
            )
        )


def reserve(session: Session, parcel: Parcel, actor: Actor) -> None:
    _move(session, parcel, actor, "reserve", 0, +1, "approved")


def release(session: Session, parcel: Parcel, actor: Actor, *, reason: str) -> None:
    _move(session, parcel, actor, "release", 0, -1, reason)


def deduct(session: Session, parcel: Parcel, actor: Actor) -> None:
    """Scan-out: the goods leave; the reservation turns into an on-hand deduction."""
    _move(session, parcel, actor, "deduct", -1, -1, "shipped")


def undo_deduct(session: Session, parcel: Parcel, actor: Actor, *, reason: str) -> None:
    """A scan-out taken back: the goods are on the shelf and reserved for the parcel again."""
    _move(session, parcel, actor, "adjust", +1, +1, f"scan undone: {reason}")


def receive(session: Session, product_id: int, quantity: int, actor: Actor, *, reason: str = "received") -> None:
    session.add(
        StockMovement(
            product_id=product_id,
            kind="receive",
            on_hand_delta=quantity,
            reserved_delta=0,
            reason=reason,
            user_id=actor.user_id,
            station_id=actor.station_id,
        )
    )


def levels(session: Session, product_ids: list[int]) -> dict[int, dict[str, int]]:
    return {
        pid: {"on_hand": on_hand, "reserved": reserved, "available": on_hand - reserved}
        for pid, (on_hand, reserved) in queries.stock_levels(session, product_ids).items()
    }
