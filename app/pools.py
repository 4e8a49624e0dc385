"""Tracking-number pools: ranges a carrier allocated to the shop, handed out offline.

A pool is a UPU S10 range (2 letters + 8-digit serial + check digit + country). Taking a
number locks the pool row (SQLite: the writing unit of work's BEGIN IMMEDIATE;
PostgreSQL: ``SELECT … FOR UPDATE``), so stations sharing one database never hand out
the same number. The parcel is labelled at once with Shipbench's own label; the carrier
hears of it later through a ``preadvice`` outbox job.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit, coded, outbox
from app.actor import Actor
from app.connectors.base import CarrierConnector, DuplicateReference
from app.errors import InvalidInput, NotAllowed
from app.messages import Message
from app.outbox import JobView, Outcome, guard
from app.review import refresh_queue
from db.models import CarrierAccount, OutboxJob, Parcel, TrackingPool, utcnow
from scanners.check_digits import make_s10, s10_check_digit

_NUMBER = re.compile(r"([A-Z]{2})(\d{8})(\d?)([A-Z]{2})")


@dataclass(frozen=True)
class Range:
    prefix: str
    first: int
    last: int
    suffix: str

    @property
    def size(self) -> int:
        return self.last - self.first + 1

    def __str__(self) -> str:
        return f"{make_s10(self.prefix, self.first, self.suffix)}–{make_s10(self.prefix, self.last, self.suffix)}"


def _serial(text: str, where: Message) -> tuple[str, int, str]:
    """(prefix, serial, country) of "RR12345678CN" or, with its check digit, "RR123456785CN"."""
    match = _NUMBER.fullmatch(text.strip().upper())
    if match is None:
        raise InvalidInput(Message("not_number_like_rr_cn", {"where": where, "text": text.strip()}))
    prefix, digits, check, country = match.groups()
    if check and int(check) != s10_check_digit(digits):
        raise InvalidInput(
            Message(
                "has_wrong_check_digit_should",
                {"where": where, "text": text.strip(), "digit": s10_check_digit(digits)},
            )
        )
    return prefix, int(digits), country


def parse_ranges(text: str) -> list[Range]:
    """Lines "RR12345678CN-RR12345999CN", or CSV "prefix,start,end,suffix" (a header is fine)."""
    ranges: list[Range] = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip().lstrip("\ufeff")
        where = Message("pool_line", {"number": number})
        if not line or line.startswith("#"):
            continue
        if "," in line or ";" in line:
            cells = [c.strip() for c in next(csv.reader(io.StringIO(line.replace(";", ","))))]
            if cells and cells[0].lower() == "prefix":
                continue  # header
            if len(cells) != 4:
                raise InvalidInput(Message("expected_prefix_start_end_suffix", {"where": where, "line": line}))
            prefix, start, end, suffix = (c.upper() for c in cells)
            if not (re.fullmatch(r"[A-Z]{2}", prefix) and re.fullmatch(r"[A-Z]{2}", suffix)):
                raise InvalidInput(
                    Message("prefix_suffix_must_letters_got", {"where": where, "prefix": prefix, "suffix": suffix})
                )
            if not (re.fullmatch(r"\d{1,8}", start) and re.fullmatch(r"\d{1,8}", end)):
                raise InvalidInput(Message("start_end_must_serials_up", {"where": where}))
            found = Range(prefix, int(start), int(end), suffix)
        else:
            left, sep, right = line.partition("-")
            if not sep:
                raise InvalidInput(Message("expected_first_last_like_rr", {"where": where, "line": line}))
            p1, first, s1 = _serial(left, where)
            p2, last, s2 = _serial(right, where)
            if (p1, s1) != (p2, s2):
                raise InvalidInput(
                    Message("both_ends_must_share_letters", {"where": where, "p1": p1, "s1": s1, "p2": p2, "s2": s2})
                )
            found = Range(p1, first, last, s1)
        if found.last < found.first:
            raise InvalidInput(Message("range_ends_before_starts", {"where": where}))
        ranges.append(found)
    if not ranges:
        raise InvalidInput(Message("file_has_no_number_ranges"))
    return ranges


@dataclass(frozen=True)
class PoolInfo:
    id: int
    carrier: str
    service: str
    range: str
    remaining: int
    size: int
    warning: str


def import_ranges(
    session: Session, text: str, carrier_account_id: int, service_code: str, actor: Actor, *, low_warning: int = 50
) -> list[TrackingPool]:
    account = session.get(CarrierAccount, carrier_account_id)
    if account is None:
        raise InvalidInput(Message("no_carrier_account", {"carrier_account_id": carrier_account_id}))
    created = []
    for rng in parse_ranges(text):
        overlap = session.scalar(
            select(TrackingPool).where(
                TrackingPool.prefix == rng.prefix,
                TrackingPool.suffix == rng.suffix,
                TrackingPool.first_serial <= rng.last,
                TrackingPool.last_serial >= rng.first,
            )
        )
        if overlap is not None:
            raise InvalidInput(Message("numbers_overlap_pool_already_imported", {"numbers": rng, "pool": overlap.id}))
        pool = TrackingPool(
            carrier_account_id=account.id,
            service_code=service_code,
            prefix=rng.prefix,
            suffix=rng.suffix,
            first_serial=rng.first,
            last_serial=rng.last,
            next_serial=rng.first,
            low_warning=low_warning,
        )
        session.add(pool)
        created.append(pool)
    session.flush()
    audit.record(session, actor, "import tracking pool", detail=", ".join(str(p.id) for p in created))
    return created


def remaining(pool: TrackingPool) -> int:
    return max(0, pool.last_serial - pool.next_serial + 1)


def low_warning(pool: TrackingPool, carrier: str) -> str:
    left = remaining(pool)
    label = f"{pool.prefix}…{pool.suffix}" + (f" ({pool.service_code})" if pool.service_code else "")
    if left == 0:
        return f"tracking pool {label} of {carrier} is used up"
    if left <= pool.low_warning:
        return f"tracking pool {label} of {carrier} is running low: {left} numbers left"
    return ""


def pool_infos(session: Session) -> list[PoolInfo]:
    infos = []
    for pool in session.scalars(select(TrackingPool).order_by(TrackingPool.id)):
        name = pool.carrier_account.name
        infos.append(
            PoolInfo(
                id=pool.id,
                carrier=name,
                service=pool.service_code,
                range=str(Range(pool.prefix, pool.first_serial, pool.last_serial, pool.suffix)),
                remaining=remaining(pool),
                size=pool.last_serial - pool.first_serial + 1,
                warning=low_warning(pool, name),
            )
        )
    return infos


def take_number(session: Session, carrier_account_id: int, service_code: str) -> tuple[TrackingPool, str]:
    """The next free number of the carrier's pool for this service (or its any-service pool).

    Must run in a writing unit of work: the row lock holds until its commit.
    """
    pool = session.scalar(
        select(TrackingPool)
        .where(
            TrackingPool.carrier_account_id == carrier_account_id,
            TrackingPool.service_code.in_((service_code, "")),
            TrackingPool.next_serial <= TrackingPool.last_serial,
        )
        .order_by((TrackingPool.service_code == "").asc(), TrackingPool.id)
        .limit(1)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    if pool is None:
        raise NotAllowed(Message("no_tracking_numbers_left_pool"))
    serial = pool.next_serial
    pool.next_serial = serial + 1
    session.flush()
    return pool, make_s10(pool.prefix, serial, pool.suffix)


def assign(session: Session, parcel: Parcel, actor: Actor) -> str:
    """Label the parcel with a pool number now; the carrier is pre-advised later (a job)."""
    if parcel.status not in ("waybill", "failed", "requested") or parcel.tracking_number is not None:
        raise NotAllowed(Message("parcel_already_has_waybill_past", {"number": parcel.number}))
    if parcel.status == "requested" and not outbox.cancel_pending(session, "request_waybill", parcel.number):
        raise NotAllowed(Message("waybill_request_way_carrier_wait", {"number": parcel.number}))
    method = parcel.shipping_method
    if method is None:
        raise NotAllowed(Message("parcel_has_no_shipping_method", {"number": parcel.number}))
    pool, number = take_number(session, method.carrier_account_id, method.code)
    parcel.tracking_number = number
    parcel.tracking_source = "pool"
    parcel.pool_id = pool.id
    parcel.carrier_shipment_id = None
    coded.store(parcel, "waybill_error", None)
    parcel.status = "labelled"
    from app.waybills import arm, shipment_payload

    arm(
        session,
        "preadvice",
        parcel.number,
        {**shipment_payload(session, parcel), "tracking_number": number},
        carrier_account_id=method.carrier_account_id,
        parcel=parcel,
    )
    audit.record(session, actor, "tracking from pool", parcel=parcel, detail=number)
    refresh_queue(parcel.order)
    return number


class Preadvice:
    """Outbox handler for ``preadvice``: tell the carrier about a parcel labelled from a pool."""

    def __init__(self, carrier_for: Callable[[int], CarrierConnector]) -> None:
        self.carrier_for = carrier_for

    def perform(self, job: JobView) -> Outcome:
        from app.waybills import request_from_payload

        carrier = self.carrier_for(job.carrier_account_id or 0)
        send = getattr(carrier, "preadvice", None)
        if send is None:
            return Outcome("failed", Message("carrier_takes_no_preadvice", {"carrier": carrier.name}))
        request = request_from_payload(job.payload)
        tracking = str(job.payload["tracking_number"])

        def call() -> Outcome:
            try:
                shipment_id = send(request, tracking)
            except DuplicateReference as exc:
                return Outcome("failed", Message("carrier_has_other_waybill", {"reason": exc.message}))
            return Outcome("done", "", data={"shipment_id": shipment_id})

        return guard(call)

    def apply(self, session: Session, job: OutboxJob, outcome: Outcome, actor: Actor) -> None:
        parcel = session.get(Parcel, job.parcel_id) if job.parcel_id else None
        if parcel is None or parcel.tracking_number != job.payload.get("tracking_number"):
            return
        if outcome.state == "done":
            parcel.preadvice_sent_at = utcnow()
            parcel.carrier_shipment_id = outcome.data.get("shipment_id") or None
            audit.record(session, actor, "pre-advice sent", parcel=parcel, detail=parcel.tracking_number or "")
        elif outcome.state == "failed":
            coded.store(
                parcel, "waybill_error", Message("preadvice_refused", {"reason": coded.scrubbed(outcome.message)})
            )
