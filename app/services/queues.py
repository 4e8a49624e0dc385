"""Read models for the GUI and the CLI: queues, their pages and filters, order detail, search."""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from app import coded, marketplace_rules, search, service_levels
from app.errors import NotFound
from app.messages import Message
from app.services.base import Service
from app.services.orders import countdown, desk_extras, time_left, urgency
from db.models import Order
from db.repositories import OrderRow, QueueFilter

log = logging.getLogger(__name__)


class QueuesService(Service):
    """What the queue tabs, the order detail, the search box and ``main.py orders`` read."""

    _search_ready = False

    def resolve(self, refs: list[str]) -> list[int]:
        """Order ids for what a user typed: local ids, order numbers or marketplace ids."""
        with self.db.reader() as uow:
            found = [(o.id, o.number, o.marketplace_order_id) for o in uow.orders.by_ref(refs)]
        known = {str(i) for i, _, _ in found} | {n for _, n, _ in found} | {m for _, _, m in found}
        missing = [r for r in refs if r not in known]
        if missing:
            raise NotFound(Message("no_order", {"order_id": ", ".join(missing[:5])}))
        return [i for i, _, _ in found]

    def queue_ids(self, queue: str) -> list[int]:
        with self.db.reader() as uow:
            return uow.orders.ids_in_queue(queue)

    def queues_of(self, order_ids: list[int]) -> dict[int, str]:
        """Where these orders are now: order id → queue (an order deleted is missing)."""
        with self.db.reader() as uow:
            return uow.orders.queues_of(order_ids)

    def has_shops(self) -> bool:
        with self.db.reader() as uow:
            return bool(uow.shops.all())

    def queue_counts(self) -> dict[str, int]:
        with self.db.reader() as uow:
            return uow.orders.queue_counts()

    def queue_size(self, queue: str) -> int:
        with self.db.reader() as uow:
            return uow.orders.queue_size(queue)

    def queue_page(self, queue: str, offset: int, limit: int) -> list[OrderRow]:
        with self.db.reader() as uow:
            return uow.orders.queue_page(queue, offset, limit)

    def order_detail(self, order_id: int) -> dict[str, Any]:
        with self.db.reader() as uow:
            order = uow.orders.get(order_id)
            if order is None:
                raise NotFound(Message("no_order", {"order_id": order_id}))
            return {**order_summary(order), **desk_extras(uow, order)}

    def parcels_summary(self) -> list[dict[str, Any]]:
        with self.db.reader() as uow:
            parcels = uow.parcels.all()
            return [
                {
                    "number": p.number,
                    "order": p.order.number,
                    "tracking_number": p.tracking_number,
                    "state": p.status,
                    "confirmed": p.confirmed_at is not None,
                    "error": p.waybill_error or p.intercept_reason,
                }
                for p in parcels
            ]

    def orders_summary(self, queue: str | None = None) -> list[dict[str, Any]]:
        now = dt.datetime.now(dt.UTC)  # one moment for every row's time left
        with self.db.reader() as uow:
            return [order_summary(o, now) for o in uow.orders.all(queue)]

    def shop_names(self) -> list[tuple[int, str]]:
        with self.db.reader() as uow:
            return [(s.id, s.name) for s in uow.shops.all()]

    # --- search -------------------------------------------------------------------

    def search(self, text: str, limit: int = search.LIMIT) -> list[search.SearchHit]:
        if not self._search_ready:
            with self.db.reader() as uow:
                broken = search.index_needs_repair(uow.session)
            if broken:
                with self.db.uow() as uow:
                    if search.repair_index(uow.session):
                        log.warning("the search index had lost its triggers; rebuilt")
                    uow.commit()
            self._search_ready = True
        with self.db.reader() as uow:
            return search.search(uow.session, text, limit)

    # --- the Review queue's filters ------------------------------------------------

    def filtered_queue_size(self, queue: str, flt: QueueFilter) -> int:
        with self.db.reader() as uow:
            return uow.orders.filtered_size(queue, flt)

    def filtered_queue_page(self, queue: str, flt: QueueFilter, offset: int, limit: int) -> list[OrderRow]:
        with self.db.reader() as uow:
            return uow.orders.filtered_page(queue, flt, offset, limit)

    def filtered_queue_ids(self, queue: str, flt: QueueFilter) -> list[int]:
        with self.db.reader() as uow:
            return uow.orders.filtered_ids(queue, flt)

    def queue_row(self, queue: str, order_id: int) -> int | None:
        """Where the order sits in its (unfiltered) queue table, to select it there."""
        with self.db.reader() as uow:
            return uow.orders.queue_row(queue, order_id)

    def filter_choices(self, queue: str) -> dict[str, list[str]]:
        with self.db.reader() as uow:
            return uow.orders.filter_choices(queue)


def _iso(when: dt.datetime | None) -> str | None:
    return when.isoformat() if when is not None else None


def order_summary(order: Order, now: dt.datetime | None = None) -> dict[str, Any]:
    left = time_left(order.ship_by, now)
    return {
        "id": order.id,
        "number": order.number,
        "marketplace_order_id": order.marketplace_order_id,
        "shop": order.shop.name,
        "queue": order.queue,
        "status": order.status,
        "reasons": [r for r in order.review_reasons.split("\n") if r],
        "hold_reason": order.hold_reason,
        # the same two as messages for the GUI (texts where a row has no code)
        "reasons_said": coded.read_lines(order, "review_reasons", "review_reason_codes"),
        "hold_reason_said": coded.read(order, "hold_reason"),
        "recipient": {
            "name": order.ship_name,
            "company": order.ship_company,
            "address1": order.ship_address1,
            "address2": order.ship_address2,
            "city": order.ship_city,
            "region": order.ship_region,
            "postcode": order.ship_postcode,
            "country": order.ship_country,
            "phone": order.ship_phone,
        },
        "buyer_note": order.buyer_note,
        "total": f"{order.total:.2f}",
        "currency": order.currency,
        "ordered_at": order.ordered_at.isoformat() if order.ordered_at else None,
        # The marketplace's deadline and what is left of it (negative: overdue), at this moment.
        "ship_by": order.ship_by.isoformat() if order.ship_by else None,
        "time_left_hours": round(left.total_seconds() / 3600, 2) if left is not None else None,
        "time_left": countdown(order.ship_by, now),
        "urgency": urgency(order.ship_by, now),
        "confirm_by": _iso(
            marketplace_rules.confirm_by(marketplace_rules.rules_for(order.shop.marketplace), order.ship_by)
        ),
        "shipping_method": order.shipping_method.name if order.shipping_method is not None else None,
        "requested_service": order.requested_service,
        "service_level": service_levels.level_of(order.requested_service),
        "lines": [{"sku": ln.sku, "title": ln.title, "quantity": ln.quantity} for ln in order.lines],
        "parcels": [
            {
                "number": p.number,
                "state": p.status,
                "tracking_number": p.tracking_number,
                "error": p.waybill_error or p.intercept_reason,
                "error_said": coded.read(p, "waybill_error") or coded.read(p, "intercept_reason"),
            }
            for p in order.parcels
        ],
    }
