"""Handover to the courier: one batch per carrier, scanned as the driver loads the van.

At the end of the day the batch shows printed vs scanned vs handed over and lists
what is missing; closing it marks the parcels handed over and gives the manifest.

"Missing" looks back over a window (``WINDOW``, a week): parcels printed or shipped in
it that no batch holds. A parcel older than that was handed over outside Shipbench (the
shop's history before it used handover, or a pickup nobody scanned), so years of history
neither fill the list nor slow it: the query reads the window through the
``printed_at`` / ``shipped_at`` indexes, never the whole parcels table.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app import audit, scanning
from app.actor import Actor
from app.errors import InvalidInput, NotAllowed, NotFound
from app.messages import Message
from app.scanning import AMBER, GREEN, RED, ParcelRef, Verdict
from db import queries
from db.models import CarrierAccount, HandoverBatch, HandoverItem, Parcel, ScanEvent, ShippingMethod, utcnow
from db.uow import Database
from scanners.classify import classify

WINDOW = dt.timedelta(days=7)


def open_batch(db: Database, carrier_account_id: int, actor: Actor) -> int:
    with db.uow() as uow:
        s = uow.session
        if s.get(CarrierAccount, carrier_account_id) is None:
            raise NotFound(Message("no_carrier_account", {"carrier_account_id": carrier_account_id}))
        existing = s.scalar(
            select(HandoverBatch).where(
                HandoverBatch.carrier_account_id == carrier_account_id,
                HandoverBatch.station_id == actor.station_id,
                HandoverBatch.status == "open",
            )
        )
        if existing is not None:
            return existing.id
        batch = HandoverBatch(
            carrier_account_id=carrier_account_id, station_id=actor.station_id, opened_by_id=actor.user_id
        )
        s.add(batch)
        uow.commit()
        return batch.id


def _carrier_of(parcel: Parcel) -> int | None:
    method: ShippingMethod | None = parcel.shipping_method
    return method.carrier_account_id if method is not None else None


def scan(db: Database, batch_id: int, code: str, actor: Actor) -> Verdict:
    """Put the scanned parcel into the batch; a printed parcel is shipped on the way."""
    found = classify(code)
    value = found.value or found.raw
    if found.kind == "misread":
        return _record(
            db, code, found.kind, Verdict("misread", RED, "Scan again", f"Misread: {found.detail}", value), None, actor
        )
    with db.reader() as uow:
        batch = uow.session.get(HandoverBatch, batch_id)
        if batch is None or batch.status != "open":
            raise NotAllowed(Message("handover_batch_closed_open_new"))
        carrier_name, batch_carrier = batch.carrier_account.name, batch.carrier_account_id
        parcel = queries.parcel_by_code(uow.session, value)
        if parcel is None:
            verdict = Verdict("unknown", RED, "Unknown parcel", f"No parcel has the code {value}.", value)
            return _record(db, code, found.kind, verdict, None, actor)
        parcel_id, status, carrier = parcel.id, parcel.status, _carrier_of(parcel)
        ref: ParcelRef = {
            "parcel_number": parcel.number,
            "order_number": parcel.order.number,
            "tracking_number": parcel.tracking_number or "",
        }
        in_batch = uow.session.scalar(select(HandoverItem.batch_id).where(HandoverItem.parcel_id == parcel_id))
    if carrier != batch_carrier:
        verdict = Verdict(
            "other_carrier",
            AMBER,
            "Other carrier",
            f"This parcel goes with another carrier, not {carrier_name}. Put it on the other pile.",
            value,
            **ref,
            params={"carrier": carrier_name},
        )
        return _record(db, code, found.kind, verdict, parcel_id, actor)
    if in_batch is not None:
        verdict = Verdict(
            "already_handed", AMBER, "Already in a batch", "This parcel was already scanned for handover.", value, **ref
        )
        return _record(db, code, found.kind, verdict, parcel_id, actor)
    if status == "printed":
        shipped = scanning.scan(db, value, actor)
        if shipped.kind != "shipped":
            return shipped
    elif status != "shipped":
        return scanning.scan(db, value, actor)  # the station's own verdict: intercepted, not printed, …
    with db.uow() as uow:
        uow.session.add(HandoverItem(batch_id=batch_id, parcel_id=parcel_id, user_id=actor.user_id))
        uow.commit()
    verdict = Verdict(
        "handed_over",
        GREEN,
        "In the van",
        f"Added to the {carrier_name} handover.",
        value,
        **ref,
        params={"carrier": carrier_name},
    )
    return _record(db, code, found.kind, verdict, parcel_id, actor)


def _record(db: Database, code: str, kind: str, verdict: Verdict, parcel_id: int | None, actor: Actor) -> Verdict:
    with db.uow() as uow:
        uow.session.add(
            ScanEvent(
                code=code[:128],
                recognised_as=kind,
                verdict=verdict.kind,
                message=verdict.message,
                mode="handover",
                parcel_id=parcel_id,
                user_id=actor.user_id,
                station_id=actor.station_id,
            )
        )
        uow.commit()
    return verdict


@dataclass(frozen=True)
class HandoverSummary:
    batch_id: int
    carrier: str
    status: str
    printed: int  # this carrier's parcels printed or shipped, not yet handed over in any batch
    scanned: int  # in this batch
    missing: list[tuple[str, str]]  # (parcel number, tracking) printed or shipped but not in the batch


def summary(db: Database, batch_id: int) -> HandoverSummary:
    with db.reader() as uow:
        s = uow.session
        batch = s.get(HandoverBatch, batch_id)
        if batch is None:
            raise NotFound(Message("no_handover_batch", {"batch_id": batch_id}))
        scanned = s.scalar(select(func.count()).where(HandoverItem.batch_id == batch_id)) or 0
        missing = _missing(s, batch.carrier_account_id)
        return HandoverSummary(
            batch_id, batch.carrier_account.name, batch.status, scanned + len(missing), scanned, missing
        )


def _missing(session: Session, carrier_account_id: int) -> list[tuple[str, str]]:
    since = utcnow() - WINDOW
    rows = session.execute(
        select(Parcel.number, Parcel.tracking_number)
        .join(ShippingMethod, ShippingMethod.id == Parcel.shipping_method_id)
        .outerjoin(HandoverItem, HandoverItem.parcel_id == Parcel.id)
        .where(
            ShippingMethod.carrier_account_id == carrier_account_id,
            Parcel.status.in_(("printed", "shipped")),
            or_(Parcel.printed_at >= since, Parcel.shipped_at >= since),
            HandoverItem.id.is_(None),
        )
        .order_by(Parcel.number)
    ).all()
    return [(number, tracking or "") for number, tracking in rows]


def close(db: Database, batch_id: int, actor: Actor, *, allow_missing: bool = False) -> HandoverSummary:
    """The driver signed: the batch is handed over (missing parcels need an explicit yes)."""
    current = summary(db, batch_id)
    if current.status != "open":
        raise NotAllowed(Message("handover_batch_already_closed"))
    if current.missing and not allow_missing:
        raise InvalidInput(
            Message("printed_parcels_were_not_scanned", {"count": len(current.missing), "carrier": current.carrier})
        )
    with db.uow() as uow:
        batch = uow.session.get(HandoverBatch, batch_id)
        assert batch is not None
        batch.status = "handed_over"
        batch.closed_at = utcnow()
        audit.record(uow.session, actor, "handover", detail=f"{current.carrier}: {current.scanned} parcels")
        uow.commit()
    return summary(db, batch_id)
