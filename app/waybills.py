"""Waybills: ask the carrier per parcel through the outbox, never booking twice.

The shipper reference is the parcel number. Before retrying a request whose outcome
is unknown we look the shipment up by reference; a "duplicate reference" answer
adopts the existing shipment instead of failing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from app import audit, outbox
from app.actor import Actor
from app.connectors.base import CarrierConnector, DuplicateReference, Shipment, ShipmentRequest
from app.outbox import JobView, Outcome, guard
from app.review import refresh_queue
from db.models import Label, Order, OutboxJob, Parcel, Setting, utcnow

log = logging.getLogger(__name__)

REQUESTABLE = ("waybill", "failed")


def sender_address(session: Session) -> dict[str, object]:
    setting = session.get(Setting, "sender")
    return dict(setting.value) if setting is not None else {}


def sku_summary(parcel: Parcel) -> str:
    parts = []
    for line in parcel.lines:
        sku = line.product.sku if line.product is not None else line.order_line.sku
        parts.append(f"{line.quantity}× {sku}")
    return " · ".join(parts)


def recipient(order: Order) -> dict[str, object]:
    return {
        "name": order.ship_name,
        "company": order.ship_company,
        "lines": [ln for ln in (order.ship_address1, order.ship_address2) if ln],
        "city": order.ship_city,
        "region": order.ship_region,
        "postcode": order.ship_postcode,
        "country": order.ship_country,
        "phone": order.ship_phone,
    }


@dataclass
class RequestResult:
    queued: list[str] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)


def request(session: Session, orders: list[Order], actor: Actor) -> RequestResult:
    """Queue a waybill request for every parcel of these orders that has none yet."""
    result = RequestResult()
    sender = sender_address(session)
    for order in orders:
        parcels = [p for p in order.parcels if p.status in REQUESTABLE]
        if not parcels:
            result.skipped[order.number] = f"nothing to request: order is in {order.queue.replace('_', ' ')}"
            continue
        for parcel in parcels:
            method = parcel.shipping_method
            if method is None:
                result.skipped[parcel.number] = "no shipping method"
                continue
            payload = {
                "reference": parcel.number,
                "service": method.code,
                "order_reference": order.number,
                "sender": sender,
                "recipient": recipient(order),
                "sku_summary": sku_summary(parcel),
                "weight_grams": parcel.weight_grams,
            }
            outbox.enqueue(
                session,
                "request_waybill",
                parcel.number,
                payload,
                carrier_account_id=method.carrier_account_id,
                parcel=parcel,
            )
            parcel.status = "requested"
            parcel.waybill_error = None
            audit.record(session, actor, "request waybill", parcel=parcel)
            result.queued.append(parcel.number)
        refresh_queue(order)
    return result


class RequestWaybill:
    """Outbox handler for ``request_waybill`` jobs."""

    def __init__(self, carrier_for: Callable[[int], CarrierConnector]) -> None:
        self.carrier_for = carrier_for

    def perform(self, job: JobView) -> Outcome:
        carrier = self.carrier_for(job.carrier_account_id or 0)
        request = ShipmentRequest(**job.payload)  # type: ignore[arg-type]

        def call() -> Outcome:
            if job.prior_state == "unknown":
                existing = carrier.find_shipment(request.reference)
                if existing is not None:
                    return _done(existing, "adopted the shipment found by reference")
            try:
                return _done(carrier.create_shipment(request), "")
            except DuplicateReference:
                existing = carrier.find_shipment(request.reference)
                if existing is None:
                    return Outcome("unknown", "carrier reports a duplicate it cannot find; will look again")
                return _done(existing, "adopted the existing shipment (duplicate reference)")

        return guard(call)

    def apply(self, session: Session, job: OutboxJob, outcome: Outcome, actor: Actor) -> None:
        parcel = session.get(Parcel, job.parcel_id) if job.parcel_id else None
        if parcel is None:
            return
        if outcome.state == "done":
            data = outcome.data
            parcel.tracking_number = data["tracking_number"]
            parcel.carrier_shipment_id = data["shipment_id"]
            parcel.waybill_error = None
            if data.get("label_data"):
                session.add(Label(parcel_id=parcel.id, format=data["label_format"] or "zpl", data=data["label_data"]))
            if parcel.status in ("requested", "failed", "waybill"):
                parcel.status = "labelled"
            audit.record(session, actor, "waybill", parcel=parcel, detail=data["tracking_number"])
        elif outcome.state == "failed":
            if parcel.status == "requested":
                parcel.status = "failed"
            parcel.waybill_error = outcome.message
            audit.record(session, actor, "waybill failed", parcel=parcel, detail=outcome.message)
        refresh_queue(parcel.order)


def _done(shipment: Shipment, note: str) -> Outcome:
    return Outcome(
        "done",
        note,
        data={
            "shipment_id": shipment.shipment_id,
            "tracking_number": shipment.tracking_number,
            "label_format": shipment.label_format,
            "label_data": shipment.label_data,
        },
    )


class VoidWaybill:
    """Outbox handler for ``void_waybill``: cancel whatever live shipment the reference has."""

    def __init__(self, carrier_for: Callable[[int], CarrierConnector]) -> None:
        self.carrier_for = carrier_for

    def perform(self, job: JobView) -> Outcome:
        carrier = self.carrier_for(job.carrier_account_id or 0)

        def call() -> Outcome:
            existing = carrier.find_shipment(job.key)
            if existing is None:
                return Outcome("done", "no live shipment to void")
            carrier.cancel_shipment(existing.shipment_id)
            return Outcome("done", f"voided shipment {existing.shipment_id}")

        return guard(call)

    def apply(self, session: Session, job: OutboxJob, outcome: Outcome, actor: Actor) -> None:
        parcel = session.get(Parcel, job.parcel_id) if job.parcel_id else None
        if parcel is not None and outcome.state == "done":
            parcel.waybill_voided_at = utcnow()
            audit.record(session, actor, "waybill voided", parcel=parcel, detail=outcome.message)
