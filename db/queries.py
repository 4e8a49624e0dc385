"""Queries for the queues and the hot paths; SQL stays here, services call these."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Select, func, or_, select, update
from sqlalchemy.orm import Session, selectinload

from db.models import (
    Order,
    OutboxJob,
    Parcel,
    Product,
    Shop,
    SkuPairing,
    StockMovement,
)

QUEUES = ("review", "waybill", "print", "scan", "shipped", "on_hold", "exceptions", "cancelled")


def queue_counts(session: Session) -> dict[str, int]:
    rows = session.execute(select(Order.queue, func.count()).group_by(Order.queue)).all()
    counts = dict.fromkeys(QUEUES, 0)
    counts.update({queue: n for queue, n in rows})
    return counts


@dataclass(frozen=True)
class OrderRow:
    """One line of a queue table: only what the table shows."""

    id: int
    number: str
    shop: str
    ship_name: str
    ship_country: str
    total: str
    currency: str
    ordered_at: dt.datetime | None
    status: str
    queue: str
    reasons: str
    parcels: str
    tracking: str


def queue_page(session: Session, queue: str, offset: int, limit: int) -> list[OrderRow]:
    """One page of a queue, newest last, without loading the rest of the table."""
    orders = session.scalars(
        select(Order)
        .where(Order.queue == queue)
        .order_by(Order.id)
        .offset(offset)
        .limit(limit)
        .options(selectinload(Order.parcels), selectinload(Order.shop))
    ).all()
    return [
        OrderRow(
            id=o.id,
            number=o.number,
            shop=o.shop.name,
            ship_name=o.ship_name,
            ship_country=o.ship_country,
            total=f"{o.total:.2f}",
            currency=o.currency,
            ordered_at=o.ordered_at,
            status=o.status,
            queue=o.queue,
            reasons=o.review_reasons
            or o.hold_reason
            or "\n".join(p.waybill_error or p.intercept_reason or "" for p in o.parcels if p.status != "voided"),
            parcels=", ".join(p.number for p in o.parcels),
            tracking=", ".join(p.tracking_number or "" for p in o.parcels if p.tracking_number),
        )
        for o in orders
    ]


def queue_size(session: Session, queue: str) -> int:
    return session.scalar(select(func.count()).select_from(Order).where(Order.queue == queue)) or 0


def order_ids_in_queue(session: Session, queue: str) -> list[int]:
    return list(session.scalars(select(Order.id).where(Order.queue == queue).order_by(Order.id)))


def orders_by_ref(session: Session, refs: Sequence[str]) -> list[Order]:
    """Orders by local id, order number or marketplace order id."""
    ids = [int(r) for r in refs if r.isdigit()]
    return list(
        session.scalars(
            select(Order)
            .where(or_(Order.id.in_(ids), Order.number.in_(refs), Order.marketplace_order_id.in_(refs)))
            .order_by(Order.id)
        )
    )


def pairings_for(session: Session, shop_id: int, skus: Sequence[str]) -> dict[str, list[SkuPairing]]:
    """Pairings per marketplace SKU; a shop's own pairing beats an all-shops one."""
    rows = session.scalars(
        select(SkuPairing)
        .where(SkuPairing.marketplace_sku.in_(skus))
        .where(or_(SkuPairing.shop_id == shop_id, SkuPairing.shop_id.is_(None)))
        .options(selectinload(SkuPairing.product))
    ).all()
    own: dict[str, list[SkuPairing]] = {}
    shared: dict[str, list[SkuPairing]] = {}
    for p in rows:
        (own if p.shop_id is not None else shared).setdefault(p.marketplace_sku, []).append(p)
    return {**shared, **own}


def existing_skus(session: Session, skus: Sequence[str]) -> set[str]:
    return set(session.scalars(select(Product.sku).where(Product.sku.in_(skus))))


def orders_by_remote_id(session: Session, shop_id: int, remote_ids: Sequence[str]) -> dict[str, Order]:
    rows = session.scalars(
        select(Order)
        .where(Order.shop_id == shop_id, Order.marketplace_order_id.in_(remote_ids))
        .options(selectinload(Order.lines), selectinload(Order.parcels))
    )
    return {o.marketplace_order_id: o for o in rows}


def stock_levels(session: Session, product_ids: Sequence[int]) -> dict[int, tuple[int, int]]:
    """product id → (on hand, reserved), summed from the movement ledger."""
    rows = session.execute(
        select(
            StockMovement.product_id,
            func.coalesce(func.sum(StockMovement.on_hand_delta), 0),
            func.coalesce(func.sum(StockMovement.reserved_delta), 0),
        )
        .where(StockMovement.product_id.in_(product_ids))
        .group_by(StockMovement.product_id)
    ).all()
    levels = {pid: (0, 0) for pid in product_ids}
    levels.update({pid: (int(on_hand), int(reserved)) for pid, on_hand, reserved in rows})
    return levels


def parcel_by_code(session: Session, code: str) -> Parcel | None:
    """The parcel a scanned code names: its tracking number or its parcel number."""
    parcel = session.scalar(select(Parcel).where(Parcel.tracking_number == code).limit(1))
    if parcel is None:
        parcel = session.scalar(select(Parcel).where(Parcel.number == code))
    return parcel


def due_jobs(session: Session, now: dt.datetime, limit: int) -> list[OutboxJob]:
    return list(
        session.scalars(
            select(OutboxJob)
            .where(OutboxJob.state.in_(("pending", "unknown")), OutboxJob.next_attempt_at <= now)
            .order_by(OutboxJob.next_attempt_at, OutboxJob.id)
            .limit(limit)
        )
    )


def outbox_counts(session: Session) -> dict[str, int]:
    rows = session.execute(select(OutboxJob.state, func.count()).group_by(OutboxJob.state)).all()
    return {state: n for state, n in rows}


def outbox_job(session: Session, kind: str, key: str) -> OutboxJob | None:
    return session.scalar(select(OutboxJob).where(OutboxJob.kind == kind, OutboxJob.idempotency_key == key))


def recover_in_flight(session: Session) -> int:
    """After a crash, an in-flight job's outcome is unknown: look it up before any retry."""
    result = session.execute(
        update(OutboxJob)
        .where(OutboxJob.state == "in_flight")
        .values(state="unknown", last_error="interrupted while in flight; will look it up before retrying")
    )
    return result.rowcount  # type: ignore[attr-defined]


def shops(session: Session) -> list[Shop]:
    return list(session.scalars(select(Shop).order_by(Shop.id)))


def select_orders(*ids: int) -> Select[tuple[Order]]:
    return select(Order).where(Order.id.in_(ids))
