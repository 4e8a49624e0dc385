"""Orders coming in from a marketplace: upsert by (shop, marketplace order id).

A remote change never silently overwrites a local decision: a changed address or
changed lines after review send the order back to Review with the reason, and a
cancellation after the waybill intercepts the parcels and queues the waybill void.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app import audit, coded, outbox, rules, stock
from app.actor import Actor
from app.coded import Said
from app.connectors.base import RemoteLine, RemoteOrder
from app.messages import Message
from app.review import (
    OPEN_PARCEL,
    ReviewContext,
    reasons_for,
    refresh_queue,
    split_merge_on_cancel,
    update_reasons,
)
from db import bulk, queries
from db.models import Order, OrderLine, Shop

log = logging.getLogger(__name__)

CHANGED = "changed on marketplace"


@dataclass
class PullStats:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    cancelled: int = 0
    intercepted: int = 0


def _address(remote: RemoteOrder) -> dict[str, str]:
    a = remote.ship_to
    return {
        "ship_name": a.name,
        "ship_company": a.company,
        "ship_address1": a.address1,
        "ship_address2": a.address2,
        "ship_city": a.city,
        "ship_region": a.region,
        "ship_postcode": a.postcode,
        "ship_country": a.country,
        "ship_phone": a.phone,
    }


def _lines_key(lines: list[OrderLine] | tuple) -> set[tuple[str, str, int]]:
    return {
        (ln.remote_line_id if isinstance(ln, OrderLine) else ln.line_id, ln.sku, ln.quantity)
        for ln in lines
        if ln.quantity  # a dropped line kept for an intercepted parcel's sake is not a line
    }


def import_page(session: Session, shop: Shop, remotes: list[RemoteOrder], actor: Actor, stats: PullStats) -> None:
    """Upsert one page of marketplace orders: new ones in bulk, changed ones one by one."""
    latest = {r.id: r for r in remotes}  # a page may repeat an order; the last word wins
    existing = queries.orders_by_remote_id(session, shop.id, list(latest))
    ctx = ReviewContext.load(session, shop.id, [ln.sku for r in latest.values() for ln in r.lines])
    fresh = [r for r in latest.values() if r.id not in existing]
    touched: list[int] = []
    for remote in latest.values():
        if remote.id in existing:
            if _update(session, existing[remote.id], remote, actor, stats, ctx):
                touched.append(existing[remote.id].id)
    if fresh:
        touched += _insert(session, shop, fresh, ctx)
        stats.new += len(fresh)
    if touched:
        rules.on_arrival(session, touched, actor)


def _insert(session: Session, shop: Shop, remotes: list[RemoteOrder], ctx: ReviewContext) -> list[int]:
    rows = []
    for remote in remotes:
        fields = _fields(remote)
        if remote.status == "cancelled":
            status, reasons = "cancelled", []
        else:
            status = "review"
            reasons = reasons_for(
                [ln.sku for ln in remote.lines],
                has_method=False,
                address=fields,  # type: ignore[arg-type]
                paid=remote.paid_at is not None,
                ctx=ctx,
                quantities=[ln.quantity for ln in remote.lines],
                prices=[ln.unit_price for ln in remote.lines],
                payment_hold_until=remote.payment_hold_until,
            )
        rows.append(
            {
                **fields,
                "shop_id": shop.id,
                "marketplace_order_id": remote.id,
                "status": status,
                "queue": status,
                "review_reasons": "\n".join(reasons),
                "review_reason_codes": coded.coded_lines(reasons),
            }
        )
    # Bulk statements (db/bulk.py): no ORM bookkeeping, the search index written a chunk at a time.
    lines = [
        [
            {
                "remote_line_id": ln.line_id,
                "sku": ln.sku,
                "title": ln.title,
                "quantity": ln.quantity,
                "unit_price": ln.unit_price,
            }
            for ln in remote.lines
        ]
        for remote in remotes
    ]
    return bulk.insert_orders(session, rows, lines)


def _update(
    session: Session, order: Order, remote: RemoteOrder, actor: Actor, stats: PullStats, ctx: ReviewContext
) -> bool:
    """Apply a newer marketplace version; True when the order changed and is still open."""
    if order.remote_updated_at is not None and remote.updated_at <= order.remote_updated_at:
        stats.unchanged += 1
        return False

    if remote.status == "cancelled" and order.status != "cancelled":
        _cancel(session, order, actor, stats)
        order.marketplace_status = remote.status
        order.remote_updated_at = remote.updated_at
        return False

    address_changed = _address(remote) != {k: getattr(order, k) for k in _address(remote)}
    lines_changed = _lines_key(remote.lines) != _lines_key(order.lines)
    _apply(order, remote)
    reopened = (address_changed or lines_changed) and order.status in ("review", "approved", "on_hold")
    if address_changed and lines_changed:
        changed = Said(Message("changed_on_marketplace_both"))
    else:
        changed = Said(Message("changed_on_marketplace", {"what": "address" if address_changed else "lines"}))
    if reopened:
        # Parcels are withdrawn before the lines they were packed from change.
        _back_to_review(session, order, actor, changed)
    if lines_changed:
        _replace_lines(session, order, remote)
        if order.status == "review":
            update_reasons(session, order, extra=[changed] if reopened else None, ctx=None)
    elif order.status == "review" and not reopened:
        update_reasons(session, order, ctx=ctx)
    stats.updated += 1
    return order.status == "review"


def _fields(remote: RemoteOrder) -> dict[str, object]:
    return {
        "number": remote.number,
        "marketplace_status": remote.status,
        "remote_updated_at": remote.updated_at,
        "ordered_at": remote.created_at,
        "paid_at": remote.paid_at,
        "currency": remote.currency,
        "total": remote.total,
        "requested_service": remote.shipping_service,
        "buyer_name": remote.buyer_name,
        "buyer_email": remote.buyer_email,
        "buyer_note": remote.buyer_note,
        "payment_hold_until": remote.payment_hold_until,
        "ship_by": remote.ship_by,
        "seller_note": remote.seller_note,
        **_address(remote),
    }


def _apply(order: Order, remote: RemoteOrder) -> None:
    for key, value in _fields(remote).items():
        if key == "seller_note" and not value:
            continue  # the seller's own note stays unless the marketplace sends one
        setattr(order, key, value)


def _replace_lines(session: Session, order: Order, remote: RemoteOrder) -> None:
    """Make the order's lines the marketplace's, keeping the rows parcels still point at.

    Lines are matched by the marketplace's line id and updated in place; a line the
    marketplace dropped is deleted, unless an intercepted parcel still holds it: then it
    stays with quantity 0 (the parcel's contents remain readable) and is ignored as a line.
    """
    by_id = {ln.remote_line_id: ln for ln in order.lines}
    wanted = {ln.line_id: ln for ln in remote.lines}
    for line_id, remote_line in wanted.items():
        line = by_id.get(line_id)
        if line is None:
            order.lines.append(_line(remote_line))
            continue
        line.sku, line.title = remote_line.sku, remote_line.title
        line.quantity, line.unit_price = remote_line.quantity, remote_line.unit_price
    gone = [ln for line_id, ln in by_id.items() if line_id not in wanted]
    if gone:
        held = queries.order_lines_held_by_parcels(session, [ln.id for ln in gone])
        for line in gone:
            if line.id in held:
                line.quantity = 0
            else:
                order.lines.remove(line)
    session.flush()


def _line(remote_line: RemoteLine) -> OrderLine:
    return OrderLine(
        remote_line_id=remote_line.line_id,
        sku=remote_line.sku,
        title=remote_line.title,
        quantity=remote_line.quantity,
        unit_price=remote_line.unit_price,
    )


def _withdraw_parcels(session: Session, order: Order, actor: Actor, reason: str) -> int:
    """Void parcels never booked; intercept booked ones and queue their void. Returns intercepted."""
    intercepted = 0
    for parcel in order.parcels:
        if parcel.status not in OPEN_PARCEL:
            continue
        stock.release(session, parcel, actor, reason=reason)
        booked = parcel.tracking_number is not None or not outbox.cancel_pending(
            session, "request_waybill", parcel.number
        )
        if not booked:  # the request never left, or the carrier refused it
            parcel.status = "voided"
            continue
        parcel.status = "intercepted"
        coded.store(parcel, "intercept_reason", Message("intercepted_because", {"reason": reason}))
        outbox.enqueue_void(session, parcel)
        audit.record(session, actor, "intercept", parcel=parcel, detail=reason)
        intercepted += 1
    return intercepted


def _back_to_review(session: Session, order: Order, actor: Actor, reason: str) -> None:
    """Undo approval where nothing was booked yet; a parcel with a waybill is intercepted."""
    _withdraw_parcels(session, order, actor, reason)
    order.status = "review"
    update_reasons(session, order, extra=[reason])
    refresh_queue(order)
    audit.record(session, actor, "back to review", order=order, detail=reason)


def _cancel(session: Session, order: Order, actor: Actor, stats: PullStats) -> None:
    if order.merged_into_id is not None or order.merged_orders:
        stats.intercepted += split_merge_on_cancel(
            session, order, actor, lambda o, why: _withdraw_parcels(session, o, actor, why)
        )
    stats.intercepted += _withdraw_parcels(session, order, actor, "cancelled on marketplace")
    order.status = "cancelled"
    coded.store_lines(order, "review_reasons", "review_reason_codes", [])
    refresh_queue(order)
    audit.record(session, actor, "cancelled on marketplace", order=order)
    stats.cancelled += 1
