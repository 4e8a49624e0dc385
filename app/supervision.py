"""What only a supervisor may do at the bench, always with a PIN and a reason, always logged."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit, coded, outbox, stock, users
from app.actor import Actor
from app.errors import NotAllowed, NotFound
from app.messages import Message
from app.review import refresh_queue
from app.roles import require
from app.scanning import AMBER, GREEN, Verdict
from db import queries
from db.models import Parcel, ScanEvent, User, utcnow
from db.uow import Database
from scanners.classify import classify


def _reason(reason: str) -> str:
    if not reason.strip():
        raise NotAllowed(Message("reason_required"))
    return reason.strip()


def _supervisor(session: Session, pin: str | None, actor: Actor, action: str) -> str:
    """Whose authority: the supervisor whose PIN was typed, else the signed-in user (a supervisor)."""
    if pin is not None:
        return users.authorise(session, pin).name
    require(actor, action)
    return actor.user_name


def force_ship(db: Database, code: str, pin: str | None, reason: str, actor: Actor) -> Verdict:
    """Ship an intercepted parcel anyway (the buyer called back, the cancel was a mistake)."""
    reason = _reason(reason)
    value = classify(code).value or code
    with db.uow() as uow:
        s = uow.session
        supervisor = _supervisor(s, pin, actor, "force_ship")
        parcel = queries.parcel_by_code(s, value)
        if parcel is None:
            raise NotFound(Message("no_parcel_has_code", {"value": value}))
        if parcel.status != "intercepted":
            raise NotAllowed(
                Message("parcel_not_intercepted_scan_normally", {"number": parcel.number, "status": parcel.status})
            )
        if parcel.waybill_voided_at is not None or not outbox.cancel_pending(s, "void_waybill", parcel.number):
            raise NotAllowed(Message("waybill_was_already_voided_at", {"number": parcel.number}))
        parcel.status = "shipped"
        parcel.shipped_at = utcnow()
        parcel.shipped_by_id = actor.user_id
        parcel.shipped_station_id = actor.station_id
        parcel.forced_reason = f"{reason} (authorised by {supervisor})"
        stock.deduct(s, parcel, actor)
        refresh_queue(parcel.order)
        audit.record(s, actor, "force-ship", parcel=parcel, detail=parcel.forced_reason)
        s.add(
            ScanEvent(
                code=code[:128],
                recognised_as="forced",
                verdict="forced",
                message=parcel.forced_reason,
                parcel_id=parcel.id,
                user_id=actor.user_id,
                station_id=actor.station_id,
            )
        )
        verdict = Verdict(
            "forced",
            GREEN,
            "Shipped (forced)",
            f"Parcel {parcel.number} shipped on {supervisor}'s authority.",
            value,
            parcel.number,
            parcel.order.number,
            parcel.tracking_number or "",
            params={"supervisor": supervisor},
        )
        uow.commit()
    return verdict


def undo_last_scan(db: Database, pin: str | None, reason: str, actor: Actor) -> Verdict:
    """Take back this station's last scan-out: the parcel goes back to the Scan queue."""
    reason = _reason(reason)
    with db.uow() as uow:
        s = uow.session
        supervisor = _supervisor(s, pin, actor, "undo_scan")
        event = s.scalar(
            select(ScanEvent)
            .where(ScanEvent.station_id == actor.station_id, ScanEvent.verdict == "shipped")
            .order_by(ScanEvent.id.desc())
            .limit(1)
        )
        parcel = s.get(Parcel, event.parcel_id) if event is not None and event.parcel_id else None
        if event is None or parcel is None or parcel.status != "shipped":
            raise NotAllowed(Message("nothing_undo_station_last_scan"))
        job = queries.outbox_job(s, "confirm_shipment", parcel.number)
        if job is not None and job.state != "pending":
            raise NotAllowed(Message("marketplace_was_already_told_parcel", {"number": parcel.number}))
        if job is not None:
            job.state = "cancelled"
            coded.store(job, "last_error", Message("job_scan_undone", {"reason": reason}))
        parcel.status = "printed"
        parcel.shipped_at = parcel.shipped_by_id = parcel.shipped_station_id = None
        stock.undo_deduct(s, parcel, actor, reason=reason)
        refresh_queue(parcel.order)
        detail = f"{reason} (authorised by {supervisor})"
        audit.record(s, actor, "undo scan", parcel=parcel, detail=detail)
        event.verdict = "undone"
        verdict = Verdict(
            "undone",
            AMBER,
            "Scan undone",
            f"Parcel {parcel.number} is back in the Scan queue.",
            parcel.number,
            parcel.number,
            parcel.order.number,
            parcel.tracking_number or "",
        )
        uow.commit()
    return verdict


@dataclass(frozen=True)
class PackerFigures:
    user: str
    shipped: int
    verified: int
    errors: int  # red verdicts: wrong items, misreads, intercepted, unknown
    parcels_per_hour: float


RED_VERDICTS = ("misread", "unknown", "intercepted", "wrong_item", "too_many")


def packer_figures(db: Database, since: dt.datetime) -> list[PackerFigures]:
    """Per packer since ``since``: parcels shipped and verified, errors, parcels per hour."""
    with db.reader() as uow:
        rows = uow.session.execute(
            select(User.name, ScanEvent.verdict, ScanEvent.at)
            .join(User, User.id == ScanEvent.user_id)
            .where(ScanEvent.at >= since)
            .order_by(ScanEvent.id)
        ).all()
    by_user: dict[str, list[tuple[str, dt.datetime]]] = {}
    for name, verdict, at in rows:
        by_user.setdefault(name, []).append((verdict, at))
    figures = []
    for name, events in sorted(by_user.items()):
        shipped = sum(1 for v, _ in events if v == "shipped")
        verified = sum(1 for v, _ in events if v == "verified")
        errors = sum(1 for v, _ in events if v in RED_VERDICTS)
        hours = max((events[-1][1] - events[0][1]).total_seconds() / 3600, 1 / 60)
        figures.append(PackerFigures(name, shipped, verified, errors, round(max(shipped, verified) / hours, 1)))
    return figures
