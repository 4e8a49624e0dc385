"""Scan-out: a classified scan becomes a verdict and a durable scan event.

A scan that showed green is committed before the verdict is returned; two stations
scanning the same parcel at once ship it exactly once (a conditional update).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from app import audit, confirmations, stock
from app.actor import Actor
from app.review import refresh_queue
from db import queries
from db.models import Parcel, ScanEvent, User, Station, utcnow
from db.uow import Database
from scanners.classify import Classified, classify

GREEN, AMBER, RED = "green", "amber", "red"


@dataclass(frozen=True)
class Verdict:
    kind: str  # shipped | already_shipped | intercepted | not_printed | no_waybill | unknown | misread | not_a_parcel
    colour: str
    title: str
    message: str
    code: str
    parcel_number: str = ""
    order_number: str = ""
    tracking_number: str = ""
    params: dict[str, str] = field(default_factory=dict)


def local_time(value: dt.datetime | None) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M") if value else "?"


def scan(db: Database, raw: str, actor: Actor) -> Verdict:
    """Classify, decide, record: the packer's whole interaction with one parcel."""
    found = classify(raw)
    with db.uow() as uow:
        verdict, parcel_id = _decide(uow.session, found, actor)
        uow.session.add(
            ScanEvent(
                code=raw[:128],
                recognised_as=found.kind if found.carrier is None else f"{found.kind}:{found.carrier}",
                verdict=verdict.kind,
                message=verdict.message,
                parcel_id=parcel_id,
                user_id=actor.user_id,
                station_id=actor.station_id,
            )
        )
        uow.commit()
    return verdict


def _decide(session: Session, found: Classified, actor: Actor) -> tuple[Verdict, int | None]:
    code = found.value or found.raw
    if found.kind == "misread":
        return Verdict("misread", RED, "Scan again", f"Misread: {found.detail or 'check digit wrong'}", code), None
    if found.kind == "product":
        return Verdict(
            "not_a_parcel", AMBER, "Not a parcel label", "This is a product barcode: scan the parcel label.", code
        ), None
    parcel = queries.parcel_by_code(session, code)
    if parcel is None:
        return Verdict("unknown", RED, "Unknown parcel", f"No parcel has the code {code}. Put it aside.", code), None
    return _decide_parcel(session, parcel, code, actor), parcel.id


def _decide_parcel(session: Session, parcel: Parcel, code: str, actor: Actor) -> Verdict:
    ref = {
        "parcel_number": parcel.number,
        "order_number": parcel.order.number,
        "tracking_number": parcel.tracking_number or "",
    }
    if parcel.status == "intercepted":
        reason = parcel.intercept_reason or "cancelled"
        return Verdict(
            "intercepted", RED, "STOP — intercepted",
            f"Do not ship: order {parcel.order.number} was {reason}. Give the parcel to a supervisor.",
            code, **ref, params={"reason": reason},
        )
    if parcel.status == "shipped":
        return _already_shipped(session, parcel, code, ref)
    if parcel.status in ("waybill", "requested", "failed"):
        return Verdict("no_waybill", AMBER, "No waybill yet", "This parcel has no tracking number yet.", code, **ref)
    if parcel.status == "labelled":
        return Verdict("not_printed", AMBER, "Not printed", "This parcel's label was never printed.", code, **ref)
    if parcel.status == "voided":
        return Verdict("intercepted", RED, "STOP — voided", "This parcel was voided. Do not ship it.", code, **ref)

    now = utcnow()
    if not queries.claim_parcel_for_shipping(
        session, parcel.id, at=now, user_id=actor.user_id, station_id=actor.station_id
    ):
        session.refresh(parcel)
        return _already_shipped(session, parcel, code, ref)
    session.refresh(parcel)
    stock.deduct(session, parcel, actor)
    method = parcel.shipping_method
    confirmations.enqueue(session, parcel, method.carrier_account.name if method is not None else "")
    refresh_queue(parcel.order)
    audit.record(session, actor, "scanned out", parcel=parcel)
    return Verdict("shipped", GREEN, "Shipped", f"Parcel {parcel.number} for order {parcel.order.number}", code, **ref)


def _already_shipped(session: Session, parcel: Parcel, code: str, ref: dict[str, str]) -> Verdict:
    user = session.get(User, parcel.shipped_by_id) if parcel.shipped_by_id else None
    station = session.get(Station, parcel.shipped_station_id) if parcel.shipped_station_id else None
    when = local_time(parcel.shipped_at)
    who = user.name if user else "?"
    where = station.name if station else "?"
    return Verdict(
        "already_shipped", AMBER, "Already shipped",
        f"Already shipped at {when} by {who} at {where}.",
        code, **ref, params={"when": when, "who": who, "where": where},
    )
