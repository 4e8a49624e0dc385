"""Scan-out: a classified scan becomes a verdict and a durable scan event.

A scan that showed green is committed before the verdict is returned; two stations
scanning the same parcel at once ship it exactly once (a conditional update). This
is the hottest path in the product, so it runs on ``db.scanpath``'s plain statements.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypedDict

from app import references
from app.actor import Actor
from app.errors import database_lost
from app.queue_rules import queue_for
from db.quick import QuickSqlite
from db.scanpath import ScannedParcel, ScanTx, scan_transaction, storage_failure
from scanners.classify import Classified, classify

if TYPE_CHECKING:
    from db.uow import Database

GREEN, AMBER, RED = "green", "amber", "red"

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Verdict:
    # shipped | already_shipped | intercepted | not_printed | no_waybill | unknown | misread | not_a_parcel
    # | not_recorded (the database was locked or gone: nothing recorded, scan again)
    kind: str
    colour: str
    title: str
    message: str
    code: str
    parcel_number: str = ""
    order_number: str = ""
    tracking_number: str = ""
    params: dict[str, str] = field(default_factory=dict)


class ParcelRef(TypedDict):
    """The parcel a verdict is about, as `Verdict` fields (`Verdict(..., **ref)`)."""

    parcel_number: str
    order_number: str
    tracking_number: str


def local_time(value: dt.datetime | None) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M") if value else "?"


def scan(db: Database, raw: str, actor: Actor) -> Verdict:
    """Classify, decide, record: the packer's whole interaction with one parcel."""
    try:
        with scan_transaction(db.engine) as tx:
            return _scan(tx, raw, actor)
    except Exception as exc:
        if not storage_failure(exc):
            raise
        return not_recorded(raw, exc)


