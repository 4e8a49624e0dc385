"""Queries for the queues and the hot paths; SQL stays here, services call these."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, Table, delete, func, or_, select, text
from sqlalchemy.orm import InstrumentedAttribute, Session, joinedload, selectinload

from db.models import (
    Base,
    Order,
    OutboxJob,
    Parcel,
    ParcelLine,
    Product,
    QueueCount,
    ShippingMethod,
    Shop,
    SkuPairing,
    StockMovement,
)

QUEUES = ("review", "waybill", "print", "scan", "shipped", "on_hold", "exceptions", "cancelled")


def table_of(model: type[Base]) -> Table:
    """The Core table of a model, for bulk statements that skip the ORM's per-row bookkeeping."""
    table = model.__table__
    assert isinstance(table, Table)  # every model here declares a __tablename__, so owns a Table
    return table


def queue_counts(session: Session) -> dict[str, int]:
    """Orders per queue: one row per queue, kept by triggers (migration 0008), never a recount."""
    counts = dict.fromkeys(QUEUES, 0)
    counts.update(session.execute(select(QueueCount.queue, QueueCount.size)).all())
    return counts


def recount_queues(session: Session) -> dict[str, int]:
    """The slow truth ``queue_counts`` must always equal (tests and a repair check use it)."""
    counts = dict.fromkeys(QUEUES, 0)
    counts.update(session.execute(select(Order.queue, func.count()).group_by(Order.queue)).all())
    return counts


# A stored text with its message's code and params (NULL on rows older than revision 0024);
# app/coded.py turns the three back into the message.
StoredText = tuple[str, str | None, dict[str, Any] | None]


def _stored_reasons(o: Order) -> tuple[StoredText, ...]:
    """What ``OrderRow.reasons`` says, each reason with its code and params."""
    if o.review_reasons:
        lines = [r for r in o.review_reasons.split("\n") if r]
        codes = o.review_reason_codes or []
        if len(codes) != len(lines):
            codes = [{}] * len(lines)
        return tuple((t, c.get("code"), c.get("params")) for t, c in zip(lines, codes, strict=True))
    if o.hold_reason:
        return ((o.hold_reason, o.hold_reason_code, o.hold_reason_params),)
    out: list[StoredText] = []
    for p in o.parcels:
        if p.status == "voided":
            continue
        if p.waybill_error:
            out.append((p.waybill_error, p.waybill_error_code, p.waybill_error_params))
        elif p.intercept_reason:
            out.append((p.intercept_reason, p.intercept_reason_code, p.intercept_reason_params))
    return tuple(out)


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
    ship_by: dt.datetime | None = None
    service: str = ""  # the service the buyer asked for, in the marketplace's words
    method: str = ""  # the shipping method chosen, "Carrier Method" as the desk names it
    said: tuple[StoredText, ...] = ()  # ``reasons`` with their messages' codes, for the GUI


# what a queue row reads beside the order: its parcels, its shop, its method and the method's carrier
_ROW_LOADS = (
    selectinload(Order.parcels),
    selectinload(Order.shop),
    selectinload(Order.shipping_method).selectinload(ShippingMethod.carrier_account),
)


def queue_page(session: Session, queue: str, offset: int, limit: int) -> list[OrderRow]:
    """One page of a queue, newest last, without loading the rest of the table."""
    orders = session.scalars(
        select(Order).where(Order.queue == queue).order_by(Order.id).offset(offset).limit(limit).options(*_ROW_LOADS)
    ).all()
    return _order_rows(orders)


def _method_label(method: ShippingMethod | None) -> str:
    """As ``app.method_rules.method_label``: the carrier's name before the method's unless it already starts so."""
    if method is None:
        return ""
    carrier = method.carrier_account.name if method.carrier_account is not None else ""
    if carrier and not method.name.lower().startswith(carrier.lower()):
        return f"{carrier} {method.name}"
    return method.name


