"""Shops (marketplace accounts) and their tax ids."""

from __future__ import annotations

from sqlalchemy import select

from db import queries
from db.models import Shop, TaxId
from db.repositories.base import Repository


class ShopsRepository(Repository):
    def get(self, shop_id: int) -> Shop | None:
        return self.session.get(Shop, shop_id)

    def by_name(self, name: str) -> Shop | None:
        return self.session.scalar(select(Shop).where(Shop.name == name))

    def all(self) -> list[Shop]:
        return queries.shops(self.session)

    def names(self) -> dict[int, str]:
        return dict(self.session.execute(select(Shop.id, Shop.name)).all())

    def tax_ids(self, shop_id: int | None = None) -> list[TaxId]:
        stmt = select(TaxId).order_by(TaxId.shop_id, TaxId.destination, TaxId.kind)
        if shop_id is not None:
            stmt = stmt.where(TaxId.shop_id == shop_id)
        return list(self.session.scalars(stmt))
