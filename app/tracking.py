"""Tracking after shipping, on a schedule through the outbox, until the parcel is delivered (#18).

Delivery is what releases the seller's funds on most marketplaces, so a shipped parcel is
looked up at the carrier every few hours (``schedule``: one ``track_parcel`` job per parcel,
armed again after each look) until its state is final — delivered or returned. An
exception (address problem, customs hold, lost) keeps being tracked and shows; a parcel
still in transit long after shipping is *stuck* (``stuck``). A look is read-only at the
carrier, so a lost answer is simply asked again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from app import audit, coded, outbox
from app.actor import Actor
from app.connectors.base import CarrierConnector, TrackingEvent
from app.messages import Message
from app.outbox import JobView, Outcome, guard
from db import queries
from db.models import OutboxJob, Parcel, utcnow

KIND = "track_parcel"
FINAL = ("delivered", "returned")
EVERY = dt.timedelta(hours=6)  # how often a parcel in transit is looked up
GIVE_UP_AFTER = dt.timedelta(days=60)  # a parcel shipped this long ago is no longer tracked
STUCK_AFTER_DAYS = 10

_RETURNED = ("returned", "return_to_sender", "returned_to_sender", "returning")
_EXCEPTION = ("exception", "failed_attempt", "delivery_failed", "lost", "damaged", "held", "customs_hold")


def state_of(status: str) -> str:
    """A carrier event's status in one of our words: delivered | returned | exception | in_transit."""
    word = status.strip().lower().replace(" ", "_").replace("-", "_")
    if word == "delivered":
        return "delivered"
    if word in _RETURNED:
        return "returned"
    if word in _EXCEPTION:
        return "exception"
    return "in_transit"


@dataclass(frozen=True)
class Latest:
    state: str
    at: dt.datetime
    note: str


def latest(events: Sequence[TrackingEvent]) -> Latest | None:
    """The parcel's state from its newest event; None when the carrier has none yet."""
    if not events:
        return None
    event = events[0]
    for e in events[1:]:  # the newest; of events at the same moment, the one the carrier listed last
        if e.at >= event.at:
            event = e
    note = " — ".join(x for x in (event.description, event.location) if x)[:200]
    return Latest(state_of(event.status), event.at, note)


def _due(now: dt.datetime) -> ColumnElement[bool]:
    return and_(
        Parcel.status == "shipped",
        Parcel.tracking_number.is_not(None),
        Parcel.shipped_at >= now - GIVE_UP_AFTER,
        or_(Parcel.tracking_state.is_(None), Parcel.tracking_state.not_in(FINAL)),
        or_(Parcel.tracking_checked_at.is_(None), Parcel.tracking_checked_at <= now - EVERY),
    )


def schedule(session: Session, now: dt.datetime | None = None, *, limit: int = 500) -> int:
    """Arm a ``track_parcel`` job for each shipped parcel due a look; returns how many were armed.

    One job per parcel (its key is the parcel number), armed again once done: the outbox
    holds one row per parcel, not one per look.
    """
    now = now or utcnow()
    parcels = session.scalars(select(Parcel).where(_due(now)).order_by(Parcel.shipped_at).limit(limit)).all()
    armed = 0
    for parcel in parcels:
        method = parcel.shipping_method
        if method is None:
            continue
        job = queries.outbox_job(session, KIND, parcel.number)
        payload = {"tracking_number": parcel.tracking_number}
        if job is None:
            outbox.enqueue(
                session, KIND, parcel.number, payload, carrier_account_id=method.carrier_account_id, parcel=parcel
            )
        elif job.state in ("done", "failed", "cancelled"):
            job.state, job.payload, job.attempts = "pending", payload, 0
            coded.store(job, "last_error", None)
            job.next_attempt_at = now
        else:
            continue  # a look is waiting or under way
        armed += 1
    return armed


class TrackParcel:
    """Outbox handler for ``track_parcel``: one look at the carrier's events."""

    def __init__(self, carrier_for: Callable[[int], CarrierConnector]) -> None:
        self.carrier_for = carrier_for

    def perform(self, job: JobView) -> Outcome:
        carrier = self.carrier_for(job.carrier_account_id or 0)

        def call() -> Outcome:
            found = latest(carrier.track(str(job.payload["tracking_number"])))
            if found is None:
                return Outcome("done", Message("no_tracking_events_yet"), {})
            return Outcome(
                "done",
                f"{found.state}: {found.note}",
                {"state": found.state, "at": found.at.isoformat(), "note": found.note},
            )

        return guard(call)

    def apply(self, session: Session, job: OutboxJob, outcome: Outcome, actor: Actor) -> None:
        parcel = session.get(Parcel, job.parcel_id) if job.parcel_id else None
        if parcel is None or outcome.state != "done":
            return
        parcel.tracking_checked_at = utcnow()
        state = outcome.data.get("state")
        if not state:
            return
        if state != parcel.tracking_state:
            action = {"delivered": "delivered", "returned": "returned to sender", "exception": "tracking exception"}
            if state in action:
                audit.record(session, actor, action[state], parcel=parcel, detail=str(outcome.data.get("note", "")))
        parcel.tracking_state = state
        parcel.tracking_note = str(outcome.data.get("note", ""))[:200] or None
        if state == "delivered" and parcel.delivered_at is None:
            parcel.delivered_at = dt.datetime.fromisoformat(str(outcome.data["at"]))


@dataclass(frozen=True)
class TrackedParcel:
    number: str
    order: str
    tracking_number: str
    state: str  # in_transit | exception | unknown (never looked up yet)
    note: str
    shipped_at: dt.datetime
    days: int  # since shipping
    checked_at: dt.datetime | None

    def as_dict(self) -> dict[str, object]:
        return {
            "number": self.number,
            "order": self.order,
            "tracking_number": self.tracking_number,
            "state": self.state,
            "note": self.note,
            "shipped_at": self.shipped_at.isoformat(),
            "days_since_shipping": self.days,
            "checked_at": self.checked_at.isoformat() if self.checked_at else None,
        }


def stuck(session: Session, *, days: int = STUCK_AFTER_DAYS, now: dt.datetime | None = None) -> list[TrackedParcel]:
    """Shipped parcels not delivered ``days`` after shipping, and every tracking exception; oldest first."""
    now = now or utcnow()
    rows = session.scalars(
        select(Parcel)
        .where(
            Parcel.status == "shipped",
            Parcel.shipped_at >= now - GIVE_UP_AFTER,
            or_(Parcel.tracking_state.is_(None), Parcel.tracking_state.not_in(FINAL)),
            or_(Parcel.shipped_at <= now - dt.timedelta(days=days), Parcel.tracking_state == "exception"),
        )
        .order_by(Parcel.shipped_at)
        .limit(1000)
    ).all()
    return [
        TrackedParcel(
            p.number,
            p.order.number,
            p.tracking_number or "",
            p.tracking_state or "unknown",
            p.tracking_note or "",
            p.shipped_at or now,
            (now - (p.shipped_at or now)).days,
            p.tracking_checked_at,
        )
        for p in rows
    ]
