"""Waybills: ask the carrier per parcel through the outbox, never booking twice.

The shipper reference is this database's installation code + the parcel number
(``app.references``), kept in the request job's payload: a parcel is always asked for
under the reference it was first sent with. Before retrying a request whose outcome is
unknown we look the shipment up by reference; that record, or the one a "duplicate
reference" answer names, is adopted only when it is this parcel's (``app.adoption``:
recipient, postcode, country, weight, pieces), never blindly. A waybill is voided
before another is booked for the same parcel (the void job books the new one when it
is done), so a parcel never has two live shipments.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import adoption, audit, coded, outbox, postage, references
from app.actor import Actor
from app.connectors.base import (
    CarrierConnector,
    CustomsItem,
    DuplicateReference,
    Shipment,
    ShipmentRequest,
)
from app.connectors.registry import reference_max_length
from app.errors import NotAllowed, RemoteRejected
from app.messages import Message
from app.outbox import JobView, Outcome, guard
from app.review import refresh_queue
from app.shop import profile as shop_profile
from app.shop import ship_from
from db import queries
from db.models import (
    Label,
    Order,
    OutboxJob,
    Parcel,
    TaxId,
    utcnow,
)

log = logging.getLogger(__name__)

REQUESTABLE = ("waybill", "failed")
LIVE_JOB = ("pending", "in_flight", "unknown")
EU = frozenset(
    [
        "AT",
        "BE",
        "BG",
        "HR",
        "CY",
        "CZ",
        "DK",
        "EE",
        "FI",
        "FR",
        "DE",
        "GR",
        "HU",
        "IE",
        "IT",
        "LV",
        "LT",
        "LU",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SK",
        "SI",
        "ES",
        "SE",
    ]
)


_JOBS = "shipbench.waybills.jobs"  # session.info: the batch's jobs, read once (see ``request``)
_TAX = "shipbench.waybills.tax_ids"
_ONCE = "shipbench.waybills.once"  # the installation code and the sender: one read per batch
JOB_KINDS = ("request_waybill", "preadvice", "void_waybill", "fetch_label")


def _job(session: Session, kind: str, key: str) -> OutboxJob | None:
    """The job of this kind and key: from the batch's prefetch when ``request`` made one."""
    cache = session.info.get(_JOBS)
    if cache is not None and key in cache[0]:
        found: OutboxJob | None = cache[1].get((kind, key))
        return found
    return queries.outbox_job(session, kind, key)


def _remember(session: Session, job: OutboxJob) -> OutboxJob:
    cache = session.info.get(_JOBS)
    if cache is not None:
        cache[1][(job.kind, job.idempotency_key)] = job
    return job


def sender_address(session: Session) -> dict[str, object]:
    """The default warehouse's address: the shipper carriers are sent, the label's FROM block."""
    cache = session.info.get(_ONCE)
    if cache is not None:
        return dict(cache["sender"])
    return _sender(session)


def _installation(session: Session) -> str:
    cache = session.info.get(_ONCE)
    return str(cache["installation"]) if cache is not None else references.installation_id(session)


def _sender(session: Session) -> dict[str, object]:
    return ship_from(session)


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


# --- what the carrier is told ---------------------------------------------------------


def customs_items(session: Session, parcel: Parcel) -> list[dict[str, Any]]:
    """The parcel's customs lines (set at approval), else the products' customs defaults."""
    rows = parcel.customs_lines  # ordered by id
    if rows:
        return [
            {
                "description_en": c.description_en,
                "description_zh": c.description_zh,
                "hs_code": c.hs_code,
                "quantity": c.quantity,
                "unit_value": str(c.unit_value),
                "currency": c.currency,
                "origin_country": c.origin_country,
                "weight_grams": c.weight_grams,
                "sku": "",
            }
            for c in rows
        ]
    items = []
    for line in parcel.lines:
        product = line.product
        if product is None:
            continue
        value = product.declared_value if product.declared_value is not None else line.order_line.unit_price
        items.append(
            {
                "description_en": product.customs_name_en or product.name,
                "description_zh": product.customs_name_zh or product.name_zh,
                "hs_code": product.hs_code,
                "quantity": line.quantity,
                "unit_value": str(value),
                "currency": product.declared_currency if product.declared_value is not None else parcel.order.currency,
                "origin_country": product.origin_country,
                "weight_grams": product.weight_grams * line.quantity,
                "sku": product.sku,
            }
        )
    return items


