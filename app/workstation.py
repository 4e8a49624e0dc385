"""The workstation: one object that holds a service per area, as Anki's ``Collection`` does.

``app.bootstrap.build`` makes it from settings; the GUI and the CLI reach every area
through it (``ws.orders.approve(…)``, ``ws.printing.run_print_job(…)``,
``ws.bench.scan(…)``). Network-bound work runs here too but never on the GUI thread:
the GUI calls it from a worker thread, or lets the background ``OutboxWorker`` do it.
"""

from __future__ import annotations

import logging
from functools import cached_property
from typing import TYPE_CHECKING

from app.actor import Actor
from app.confirmations import ConfirmShipment, UpdateTracking
from app.outbox import OutboxRunner
from app.pools import Preadvice
from app.ratelimit import Limiters
from app.services.base import Context
from app.services.bench import BenchService
from app.services.carriers import CarriersService
from app.services.connectors import Connectors
from app.services.orders import OrdersService
from app.services.postage import PostageService
from app.services.printing import PrintingService
from app.services.products import ProductsService
from app.services.queues import QueuesService
from app.services.reports import ReportsService
from app.services.rules import RulesService
from app.services.shop import ShopService
from app.services.stations import StationsService
from app.services.sync import RemoteStatus, Status, SyncService
from app.settings import Settings
from app.tracking import TrackParcel
from app.waybills import FetchLabel, RequestWaybill, VoidWaybill
from db.uow import Database

if TYPE_CHECKING:
    from app.services.imports import ImportsService

__all__ = ["RemoteStatus", "Status", "Workstation"]

log = logging.getLogger(__name__)


class Workstation:
    """The application: the database, who acts, and one service per area."""

    def __init__(self, db: Database, actor: Actor, settings: Settings) -> None:
        self.ctx = Context(db, actor, settings)
        # one token bucket per account, shared by connectors, the outbox and every station (rate_buckets)
        limiters = Limiters(db, actor.station_id)
        self.connectors = Connectors(db, limiters)
        carrier, marketplace = self.connectors.carrier_for, self.connectors.marketplace_for
        self.outbox = OutboxRunner(
            db,
            {
                "request_waybill": RequestWaybill(carrier),
                "void_waybill": VoidWaybill(carrier),
                "fetch_label": FetchLabel(carrier),
                "preadvice": Preadvice(carrier),
                "confirm_shipment": ConfirmShipment(marketplace),
                "update_tracking": UpdateTracking(marketplace),
                "track_parcel": TrackParcel(carrier),
            },
            actor,
            limiters=limiters,
            lease_seconds=settings.outbox_lease,
        )
        self.sync = SyncService(self.ctx, self.outbox, self.connectors)
        wake = self.sync.wake
        self.queues = QueuesService(self.ctx)
        self.orders = OrdersService(self.ctx)
        self.products = ProductsService(self.ctx)
        self.rules = RulesService(self.ctx)
        self.carriers = CarriersService(self.ctx, self.connectors, wake)
        self.postage = PostageService(self.ctx, self.connectors)
        self.printing = PrintingService(self.ctx)
        self.bench = BenchService(self.ctx, wake)
        self.shop = ShopService(self.ctx)
        self.reports = ReportsService(self.ctx)
        self.stations = StationsService(self.ctx)
        self.outbox.left_to_others = self.stations.left_to_others

    @cached_property
    def imports(self) -> ImportsService:
        """Made on first use: the file readers and writers are not needed to start."""
        from app.services.imports import ImportsService

        return ImportsService(self.ctx)

    @property
    def db(self) -> Database:
        return self.ctx.db

    @property
    def actor(self) -> Actor:
        return self.ctx.actor

    @property
    def settings(self) -> Settings:
        return self.ctx.settings

    def close(self) -> None:
        # Jobs in flight are not recovered at start (another station may be sending them):
        # a clean stop hands its own back, and a crashed process's leases run out.
        self.stations.stop()
        self.outbox.stop_sending()
        self.sync.stop_background()
        self.outbox.close()
        self.db.dispose()
