"""Repositories: SQL per aggregate, reached through the unit of work (``uow.orders.get(…)``).

Each is a small object over the unit of work's session; the unit of work owns the
transaction. Methods speak the warehouse's words and return the models of ``db.models``.
"""

from db.repositories.carriers import CarriersRepository
from db.repositories.changes import ChangesRepository, FeedPage
from db.repositories.jobs import JobsRepository
from db.repositories.orders import OrderRow, OrdersRepository, QueueFilter
from db.repositories.parcels import ParcelsRepository
from db.repositories.postage import PostageRepository
from db.repositories.printers import PrintersRepository
from db.repositories.products import ProductsRepository
from db.repositories.rates import RatesRepository
from db.repositories.reports import ReportsRepository
from db.repositories.rules import RulesRepository
from db.repositories.settings import SettingsRepository
from db.repositories.shops import ShopsRepository
from db.repositories.users import AuditRepository, StationsRepository, UsersRepository
from db.repositories.warehouses import WarehousesRepository

__all__ = [
    "AuditRepository",
    "CarriersRepository",
    "ChangesRepository",
    "FeedPage",
    "JobsRepository",
    "OrderRow",
    "OrdersRepository",
    "ParcelsRepository",
    "PostageRepository",
    "PrintersRepository",
    "ProductsRepository",
    "ReportsRepository",
    "RatesRepository",
    "QueueFilter",
    "RulesRepository",
    "SettingsRepository",
    "ShopsRepository",
    "StationsRepository",
    "UsersRepository",
    "WarehousesRepository",
]
