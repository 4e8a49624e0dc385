"""The workstation: the services the GUI and the CLI call, each in its own unit of work.

Network-bound work (pulls, the outbox) runs here too but never on the GUI thread:
the GUI calls these from a worker thread, or lets the background ``OutboxWorker`` do it.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import credentials, printing, ratelimit, review, scanning, sync, waybills
from app.carrier_desk import CarrierDesk
from app.import_desk import ImportDesk
from app.order_desk import OrderDesk, desk_extras
from app.rules_desk import RulesDesk
from app.sync_desk import SyncDesk
from app.actor import Actor
from app.confirmations import ConfirmShipment, UpdateTracking
from app.connectors.base import CarrierConnector, MarketplaceConnector
from app.connectors import registry
from app.bench_desk import BenchDesk
from app.errors import InvalidInput, NotFound, ShipbenchError
from app.outbox import OutboxRunner, OutboxWorker
from app.printer_desk import PrinterDesk
from app.ratelimit import RateLimit
from app.settings import Settings
from app.pools import Preadvice
from app.waybills import FetchLabel, RequestWaybill, VoidWaybill
from db import queries
from db.models import CarrierAccount, Order, Parcel, Shop
from db.uow import Database
from printers.transports import Transport, transport_from_uri

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RemoteStatus:
    name: str
    kind: str  # shop | carrier
    online: bool | None
    message: str
    last_sync: dt.datetime | None


@dataclass(frozen=True)
class Status:
    queues: dict[str, int]
    outbox: dict[str, int]
    remotes: list[RemoteStatus]

    @property
    def pending(self) -> int:
        return sum(n for state, n in self.outbox.items() if state in ("pending", "in_flight", "unknown"))

    @property
    def online(self) -> bool | None:
        known = [r.online for r in self.remotes if r.online is not None]
        return all(known) if known else None


class Workstation(PrinterDesk, BenchDesk, ImportDesk, OrderDesk, RulesDesk, SyncDesk, CarrierDesk):
    def __init__(self, db: Database, actor: Actor, settings: Settings) -> None:
        self.db = db
        self.actor = actor
        self.settings = settings
        self._marketplaces: dict[int, MarketplaceConnector] = {}
        self._carriers: dict[int, CarrierConnector] = {}
        self._connector_lock = threading.Lock()
        self.runner = OutboxRunner(
            db,
            {
                "request_waybill": RequestWaybill(self.carrier_for),
                "void_waybill": VoidWaybill(self.carrier_for),
                "fetch_label": FetchLabel(self.carrier_for),
                "preadvice": Preadvice(self.carrier_for),
                "confirm_shipment": ConfirmShipment(self.marketplace_for),
                "update_tracking": UpdateTracking(self.marketplace_for),
            },
            actor,
        )
        self.worker: OutboxWorker | None = None
        self._pull_online: dict[int, tuple[bool, str]] = {}
        self._last_pull_attempt: float | None = None
        with db.uow() as uow:
            recovered = queries.recover_in_flight(uow.session)
            uow.commit()
        if recovered:
            log.warning("%s outbox jobs were in flight at the last stop; they will be looked up", recovered)

    # --- connectors ------------------------------------------------------------------

    def marketplace_for(self, shop_id: int) -> MarketplaceConnector:
        with self._connector_lock:
            if shop_id not in self._marketplaces:
                with self.db.reader() as uow:
                    shop = uow.session.get(Shop, shop_id)
                    if shop is None:
                        raise NotFound(f"no shop {shop_id}")
                    connector = registry.marketplace(
                        shop.marketplace, shop.base_url, dict(shop.settings or {}), credentials.load("shop", shop.id)
                    )
                    limit = RateLimit.of(connector, shop.settings)
                    ratelimit.attach(connector, self.runner.limiters.for_account(f"shop:{shop_id}", limit))
                    self._marketplaces[shop_id] = connector
            return self._marketplaces[shop_id]

    def carrier_for(self, account_id: int) -> CarrierConnector:
        with self._connector_lock:
            if account_id not in self._carriers:
                with self.db.reader() as uow:
                    account = uow.session.get(CarrierAccount, account_id)
                    if account is None:
                        raise NotFound(f"no carrier account {account_id}")
                    connector = registry.carrier(
                        account.carrier, account.base_url, dict(account.settings or {}),
                        credentials.load("carrier", account.id),
                    )
                    limit = RateLimit.of(connector, account.settings)
                    ratelimit.attach(connector, self.runner.limiters.for_account(f"carrier:{account_id}", limit))
                    self._carriers[account_id] = connector
            return self._carriers[account_id]

    # --- network-bound (never on the GUI thread) --------------------------------------

    def pull(self) -> dict[str, Any]:
        """Pull every shop; an unreachable marketplace is reported, not raised."""
        with self.db.reader() as uow:
            # Shops whose orders come from files have nothing to pull until an API is set up.
            shop_ids = [(s.id, s.name) for s in queries.shops(uow.session) if (s.settings or {}).get("source") != "file"]
        report: dict[str, Any] = {}
        for shop_id, name in shop_ids:
            try:
                stats = sync.pull_shop(self.db, shop_id, self.marketplace_for(shop_id), self.actor)
                report[name] = {"ok": True, **stats.__dict__}
                self._pull_online[shop_id] = (True, "")
            except ShipbenchError as exc:
                report[name] = {"ok": False, "error": str(exc)}
                self._pull_online[shop_id] = (False, str(exc))
        return report

    def sync(self) -> dict[str, Any]:
        """Pull orders, then push every due outbox job once."""
        report = self.pull()
        attempted = self.runner.run_due()
        return {"shops": report, "outbox_attempted": attempted, "outbox": self.status().outbox}

    def start_background(self, *, interval: float = 2.0, pull_every: float = 60.0) -> OutboxWorker:
        """Start the background worker: the outbox, plus a pull every ``pull_every`` seconds."""
        def before() -> None:
            last = self._last_pull_attempt
            if last is None or time.monotonic() - last >= pull_every:
                self._last_pull_attempt = time.monotonic()
                self.pull()

        self.worker = OutboxWorker(self.runner, interval=interval, before=before)
        self.worker.start()
        return self.worker

    def wake(self) -> None:
        """Run the outbox now, trying offline remotes again at once."""
        self.runner.probe_now()
        if self.worker is not None:
            self.worker.wake()

    def close(self) -> None:
        if self.worker is not None:
            self.worker.stop()
        self.db.dispose()

    # --- local work ------------------------------------------------------------------

    def resolve(self, refs: list[str]) -> list[int]:
        """Order ids for what a user typed: local ids, order numbers or marketplace ids."""
        with self.db.reader() as uow:
            found = [(o.id, o.number, o.marketplace_order_id) for o in queries.orders_by_ref(uow.session, refs)]
        known = {str(i) for i, _, _ in found} | {n for _, n, _ in found} | {m for _, _, m in found}
        missing = [r for r in refs if r not in known]
        if missing:
            raise NotFound(f"no order {', '.join(missing[:5])}")
        return [i for i, _, _ in found]

    def queue_ids(self, queue: str) -> list[int]:
        with self.db.reader() as uow:
            return queries.order_ids_in_queue(uow.session, queue)

    def _orders(self, session: Session, order_ids: list[int] | None, queue: str) -> list[Order]:
        """The orders with these ids, or the whole ``queue`` when ids is None."""
        ids = queries.order_ids_in_queue(session, queue) if order_ids is None else order_ids
        return list(session.scalars(queries.select_orders(*ids).order_by(Order.id)))

    def approve(self, order_ids: list[int] | None = None) -> review.ApproveResult:
        with self.db.uow() as uow:
            result = review.approve(uow.session, self._orders(uow.session, order_ids, "review"), self.actor)
            uow.commit()
        return result

    def hold(self, order_ids: list[int], reason: str) -> list[str]:
        if not reason.strip():
            raise InvalidInput("a hold needs a reason")
        with self.db.uow() as uow:
            held = review.hold(uow.session, self._orders(uow.session, order_ids, "review"), reason, self.actor)
            uow.commit()
        return held

    def request_waybills(self, order_ids: list[int] | None = None) -> waybills.RequestResult:
        with self.db.uow() as uow:
            result = waybills.request(uow.session, self._orders(uow.session, order_ids, "waybill"), self.actor)
            uow.commit()
        self.wake()
        return result

    def printable_parcels(self, order_ids: list[int] | None = None) -> list[int]:
        with self.db.reader() as uow:
            orders = self._orders(uow.session, order_ids, "print")
            return [p.id for o in orders for p in o.parcels if p.status == "labelled"]

    def unfinished_print_jobs(self) -> list[int]:
        """Batches that stopped (paper out, printer off, paused) and resume where they stopped."""
        with self.db.reader() as uow:
            return [job.id for job in printing.unfinished_jobs(uow.session)]

    def create_print_job(
        self,
        parcel_ids: list[int],
        printer_uri: str | None = None,
        *,
        reprint_reason: str = "",
        order_by: str = "queue",
        reverse: bool = False,
    ) -> int:
        uri = printer_uri or self.settings.default_printer_uri
        with self.db.uow() as uow:
            printer = printing.ensure_printer(uow.session, uri)
            parcels = [p for p in (uow.session.get(Parcel, i) for i in parcel_ids) if p is not None]
            job = printing.create_job(
                uow.session, parcels, printer, self.actor,
                reprint_reason=reprint_reason, order_by=order_by, reverse=reverse,
            )
            uow.commit()
            return job.id

    def scan(self, code: str) -> scanning.Verdict:
        verdict = scanning.scan(self.db, code, self.actor)
        if verdict.kind == "shipped":
            self.wake()
        return verdict

    # --- read models for the GUI and the CLI ------------------------------------------

    def status(self) -> Status:
        with self.db.reader() as uow:
            s = uow.session
            remotes = []
            for shop in queries.shops(s):
                online = self._pull_online.get(shop.id)
                reach = self.runner.reachability.get(f"shop:{shop.id}")
                is_online = online[0] if online else (reach.online if reach else None)
                if shop.last_pull_error and online is None:
                    is_online = False
                remotes.append(
                    RemoteStatus(shop.name, "shop", is_online, shop.last_pull_error or "", shop.last_pull_at)
                )
            for account in s.scalars(select(CarrierAccount).order_by(CarrierAccount.id)):
                reach = self.runner.reachability.get(f"carrier:{account.id}")
                remotes.append(
                    RemoteStatus(
                        account.name, "carrier", reach.online if reach else None,
                        reach.message if reach else "", reach.checked_at if reach else None,
                    )
                )
            return Status(queries.queue_counts(s), queries.outbox_counts(s), remotes)

    def has_shops(self) -> bool:
        with self.db.reader() as uow:
            return bool(queries.shops(uow.session))

    def queue_counts(self) -> dict[str, int]:
        with self.db.reader() as uow:
            return queries.queue_counts(uow.session)

    def queue_size(self, queue: str) -> int:
        with self.db.reader() as uow:
            return queries.queue_size(uow.session, queue)

    def queue_page(self, queue: str, offset: int, limit: int) -> list[queries.OrderRow]:
        with self.db.reader() as uow:
            return queries.queue_page(uow.session, queue, offset, limit)

    def order_detail(self, order_id: int) -> dict[str, Any]:
        with self.db.reader() as uow:
            order = uow.session.get(Order, order_id)
            if order is None:
                raise NotFound(f"no order {order_id}")
            return {**order_summary(order), **desk_extras(uow.session, order)}

    def parcels_summary(self) -> list[dict[str, Any]]:
        with self.db.reader() as uow:
            parcels = uow.session.scalars(select(Parcel).order_by(Parcel.id)).all()
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
        with self.db.reader() as uow:
            stmt = select(Order).order_by(Order.id)
            if queue:
                stmt = stmt.where(Order.queue == queue)
            return [order_summary(o) for o in uow.session.scalars(stmt)]

    def printer_transport(self, uri: str | None = None) -> Transport:
        return transport_from_uri(uri or self.settings.default_printer_uri)


def order_summary(order: Order) -> dict[str, Any]:
    return {
        "id": order.id,
        "number": order.number,
        "marketplace_order_id": order.marketplace_order_id,
        "shop": order.shop.name,
        "queue": order.queue,
        "status": order.status,
        "reasons": [r for r in order.review_reasons.split("\n") if r],
        "hold_reason": order.hold_reason,
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
        "lines": [{"sku": ln.sku, "title": ln.title, "quantity": ln.quantity} for ln in order.lines],
        "parcels": [
            {
                "number": p.number,
                "state": p.status,
                "tracking_number": p.tracking_number,
                "error": p.waybill_error or p.intercept_reason,
            }
            for p in order.parcels
        ],
    }
