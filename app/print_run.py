"""Running a print batch: send its labels and record, per label, what the printer says.

Two kinds of printer:

- *two-way* (a ZPL printer on TCP that answers `~HS` and, on Link-OS, the SGD label
  counter): the batch runs through `printers.confirm.PrintConfirmer`; a label is marked
  *sent* — with the printer's count before it — just before its bytes leave, and
  *printed* only when the printer's own count moved past it. After a crash, a restart
  or a stop, the labels still *sent* are reckoned from the count then and now
  (`printers.confirm.settle`): printed ones are never sent again, lost ones go back.
- *one-way* (folder, CUPS, spooler, serial, USB, a printer that does not answer): a label
  is *uncertain* while its bytes are in flight and *sent* once the transport took them;
  the user confirms the batch (or scans the parcels). A process killed mid-send leaves at
  most that one label *uncertain*, and the batch does not resume until the user says
  whether it printed.

Every run ends with the job stopped, sent or done and its reason: never "printing"
after the run returned or raised.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Sequence

from app import audit, coded
from app.actor import Actor
from app.errors import NotAllowed, NotFound, ShipbenchError
from app.labels import label_bytes
from app.messages import Message
from app.printing import LEASE, JobProgress, mark_printed, not_to_print, progress_of, settle_status, skip
from db.models import PrintJobItem, utcnow
from db.uow import Database, UnitOfWork
from printers.confirm import BatchOutcome, LabelEvent, PrintConfirmer, read_counter, settle
from printers.errors import PrinterError, PrinterOffline
from printers.layout import LabelError
from printers.status import PrinterStatus, check_status
from printers.transports import Transport, transport_from_uri

__all__ = ["run_job"]

log = logging.getLogger(__name__)

_REASONS = {
    "paper_out": Message("print_paper_out"),
    "head_open": Message("print_head_open"),
    "paused": Message("print_printer_paused"),
    "ribbon_out": Message("print_ribbon_out"),
    "printer_error": Message("print_printer_error"),
    "stalled": Message("print_stalled"),
    "stopped": Message("print_paused"),
}


def run_job(
    db: Database,
    job_id: int,
    actor: Actor,
    *,
    transport_for: Callable[[str], Transport] = transport_from_uri,
    progress: Callable[[JobProgress], None] | None = None,
    should_stop: Callable[[], bool] = lambda: False,
    poll_interval: float = 0.02,
    stall_timeout: float = 5.0,
) -> JobProgress:
    """Send every label of the job not yet sent, confirm what the printer can confirm, and
    say how the batch ended (done, sent and waiting for a confirmation, stopped and why)."""
    batch = _Batch(db, job_id, actor, progress, should_stop, poll_interval, stall_timeout)
    try:
        return batch.run(transport_for)
    except ForeignBatch:  # another station's: not ours to stop either
        raise
    except ShipbenchError as exc:
        return batch.stop(exc.message)
    except (LabelError, PrinterError) as exc:
        return batch.stop(str(exc))
    except BaseException as exc:
        try:
            batch.stop(Message("print_stopped_unexpected", {"error": str(exc)}))
        except Exception:  # the database itself failed: the log has both
            log.exception("print job %s: could not record the stop", job_id)
        raise


class ForeignBatch(NotAllowed):
    """The batch belongs to another station: it resumes there, or after a take-over here."""


class _Batch:
    def __init__(
        self,
        db: Database,
        job_id: int,
        actor: Actor,
        progress: Callable[[JobProgress], None] | None,
        should_stop: Callable[[], bool],
        poll_interval: float,
        stall_timeout: float,
    ) -> None:
        self.db, self.job_id, self.actor = db, job_id, actor
        self.progress, self.should_stop = progress, should_stop
        self.poll_interval, self.stall_timeout = poll_interval, stall_timeout
        self.started = False

    # -- the run ------------------------------------------------------------------------

    def run(self, transport_for: Callable[[str], Transport]) -> JobProgress:
        with self.db.uow() as uow:
            job = uow.printers.job(self.job_id)
            if job is None:
                raise NotFound(Message("no_print_job", {"job_id": self.job_id}))
            if job.station_id != self.actor.station_id:
                owner = uow.printers.station_name(job.station_id)
                raise ForeignBatch(
                    f"print job {self.job_id} is {owner}'s: it resumes there — if that station is gone, "
                    f"`print-jobs take-over {self.job_id}`"
                )
            states = {item.state for item in job.items}
            if job.status in ("cancelled", "done") or not states & {"pending", "sent", "uncertain"}:
                settle_status(job)
                uow.commit()
                return progress_of(job)
            if job.status == "sent":  # all sent to a printer that cannot say: the user confirms
                return progress_of(job)
            job.status = "printing"
            coded.store(job, "error", None)
            job.lease_until = utcnow() + LEASE
            # a label whose parcel was printed elsewhere (or intercepted) while the batch waited stays out
            for item in job.items:
                if item.state == "pending":
                    why = not_to_print(uow.session, item)
                    if why is not None:
                        skip(uow.session, item, self.actor, why)
            uow.commit()
            self.started = True
            uri, language = job.printer.uri, job.printer.language
        try:
            transport = transport_for(uri)
        except ValueError as exc:
            return self.stop(str(exc))
        status: PrinterStatus | None = None
        if hasattr(transport, "query") and language in ("zpl", "tspl", "escpos"):
            status = check_status(transport, language)
            if status.state == "offline" and "error" in status.details:  # cannot be reached: nothing sent
                return self.stop(status.message)
            if status.state == "offline":  # takes bytes, answers nothing: a one-way printer
                status = None
        if language == "zpl" and status is not None and status.state != "unknown":
            return self.two_way(transport, language)
        return self.one_way(transport, language, status)

    def two_way(self, transport: Transport, language: str) -> JobProgress:
        held = self.items(("sent", "uncertain"))
        if held:
            stopped = self.reckon_held(transport, held)
            if stopped is not None:
                return stopped
        # each label is drawn when its turn comes: a long batch starts printing at once
        labels = [
            (str(item_id), functools.partial(self.render_one, item_id)) for item_id, _ in self.items(("pending",))
        ]
        confirmer = PrintConfirmer(
            transport,
            language=language,
            window=2,
            max_window=8,  # a fast printer gets more in hand, so its head never waits for the next label
            poll_interval=self.poll_interval,
            stall_timeout=self.stall_timeout,
            on_event=self.on_event,
            should_stop=self.should_stop,
        )
        return self.outcome(confirmer.run(labels))

    def reckon_held(self, transport: Transport, held: list[tuple[int, int | None]]) -> JobProgress | None:
        """Labels a previous run sent: which printed, which the printer still holds, which it lost."""
        before = held[0][1]
        if before is None or read_counter(transport) is None:
            self.set_state([item_id for item_id, _ in held], "uncertain")
            return self.stop(Message("print_cannot_count"))
        settled = settle(
            transport, len(held), before, poll_interval=self.poll_interval, stall_timeout=self.stall_timeout
        )
        if settled is None:
            return self.stop(Message("print_stopped_answering_sent"))
        reckoning, status = settled
        ids = [item_id for item_id, _ in held]
        printed = ids[: reckoning.printed]
        queued = ids[reckoning.printed : reckoning.printed + reckoning.queued]
        lost = ids[reckoning.printed + reckoning.queued :]
        with self.db.uow() as uow:
            for item_id in printed:
                mark_printed(uow.session, self.item(uow, item_id), self.actor, "counted by the printer")
            for item_id in queued:
                self.item(uow, item_id).state = "sent"
            for item_id in lost:
                item = self.item(uow, item_id)
                item.state, item.sent_at, item.odometer = "pending", None, None
            if lost:
                audit.record(
                    uow.session,
                    self.actor,
                    "print job",
                    detail=f"job {self.job_id}: {len(lost)} label(s) lost by the printer, sent again",
                )
            uow.commit()
        log.info(
            "print job %s: of %d sent, %d printed, %d held, %d lost",
            self.job_id,
            len(ids),
            len(printed),
            len(queued),
            len(lost),
        )
        if queued:
            return self.stop(status.message if status.state != "ready" else _REASONS["stalled"])
        return None

    def one_way(self, transport: Transport, language: str, status: PrinterStatus | None) -> JobProgress:
        if self.items(("uncertain",)):
            return self.stop(Message("print_label_in_doubt"))
        ask = status is not None and status.state != "unknown"
        for item_id, _ in self.items(("pending",)):
            if self.should_stop():
                return self.stop(Message("print_paused"))
            if ask:
                status = check_status(transport, language)
                if status.state not in ("ready", "unknown"):
                    return self.stop(status.message)
            data = self.render_one(item_id)
            name = self.in_flight(item_id)
            if name is None:  # printed elsewhere meanwhile: skipped, with its line in the report
                continue
            try:
                transport.send(data, name=name)
            except PrinterOffline as exc:  # nothing reached the printer
                self.set_state([item_id], "pending")
                return self.stop(str(exc))
            # any other PrinterError: part of it may have reached the printer; it stays uncertain
            self.set_state([item_id], "sent")
            self.report()
        return self.stop(None)

    # -- events from the confirmer ------------------------------------------------------

    def on_event(self, event: LabelEvent) -> None:
        item_id = int(event.label_id)
        if event.state == "sending":  # recorded before the bytes leave: a crash can never forget it
            with self.db.uow() as uow:
                item = self.item(uow, item_id)
                item.state, item.sent_at, item.odometer = "sent", utcnow(), event.odometer
                item.job.lease_until = utcnow() + LEASE
                uow.commit()
        elif event.state == "printed":
            with self.db.uow() as uow:
                mark_printed(uow.session, self.item(uow, item_id), self.actor, "counted by the printer")
                uow.commit()
            self.report()
        elif event.state == "lost":
            self.set_state([item_id], "pending")
        elif event.state == "uncertain":
            self.set_state([item_id], "uncertain")

    def outcome(self, outcome: BatchOutcome) -> JobProgress:
        """Make the records agree with the confirmer's last word, then say how the batch ended."""
        self.set_state([int(i) for i in outcome.not_sent], "pending")
        self.set_state([int(i) for i in outcome.uncertain], "uncertain")
        if outcome.reason in ("done", "sent_unconfirmed"):
            return self.stop(None)
        if outcome.reason == "not_answering":
            n = len(outcome.uncertain)
            return self.stop(Message("print_stopped_answering_count", {"count": n}))
        message = outcome.status.message if outcome.status is not None and outcome.reason != "stopped" else ""
        return self.stop(message or _REASONS.get(outcome.reason, outcome.reason))

    # -- records ------------------------------------------------------------------------

    def items(self, states: Sequence[str]) -> list[tuple[int, int | None]]:
        with self.db.reader() as uow:
            job = uow.printers.job(self.job_id)
            assert job is not None
            return [(item.id, item.odometer) for item in job.items if item.state in states]

    def item(self, uow: UnitOfWork, item_id: int) -> PrintJobItem:
        item = uow.printers.item(item_id)
        assert item is not None
        return item

    def render_one(self, item_id: int) -> bytes:
        with self.db.reader() as uow:
            item = self.item(uow, item_id)
            return label_bytes(uow.session, item.parcel, item.job.printer)

    def in_flight(self, item_id: int) -> str | None:
        """Mark the label in flight (None: it must not go, and is skipped)."""
        with self.db.uow() as uow:
            item = self.item(uow, item_id)
            why = not_to_print(uow.session, item)
            if why is not None:
                skip(uow.session, item, self.actor, why)
                uow.commit()
                return None
            item.state, item.sent_at = "uncertain", utcnow()
            item.job.lease_until = utcnow() + LEASE
            uow.commit()
            return item.parcel.number

    def set_state(self, item_ids: list[int], state: str) -> None:
        if not item_ids:
            return
        with self.db.uow() as uow:
            for item_id in item_ids:
                item = self.item(uow, item_id)
                if item.state in ("printed", "skipped"):
                    continue
                item.state = state
                if state == "pending":
                    item.sent_at, item.odometer = None, None
            uow.commit()

    def report(self) -> None:
        if self.progress is None:
            return
        with self.db.reader() as uow:
            counts = uow.printers.item_counts(self.job_id)
        total = sum(counts.values())
        self.progress(JobProgress(self.job_id, counts.get("printed", 0), total, "printing", sent=counts.get("sent", 0)))

    def stop(self, why: Message | str | None) -> JobProgress:
        """End the run: stopped with its reason, or (``why`` None) done / sent as the labels say."""
        with self.db.uow() as uow:
            job = uow.printers.job(self.job_id)
            if job is None:
                raise NotFound(Message("no_print_job", {"job_id": self.job_id}))
            if job.status in ("printing", "pending", "stopped") and (self.started or why is not None):
                if why is None:
                    settle_status(job)
                else:
                    job.status = "stopped"
                    coded.store(job, "error", why)
            job.lease_until = None
            uow.commit()
            result = progress_of(job)
        if why is not None:
            log.warning(
                "print job %s stopped after %s of %s labels: %s", self.job_id, result.printed, result.total, why
            )
        if self.progress is not None:
            self.progress(result)
        return result