def tax_ids_for(session: Session, order: Order) -> dict[str, str]:
    """The shop's IOSS / VAT / EORI numbers for the destination (the country, or the EU)."""
    cache = session.info.get(_TAX)
    if cache is None:
        return _tax_ids(session, order)
    place = (order.shop_id, order.ship_country)
    if place not in cache:
        cache[place] = _tax_ids(session, order)
    return dict(cache[place])


def _tax_ids(session: Session, order: Order) -> dict[str, str]:
    places = [order.ship_country] + (["EU"] if order.ship_country in EU else [])
    found: dict[str, str] = {}
    for tax in session.scalars(
        select(TaxId).where(TaxId.shop_id == order.shop_id, TaxId.destination.in_(places)).order_by(TaxId.id)
    ):
        # a number for the country itself wins over the EU-wide one
        if tax.kind not in found or tax.destination == order.ship_country:
            found[tax.kind] = tax.number
    # The shop's own numbers (Settings → Shop) where the marketplace account has none.
    profile = shop_profile(session)
    if profile.ioss and order.ship_country.upper() in EU:
        found.setdefault("IOSS", profile.ioss)
    if profile.eori:
        found.setdefault("EORI", profile.eori)
    return found


def _dimensions(parcel: Parcel) -> list[int] | None:
    """Known only for a parcel of one item: the product's own box."""
    if len(parcel.lines) == 1 and parcel.lines[0].quantity == 1 and parcel.lines[0].product is not None:
        p = parcel.lines[0].product
        if p.length_mm and p.width_mm and p.height_mm:
            return [p.length_mm, p.width_mm, p.height_mm]
    return None


def _taken(session: Session, parcel: Parcel) -> list[str]:
    """References the carrier turned out to hold for another recipient: never booked by us."""
    job = _job(session, "request_waybill", parcel.number)
    return list(job.payload.get("taken_references") or ()) if job is not None else []


def sent_reference(session: Session, parcel: Parcel) -> str | None:
    """The shipper reference this parcel was already sent to a carrier with, if any."""
    taken = _taken(session, parcel)
    for kind in ("request_waybill", "preadvice"):
        job = _job(session, kind, parcel.number)
        if job is not None and job.payload.get("reference") and job.payload["reference"] not in taken:
            return str(job.payload["reference"])
    return None


def shipper_reference(session: Session, parcel: Parcel) -> str:
    """The reference to send: the one sent before, else installation + parcel number
    (+ ``R1``, ``R2`` … after references found taken by someone else)."""
    sent = sent_reference(session, parcel)
    if sent is not None:
        return sent
    method = parcel.shipping_method
    kind = method.carrier_account.carrier if method is not None else ""
    taken = _taken(session, parcel)
    return references.shipper_reference(
        _installation(session),
        parcel.number,
        reference_max_length(kind),
        suffix=f"R{len(taken)}" if taken else "",
    )


def shipment_payload(session: Session, parcel: Parcel) -> dict[str, Any]:
    """The JSON the outbox stores for a waybill request (see ``request_from_payload``)."""
    order = parcel.order
    method = parcel.shipping_method
    taken = _taken(session, parcel)
    return {
        "reference": shipper_reference(session, parcel),
        **({"taken_references": taken} if taken else {}),
        "service": method.code if method is not None else "",
        "order_reference": order.number,
        "sender": sender_address(session),
        "recipient": recipient(order),
        "sku_summary": sku_summary(parcel),
        "weight_grams": parcel.weight_grams,
        "customs": customs_items(session, parcel),
        "tax_ids": tax_ids_for(session, order),
        "dimensions_mm": _dimensions(parcel),
        "contains_battery": any(ln.product is not None and ln.product.has_battery for ln in parcel.lines),
    }


