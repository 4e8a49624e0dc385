"""Shipment confirmations: tell the marketplace once per parcel (package reference)."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from app import audit
from app.actor import Actor
from app.connectors.base import ConfirmedLine, MarketplaceConnector
from app.outbox import JobView, Outcome, guard
from db.models import OutboxJob, Parcel, utcnow


class ConfirmShipment:
    """Outbox handler: the marketplace is idempotent per package reference, so a retry is safe."""

    def __init__(self, marketplace_for: Callable[[int], MarketplaceConnector]) -> None:
        self.marketplace_for = marketplace_for

    def perform(self, job: JobView) -> Outcome:
        marketplace = self.marketplace_for(job.shop_id or 0)
        p = job.payload

        def call() -> Outcome:
            shipment_id = marketplace.confirm_shipment(
                p["order_id"],
                package_reference=p["package_reference"],
                carrier=p["carrier"],
                tracking_number=p["tracking_number"],
                lines=[ConfirmedLine(x["line_id"], int(x["quantity"])) for x in p["lines"]],
            )
            return Outcome("done", f"marketplace shipment {shipment_id}")

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
