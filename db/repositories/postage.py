"""Postage: the waybills booked (what each cost and refunded) and the figures over them."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import func, select

from db.models import Order, Parcel, Waybill
from db.repositories.base import Repository


class PostageRepository(Repository):
    """SQL over ``waybills``; the unit of work owns the transaction."""

    def add(self, waybill: Waybill) -> Waybill:
        self.session.add(waybill)
        return waybill

    def booked(self, parcel_id: int, shipment_id: str) -> Waybill | None:
        """The row of this booking, if it is recorded already (an adopted shipment is not charged twice)."""
        return self.session.scalar(
            select(Waybill).where(Waybill.parcel_id == parcel_id, Waybill.shipment_id == shipment_id).limit(1)
        )

    def live(self, parcel_id: int, shipment_id: str | None = None) -> Waybill | None:
        """The parcel's booking not voided yet: the one with this shipment id, else the latest."""
        query = select(Waybill).where(Waybill.parcel_id == parcel_id, Waybill.voided_at.is_(None))
        if shipment_id:
            found = self.session.scalar(query.where(Waybill.shipment_id == shipment_id).limit(1))
            if found is not None:
                return found
        return self.session.scalar(query.order_by(Waybill.id.desc()).limit(1))

    def of_parcels(self, parcel_ids: Sequence[int]) -> list[Waybill]:
        if not parcel_ids:
            return []
        return list(self.session.scalars(select(Waybill).where(Waybill.parcel_id.in_(parcel_ids)).order_by(Waybill.id)))

    def recent_charges(self, method_id: int, limit: int = 20) -> list[tuple[Decimal, str]]:
        """The last bookings' charged prices for a method (an estimate where nothing else says)."""
        rows = self.session.execute(
            select(Waybill.charged_amount, Waybill.currency)
            .where(Waybill.shipping_method_id == method_id, Waybill.charged_amount.is_not(None))
            .order_by(Waybill.id.desc())
            .limit(limit)
        )
        return [(amount, currency) for amount, currency in rows if amount is not None]

    def parcels_to_request(self, order_ids: Sequence[int], states: Sequence[str]) -> list[Parcel]:
        """The parcels a waybill batch over these orders would book."""
        if not order_ids:
            return []
        return list(
            self.session.scalars(
                select(Parcel)
                .join(Order, Order.id == Parcel.order_id)
                .where(Parcel.order_id.in_(order_ids), Parcel.status.in_(states))
                .order_by(Parcel.id)
            )
        )

    def spent(self) -> list[tuple[int | None, str, Decimal, Decimal]]:
        """(carrier account, currency, charged, refunded) over every booking."""
        rows = self.session.execute(
            select(
                Waybill.carrier_account_id,
                Waybill.currency,
                func.coalesce(func.sum(Waybill.charged_amount), 0),
                func.coalesce(func.sum(Waybill.refund_amount), 0),
            ).group_by(Waybill.carrier_account_id, Waybill.currency)
        )
        return [(a, c or "", Decimal(str(s)), Decimal(str(r))) for a, c, s, r in rows]
