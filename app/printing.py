"""Print batches: a durable print job whose labels go pending → sent → printed (or uncertain).

A label is *printed* only when the printer counted it (`app/print_run.py` runs the batch
through `printers.confirm`), when the user confirms a batch sent to a printer that cannot
say, or when its parcel is scanned at the bench. What only left the computer is *sent*.
This module holds the job's rules; the sending is in `app/print_run.py`.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app import audit, coded
from app.actor import Actor
from app.errors import ClaimedElsewhere, InvalidInput, NotAllowed, NotFound
from app.messages import Message
from app.review import refresh_queue
from db.models import Order, Parcel, Printer, PrintJob, PrintJobItem, utcnow
from db.repositories.parcels import ParcelsRepository
from db.repositories.printers import PrintersRepository
from printers.identity import PrinterIdentity
from printers.transports import transport_from_uri

log = logging.getLogger(__name__)

PRINTABLE = ("labelled", "printed")


SPOKEN = ("zpl", "tspl")  # what a printer may say it speaks that we can drive


def ensure_printer(
    session: Session, uri: str, *, name: str = "Label printer", identity: PrinterIdentity | None = None
) -> Printer:
    """The printer at ``uri``, registered on first use with what it said about itself
    (language, dpi); a printer that cannot say is taken as ZPL at 203 dpi."""
    repo = PrintersRepository(session)
    printer = repo.by_uri(uri)
    if printer is None:
        try:
            transport_from_uri(uri)
        except ValueError as exc:
            raise InvalidInput(str(exc)) from None
        language = identity.language if identity is not None and identity.language else "zpl"
        if language not in SPOKEN:
            raise NotAllowed(f"the printer at {uri} speaks {language.upper()}; Shipbench prints ZPL or TSPL labels")
        dpi = identity.dpi if identity is not None and identity.dpi in (203, 300) else 203
        taken = repo.by_name(name)
        printer = Printer(name=name if taken is None else f"{name} ({uri})"[:80], uri=uri, language=language, dpi=dpi)
        session.add(printer)
        session.flush()
    return printer


ORDERS = ("queue", "carrier", "sku", "bin", "order_date")


class NothingToPrint(NotAllowed):
    """Every parcel asked for was left out; why (an order's review reason) is still to be kept."""


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
    from_queue: bool = False,
) -> PrintJob:
    """A durable job for these parcels, in the order the packer wants them off the printer.

    ``reverse`` matches printers that stack the last label on top. A parcel already
    printed needs a reprint reason — unless the parcels were taken from the Print queue
    (``from_queue``): then one printed since, by another station, is left out.
    """
    from app.labels import label_problem  # the label renderers: loaded when a job is made, not at start

    if order_by not in ORDERS:
        raise InvalidInput(Message("print_order_must_one", {"orders": ", ".join(ORDERS)}))
    items, skipped, unfit, printed_meanwhile = [], [], [], []
    for parcel in parcels:
        if parcel.status == "printed" and not reprint_reason.strip() and from_queue:
            printed_meanwhile.append(parcel.number)
            continue
        if parcel.status == "printed" and not reprint_reason.strip():
            raise NotAllowed(Message("parcel_was_already_printed_reprint", {"number": parcel.number}))
        if parcel.status not in PRINTABLE or not parcel.tracking_number:
            # Intercepted or voided since it was selected (a pull ran meanwhile): leave it out.
            skipped.append(f"{parcel.number} ({parcel.status})")
            continue
        problem = label_problem(session, parcel, printer)
        if problem is not None:  # printed, the carrier would miss the country, postcode or city
            _needs_review(session, parcel, problem, actor)
            unfit.append(Message("left_out_line", {"number": parcel.number, "reason": problem}))
            skipped.append(f"{parcel.number} ({problem})")
            continue
        items.append(parcel)
    if not items and printed_meanwhile and not skipped:
        raise ClaimedElsewhere(
            f"nothing to print: {len(printed_meanwhile)} label(s) were printed meanwhile by another station"
        )
    skipped += [f"{number} (printed meanwhile by another station)" for number in printed_meanwhile]
    if not items:
        if skipped:
            raise NothingToPrint(f"nothing to print: {', '.join(skipped[:5])} cannot be printed now")
        raise InvalidInput(Message("nothing_print"))
    items.sort(key=_sort_key(order_by), reverse=reverse)
    job = PrintJob(
        printer_id=printer.id,
        user_id=actor.user_id,
        station_id=actor.station_id,
        order_by=order_by + (" reversed" if reverse else ""),
    )
    coded.store_lines(job, "left_out", "left_out_codes", unfit)
    job.left_out = job.left_out or None
    session.add(job)
    session.flush()
    # the claim decides: a parcel another batch holds (another station's, made at this very moment) stays there
    repo = PrintersRepository(session)
    held = repo.claim(job.id, [p.id for p in items])
    if from_queue and not reprint_reason.strip():
        # printed by another station between our read and our claim: its batch let go of it just then
        now = ParcelsRepository(session).statuses_now(sorted(held))
        late = [p for p in items if p.id in held and now.get(p.id) != "labelled"]
        if late:
            repo.release(job.id, [p.id for p in late])
            held -= {p.id for p in late}
            for parcel in late:
                session.expire(parcel, ["status"])
    taken = [p for p in items if p.id not in held]
    skipped += [f"{p.number} (in another print job)" for p in taken]
    items = [p for p in items if p.id in held]
    if not items:
        session.delete(job)
        session.flush()
        raise ClaimedElsewhere(
            f"nothing to print: {len(taken)} label(s) are in another station's print job (the other station got there first)"
        )
    job.items = [PrintJobItem(parcel_id=p.id, seq=i) for i, p in enumerate(items)]
    session.flush()
    if skipped:
        log.info("print job %s leaves out %s", job.id, ", ".join(skipped))
        audit.record(session, actor, "print job", detail="left out: " + ", ".join(skipped))
    if reprint_reason:
        for parcel in items:
            if parcel.status == "printed":
                audit.record(session, actor, "reprint", parcel=parcel, detail=reprint_reason)
    return job