def not_recorded(raw: str, exc: BaseException) -> Verdict:
    """The database was locked (another program's long write), busy or unreachable: the scan
    was rolled back whole, so the packer scans the parcel again."""
    why = str(getattr(exc, "orig", None) or exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
    if database_lost(exc):  # a server restart, a cut network: the GUI says it is reconnecting
        message = (
            f"The connection to the database was lost ({why}); nothing was recorded. "
            "Scan the parcel again once it is back."
        )
        return Verdict("not_recorded", RED, "Not recorded — scan again", message, raw, params={"why": why, "lost": "1"})
    message = f"The database did not answer in time ({why}); nothing was recorded. Scan the parcel again."
    return Verdict("not_recorded", RED, "Not recorded — scan again", message, raw, params={"why": why})


def quick_scan(url: str, user: str, station: str, raw: str) -> Verdict | None:
    """``scan`` for a one-shot process, without loading the ORM (``db.quick``).

    None when the quick way cannot serve (not a SQLite file, a schema to upgrade, a user
    or station not there yet): the caller starts the whole application instead.
    """
    quick = QuickSqlite.open(url)
    if quick is None:
        return None
    try:
        ids = quick.actor(user, station)
        if ids is None:
            return None
        user_id, role, station_id = ids
        with quick.scan_transaction() as tx:
            return _scan(tx, raw, Actor(user_id, station_id, user, station, role))
    except Exception as exc:
        if not storage_failure(exc):
            raise
        return not_recorded(raw, exc)
    finally:
        quick.close()


def _scan(tx: ScanTx, raw: str, actor: Actor) -> Verdict:
    found = classify(raw, prefer="tracking")  # a 12-digit code at scan-out is a FedEx label, not a UPC
    now = dt.datetime.now(dt.UTC)
    verdict, parcel_id = _decide(tx, found, actor, now)
    tx.scan_event(
        raw[:128],
        found.kind if found.carrier is None else f"{found.kind}:{found.carrier}",
        verdict.kind,
        verdict.message,
        parcel_id=parcel_id,
        user_id=actor.user_id,
        station_id=actor.station_id,
        at=now,
    )
    return verdict


def _decide(tx: ScanTx, found: Classified, actor: Actor, now: dt.datetime) -> tuple[Verdict, int | None]:
    code = found.value or found.raw
    if found.kind == "misread":
        detail = found.detail or "check digit wrong"
        return Verdict("misread", RED, "Scan again", f"Misread: {detail}", code, params={"detail": detail}), None
    if found.kind == "layout":
        # The scanner types for another keyboard layout: say how to fix it rather than guess.
        return Verdict("layout", AMBER, "Check the scanner", found.detail, code, params={"detail": found.detail}), None
    if found.kind == "command":
        return Verdict("command", AMBER, code, "", code, params={"command": code}), None
    if found.kind == "product":
        message = "This is a product barcode: scan the parcel label."
        return Verdict("not_a_parcel", AMBER, "Not a parcel label", message, code), None
    parcel = tx.find_parcel(code)
    if parcel is None:
        message = f"No parcel has the code {code}. Put it aside."
        return Verdict("unknown", RED, "Unknown parcel", message, code, params={"code": code}), None
    return _decide_parcel(tx, parcel, code, actor, now), parcel.id


def _decide_parcel(tx: ScanTx, parcel: ScannedParcel, code: str, actor: Actor, now: dt.datetime) -> Verdict:
    ref: ParcelRef = {
        "parcel_number": parcel.number,
        "order_number": parcel.order_number,
        "tracking_number": parcel.tracking_number or "",
    }
    if parcel.status in ("intercepted", "voided"):
        reason = parcel.intercept_reason or "cancelled"
        message = f"Do not ship: order {parcel.order_number} was {reason}. Give the parcel to a supervisor."
        return Verdict("intercepted", RED, "STOP — intercepted", message, code, **ref, params={"reason": reason})
    if parcel.status == "shipped":
        return _already_shipped(tx, parcel, code, ref)
    if parcel.status in ("waybill", "requested", "failed"):
        return Verdict("no_waybill", AMBER, "No waybill yet", "This parcel has no tracking number yet.", code, **ref)
    if parcel.status == "labelled" and not tx.confirm_sent_label(parcel.id, now):
        return Verdict("not_printed", AMBER, "Not printed", "This parcel's label was never printed.", code, **ref)

    if not tx.claim(parcel.id, now, actor.user_id, actor.station_id):
        # Another station shipped it between our read and our write.
        shipped = tx.find_parcel(code)
        assert shipped is not None
        return _already_shipped(tx, shipped, code, ref)
    lines = tx.parcel_lines(parcel.id)
    per_product: dict[int, int] = {}
    confirm: dict[str, int] = {}
    for line in lines:
        if line.product_id is not None:
            per_product[line.product_id] = per_product.get(line.product_id, 0) + line.quantity
        confirm.setdefault(line.remote_line_id, line.ordered_quantity)
    who, station = actor.user_id, actor.station_id
    tx.deduct_stock(
        list(per_product.items()),
        order_id=parcel.order_id,
        parcel_id=parcel.id,
        user_id=who,
        station_id=station,
        at=now,
    )
    tx.enqueue(
        "confirm_shipment",
        parcel.number,
        {
            "order_id": parcel.marketplace_order_id,
            "package_reference": _package_reference(tx, parcel.number),
            "carrier": parcel.carrier_name or "",
            "tracking_number": parcel.tracking_number or "",
            "lines": [{"line_id": k, "quantity": v} for k, v in confirm.items()],
        },
        shop_id=parcel.shop_id,
        parcel_id=parcel.id,
        at=now,
    )
    status, queue = queue_for(parcel.order_status, tx.order_parcel_statuses(parcel.order_id))
    tx.set_order(parcel.order_id, status, queue, now)
    tx.audit("scanned out", order_id=parcel.order_id, parcel_id=parcel.id, user_id=who, station_id=station, at=now)
    message = f"Parcel {parcel.number} for order {parcel.order_number}"
    return Verdict("shipped", GREEN, "Shipped", message, code, **ref)


def _package_reference(tx: ScanTx, parcel_number: str) -> str:
    """``<installation><parcel number>`` (``app.references``): two databases on one marketplace
    account never confirm the same package. A database never started by the app has no
    installation yet: the bare number, as before."""
    installation = tx.installation_id()
    if installation is None:
        log.warning("no installation identity in this database: parcel %s confirmed by its number", parcel_number)
        return parcel_number
    return references.package_reference(installation, parcel_number)


def _already_shipped(tx: ScanTx, parcel: ScannedParcel, code: str, ref: ParcelRef) -> Verdict:
    user, station = tx.names(parcel.shipped_by_id, parcel.shipped_station_id)
    when, who, where = local_time(parcel.shipped_at), user or "?", station or "?"
    return Verdict(
        "already_shipped",
        AMBER,
        "Already shipped",
        f"Already shipped at {when} by {who} at {where}.",
        code,
        **ref,
        params={"when": when, "who": who, "where": where},
    )
