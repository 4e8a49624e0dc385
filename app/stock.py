"""Stock as an append-only movement ledger: approve reserves, scan-out deducts, cancel releases."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.actor import Actor
from app.errors import InvalidInput
from db import queries
from db.models import Parcel, Product, StockMovement


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


def adjust(session: Session, product_id: int, delta: int, actor: Actor, *, reason: str) -> None:
    """A stock count or a correction: on hand moves by ``delta``, with the reason in the ledger."""
    if not reason.strip():
        raise InvalidInput("a stock adjustment needs a reason")
    if delta == 0:
        return
    session.add(
        StockMovement(
            product_id=product_id,
            kind="adjust",
            on_hand_delta=delta,
            reserved_delta=0,
            reason=reason.strip()[:200],
            user_id=actor.user_id,
            station_id=actor.station_id,
        )
    )


@dataclass(frozen=True)
class StockRow:
    product_id: int
    sku: str
    name: str
    bin_location: str
    on_hand: int
    reserved: int
    available: int
    low_stock_threshold: int | None

    @property
    def low(self) -> bool:
        return self.low_stock_threshold is not None and self.available <= self.low_stock_threshold


def _levels_stmt(text: str, low_only: bool):  # type: ignore[no-untyped-def]
    sums = (
        select(
            StockMovement.product_id.label("pid"),
            func.sum(StockMovement.on_hand_delta).label("on_hand"),
            func.sum(StockMovement.reserved_delta).label("reserved"),
        )
        .group_by(StockMovement.product_id)
        .subquery()
    )
    on_hand = func.coalesce(sums.c.on_hand, 0)
    reserved = func.coalesce(sums.c.reserved, 0)
    stmt = select(Product, on_hand, reserved).outerjoin(sums, sums.c.pid == Product.id)
    if text.strip():
        from app.pairing import _product_filter

        cond = _product_filter(text)
        if cond is not None:
            stmt = stmt.where(cond)
    if low_only:
        stmt = stmt.where(Product.low_stock_threshold.is_not(None), (on_hand - reserved) <= Product.low_stock_threshold)
    return stmt


def stock_page(session: Session, text: str = "", *, low_only: bool = False, offset: int = 0, limit: int = 100) -> list[StockRow]:
    """A page of stock levels (on hand, reserved, available) by SKU; ``low_only``: at or below threshold."""
    rows = session.execute(_levels_stmt(text, low_only).order_by(Product.sku).offset(offset).limit(limit)).all()
    return [
        StockRow(p.id, p.sku, p.name, p.bin_location, int(oh), int(rs), int(oh) - int(rs), p.low_stock_threshold)
        for p, oh, rs in rows
    ]


def stock_count(session: Session, text: str = "", *, low_only: bool = False) -> int:
    sub = _levels_stmt(text, low_only).subquery()
    return int(session.scalar(select(func.count()).select_from(sub)) or 0)