def _needs_review(session: Session, parcel: Parcel, reason: str, actor: Actor) -> None:
    """The parcel's label cannot print: its order shows why, until a label of it prints."""
    order = parcel.order
    reasons = coded.read_lines(order, "review_reasons", "review_reason_codes")
    if reason not in [str(r) for r in reasons]:
        coded.store_lines(order, "review_reasons", "review_reason_codes", [*reasons, reason])
        audit.record(session, actor, "label does not fit", order=order, parcel=parcel, detail=reason)


def _label_printed(order: Order) -> None:
    """A label of the order printed: a "too long for the label" reason is answered."""
    reasons = coded.read_lines(order, "review_reasons", "review_reason_codes")
    kept = [r for r in reasons if not _UNFIT.fullmatch(str(r))]
    if kept != reasons:
        coded.store_lines(order, "review_reasons", "review_reason_codes", kept)


_UNFIT = re.compile(r"(?:sender )?address too long for the \S+ label")


@dataclass(frozen=True)
class JobProgress:
    job_id: int
    printed: int
    total: int
    status: str  # the job's status: printing | sent | done | stopped | cancelled
    error: str = ""  # in English (the command line, the logs); ``said`` is the same for the GUI
    sent: int = 0  # sent, not (yet) confirmed printed
    uncertain: tuple[str, ...] = ()  # parcel numbers whose label may or may not have printed
    left_out: tuple[str, ...] = ()  # "P00000042: address too long for the 100×100 label": not printed
    skipped: tuple[str, ...] = ()  # "P-0001 (printed by print job 7)": left out while the batch waited
    said: Message | str = ""  # the error as a message; a printer's own words, or an older row's text, as text
    left_out_said: tuple[Message | str, ...] = ()  # ``left_out`` as messages (texts on older rows)


def progress_of(job: PrintJob) -> JobProgress:
    states = [item.state for item in job.items]
    return JobProgress(
        job.id,
        states.count("printed"),
        len(states) - states.count("skipped"),
        job.status,
        job.error or "",
        states.count("sent"),
        tuple(item.parcel.number for item in job.items if item.state == "uncertain"),
        tuple(line for line in (job.left_out or "").split("\n") if line),
        tuple(f"{item.parcel.number} ({item.note})" for item in job.items if item.state == "skipped"),
        coded.read(job, "error") or "",
        tuple(coded.read_lines(job, "left_out", "left_out_codes")),
    )


def mark_printed(session: Session, item: PrintJobItem, actor: Actor, how: str) -> None:
    """The label is on paper: the item is printed, and a parcel printed for the first time moves to Scan."""
    if item.state == "printed":
        return
    item.state = "printed"
    item.printed_at = utcnow()
    PrintersRepository(session).release(item.job_id, [item.parcel_id])
    parcel = item.parcel
    _label_printed(parcel.order)
    first_time = parcel.status == "labelled"
    if first_time:
        parcel.status = "printed"
        parcel.printed_at = item.printed_at
        refresh_queue(parcel.order)
    audit.record(session, actor, "printed" if first_time else "reprinted", parcel=parcel, detail=how)


def settle_status(job: PrintJob) -> None:
    """A batch whose every label is printed is done; one with only sent labels waits for a confirmation."""
    if job.status == "cancelled":
        return
    states = {item.state for item in job.items}
    if states <= {"printed", "skipped"}:
        job.status = "done"
        coded.store(job, "error", None)
    elif "pending" not in states and "uncertain" not in states and job.status in ("printing", "sent", "stopped"):
        job.status = "sent"
        coded.store(job, "error", None)


def _job(session: Session, job_id: int) -> PrintJob:
    job = PrintersRepository(session).job(job_id)
    if job is None:
        raise NotFound(Message("no_print_job", {"job_id": job_id}))
    return job


