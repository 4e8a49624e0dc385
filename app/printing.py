"""Print orchestration: a batch is a durable print job that resumes at the first label not printed.

A parcel counts as printed only after the transport accepted its bytes; each label is
recorded in its own short transaction right after, so a fault or a crash never makes
a label print twice or get skipped.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit
from app.actor import Actor
from app.errors import InvalidInput, NotAllowed
from app.review import refresh_queue
from app.labels import label_bytes
from db.models import Parcel, Printer, PrintJob, PrintJobItem, utcnow
from db.uow import Database
from printers.errors import PrinterError
from printers.status import check_status
from printers.transports import Transport, transport_from_uri

log = logging.getLogger(__name__)

PRINTABLE = ("labelled", "printed")


def ensure_printer(session: Session, uri: str, *, name: str = "Label printer") -> Printer:
    """The printer at ``uri``, registered on first use."""
    printer = session.scalar(select(Printer).where(Printer.uri == uri))
    if printer is None:
        try:
            transport_from_uri(uri)
        except ValueError as exc:
            raise InvalidInput(str(exc)) from None
        taken = session.scalar(select(Printer).where(Printer.name == name))
        printer = Printer(name=name if taken is None else f"{name} ({uri})"[:80], uri=uri, language="zpl", dpi=203)
        session.add(printer)
        session.flush()
    return printer


ORDERS = ("queue", "carrier", "sku", "bin", "order_date")


def _sort_key(order_by: str) -> Callable[[Parcel], tuple[object, ...]]:
    def first_line(p: Parcel) -> tuple[str, str]:
        products = sorted((ln.product.bin_location, ln.product.sku) for ln in p.lines if ln.product is not None)
        return products[0] if products else ("", "")

    keys: dict[str, Callable[[Parcel], tuple[object, ...]]] = {
        "queue": lambda p: (p.id,),
        "carrier": lambda p: (
            p.shipping_method.carrier_account.name if p.shipping_method else "",
            p.shipping_method.code if p.shipping_method else "",
            p.id,
        ),
        "sku": lambda p: (first_line(p)[1], p.id),
        "bin": lambda p: (*first_line(p), p.id),
        "order_date": lambda p: (p.order.ordered_at.isoformat() if p.order.ordered_at else "", p.id),
    }
    return keys[order_by]


def create_job(
    session: Session,
    parcels: list[Parcel],
    printer: Printer,
    actor: Actor,
    *,
    reprint_reason: str = "",
    order_by: str = "queue",
    reverse: bool = False,
) -> PrintJob:
    """A durable job for these parcels, in the order the packer wants them off the printer.

    ``reverse`` matches printers that stack the last label on top. A parcel already
    printed needs a reprint reason.
    """
    if order_by not in ORDERS:
        raise InvalidInput(f"print order must be one of {', '.join(ORDERS)}")
    items, skipped = [], []
    for parcel in parcels:
        if parcel.status == "printed" and not reprint_reason.strip():
            raise NotAllowed(f"parcel {parcel.number} was already printed: a reprint needs a reason")
        if parcel.status in PRINTABLE and parcel.tracking_number:
            items.append(parcel)
        else:
            # Intercepted or voided since it was selected (a pull ran meanwhile): leave it out.
            skipped.append(f"{parcel.number} ({parcel.status})")
    if not items:
        if skipped:
            raise NotAllowed(f"nothing to print: {', '.join(skipped[:5])} cannot be printed now")
        raise InvalidInput("nothing to print")
    items.sort(key=_sort_key(order_by), reverse=reverse)
    job = PrintJob(
        printer_id=printer.id,
        user_id=actor.user_id,
        station_id=actor.station_id,
        order_by=order_by + (" reversed" if reverse else ""),
    )
    job.items = [PrintJobItem(parcel_id=p.id, seq=i) for i, p in enumerate(items)]
    session.add(job)
    session.flush()
    if skipped:
        log.info("print job %s leaves out %s", job.id, ", ".join(skipped))
        audit.record(session, actor, "print job", detail="left out: " + ", ".join(skipped))
    if reprint_reason:
        for parcel in items:
            if parcel.status == "printed":
                audit.record(session, actor, "reprint", parcel=parcel, detail=reprint_reason)
    return job


@dataclass(frozen=True)
class JobProgress:
    job_id: int
    printed: int
    total: int
    status: str
    error: str = ""


def run_job(
    db: Database,
    job_id: int,
    actor: Actor,
    *,
    transport_for: Callable[[str], Transport] = transport_from_uri,
    progress: Callable[[JobProgress], None] | None = None,
    should_stop: Callable[[], bool] = lambda: False,
) -> JobProgress:
    """Send every label not yet printed, in order; stops at the first fault and says why."""
    with db.uow() as uow:
        job = uow.session.get(PrintJob, job_id)
        if job is None:
            raise InvalidInput(f"no print job {job_id}")
        uri, language = job.printer.uri, job.printer.language
        todo = [item.id for item in job.items if item.printed_at is None]
        total = len(job.items)
        printed = total - len(todo)
        if job.status in ("cancelled", "done"):
            return JobProgress(job_id, printed, total, job.status, job.error or "")
        job.status = "printing"
        job.error = None
        uow.commit()
    try:
        transport = transport_for(uri)
    except ValueError as exc:
        return _stop(db, job_id, printed, total, str(exc))
    two_way = hasattr(transport, "query") and language in ("zpl", "tspl", "escpos")

    for item_id in todo:
        if should_stop():
            return _stop(db, job_id, printed, total, "paused", status="stopped")
        # Ask before every label: a printer out of paper still takes bytes and drops them.
        status = check_status(transport, language) if two_way else None
        if status is not None and status.state not in ("ready", "unknown"):
            return _stop(db, job_id, printed, total, status.message)
        with db.reader() as uow:
            item = uow.session.get(PrintJobItem, item_id)
            assert item is not None
            parcel = item.parcel
            data = label_bytes(uow.session, parcel, item.job.printer)
            name = parcel.number
        try:
            transport.send(data, name=name)
        except PrinterError as exc:
            return _stop(db, job_id, printed, total, str(exc))
        with db.uow() as uow:
            item = uow.session.get(PrintJobItem, item_id)
            assert item is not None
            item.printed_at = utcnow()
            parcel = item.parcel
            first_time = parcel.status == "labelled"
            if first_time:
                parcel.status = "printed"
                parcel.printed_at = item.printed_at
            refresh_queue(parcel.order)
            audit.record(uow.session, actor, "printed" if first_time else "reprinted", parcel=parcel)
            uow.commit()
        printed += 1
        if progress is not None:
            progress(JobProgress(job_id, printed, total, "printing"))

    with db.uow() as uow:
        job = uow.session.get(PrintJob, job_id)
        assert job is not None
        job.status = "done"
        uow.commit()
    done = JobProgress(job_id, printed, total, "done")
    if progress is not None:
        progress(done)
    return done


def _stop(db: Database, job_id: int, printed: int, total: int, why: str, *, status: str = "stopped") -> JobProgress:
    with db.uow() as uow:
        job = uow.session.get(PrintJob, job_id)
        assert job is not None
        job.status = status
        job.error = why
        uow.commit()
    log.warning("print job %s stopped after %s of %s labels: %s", job_id, printed, total, why)
    return JobProgress(job_id, printed, total, status, why)


def cancel_job(session: Session, job_id: int, actor: Actor) -> None:
    """Stop a batch for good: the labels not printed go back to the Print queue."""
    job = session.get(PrintJob, job_id)
    if job is None:
        raise InvalidInput(f"no print job {job_id}")
    if job.status == "done":
        raise NotAllowed(f"print job {job_id} already finished")
    left = sum(1 for item in job.items if item.printed_at is None)
    job.status = "cancelled"
    job.error = f"cancelled with {left} labels not printed"
    audit.record(session, actor, "print job cancelled", detail=job.error)


def unfinished_jobs(session: Session) -> list[PrintJob]:
    return list(session.scalars(select(PrintJob).where(PrintJob.status.in_(("pending", "printing", "stopped")))))