def _order_rows(orders: Sequence[Order]) -> list[OrderRow]:
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
            ship_by=o.ship_by,
            service=o.requested_service,
            method=_method_label(o.shipping_method),
            said=_stored_reasons(o),
        )
        for o in orders
    ]


# --- filtered and sorted queue pages (the Review queue's filter bar) ------------------

# reason kind -> what the review reason text says (review reasons are one per line)
REASON_KINDS: dict[str, str] = {
    "unpaired SKU": "unpaired SKU",
    "address": "address",
    "customs": "customs",
    "payment": "payment",
    "stock": "stock",
    "shipping method": "shipping method",
    "changed on marketplace": "changed on marketplace",
}
DEADLINES = ("overdue", "today", "24h")
# a clicked column header -> the column it sorts by; "-key" sorts descending. Only these
# names reach ORDER BY (a sort naming anything else is the plain order by id).
SORTABLE: dict[str, InstrumentedAttribute[Any]] = {
    "number": Order.number,
    "ship_name": Order.ship_name,
    "ship_country": Order.ship_country,
    "total": Order.total,
    "ordered_at": Order.ordered_at,
    "ship_by": Order.ship_by,
}


@dataclass(frozen=True)
class QueueFilter:
    """What the filter bar asks for; empty fields do not filter.

    ``sort`` is "id", "urgency" or a ``SORTABLE`` key, "-" before it for descending.
    """

    shop_id: int | None = None
    countries: tuple[str, ...] = ()
    method_id: int | None = None  # 0: orders without a shipping method
    reason: str = ""  # a REASON_KINDS key, or any text the reasons contain
    deadline: str = ""  # overdue | today | 24h
    tag: str = ""
    sort: str = "id"
    now: dt.datetime | None = None  # tests pin the clock

    @property
    def is_plain(self) -> bool:
        return self == QueueFilter(now=self.now)


