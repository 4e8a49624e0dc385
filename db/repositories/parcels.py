"""Parcels: by id, by what a user or a scanner names them, by state and by order."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import exists, or_, select

from db import queries
from db.models import Order, Parcel
from db.repositories.base import Repository


class ParcelsRepository(Repository):
    def get(self, parcel_id: int) -> Parcel | None:
        return self.session.get(Parcel, parcel_id)

    def by_ref(self, refs: Sequence[str]) -> list[Parcel]:
        """Parcels by number, tracking number or id, by id; unknown refs are left out."""
        ids = [int(r) for r in refs if r.isdigit()]
        return list(
            self.session.scalars(
                select(Parcel)
                .where(or_(Parcel.number.in_(refs), Parcel.tracking_number.in_(refs), Parcel.id.in_(ids)))
                .order_by(Parcel.id)
            )
        )

    def by_code(self, code: str) -> Parcel | None:
        """The parcel a scanned code names: its tracking number or its parcel number."""
        return queries.parcel_by_code(self.session, code)

    def with_tracking_number(self, number: str, *, other_than: int | None = None) -> Parcel | None:
        stmt = select(Parcel).where(Parcel.tracking_number == number)
        if other_than is not None:
            stmt = stmt.where(Parcel.id != other_than)
        return self.session.scalars(stmt.limit(1)).first()

    def all(self) -> list[Parcel]:
        return list(self.session.scalars(select(Parcel).order_by(Parcel.id)))

    def in_states(self, states: Sequence[str]) -> list[Parcel]:
        return list(self.session.scalars(select(Parcel).where(Parcel.status.in_(states)).order_by(Parcel.id)))

    def numbers_of(self, order_ids: Sequence[int], states: Sequence[str]) -> list[str]:
        """Parcel numbers of these orders in these states, by id."""
        return list(
            self.session.scalars(
                select(Parcel.number)
                .where(Parcel.order_id.in_(order_ids), Parcel.status.in_(states))
                .order_by(Parcel.id)
            )
        )

    def ids_by_number(self, numbers: Sequence[str]) -> list[int]:
        return list(self.session.scalars(select(Parcel.id).where(Parcel.number.in_(numbers)).order_by(Parcel.id)))

    def statuses_now(self, parcel_ids: Sequence[int]) -> dict[int, str]:
        """The parcels' statuses as committed now (a fresh read, not the session's copies)."""
        found: dict[int, str] = {}
        for start in range(0, len(parcel_ids), 500):
            chunk = list(parcel_ids[start : start + 500])
            rows = self.session.execute(select(Parcel.id, Parcel.status).where(Parcel.id.in_(chunk))).tuples()
            found.update((parcel_id, status) for parcel_id, status in rows)
        return found

    def live_ids_of(self, order_id: int) -> list[int]:
        """The ids of an order's parcels that are not voided."""
        return list(
            self.session.scalars(
                select(Parcel.id).where(Parcel.order_id == order_id, Parcel.status != "voided").order_by(Parcel.id)
            )
        )

    def numbers_with_orders(self, parcel_ids: Sequence[int]) -> dict[int, tuple[str, str]]:
        """parcel id → (parcel number, order number)."""
        if not parcel_ids:
            return {}
        rows = self.session.execute(
            select(Parcel.id, Parcel.number, Order.number)
            .join(Order, Order.id == Parcel.order_id)
            .where(Parcel.id.in_(list(parcel_ids)))
        )
        return {pid: (number, order_number) for pid, number, order_number in rows}

    def uses_method(self, method_id: int) -> bool:
        return bool(self.session.scalar(select(exists().where(Parcel.shipping_method_id == method_id))))

    def uses_pool(self, pool_id: int) -> bool:
        return bool(self.session.scalar(select(exists().where(Parcel.pool_id == pool_id))))
