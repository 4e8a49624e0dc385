"""The seller's figures: orders in, parcels shipped (late against ship-by), postage spent and
refunded, grouped per day, carrier account, shop or packer — aggregated in the database.

Each figure reads only its range through an indexed time column (``shipped_at``,
``booked_at``, ``refunded_at``, ``ship_by``), except "orders in", which reads the orders
whose ``coalesce(ordered_at, created_at)`` falls in the range. A day is the seller's local
day: timestamps are stored in UTC and shifted by ``offset_minutes`` before the date is taken.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, literal, or_, select, text
from sqlalchemy.orm import aliased

from db.models import CarrierAccount, Order, Parcel, ShippingMethod, Shop, User, Waybill
from db.repositories.base import Repository

GROUPS = ("day", "carrier", "shop", "packer")
Key = str | int | None


class ReportsRepository(Repository):
    def _day(self, column: Any, offset_minutes: int) -> ColumnElement[Any]:
        """The local date of a UTC timestamp, as 'YYYY-MM-DD' text, on either database."""
        if self.session.get_bind().dialect.name == "sqlite":
            return func.date(column, f"{offset_minutes:+d} minutes")
        local = column.op("AT TIME ZONE")(literal("UTC")) + text(f"interval '{int(offset_minutes)} minutes'")
        return func.to_char(local, "YYYY-MM-DD")

    def orders_in(self, start: dt.datetime, end: dt.datetime, by: str, offset_minutes: int) -> dict[Key, int]:
        """Orders that came in (ordered, else created) in [start, end), per day or shop."""
        came = func.coalesce(Order.ordered_at, Order.created_at)
        key = self._day(came, offset_minutes) if by == "day" else Order.shop_id
        rows = self.session.execute(
            select(key, func.count(Order.id))
            .where(came >= start, came < end, Order.merged_into_id.is_(None))
            .group_by(key)
        )
        return {k: int(n) for k, n in rows}

    def shipped(self, start: dt.datetime, end: dt.datetime, by: str, offset_minutes: int) -> dict[Key, tuple[int, int]]:
        """(parcels shipped, of them after their order's ship-by) in [start, end)."""
        method = aliased(ShippingMethod)
        key = {
            "day": self._day(Parcel.shipped_at, offset_minutes),
            "carrier": method.carrier_account_id,
            "shop": Order.shop_id,
            "packer": Parcel.shipped_by_id,
        }[by]
        late = func.sum(case((Parcel.shipped_at > Order.ship_by, 1), else_=0))
        query = (
            select(key, func.count(Parcel.id), late)
            .join(Order, Order.id == Parcel.order_id)
            .where(Parcel.shipped_at >= start, Parcel.shipped_at < end)
            .group_by(key)
        )
        if by == "carrier":
            query = query.outerjoin(method, method.id == Parcel.shipping_method_id)
        return {k: (int(n), int(lt or 0)) for k, n, lt in self.session.execute(query)}

    def postage(
        self, start: dt.datetime, end: dt.datetime, by: str, offset_minutes: int
    ) -> dict[Key, dict[str, tuple[Decimal, Decimal]]]:
        """Per key and currency: (charged for bookings made, refunded for voids paid back) in [start, end)."""
        found: dict[Key, dict[str, tuple[Decimal, Decimal]]] = {}
        for when, amount, spent in (
            (Waybill.booked_at, Waybill.charged_amount, True),
            (Waybill.refunded_at, Waybill.refund_amount, False),
        ):
            key = {
                "day": self._day(when, offset_minutes),
                "carrier": Waybill.carrier_account_id,
                "shop": Order.shop_id,
                "packer": Parcel.shipped_by_id,
            }[by]
            query = (
                select(key, Waybill.currency, func.sum(amount))
                .where(when >= start, when < end, amount.is_not(None))
                .group_by(key, Waybill.currency)
            )
            if by in ("shop", "packer"):
                query = query.join(Parcel, Parcel.id == Waybill.parcel_id).join(Order, Order.id == Parcel.order_id)
            for k, currency, total in self.session.execute(query):
                value = Decimal(str(total or 0)).quantize(Decimal("0.01"))
                was = found.setdefault(k, {}).get(currency or "", (Decimal("0.00"), Decimal("0.00")))
                found[k][currency or ""] = (was[0] + value, was[1]) if spent else (was[0], was[1] + value)
        return found

    def late_orders(self, start: dt.datetime, end: dt.datetime, now: dt.datetime) -> list[dict[str, Any]]:
        """Orders due (ship-by) in [start, end) shipped after it, or not shipped and past it now."""
        first = (
            select(
                Parcel.order_id.label("order_id"),
                func.min(Parcel.shipped_at).label("shipped_at"),
                func.max(Parcel.delivered_at).label("delivered_at"),
                func.min(Parcel.shipped_by_id).label("packer_id"),
                func.min(Parcel.shipping_method_id).label("method_id"),
            )
            .group_by(Parcel.order_id)
            .subquery()
        )
        method = aliased(ShippingMethod)
        rows = self.session.execute(
            select(
                Order.number,
                Shop.name,
                Order.ship_by,
                first.c.shipped_at,
                first.c.delivered_at,
                User.name,
                CarrierAccount.name,
                Order.queue,
            )
            .join(Shop, Shop.id == Order.shop_id)
            .outerjoin(first, first.c.order_id == Order.id)
            .outerjoin(User, User.id == first.c.packer_id)
            .outerjoin(method, method.id == func.coalesce(first.c.method_id, Order.shipping_method_id))
            .outerjoin(CarrierAccount, CarrierAccount.id == method.carrier_account_id)
            .where(
                Order.ship_by >= start,
                Order.ship_by < end,
                Order.status != "cancelled",
                Order.merged_into_id.is_(None),
                or_(
                    first.c.shipped_at > Order.ship_by,
                    and_(first.c.shipped_at.is_(None), Order.ship_by < now),
                ),
            )
            .order_by(Order.ship_by, Order.id)
        )
        return [
            {
                "order": number,
                "shop": shop,
                "ship_by": ship_by,
                "shipped_at": shipped_at,
                "delivered_at": delivered_at,  # the carrier's tracking said delivered (the last parcel)
                "packer": packer or "",
                "carrier": carrier or "",
                "queue": queue,
            }
            for number, shop, ship_by, shipped_at, delivered_at, packer, carrier, queue in rows
        ]

    def names(self, by: str) -> dict[int, str]:
        """What a carrier account, shop or packer id is called."""
        table: Any = {"carrier": CarrierAccount, "shop": Shop, "packer": User}.get(by)
        if table is None:
            return {}
        return dict(self.session.execute(select(table.id, table.name)).all())

    def end_of_day(self, start: dt.datetime, end: dt.datetime) -> list[tuple[int | None, int, int]]:
        """Per carrier account: (parcels shipped in [start, end), parcels still to go out)."""
        method = aliased(ShippingMethod)
        shipped = dict(
            self.session.execute(
                select(method.carrier_account_id, func.count(Parcel.id))
                .outerjoin(method, method.id == Parcel.shipping_method_id)
                .where(Parcel.shipped_at >= start, Parcel.shipped_at < end)
                .group_by(method.carrier_account_id)
            ).all()
        )
        # the open work only: orders in the queues before Shipped (ix_orders_queue_id), never the history
        to_go = dict(
            self.session.execute(
                select(method.carrier_account_id, func.count(Parcel.id))
                .select_from(Order)
                .join(Parcel, Parcel.order_id == Order.id)
                .outerjoin(method, method.id == Parcel.shipping_method_id)
                .where(
                    Order.queue.in_(("waybill", "print", "scan")),
                    Parcel.status.in_(("requested", "labelled", "printed")),
                )
                .group_by(method.carrier_account_id)
            ).all()
        )
        keys = sorted(set(shipped) | set(to_go), key=lambda k: (k is None, k or 0))
        return [(k, int(shipped.get(k, 0)), int(to_go.get(k, 0))) for k in keys]