def request_from_payload(payload: dict[str, Any]) -> ShipmentRequest:
    dims = payload.get("dimensions_mm")
    return ShipmentRequest(
        reference=payload["reference"],
        service=payload.get("service", ""),
        order_reference=payload.get("order_reference", ""),
        sender=dict(payload.get("sender") or {}),
        recipient=dict(payload.get("recipient") or {}),
        sku_summary=payload.get("sku_summary", ""),
        weight_grams=int(payload.get("weight_grams") or 0),
        customs=tuple(
            CustomsItem(
                description_en=c.get("description_en", ""),
                description_zh=c.get("description_zh", ""),
                hs_code=c.get("hs_code", ""),
                quantity=int(c.get("quantity", 1)),
                unit_value=Decimal(str(c.get("unit_value", "0"))),
                currency=c.get("currency", "USD"),
                origin_country=c.get("origin_country", ""),
                weight_grams=int(c.get("weight_grams", 0)),
                sku=c.get("sku", ""),
            )
            for c in payload.get("customs") or ()
        ),
        tax_ids=dict(payload.get("tax_ids") or {}),
        dimensions_mm=tuple(dims) if dims else None,
        contains_battery=bool(payload.get("contains_battery")),
    )


# --- writing jobs ---------------------------------------------------------------------


def arm(
    session: Session,
    kind: str,
    key: str,
    payload: dict[str, Any],
    *,
    carrier_account_id: int | None,
    parcel: Parcel,
) -> OutboxJob:
    """Write the job, or send a finished one again; a live job only gets the new payload if unsent."""
    job = _job(session, kind, key)
    if job is None:
        cache = session.info.get(_JOBS)
        if cache is not None and key in cache[0]:
            # The batch read every job of this key: none exists, so write it without asking again.
            new = OutboxJob(
                kind=kind,
                idempotency_key=key,
                payload=payload,
                carrier_account_id=carrier_account_id,
                parcel_id=parcel.id,
            )
            session.add(new)
        else:
            new = outbox.enqueue(session, kind, key, payload, carrier_account_id=carrier_account_id, parcel=parcel)
        return _remember(session, new)
    if job.state in ("in_flight", "unknown"):
        return job  # may have reached the carrier: its outcome decides, not a new payload
    if job.state != "pending":
        job.attempts = 0
        coded.store(job, "last_error", None)
    job.state = "pending"
    job.payload = payload
    job.carrier_account_id = carrier_account_id
    job.parcel_id = parcel.id
    job.next_attempt_at = utcnow()
    return job


def live_job(session: Session, kind: str, parcel: Parcel) -> OutboxJob | None:
    job = _job(session, kind, parcel.number)
    return job if job is not None and job.state in LIVE_JOB else None


def _drop_label_fetch(session: Session, parcel: Parcel) -> None:
    """A label fetch only reads: safe to stop at any time."""
    job = live_job(session, "fetch_label", parcel)
    if job is not None and job.state != "in_flight":
        job.state = "cancelled"
        coded.store(job, "last_error", Message("waybill_was_voided"))


def queue_request(session: Session, parcel: Parcel, actor: Actor) -> str | None:
    """Queue the parcel's waybill request; returns why not, or None when queued."""
    method = parcel.shipping_method
    if method is None:
        return "no shipping method"
    # refund "requested" marks a void still under way (saves a query per parcel otherwise)
    void = live_job(session, "void_waybill", parcel) if parcel.refund_state == "requested" else None
    if void is not None:
        # The old waybill is still being voided: the void books the new one when done.
        void.payload = {**void.payload, "rebook": True}
    else:
        arm(
            session,
            "request_waybill",
            parcel.number,
            shipment_payload(session, parcel),
            carrier_account_id=method.carrier_account_id,
            parcel=parcel,
        )
    parcel.status = "requested"
    coded.store(parcel, "waybill_error", None)
    audit.record(session, actor, "request waybill", parcel=parcel)
    return None


