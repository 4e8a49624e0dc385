"""Shipment confirmations: tell the marketplace once per parcel (package reference).

A confirmation is an outbox job written with the scan-out. Before a retry whose outcome
is unknown (a lost answer, a crash mid-request) the marketplace is asked whether the
package was already confirmed; the marketplace is idempotent per package reference too,
so its effect happens exactly once either way. An order shipped as several parcels is
confirmed parcel by parcel, each with the share of the order lines it carries.

Tracking-number corrections after shipping are jobs of their own (``update_tracking``),
accepted by the marketplace within its window (e.g. 5 days, twice); its refusal is the
job's reason.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from app import audit
from app.actor import Actor
from app.connectors.base import ConfirmedLine, MarketplaceConnector
from app.messages import Message
from app.outbox import JobView, Outcome, guard
from db.models import OutboxJob, Parcel, utcnow

# An update_tracking job waits this many attempts for its shipment's confirmation to land.
WAIT_FOR_CONFIRMATION_ATTEMPTS = 8


def parcel_lines(parcel: Parcel) -> list[dict[str, Any]]:
    """The order lines (marketplace line ids and quantities) this parcel carries.

    Parcel lines count warehouse units (a bundle line becomes its parts); the marketplace
    counts its own lines, so each line's quantity is its share of the units the order's
    live parcels carry.
    """
    order = parcel.order
    live = [p for p in order.parcels if p.status not in ("voided",)]
    units_here: dict[int, int] = {}
    for line in parcel.lines:
        units_here[line.order_line_id] = units_here.get(line.order_line_id, 0) + line.quantity
    units_all: dict[int, int] = {}
    for p in live:
        for line in p.lines:
            units_all[line.order_line_id] = units_all.get(line.order_line_id, 0) + line.quantity
    result = []
    for order_line in order.lines:
        here = units_here.get(order_line.id, 0)
        if not here:
            continue
        total = units_all.get(order_line.id, here) or here
        quantity = order_line.quantity if here >= total else max(1, order_line.quantity * here // total)
        result.append({"line_id": order_line.remote_line_id, "quantity": quantity})
    return result


class ConfirmShipment:
    """Outbox handler for ``confirm_shipment``."""

    def __init__(self, marketplace_for: Callable[[int], MarketplaceConnector]) -> None:
        self.marketplace_for = marketplace_for

    def prepare(self, session: Session, job: OutboxJob) -> None:
        """Before the first send: a parcel of a split order confirms only the lines it carries."""
        if job.parcel_id is None:
            return
        parcel = session.get(Parcel, job.parcel_id)
        if parcel is None or len(parcel.order.parcels) < 2:
            return
        lines = parcel_lines(parcel)
        if lines and lines != job.payload.get("lines"):
            job.payload = {**job.payload, "lines": lines}

    def perform(self, job: JobView) -> Outcome:
        marketplace = self.marketplace_for(job.shop_id or 0)
        p = job.payload

        def call() -> Outcome:
            if job.prior_state == "unknown":
                found = marketplace.find_shipment(
                    p["order_id"], package_reference=p["package_reference"], tracking_number=p["tracking_number"]
                )
                if found is not None:
                    return Outcome(
                        "done", Message("marketplace_shipment_found", {"shipment_id": found}), {"shipment_id": found}
                    )
            shipment_id = marketplace.confirm_shipment(
                p["order_id"],
                package_reference=p["package_reference"],
                carrier=p["carrier"],
                tracking_number=p["tracking_number"],
                lines=[ConfirmedLine(x["line_id"], int(x["quantity"])) for x in p["lines"]],
            )
            return Outcome(
                "done", Message("marketplace_shipment", {"shipment_id": shipment_id}), {"shipment_id": shipment_id}
            )

        return guard(call)

    def apply(self, session: Session, job: OutboxJob, outcome: Outcome, actor: Actor) -> None:
        parcel = session.get(Parcel, job.parcel_id) if job.parcel_id else None
        if parcel is None:
            return
        if outcome.state == "done":
            parcel.confirmed_at = utcnow()
            audit.record(session, actor, "confirmed on marketplace", parcel=parcel, detail=outcome.message)
        elif outcome.state == "failed":
            audit.record(session, actor, "confirmation failed", parcel=parcel, detail=outcome.message)


class UpdateTracking:
    """Outbox handler for ``update_tracking``: correct a confirmed parcel's tracking number."""

    def __init__(self, marketplace_for: Callable[[int], MarketplaceConnector]) -> None:
        self.marketplace_for = marketplace_for

    def perform(self, job: JobView) -> Outcome:
        marketplace = self.marketplace_for(job.shop_id or 0)
        p = job.payload

        def call() -> Outcome:
            shipment_id = marketplace.find_shipment(p["order_id"], package_reference=p["package_reference"])
            if shipment_id is None:
                if job.attempts >= WAIT_FOR_CONFIRMATION_ATTEMPTS:
                    return Outcome(
                        "failed",
                        f"the marketplace has no shipment for parcel {p['package_reference']}: confirm it first",
                    )
                return Outcome("retry", Message("waiting_for_confirmation"))
            marketplace.update_tracking(
                p["order_id"],
                package_reference=p["package_reference"],
                shipment_id=shipment_id,
                carrier=p.get("carrier", ""),
                tracking_number=p["tracking_number"],
            )
            return Outcome("done", Message("tracking_number_changed_to", {"tracking": p["tracking_number"]}))

        return guard(call)

    def apply(self, session: Session, job: OutboxJob, outcome: Outcome, actor: Actor) -> None:
        parcel = session.get(Parcel, job.parcel_id) if job.parcel_id else None
        if parcel is None:
            return
        if outcome.state == "done":
            audit.record(session, actor, "tracking corrected on marketplace", parcel=parcel, detail=outcome.message)
        elif outcome.state == "failed":
            audit.record(session, actor, "tracking correction failed", parcel=parcel, detail=outcome.message)
