"""Carrier accounts, their shipping methods and their tracking-number pools."""

from __future__ import annotations

from sqlalchemy import exists, select

from db.models import CarrierAccount, ShippingMethod, TrackingPool
from db.repositories.base import Repository


class CarriersRepository(Repository):
    # --- accounts ------------------------------------------------------------------

    def account(self, account_id: int) -> CarrierAccount | None:
        return self.session.get(CarrierAccount, account_id)

    def accounts(self) -> list[CarrierAccount]:
        return list(self.session.scalars(select(CarrierAccount).order_by(CarrierAccount.id)))

    def account_by_name(self, name: str) -> CarrierAccount | None:
        return self.session.scalar(select(CarrierAccount).where(CarrierAccount.name == name))

    def account_names(self) -> dict[int, str]:
        return dict(self.session.execute(select(CarrierAccount.id, CarrierAccount.name)).all())

    def has_methods(self, account_id: int) -> bool:
        return bool(self.session.scalar(select(exists().where(ShippingMethod.carrier_account_id == account_id))))

    # --- shipping methods ----------------------------------------------------------

    def method(self, method_id: int) -> ShippingMethod | None:
        return self.session.get(ShippingMethod, method_id)

    def methods(self) -> list[ShippingMethod]:
        return list(self.session.scalars(select(ShippingMethod).order_by(ShippingMethod.id)))

    def default_methods(self) -> list[ShippingMethod]:
        return list(
            self.session.scalars(
                select(ShippingMethod).where(ShippingMethod.is_default.is_(True)).order_by(ShippingMethod.id)
            )
        )

    def method_names(self) -> list[tuple[int, str, str]]:
        """(id, code, name) of every method, by id: no objects loaded."""
        rows = self.session.execute(
            select(ShippingMethod.id, ShippingMethod.code, ShippingMethod.name).order_by(ShippingMethod.id)
        )
        return [(i, code, name) for i, code, name in rows]

    # --- tracking-number pools -----------------------------------------------------

    def pool(self, pool_id: int) -> TrackingPool | None:
        return self.session.get(TrackingPool, pool_id)