@dataclass
class RequestResult:
    queued: list[str] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)


def request(session: Session, orders: list[Order], actor: Actor) -> RequestResult:
    """Queue a waybill request for every parcel of these orders that has none yet.

    The parcels' jobs and the shops' tax ids are read once for the batch, not per parcel.
    """
    keys = {p.number for o in orders for p in o.parcels}
    jobs = {(j.kind, j.idempotency_key): j for j in queries.outbox_jobs_for(session, JOB_KINDS, sorted(keys))}
    once = {"installation": references.installation_id(session), "sender": _sender(session)}
    session.info[_JOBS], session.info[_TAX], session.info[_ONCE] = (keys, jobs), {}, once
    try:
        return _request(session, orders, actor)
    finally:
        for name in (_JOBS, _TAX, _ONCE):
            session.info.pop(name, None)


def _request(session: Session, orders: list[Order], actor: Actor) -> RequestResult:
    result = RequestResult()
    for order in orders:
        parcels = [p for p in order.parcels if p.status in REQUESTABLE]
        if not parcels:
            result.skipped[order.number] = f"nothing to request: order is in {order.queue.replace('_', ' ')}"
            continue
        for parcel in parcels:
            why = queue_request(session, parcel, actor)
            if why:
                result.skipped[parcel.number] = why
            else:
                result.queued.append(parcel.number)
        refresh_queue(order)
    return result


def void(session: Session, parcel: Parcel, reason: str, actor: Actor, *, rebook: bool = False) -> str:
    """Void the parcel's waybill (a job); the parcel goes back to Waybill. Returns what happened."""
    if parcel.status in ("shipped",):
        raise NotAllowed(Message("parcel_shipped_waybill_can_no", {"number": parcel.number}))
    if parcel.status == "requested" and parcel.tracking_number is None:
        if not outbox.cancel_pending(session, "request_waybill", parcel.number):
            raise NotAllowed(Message("waybill_request_way_carrier_try", {"number": parcel.number}))
        parcel.status = "waybill"
        audit.record(session, actor, "withdraw waybill request", parcel=parcel, detail=reason)
        return "request withdrawn"
    if parcel.tracking_number is None:
        raise NotAllowed(Message("parcel_has_no_waybill_void", {"number": parcel.number}))
    _drop_label_fetch(session, parcel)
    old = parcel.tracking_number
    if parcel.tracking_source == "manual" or (parcel.tracking_source == "pool" and not parcel.carrier_shipment_id):
        # Not booked through us: nothing to void at a carrier, the number is simply dropped.
        job = live_job(session, "preadvice", parcel)
        if job is not None and job.state == "pending":
            job.state = "cancelled"
        _clear_waybill(parcel)
        parcel.status = "waybill"
        coded.store(
            parcel,
            "waybill_error",
            Message("waybill_voided_because", {"tracking": old, "reason": reason}) if reason else None,
        )
        audit.record(session, actor, "void waybill", parcel=parcel, detail=f"{old}: {reason}")
        if rebook:
            queue_request(session, parcel, actor)
        refresh_queue(parcel.order)
        return "tracking number dropped"
    method = parcel.shipping_method
    arm(
        session,
        "void_waybill",
        parcel.number,
        {
            "reference": sent_reference(session, parcel) or parcel.number,
            "shipment_id": parcel.carrier_shipment_id,
            "reason": reason,
            "rebook": rebook,
            **_match_data(parcel),
        },
        carrier_account_id=_void_account(session, parcel, method.carrier_account_id if method else None),
        parcel=parcel,
    )
    parcel.refund_state = "requested"
    if parcel.status != "intercepted":
        parcel.status = "requested" if rebook else "waybill"
        coded.store(
            parcel,
            "waybill_error",
            Message("voiding_old_waybill_first")
            if rebook
            else Message("waybill_voided_because", {"tracking": old, "reason": reason}),
        )
    audit.record(session, actor, "void waybill", parcel=parcel, detail=f"{old}: {reason}")
    refresh_queue(parcel.order)
    return "void queued"