def _like_text(value: str) -> str:
    return "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _conditions(queue: str, f: QueueFilter) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = [Order.queue == queue]
    if f.shop_id is not None:
        where.append(Order.shop_id == f.shop_id)
    if f.countries:
        where.append(Order.ship_country.in_(f.countries))
    if f.method_id == 0:
        where.append(Order.shipping_method_id.is_(None))
    elif f.method_id is not None:
        where.append(Order.shipping_method_id == f.method_id)
    if f.reason:
        text = REASON_KINDS.get(f.reason, f.reason)
        where.append(
            or_(
                Order.review_reasons.like(_like_text(text), escape="\\"),
                Order.hold_reason.like(_like_text(text), escape="\\"),
            )
        )
    if f.tag:
        where.append(Order.tags.like(_like_text("," + f.tag.strip() + ","), escape="\\"))
    if f.deadline:
        now = f.now or dt.datetime.now(dt.UTC)
        if f.deadline == "overdue":
            where.append(Order.ship_by < now)
        elif f.deadline == "today":
            local = now.astimezone()
            midnight = (local + dt.timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
            where += [Order.ship_by >= now, Order.ship_by < midnight]
        elif f.deadline == "24h":
            where += [Order.ship_by >= now, Order.ship_by < now + dt.timedelta(hours=24)]
    return where


def filtered_size(session: Session, queue: str, f: QueueFilter) -> int:
    return session.scalar(select(func.count()).select_from(Order).where(*_conditions(queue, f))) or 0


def filtered_ids(session: Session, queue: str, f: QueueFilter) -> list[int]:
    return list(session.scalars(select(Order.id).where(*_conditions(queue, f)).order_by(Order.id)))


def _page_ids(session: Session, where: list[ColumnElement[bool]], order: tuple, offset: int, limit: int) -> list[int]:
    return list(session.scalars(select(Order.id).where(*where).order_by(*order).offset(offset).limit(limit)))


def filtered_page(session: Session, queue: str, f: QueueFilter, offset: int, limit: int) -> list[OrderRow]:
    """One page of a filtered queue; urgency puts the nearest ship-by first and orders without one last.

    The urgency order is read as two index-ordered ranges (with a ship-by, then without),
    so a page never sorts the whole queue.
    """
    where = _conditions(queue, f)
    column = SORTABLE.get(f.sort.removeprefix("-"))
    if column is not None:
        order = (column.desc(), Order.id.desc()) if f.sort.startswith("-") else (column, Order.id)
        ids = _page_ids(session, where, order, offset, limit)
    elif f.sort != "urgency":
        ids = _page_ids(session, where, (Order.id,), offset, limit)
    else:
        dated = [*where, Order.ship_by.is_not(None)]
        ids = _page_ids(session, dated, (Order.ship_by, Order.id), offset, limit)
        if len(ids) < limit:
            n_dated = (
                offset + len(ids)
                if ids
                else (session.scalar(select(func.count()).select_from(Order).where(*dated)) or 0)
            )
            undated = [*where, Order.ship_by.is_(None)]
            ids += _page_ids(session, undated, (Order.id,), max(0, offset - n_dated), limit - len(ids))
    if not ids:
        return []
    orders = {o.id: o for o in session.scalars(select(Order).where(Order.id.in_(ids)).options(*_ROW_LOADS))}
    return _order_rows([orders[i] for i in ids if i in orders])


def queue_row(session: Session, queue: str, order_id: int) -> int | None:
    """The row of an order in its queue's table (ordered by id), or None if it is not there."""
    if session.scalar(select(Order.id).where(Order.id == order_id, Order.queue == queue)) is None:
        return None
    return session.scalar(select(func.count()).select_from(Order).where(Order.queue == queue, Order.id < order_id))


def filter_choices(session: Session, queue: str) -> dict[str, list[str]]:
    """Countries and tags present in a queue, for the filter bar's lists."""
    countries = sorted(
        c for c in session.scalars(select(Order.ship_country).where(Order.queue == queue).distinct()) if c
    )
    tags: set[str] = set()
    for stored in session.scalars(select(Order.tags).where(Order.queue == queue, Order.tags != "").distinct()):
        tags.update(t for t in stored.split(",") if t)
    return {"countries": countries, "tags": sorted(tags)}


def queue_size(session: Session, queue: str) -> int:
    return session.scalar(select(QueueCount.size).where(QueueCount.queue == queue)) or 0


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
    levels = dict.fromkeys(product_ids, (0, 0))
    levels.update({pid: (int(on_hand), int(reserved)) for pid, on_hand, reserved in rows})
    return levels


def parcel_by_code(session: Session, code: str) -> Parcel | None:
    """The parcel a scanned code names: its tracking number or its parcel number."""
    parcel = session.scalar(select(Parcel).where(Parcel.tracking_number == code).limit(1))
    if parcel is None:
        parcel = session.scalar(select(Parcel).where(Parcel.number == code))
    return parcel


def due_jobs(session: Session, now: dt.datetime, limit: int, *, skip: frozenset[str] = frozenset()) -> list[OutboxJob]:
    """Jobs due now, oldest first; ``skip``: accounts ("shop:3", "carrier:1") left to another station."""
    query = select(OutboxJob).where(OutboxJob.state.in_(("pending", "unknown")), OutboxJob.next_attempt_at <= now)
    shops = [int(a.split(":")[1]) for a in skip if a.startswith("shop:")]
    carriers = [int(a.split(":")[1]) for a in skip if a.startswith("carrier:")]
    if carriers:
        query = query.where(or_(OutboxJob.carrier_account_id.is_(None), OutboxJob.carrier_account_id.not_in(carriers)))
    if shops:
        query = query.where(
            or_(OutboxJob.carrier_account_id.is_not(None), OutboxJob.shop_id.is_(None), OutboxJob.shop_id.not_in(shops))
        )
    return list(session.scalars(query.order_by(OutboxJob.next_attempt_at, OutboxJob.id).limit(limit)))


def outbox_counts(session: Session, states: Sequence[str] | None = None) -> dict[str, int]:
    """state → jobs; given ``states``, only those are counted, through the state index."""
    query = select(OutboxJob.state, func.count()).group_by(OutboxJob.state)
    if states is not None:
        query = query.where(OutboxJob.state.in_(states))
    return dict(session.execute(query).all())


def outbox_job(session: Session, kind: str, key: str) -> OutboxJob | None:
    return session.scalar(select(OutboxJob).where(OutboxJob.kind == kind, OutboxJob.idempotency_key == key))


def shops(session: Session) -> list[Shop]:
    return list(session.scalars(select(Shop).order_by(Shop.id)))


def select_orders(*ids: int) -> Select[Order]:
    return select(Order).where(Order.id.in_(ids))


def order_lines_held_by_parcels(session: Session, line_ids: list[int]) -> set[int]:
    """Of these order lines, those a live or intercepted parcel still holds.

    Lines of voided parcels (never booked) are let go: their parcel lines are deleted.
    """
    if not line_ids:
        return set()
    voided = select(Parcel.id).where(Parcel.status == "voided")
    session.execute(delete(ParcelLine).where(ParcelLine.order_line_id.in_(line_ids), ParcelLine.parcel_id.in_(voided)))
    held = session.scalars(select(ParcelLine.order_line_id).where(ParcelLine.order_line_id.in_(line_ids)))
    return set(held)


def orders_or_queue(session: Session, order_ids: list[int] | None, queue: str) -> list[Order]:
    """The orders with these ids, or the whole ``queue`` when ids is None."""
    ids = order_ids_in_queue(session, queue) if order_ids is None else order_ids
    return list(session.scalars(select_orders(*ids).order_by(Order.id)))


def next_parcel_ids(session: Session, n: int) -> list[int]:
    """The ids the next ``n`` parcels get, taken before they are written.

    A parcel's number is made from its id: known up front, it is written with the parcel at
    once, not updated after (which would index it for search twice). SQLite gives a new row
    max(id) + 1 (``parcels`` has no AUTOINCREMENT) and a transaction's writes never interleave
    with another's, so these are the ids the inserts would get; PostgreSQL draws them from the
    column's sequence, as the inserts would.
    """
    if n <= 0:
        return []
    if session.get_bind().dialect.name == "postgresql":
        drawn = session.scalars(
            text("SELECT nextval(pg_get_serial_sequence('parcels', 'id')) FROM generate_series(1, :n)"), {"n": n}
        )
        return sorted(int(i) for i in drawn)
    top = session.scalar(select(func.max(Parcel.id))) or 0
    return list(range(top + 1, top + n + 1))


def orders_for_approval(session: Session, order_ids: Sequence[int]) -> list[Order]:
    """The orders with what approving reads of them (lines, parcels, merged orders) in four queries."""
    return list(
        session.scalars(
            select_orders(*order_ids)
            .order_by(Order.id)
            .options(selectinload(Order.lines), selectinload(Order.parcels), selectinload(Order.merged_orders))
        )
    )


def orders_for_waybills(session: Session, order_ids: Sequence[int]) -> list[Order]:
    """The orders with everything a waybill request reads, in a fixed number of queries."""
    return list(
        session.scalars(
            select(Order)
            .where(Order.id.in_(order_ids))
            .order_by(Order.id)
            .options(
                selectinload(Order.merged_orders),
                selectinload(Order.parcels).options(
                    selectinload(Parcel.lines).options(
                        joinedload(ParcelLine.product), joinedload(ParcelLine.order_line)
                    ),
                    selectinload(Parcel.customs_lines),
                    joinedload(Parcel.shipping_method).joinedload(ShippingMethod.carrier_account),
                ),
            )
        )
    )


def outbox_jobs_for(session: Session, kinds: Sequence[str], keys: Sequence[str]) -> list[OutboxJob]:
    """The jobs of these kinds under these keys (the (kind, key) unique index answers)."""
    if not keys:
        return []
    return list(
        session.scalars(select(OutboxJob).where(OutboxJob.kind.in_(kinds), OutboxJob.idempotency_key.in_(keys)))
    )
