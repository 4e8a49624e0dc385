"""The shop's own details: its profile, its warehouses (ship-from addresses), first-run setup."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from app import roles, shop
from app.errors import InvalidInput, NotFound
from app.services.base import Service
from app.shop import ShopProfile, WarehouseAddress
from db.models import Warehouse

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SetupSummary:
    warehouses: list[str]
    marketplaces: list[str]
    carriers: list[str]
    printers: list[str]
    orders: int


class ShopService(Service):
    def profile(self) -> ShopProfile:
        with self.db.reader() as uow:
            return ShopProfile.from_value(uow.settings.get(shop.PROFILE_KEY))

    def set_profile(self, profile: ShopProfile) -> ShopProfile:
        roles.require(self.actor, "edit_shop")
        tidy = ShopProfile.from_value(profile.__dict__)
        with self.db.uow() as uow:
            uow.settings.put(shop.PROFILE_KEY, tidy.__dict__)
            uow.commit()
        return tidy

    def warehouses(self) -> list[WarehouseAddress]:
        """Every warehouse, the default first."""
        with self.db.reader() as uow:
            return [shop.from_row(row) for row in uow.warehouses.all()]

    def ship_from(self) -> WarehouseAddress | None:
        with self.db.reader() as uow:
            row = uow.warehouses.default()
            return shop.from_row(row) if row is not None else None

    def set_warehouse(self, address: WarehouseAddress, *, default: bool = False) -> WarehouseAddress:
        """Add the warehouse, or change the one with its id (else its name); the first one is the default."""
        roles.require(self.actor, "edit_shop")
        address = shop.checked(address)
        with self.db.uow() as uow:
            row = uow.warehouses.get(address.id) if address.id is not None else uow.warehouses.by_name(address.name)
            if row is None:
                row = uow.warehouses.add(Warehouse(name=address.name))
            elif row.name != address.name and uow.warehouses.by_name(address.name) is not None:
                raise InvalidInput(f"there is already a warehouse called {address.name!r}")
            shop.fill_row(row, address)
            if default or uow.warehouses.default() in (None, row):
                uow.warehouses.make_default(row)
            uow.flush()
            saved = shop.from_row(row)
            uow.commit()
        log.info("warehouse %r set (default: %s)", saved.name, saved.is_default)
        return saved

    def make_default(self, name: str) -> WarehouseAddress:
        roles.require(self.actor, "edit_shop")
        with self.db.uow() as uow:
            row = uow.warehouses.by_name(name)
            if row is None:
                raise NotFound(f"no warehouse {name!r}")
            uow.warehouses.make_default(row)
            uow.flush()
            saved = shop.from_row(row)
            uow.commit()
        return saved

    def remove_warehouse(self, name: str) -> None:
        roles.require(self.actor, "edit_shop")
        with self.db.uow() as uow:
            row = uow.warehouses.by_name(name)
            if row is None:
                raise NotFound(f"no warehouse {name!r}")
            if row.is_default and len(uow.warehouses.all()) > 1:
                raise InvalidInput(f"{name!r} is the default warehouse: make another one the default first")
            uow.warehouses.delete(row)
            uow.commit()

    # --- first run -------------------------------------------------------------------

    def setup_summary(self) -> SetupSummary:
        """What is set up so far: the assistant's pages and Help say what is left."""
        with self.db.reader() as uow:
            return SetupSummary(
                warehouses=[w.name for w in uow.warehouses.all()],
                marketplaces=sorted(uow.shops.names().values()),
                carriers=[a.name for a in uow.carriers.accounts()],
                printers=[p.name for p in uow.printers.all()],
                orders=sum(uow.orders.queue_counts().values()),
            )

    def needs_setup(self) -> bool:
        """An empty database: no setup finished, no marketplace shop, no warehouse, no order."""
        with self.db.reader() as uow:
            if (uow.settings.get(shop.SETUP_KEY) or {}).get("done"):
                return False
            if uow.shops.all() or uow.warehouses.default() is not None:
                return False
            return not any(uow.orders.queue_counts().values())

    def finish_setup(self) -> None:
        """The assistant was finished or skipped: it does not open again on this database."""
        with self.db.uow() as uow:
            uow.settings.put(shop.SETUP_KEY, {"done": True})
            uow.commit()