def _match_data(parcel: Parcel) -> dict[str, Any]:
    """What a void checks a record found by reference against: is it this parcel's?"""
    return {"recipient": recipient(parcel.order), "weight_grams": parcel.weight_grams}


def _void_account(session: Session, parcel: Parcel, fallback: int | None) -> int | None:
    """The carrier that booked the waybill: the one its request went to."""
    job = _job(session, "request_waybill", parcel.number)
    return job.carrier_account_id if job is not None and job.carrier_account_id else fallback


def _clear_waybill(parcel: Parcel) -> None:
    parcel.tracking_number = None
    parcel.carrier_shipment_id = None
    parcel.tracking_source = None
    parcel.pool_id = None
    parcel.preadvice_sent_at = None
    parcel.printed_at = None


def store_label(session: Session, parcel: Parcel, fmt: str, data: bytes, *, source: str = "carrier") -> None:
    session.add(Label(parcel_id=parcel.id, format=fmt, source=source, data=data))


# --- outbox handlers --------------------------------------------------------------------


class RequestWaybill:
    """Outbox handler for ``request_waybill`` jobs."""

    def __init__(self, carrier_for: Callable[[int], CarrierConnector]) -> None:
        self.carrier_for = carrier_for

    def perform(self, job: JobView) -> Outcome:
        carrier = self.carrier_for(job.carrier_account_id or 0)
        request = request_from_payload(job.payload)

        def adopt(existing: Shipment, note: Message) -> Outcome:
            what = adoption.differences(existing, request)
            if what:
                # Another database's parcel under the same reference: printing its label
                # would send our goods to their customer.
                return Outcome(
                    "failed", adoption.refusal(request.reference, what), data={"reference_taken": request.reference}
                )
            return _done(existing, note, carrier.name)

        def call() -> Outcome:
            if job.prior_state == "unknown":
                # It may have been booked by the attempt we lost track of: never book again.
                existing = carrier.find_shipment(request.reference)
                if existing is not None:
                    return adopt(existing, Message("adopted_shipment_by_reference"))
            try:
                return _done(carrier.create_shipment(request), "", carrier.name)
            except DuplicateReference:
                existing = carrier.find_shipment(request.reference)
                if existing is None:
                    return Outcome("unknown", Message("carrier_duplicate_not_found"))
                return adopt(existing, Message("adopted_shipment_duplicate"))

        return guard(call)

    def apply(self, session: Session, job: OutboxJob, outcome: Outcome, actor: Actor) -> None:
        parcel = session.get(Parcel, job.parcel_id) if job.parcel_id else None
        if parcel is None:
            return
        if outcome.state == "done":
            data = outcome.data
            parcel.tracking_number = data["tracking_number"]
            parcel.carrier_shipment_id = data["shipment_id"]
            parcel.tracking_source = "carrier"
            coded.store(parcel, "waybill_error", None)  # refund_state stays: it tells of the waybill voided before
            audit.record(session, actor, "waybill", parcel=parcel, detail=data["tracking_number"])
            postage.record_booking(
                session,
                parcel,
                account_id=job.carrier_account_id,
                shipment_id=data["shipment_id"],
                tracking_number=data["tracking_number"],
                price=postage.from_dict(data.get("price")),
                balance=postage.from_dict(data.get("balance")),
            )
            if parcel.status in ("intercepted", "voided"):
                # Withdrawn while the request was on its way: the new booking must be voided too.
                arm(
                    session,
                    "void_waybill",
                    parcel.number,
                    {
                        "reference": job.payload.get("reference") or parcel.number,
                        "shipment_id": data["shipment_id"],
                        "reason": "withdrawn",
                        **_match_data(parcel),
                    },
                    carrier_account_id=job.carrier_account_id,
                    parcel=parcel,
                )
                parcel.refund_state = "requested"
            elif data.get("label_data") and not data.get("label_error"):
                store_label(session, parcel, data["label_format"], data["label_data"])
                if parcel.status in ("requested", "failed", "waybill"):
                    parcel.status = "labelled"
            else:
                # Booked, label still to come: stays in Waybill until it is fetched.
                if parcel.status in ("failed", "waybill"):
                    parcel.status = "requested"
                coded.store(parcel, "waybill_error", data.get("label_error") or Message("label_not_ready"))
                arm(
                    session,
                    "fetch_label",
                    parcel.number,
                    {"shipment_id": data["shipment_id"]},
                    carrier_account_id=job.carrier_account_id,
                    parcel=parcel,
                )
        elif outcome.state == "failed":
            if outcome.data.get("reference_taken"):
                # Held by someone else, so never booked by us: a retry takes a new reference.
                taken = [*job.payload.get("taken_references", ()), outcome.data["reference_taken"]]
                job.payload = {**job.payload, "taken_references": taken}
                audit.record(session, actor, "not adopted", parcel=parcel, detail=outcome.message)
            if parcel.status == "requested":
                parcel.status = "failed"
            coded.store(parcel, "waybill_error", coded.scrubbed(outcome.message))
            audit.record(session, actor, "waybill failed", parcel=parcel, detail=outcome.message)
        refresh_queue(parcel.order)


