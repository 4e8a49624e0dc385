"""The shop's warehouses: ship-from addresses, one of them the default."""

from __future__ import annotations

from sqlalchemy import select, update

from db.models import Warehouse
from db.repositories.base import Repository


class WarehousesRepository(Repository):
    def all(self) -> list[Warehouse]:
        return list(self.session.scalars(select(Warehouse).order_by(Warehouse.is_default.desc(), Warehouse.name)))

    def get(self, warehouse_id: int) -> Warehouse | None:
        return self.session.get(Warehouse, warehouse_id)

    def by_name(self, name: str) -> Warehouse | None:
        return self.session.scalar(select(Warehouse).where(Warehouse.name == name))

    def default(self) -> Warehouse | None:
        """The default warehouse; with none marked, the first one set up."""
        found = self.session.scalar(select(Warehouse).where(Warehouse.is_default))
        if found is None:
            found = self.session.scalar(select(Warehouse).order_by(Warehouse.id).limit(1))
        return found

    def make_default(self, warehouse: Warehouse) -> None:
        self.session.execute(update(Warehouse).where(Warehouse.id != warehouse.id).values(is_default=False))
        warehouse.is_default = True

    def add(self, warehouse: Warehouse) -> Warehouse:
        self.session.add(warehouse)
        self.session.flush()
        return warehouse

    def delete(self, warehouse: Warehouse) -> None:
        self.session.delete(warehouse)
