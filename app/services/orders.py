"""The order desk: approve and hold, customs, addresses, split and merge, notes and tags.

Every change to an order is an audit event, so it shows in the order's history.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from app import addresses, audit, customs, pairing, parcels, review
from app.errors import InvalidInput, NotAllowed
from app.messages import Message
from app.services.base import Service, chunked, order_of, orders_of, shop_id_of
from app.services.products import product_row
from db.models import Order
from db.uow import UnitOfWork

NOTE_KINDS = ("buyer_note", "seller_note", "service_note")


# --- ship-by deadlines (pure; the GUI shows them, H3's queues sort by them) -----------------


def time_left(ship_by: dt.datetime | None, now: dt.datetime | None = None) -> dt.timedelta | None:
    if ship_by is None:
        return None
    now = now or dt.datetime.now(dt.UTC)
    return ship_by - now


def urgency(ship_by: dt.datetime | None, now: dt.datetime | None = None) -> str:
    """overdue | today (under 24 h) | soon (under 72 h) | later | none."""
    left = time_left(ship_by, now)
    if left is None:
        return "none"
    if left.total_seconds() < 0:
        return "overdue"
    if left <= dt.timedelta(hours=24):
        return "today"
    if left <= dt.timedelta(hours=72):
        return "soon"
    return "later"


def countdown(ship_by: dt.datetime | None, now: dt.datetime | None = None) -> str:
    """ "ship within 5 h 10 min", "overdue by 2 d 3 h", "" without a deadline."""
    message = countdown_message(ship_by, now)
    return "" if message is None else str(message)


def countdown_message(ship_by: dt.datetime | None, now: dt.datetime | None = None) -> Message | None:
    """The countdown as a Message; None without a deadline."""
    left = time_left(ship_by, now)
    if left is None:
        return None
    seconds = abs(int(left.total_seconds()))
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    if days:
        span = f"{days} d {hours} h"
    elif hours:
        span = f"{hours} h {minutes} min"
    else:
        span = f"{minutes} min"
    if left.total_seconds() < 0:
        return Message("deadline_overdue_by", {"span": span})
    return Message("deadline_ship_within", {"span": span})


def parse_tags(text: str | Sequence[str]) -> list[str]:
    items = text.replace(";", ",").split(",") if isinstance(text, str) else list(text)
    out = []
    for item in items:
        tag = item.strip().lower().replace(",", "")
        if tag and tag not in out:
            out.append(tag[:40])
    return out


def tags_of(order: Order) -> list[str]:
    return [t for t in (order.tags or "").split(",") if t]


def _set_tags(order: Order, tags: list[str]) -> None:
    order.tags = "," + ",".join(tags) + "," if tags else ""


def history(uow: UnitOfWork, order_id: int) -> list[dict[str, Any]]:
    rows = uow.audit.of_order(order_id)
    return [
        {"at": e.at.isoformat(), "action": e.action, "detail": e.detail, "user": u, "station": st} for e, u, st in rows
    ]


def desk_extras(uow: UnitOfWork, order: Order) -> dict[str, Any]:
    """What the detail pane shows beyond the basics: notes, tags, deadline, customs, history."""
    parcels_customs = []
    for parcel in order.parcels:
        if parcel.status == "voided":
            continue
        parcels_customs.append(
            {
                "parcel": parcel.number,
                "weight_grams": parcel.weight_grams,
                "editable": parcel.status in parcels.UNBOOKED and not parcel.tracking_number,
                "lines": [
                    {
                        "id": c.id,
                        "sku": customs.line_sku(c),
                        "description_en": c.description_en,
                        "description_zh": c.description_zh,
                        "hs_code": c.hs_code,
                        "quantity": c.quantity,
                        "unit_value": f"{c.unit_value:.2f}",
                        "currency": c.currency,
                        "origin_country": c.origin_country,
                    }
                    for c in parcel.customs_lines
                ],
            }
        )
    warnings = review.stock_warning_messages(uow.session, order) if order.status == "review" and order.lines else []
    merged_into = uow.orders.get(order.merged_into_id) if order.merged_into_id else None
    return {
        "seller_note": order.seller_note,
        "service_note": order.service_note,
        "tags": tags_of(order),
        "ship_by": order.ship_by.isoformat() if order.ship_by else None,
        "deadline": countdown(order.ship_by),
        "deadline_message": countdown_message(order.ship_by),
        "urgency": urgency(order.ship_by),
        "payment_hold_until": order.payment_hold_until.isoformat() if order.payment_hold_until else None,
        "warnings": [str(w) for w in warnings],
        "warning_messages": warnings,
        "customs": parcels_customs,
        "merged_into": merged_into.number if merged_into is not None else None,
        "merged_orders": [o.number for o in order.merged_orders],
        "history": history(uow, order.id),
        "line_ids": [ln.id for ln in order.lines],
    }


class OrdersService(Service):
    """Orders in Review and after: approve and hold, fix in place, notes, tags, split and merge, customs."""

    def approve(self, order_ids: list[int] | None = None) -> review.ApproveResult:
        """Approve these orders (or all of Review), committed ``CHUNK`` orders at a time."""
        if order_ids is None:
            with self.db.reader() as uow:
                order_ids = uow.orders.ids_in_queue("review")
        result = review.ApproveResult()
        for chunk in chunked(order_ids, gap=self.chunk_gap):
            with self.db.uow() as uow:
                done = review.approve(uow.session, uow.orders.for_approval(chunk), self.actor)
                uow.commit()
            result.approved += done.approved
            result.refused.update(done.refused)
            result.warnings.update(done.warnings)
        return result

    def hold(self, order_ids: list[int], reason: str) -> list[str]:
        if not reason.strip():
            raise InvalidInput(Message("hold_needs_reason"))
        with self.db.uow() as uow:
            held = review.hold(uow.session, uow.orders.or_queue(order_ids, "review"), reason, self.actor)
            uow.commit()
        return held

    # --- review: fix in place -----------------------------------------------------------

    def address_problems(self, fields: Mapping[str, str]) -> list[Message]:
        """Live validation for the address dialog (no database)."""
        return addresses.problem_messages(fields)

    def edit_address(self, order_id: int, fields: Mapping[str, str]) -> list[str]:
        """Correct the shipping address; the order's reasons are recomputed and returned."""
        with self.db.uow() as uow:
            s = uow.session
            order = order_of(uow, order_id)
            if order.merged_orders or order.merged_into_id:
                raise NotAllowed(Message("order_merged_with_another_order", {"number": order.number}))
            if order.status == "approved":
                parcels.withdraw(s, order, self.actor, "address edited")
                order.status = "review"
            elif order.status not in ("review", "on_hold"):
                raise NotAllowed(
                    Message(
                        "order_address_cannot_change", {"number": order.number, "queue": order.queue.replace("_", " ")}
                    )
                )
            merged = {k: getattr(order, k) for k in addresses.FIELDS}
            merged.update({k: v for k, v in fields.items() if k in addresses.FIELDS})
            clean = addresses.normalised(merged)
            changes = [
                f"{k.removeprefix('ship_')}: {getattr(order, k)!r} → {v!r}"
                for k, v in clean.items()
                if getattr(order, k) != v
            ]
            for key, value in clean.items():
                setattr(order, key, value)
            reasons = review.update_reasons(s, order) if order.status == "review" else []
            review.refresh_queue(order)
            if changes:
                audit.record(s, self.actor, "edit address", order=order, detail="; ".join(changes))
            uow.commit()
            return reasons

    def set_note(self, order_id: int, kind: str, text: str) -> None:
        if kind not in NOTE_KINDS:
            raise InvalidInput(Message("note_must_one", {"note_kinds": ", ".join(NOTE_KINDS)}))
        with self.db.uow() as uow:
            order = order_of(uow, order_id)
            if getattr(order, kind) != text:
                setattr(order, kind, text)
                audit.record(uow.session, self.actor, "note", order=order, detail=f"{kind.replace('_', ' ')}: {text}")
            uow.commit()

    def tag(self, order_ids: Sequence[int], add: str | Sequence[str] = (), remove: str | Sequence[str] = ()) -> int:
        """Add and remove tags on these orders; returns how many orders changed."""
        plus, minus = parse_tags(add), parse_tags(remove)
        changed = 0
        with self.db.uow() as uow:
            for order in orders_of(uow, order_ids):
                before = tags_of(order)
                after = [t for t in before if t not in minus] + [t for t in plus if t not in before]
                if after != before:
                    _set_tags(order, after)
                    detail = " ".join(
                        [f"+{t}" for t in plus if t not in before] + [f"-{t}" for t in minus if t in before]
                    )
                    audit.record(uow.session, self.actor, "tags", order=order, detail=detail)
                    changed += 1
            uow.commit()
        return changed

    def release_hold(self, order_ids: Sequence[int]) -> list[str]:
        with self.db.uow() as uow:
            released = review.release_hold(uow.session, orders_of(uow, order_ids), self.actor)
            uow.commit()
        return released

    def recheck(self, order_ids: Sequence[int] | None = None) -> int:
        """Recompute the review reasons (e.g. a payment hold has run out)."""
        with self.db.uow() as uow:
            orders = uow.orders.in_review() if order_ids is None else orders_of(uow, order_ids)
            n = review.recheck(uow.session, orders)
            uow.commit()
        return n

    def order_history(self, order_id: int) -> list[dict[str, Any]]:
        with self.db.reader() as uow:
            return history(uow, order_id)

    # --- parcels: split and merge --------------------------------------------------------

    def split(self, order_id: int, plan: parcels.Plan) -> list[str]:
        """Ship an order as several parcels: approves it (Review) or re-splits it (no waybill yet)."""
        with self.db.uow() as uow:
            s = uow.session
            order = order_of(uow, order_id)
            if order.status == "review":
                result = review.approve(s, [order], self.actor, plans={order.id: plan})
                if result.refused:
                    reasons = tuple(result.refused[order.number])
                    raise NotAllowed(Message("order_cannot_be_approved", {"number": order.number, "reasons": reasons}))
                made = [p for p in order.parcels if p.status != "voided"]
                audit.record(s, self.actor, "split", order=order, detail=parcels.describe(made))
            else:
                made = parcels.split(s, order, plan, self.actor)
            numbers = [p.number for p in made]
            uow.commit()
        return numbers

    def merge(self, order_ids: Sequence[int]) -> review.ApproveResult:
        with self.db.uow() as uow:
            result = review.merge(uow.session, orders_of(uow, order_ids), self.actor)
            uow.commit()
        return result

    def unmerge(self, order_id: int) -> list[str]:
        with self.db.uow() as uow:
            orders = review.unmerge(uow.session, order_of(uow, order_id), self.actor)
            uow.commit()
            return [o.number for o in orders]

    def order_lines(self, order_id: int) -> list[dict[str, Any]]:
        with self.db.reader() as uow:
            order = order_of(uow, order_id)
            return [{"id": ln.id, "sku": ln.sku, "title": ln.title, "quantity": ln.quantity} for ln in order.lines]

    # --- customs and tax ids -------------------------------------------------------------

    def edit_customs_line(self, line_id: int, values: Mapping[str, object]) -> None:
        with self.db.uow() as uow:
            customs.edit_line(uow.session, line_id, values, self.actor)
            uow.commit()

    def batch_edit_customs(
        self, order_ids: Sequence[int], sku: str, values: Mapping[str, object], *, save_as_default: bool = True
    ) -> dict[str, Any]:
        with self.db.uow() as uow:
            s = uow.session
            result = customs.batch_edit(
                s, orders_of(uow, order_ids), sku, values, self.actor, save_as_default=save_as_default
            )
            review.recheck(s, result.orders)
            summary = {"orders": len(result.orders), "parcel_lines": result.parcel_lines, "products": result.products}
            uow.commit()
        return summary

    def customs_skus(self, order_ids: Sequence[int]) -> list[dict[str, Any]]:
        """The warehouse products in these orders, with their customs defaults (batch edit dialog)."""
        with self.db.reader() as uow:
            ids: dict[int, None] = {}
            for order in orders_of(uow, order_ids):
                comps = pairing.components_for(uow.session, order.shop_id, [ln.sku for ln in order.lines])
                for parts in comps.values():
                    for c in parts:
                        ids[c.product_id] = None
            return [product_row(p) for p in uow.products.by_ids(list(ids))]

    def tax_ids(self, shop: str | int | None = None) -> list[dict[str, Any]]:
        with self.db.reader() as uow:
            return [
                {"id": t.id, "shop_id": t.shop_id, "destination": t.destination, "kind": t.kind, "number": t.number}
                for t in uow.shops.tax_ids(shop_id_of(uow, shop))
            ]

    def set_tax_id(self, shop: str | int, destination: str, kind: str, number: str) -> int:
        with self.db.uow() as uow:
            shop_id = shop_id_of(uow, shop)
            if shop_id is None:
                raise InvalidInput(Message("tax_id_belongs_shop"))
            row = customs.set_tax_id(uow.session, shop_id, destination, kind, number)
            tax_id = row.id
            uow.commit()
        return tax_id

    def delete_tax_id(self, tax_id: int) -> None:
        with self.db.uow() as uow:
            customs.delete_tax_id(uow.session, tax_id)
            uow.commit()