def _done(shipment: Shipment, note: Message | str, carrier: str = "the carrier") -> Outcome:
    fmt, data, error = shipment.label_format, shipment.label_data, None
    if data:
        fmt, error = _checked(fmt, data, carrier)
    return Outcome(
        "done",
        note,
        data={
            "shipment_id": shipment.shipment_id,
            "tracking_number": shipment.tracking_number,
            "label_format": fmt,
            "label_data": data,
            "label_error": error,
            "price": postage.as_dict(shipment.price),
            "balance": postage.as_dict(shipment.balance),
        },
    )


def _checked(fmt: str, data: bytes, carrier: str) -> tuple[str, Message | None]:
    """(format, None) for good label bytes, else (claimed format, why they are refused)."""
    from app.connectors.labels import check_label

    try:
        return check_label(fmt or "", data, carrier=carrier), None
    except RemoteRejected as exc:
        return fmt, exc.message


class FetchLabel:
    """Outbox handler for ``fetch_label``: the carrier booked the parcel but had no label yet."""

    def __init__(self, carrier_for: Callable[[int], CarrierConnector]) -> None:
        self.carrier_for = carrier_for

    def perform(self, job: JobView) -> Outcome:
        carrier = self.carrier_for(job.carrier_account_id or 0)

        def call() -> Outcome:
            label = carrier.get_label(job.payload["shipment_id"])
            if label is None:
                return Outcome("retry", Message("label_not_ready"), retry_after=5.0)
            fmt, error = _checked(label[0], label[1], carrier.name)
            if error:
                return Outcome("retry", error, retry_after=5.0)
            return Outcome("done", "", data={"label_format": fmt, "label_data": label[1]})

        return guard(call)

    def apply(self, session: Session, job: OutboxJob, outcome: Outcome, actor: Actor) -> None:
        parcel = session.get(Parcel, job.parcel_id) if job.parcel_id else None
        if parcel is None or parcel.carrier_shipment_id != job.payload.get("shipment_id"):
            return  # voided or rebooked meanwhile
        if outcome.state == "done":
            store_label(session, parcel, outcome.data["label_format"], outcome.data["label_data"])
            if parcel.status == "requested":
                parcel.status = "labelled"
            coded.store(parcel, "waybill_error", None)
            audit.record(session, actor, "label received", parcel=parcel)
        elif parcel.status == "requested":
            coded.store(parcel, "waybill_error", coded.scrubbed(outcome.message) or Message("label_not_ready"))
        refresh_queue(parcel.order)