def confirm_job(session: Session, job_id: int, actor: Actor) -> JobProgress:
    """The user saw the batch come out of a printer that cannot say: every sent label is printed."""
    job = _job(session, job_id)
    sent = [item for item in job.items if item.state == "sent"]
    if not sent:
        uncertain = [item.parcel.number for item in job.items if item.state == "uncertain"]
        if uncertain:
            raise NotAllowed(f"print job {job_id}: say first whether {uncertain[0]} printed (resolve)")
        raise NotAllowed(f"print job {job_id} has no labels waiting for a confirmation")
    for item in sent:
        mark_printed(session, item, actor, f"confirmed by the user (job {job_id})")
    settle_status(job)
    return progress_of(job)


def resolve_job(session: Session, job_id: int, actor: Actor, *, printed: bool) -> JobProgress:
    """The user says whether the uncertain label (in flight when the app died) came out."""
    job = _job(session, job_id)
    uncertain = [item for item in job.items if item.state == "uncertain"]
    if not uncertain:
        raise NotAllowed(f"print job {job_id} has no label in doubt")
    for item in uncertain:
        if printed:
            mark_printed(session, item, actor, f"the user saw it printed (job {job_id})")
        else:
            item.state, item.sent_at, item.odometer = "pending", None, None
            audit.record(
                session, actor, "label not printed", parcel=item.parcel, detail=f"job {job_id}: will be sent again"
            )
    if job.status not in ("cancelled",):
        job.status = "stopped" if any(i.state == "pending" for i in job.items) else job.status
        if job.status == "stopped":
            coded.store(job, "error", None)
    settle_status(job)
    return progress_of(job)


def confirm_scanned(session: Session, parcel: Parcel, actor: Actor) -> bool:
    """A parcel scanned at the bench whose label was only sent: the label is in the packer's hand."""
    items = PrintersRepository(session).sent_items_of_parcel(parcel.id)
    for item in items:
        mark_printed(session, item, actor, "scanned at the bench")
        settle_status(item.job)
    return bool(items)


def cancel_job(session: Session, job_id: int, actor: Actor) -> None:
    """Stop a batch for good: the labels not printed go back to the Print queue."""
    job = _job(session, job_id)
    if job.status == "done":
        raise NotAllowed(Message("print_job_already_finished", {"job_id": job_id}))
    left = sum(1 for item in job.items if item.state not in ("printed", "skipped"))
    PrintersRepository(session).release(job.id)
    job.status = "cancelled"
    coded.store(job, "error", Message("print_job_cancelled_left", {"left": left}))
    audit.record(session, actor, "print job cancelled", detail=job.error or "")


def unfinished_jobs(
    session: Session, printer_id: int | None = None, *, station_id: int | None = None, foreign: bool = False
) -> list[PrintJob]:
    return PrintersRepository(session).unfinished_jobs(printer_id, station_id=station_id, foreign=foreign)


LEASE = dt.timedelta(seconds=60)  # a station sending a batch renews it with every label


def not_to_print(session: Session, item: PrintJobItem) -> str | None:
    """Why this waiting label must not go out now (None: print it): its parcel was printed
    by another batch, the label is held by one, or the parcel can no longer be printed."""
    parcel, job = item.parcel, item.job
    holder = PrintersRepository(session).claim_holder(parcel.id)
    if holder is not None and holder != job.id:
        return f"in print job {holder}"
    if parcel.status not in PRINTABLE or not parcel.tracking_number:
        return parcel.status
    if parcel.printed_at is not None and parcel.printed_at > job.created_at:
        return "printed elsewhere while it waited"
    return None


def skip(session: Session, item: PrintJobItem, actor: Actor, why: str) -> None:
    """Leave the label out of its batch with the reason, and let go of the parcel."""
    item.state, item.note, item.sent_at, item.odometer = "skipped", why[:120], None, None
    PrintersRepository(session).release(item.job_id, [item.parcel_id])
    audit.record(session, actor, "label skipped", parcel=item.parcel, detail=f"job {item.job_id}: {why}")


def take_over_job(session: Session, job_id: int, actor: Actor) -> JobProgress:
    """This station takes an unfinished batch over from another one (gone, crashed, switched off)."""
    repo = PrintersRepository(session)
    job = _job(session, job_id)
    if job.station_id == actor.station_id:
        raise NotAllowed(f"print job {job_id} is this station's already")
    if job.status not in ("pending", "printing", "stopped"):
        raise NotAllowed(f"print job {job_id} is {job.status}: there is nothing left to send")
    owner = repo.station_name(job.station_id)
    now = utcnow()
    if not repo.take_over(job_id, job.station_id, actor.station_id, now):
        raise ClaimedElsewhere(
            f"print job {job_id} is being printed at {owner} right now (or another station just took it over)"
        )
    session.refresh(job)
    audit.record(session, actor, "print job taken over", detail=f"job {job_id} from {owner}")
    return progress_of(job)