class VoidWaybill:
    """Outbox handler for ``void_waybill``: cancel whatever live shipment the reference has.

    When the job says ``rebook``, the parcel's new waybill is requested once the old one
    is voided, never before (two live shipments for one parcel are what we prevent).
    """

    def __init__(self, carrier_for: Callable[[int], CarrierConnector]) -> None:
        self.carrier_for = carrier_for

    def perform(self, job: JobView) -> Outcome:
        carrier = self.carrier_for(job.carrier_account_id or 0)

        reference = str(job.payload.get("reference") or job.key)
        known = job.payload.get("shipment_id")

        def ours(existing: Shipment) -> bool:
            """The record found by reference is this parcel's (old jobs carry no recipient: trusted)."""
            if existing.shipment_id == known or "recipient" not in job.payload:
                return True
            return not adoption.differences(existing, request_from_payload({**job.payload, "reference": reference}))

        def call() -> Outcome:
            existing = carrier.find_shipment(reference)
            if existing is not None and not ours(existing):
                existing = None  # another database's shipment: never cancel it
            shipment_id = existing.shipment_id if existing is not None else known
            if not shipment_id:
                return Outcome("done", Message("no_live_shipment_to_void"))
            # Cancelling twice is harmless and names the refund of the first cancel.
            answer = carrier.cancel_shipment(shipment_id)
            refund = answer if answer in ("refunded", "refused", "requested") else "requested"
            return Outcome(
                "done",
                Message("voided_shipment", {"shipment_id": shipment_id}),
                data={"refund": refund, "shipment_id": shipment_id},
            )

        return guard(call)

    def apply(self, session: Session, job: OutboxJob, outcome: Outcome, actor: Actor) -> None:
        parcel = session.get(Parcel, job.parcel_id) if job.parcel_id else None
        if parcel is None:
            return
        if outcome.state == "done":
            parcel.waybill_voided_at = utcnow()
            parcel.refund_state = outcome.data.get("refund")
            if outcome.data.get("shipment_id"):
                postage.record_void(
                    session, parcel, shipment_id=outcome.data["shipment_id"], refund=outcome.data.get("refund")
                )
            audit.record(session, actor, "waybill voided", parcel=parcel, detail=outcome.message)
            if parcel.status in ("requested", "waybill", "failed"):
                old = parcel.tracking_number
                _clear_waybill(parcel)
                if job.payload.get("rebook") and parcel.status == "requested":
                    coded.store(parcel, "waybill_error", None)
                    method = parcel.shipping_method
                    if method is not None:
                        arm(
                            session,
                            "request_waybill",
                            parcel.number,
                            shipment_payload(session, parcel),
                            carrier_account_id=method.carrier_account_id,
                            parcel=parcel,
                        )
                    else:
                        parcel.status = "failed"
                        coded.store(parcel, "waybill_error", Message("parcel_no_shipping_method"))
                elif old and not parcel.waybill_error:
                    coded.store(parcel, "waybill_error", Message("waybill_voided_plain", {"tracking": old}))
        elif outcome.state == "failed":
            parcel.refund_state = "refused"
            coded.store(
                parcel, "waybill_error", Message("carrier_refused_void", {"reason": coded.scrubbed(outcome.message)})
            )
            if parcel.status == "requested":
                parcel.status = "failed"
            audit.record(session, actor, "void refused", parcel=parcel, detail=outcome.message)
        refresh_queue(parcel.order)
