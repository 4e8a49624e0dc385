"""Printers and labels: profiles, status, test prints, previews, documents and print jobs."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from app import printing
from app.errors import InvalidInput, NotAllowed, NotFound, PrintFailed
from app.messages import Message
from app.services.base import Service
from db.models import Printer
from printers.discovery import DiscoveredPrinter, discover_all
from printers.errors import PrinterError
from printers.identity import ask_identity
from printers.profiles import PrinterProfile, calibration_commands, make_test_print
from printers.status import PrinterStatus, check_status
from printers.transports import Transport, transport_from_uri


@dataclass(frozen=True)
class PrinterInfo:
    id: int
    name: str
    uri: str
    language: str
    dpi: int
    width_mm: float
    height_mm: float
    template: str
    profile: PrinterProfile


@dataclass(frozen=True)
class PrintJobInfo:
    id: int
    printer: str
    status: str
    printed: int
    total: int
    error: str
    order_by: str
    created_at: dt.datetime
    printer_uri: str = ""
    sent: int = 0  # sent to a printer that could not (yet) say they printed
    uncertain: tuple[str, ...] = ()  # parcel numbers whose label may or may not have printed
    left_out: tuple[str, ...] = ()  # "P00000042: address too long for the 100×100 label"
    station: str = ""  # the station that runs the batch (another resumes it only by taking it over)
    skipped: tuple[str, ...] = ()  # labels left out while the batch waited, each with why
    said: Message | str = ""  # ``error`` as a message for the GUI (a printer's own words as text)
    left_out_said: tuple[Message | str, ...] = ()  # ``left_out`` as messages for the GUI


NO_PRINTER = (
    "no printer is set up: `printers add NAME --uri tcp://HOST:9100` (or the GUI's Printers) adds one, "
    "or name one with --printer tcp://HOST:9100 (or folder:///PATH to write label files)"
)


def profile_of(printer: Printer) -> PrinterProfile:
    from app.labels import printer_profile

    return printer_profile(printer)


def apply_profile(printer: Printer, profile: PrinterProfile, template: str) -> None:
    printer.name, printer.uri, printer.language, printer.dpi = profile.name, profile.uri, profile.language, profile.dpi
    printer.width_mm, printer.height_mm = Decimal(str(profile.width_mm)), Decimal(str(profile.height_mm))
    printer.gap_mm = Decimal(str(profile.gap_mm))
    printer.darkness, printer.speed = profile.darkness, profile.speed
    printer.x_offset, printer.y_offset, printer.rotation = profile.x_offset, profile.y_offset, profile.rotation
    printer.template = template


def printer_info(printer: Printer) -> PrinterInfo:
    return PrinterInfo(
        printer.id,
        printer.name,
        printer.uri,
        printer.language,
        printer.dpi,
        float(printer.width_mm),
        float(printer.height_mm),
        printer.template,
        profile_of(printer),
    )


class PrintingService(Service):
    """Printers, their labels and the print batches."""

    def printable_parcels(self, order_ids: list[int] | None = None) -> list[int]:
        """Parcels in the Print queue whose label no live batch holds (to send, sent, or in doubt)."""
        with self.db.reader() as uow:
            orders = uow.orders.or_queue(order_ids, "print")
            ids = [p.id for o in orders for p in o.parcels if p.status == "labelled"]
            busy = uow.printers.parcels_in_live_jobs(ids)
            return [i for i in ids if i not in busy]

    def unfinished_print_jobs(self, printer_uri: str | None = None) -> list[int]:
        """This station's batches with labels still to send (stopped, paused, cut short) — on one
        printer, or on any. Another station's batch resumes there, or after a take-over."""
        return [job_id for job_id, _ in self._unfinished(printer_uri, foreign=False)]

    def foreign_unfinished_print_jobs(self, printer_uri: str | None = None) -> list[tuple[int, str]]:
        """Other stations' unfinished batches (job id, station name): left alone unless taken over."""
        return self._unfinished(printer_uri, foreign=True)

    def _unfinished(self, printer_uri: str | None, *, foreign: bool) -> list[tuple[int, str]]:
        with self.db.reader() as uow:
            printer_id = None
            if printer_uri is not None:
                printer = uow.printers.by_uri(printer_uri)
                if printer is None:
                    return []
                printer_id = printer.id
            jobs = printing.unfinished_jobs(uow.session, printer_id, station_id=self.actor.station_id, foreign=foreign)
            return [(job.id, uow.printers.station_name(job.station_id)) for job in jobs]

    def take_over_print_job(self, job_id: int) -> printing.JobProgress:
        """Take another station's unfinished batch over (that station is gone); then it resumes here."""
        with self.db.uow() as uow:
            result = printing.take_over_job(uow.session, job_id, self.actor)
            uow.commit()
            return result

    def default_printer_uri(self) -> str | None:
        """The printer to use when none is named: the one in the settings, or the only one set up."""
        if self.settings.printer_uri:
            return self.settings.printer_uri
        configured = self.printers()
        return configured[0].uri if len(configured) == 1 else None

    def printer_for(self, name_or_uri: str | None) -> str:
        """The printer a batch goes to, asked who it is (language, dpi) when it can answer.

        A printer not set up is registered with what it says; a configured one that says
        something else than its profile stops here, before a label is spoiled.
        """
        uri = self.printer_uri(name_or_uri) or self.default_printer_uri()
        if uri is None:
            names = [p.name for p in self.printers()]
            if names:
                raise NotAllowed(f"choose a printer with --printer NAME: {', '.join(names)}")
            raise NotAllowed(NO_PRINTER)
        try:
            transport = transport_from_uri(uri)
        except ValueError as exc:
            raise InvalidInput(str(exc)) from None
        identity = ask_identity(transport, timeout=0.5)
        with self.db.uow() as uow:
            configured = uow.printers.by_uri(uri)
            if configured is None:
                printing.ensure_printer(uow.session, uri, identity=identity)
                uow.commit()
                return uri
            if identity is not None and identity.language and identity.language != configured.language:
                raise NotAllowed(
                    f"the printer at {uri} speaks {identity.language.upper()}, but its profile "
                    f"{configured.name!r} says {configured.language.upper()}: correct the profile, then print"
                )
            if identity is not None and identity.dpi and identity.dpi != configured.dpi:
                raise NotAllowed(
                    f"the printer at {uri} prints at {identity.dpi} dpi, but its profile "
                    f"{configured.name!r} says {configured.dpi} dpi: correct the profile, then print"
                )
        return uri

    def create_print_job(
        self,
        parcel_ids: list[int],
        printer_uri: str | None = None,
        *,
        reprint_reason: str = "",
        order_by: str = "queue",
        reverse: bool = False,
        from_queue: bool = False,
    ) -> int:
        """A print batch of these parcels; ``from_queue``: they were taken from the Print queue
        a moment ago, so one another station printed since is left out rather than refused."""
        uri = printer_uri or self.default_printer_uri()
        if uri is None:
            raise NotAllowed(NO_PRINTER)
        with self.db.uow() as uow:
            printer = printing.ensure_printer(uow.session, uri)
            parcels = [p for p in (uow.parcels.get(i) for i in parcel_ids) if p is not None]
            try:
                job = printing.create_job(
                    uow.session,
                    parcels,
                    printer,
                    self.actor,
                    reprint_reason=reprint_reason,
                    order_by=order_by,
                    reverse=reverse,
                    from_queue=from_queue,
                )
            except printing.NothingToPrint:
                uow.commit()  # an order's "address too long for the label" stays, and says why
                raise
            uow.commit()
            return job.id

    def printer_transport(self, uri: str | None = None) -> Transport:
        uri = uri or self.default_printer_uri()
        if uri is None:
            raise NotAllowed(NO_PRINTER)
        return transport_from_uri(uri)

    def printers(self) -> list[PrinterInfo]:
        with self.db.reader() as uow:
            return [printer_info(p) for p in uow.printers.all()]

    def save_printer(
        self, profile: PrinterProfile, *, template: str | None = None, printer_id: int | None = None
    ) -> int:
        """Add or change a printer (``template``: the default one unless named); the profile is valid."""
        from app import labels
        from printers.templates import list_templates

        template = template or labels.DEFAULT_TEMPLATE
        if template not in list_templates(self.user_label_dir):
            raise InvalidInput(Message("no_label_template", {"template": template}))
        template = labels.template_for(profile.language, profile.width_mm, template)
        with self.db.uow() as uow:
            printer = uow.printers.get(printer_id) if printer_id else None
            if printer_id and printer is None:
                raise NotFound(Message("no_printer", {"printer_id": printer_id}))
            clash = uow.printers.by_name(profile.name)
            if clash is not None and clash is not printer:
                raise InvalidInput(Message("printer_already_called", {"name": profile.name}))
            if printer is None:
                printer = Printer(name=profile.name, uri=profile.uri)
                uow.add(printer)
            apply_profile(printer, profile, template)
            uow.commit()
            return printer.id

    def printer_named(self, name: str) -> PrinterInfo:
        """A configured printer by its name (any case) or its id."""
        found = self.printers()
        for p in found:
            if p.name == name or str(p.id) == name:
                return p
        for p in found:
            if p.name.lower() == name.lower():
                return p
        raise NotFound(
            f"no printer named {name!r}" + (f" (printers: {', '.join(p.name for p in found)})" if found else "")
        )

    def delete_printer(self, printer_id: int) -> None:
        """Remove a printer no batch ever used; one with a print history is kept for that history."""
        with self.db.uow() as uow:
            printer = uow.printers.get(printer_id)
            if printer is None:
                raise NotFound(f"no printer {printer_id}")
            used = uow.printers.job_count(printer_id)
            if used:
                raise NotAllowed(
                    f"{printer.name} printed {used} batches and their history names it: "
                    "point it at the new printer instead (printers edit --uri …) or rename it"
                )
            uow.delete(printer)
            uow.commit()

    def printer_status(self, printer_id: int) -> PrinterStatus:
        """Ask the printer (network or device: call it off the GUI thread)."""
        profile = self._profile(printer_id)
        try:
            transport = transport_from_uri(profile.uri)
        except ValueError as exc:
            return PrinterStatus("error", str(exc), {})
        return check_status(transport, profile.language)

    def test_print(self, printer_id: int) -> None:
        profile = self._profile(printer_id)
        try:
            transport_from_uri(profile.uri).send(make_test_print(profile), name=f"test-{printer_id}")
        except PrinterError as exc:
            raise PrintFailed(str(exc)) from None

    def can_calibrate(self, language: str) -> bool:
        """Whether printers of this language have a media sensor to calibrate (ZPL, TSPL)."""
        return calibration_commands(language) is not None

    def calibrate(self, printer_id: int) -> str:
        """Make the printer measure its labels (ZPL `~JC`; TSPL `GAPDETECT`, or `AUTODETECT` with
        no gap): the command, a constant, goes alone through the printer's transport, no label.
        Returns the command sent. ESC/POS and PDF printers have nothing to calibrate."""
        profile = self._profile(printer_id)
        command = calibration_commands(profile.language, gap_mm=profile.gap_mm)
        if command is None:
            raise InvalidInput(f"{profile.language} printers have no media sensor to calibrate")
        try:
            transport_from_uri(profile.uri).send(command, name=f"calibrate-{printer_id}")
        except PrinterError as exc:
            raise PrintFailed(str(exc)) from None
        return command.decode("ascii").strip()

    def printer_uri(self, name_or_uri: str | None) -> str | None:
        """A configured printer's address by its name; anything else is taken as an address."""
        if not name_or_uri:
            return None
        for p in self.printers():
            if p.name == name_or_uri:
                return p.uri
        return name_or_uri

    def parcels_by_number(self, numbers: list[str]) -> list[int]:
        with self.db.reader() as uow:
            return uow.parcels.ids_by_number(numbers)

    def parcel_ids_of(self, order_id: int) -> list[int]:
        with self.db.reader() as uow:
            return uow.parcels.live_ids_of(order_id)

    def discover_printers(self) -> list[DiscoveredPrinter]:
        return discover_all()

    def _profile(self, printer_id: int) -> PrinterProfile:
        with self.db.reader() as uow:
            printer = uow.printers.get(printer_id)
            if printer is None:
                raise NotFound(Message("no_printer", {"printer_id": printer_id}))
            return profile_of(printer)

    @property
    def user_label_dir(self) -> Path:
        return self.settings.data_dir / "labels" / "templates"

    def label_templates(self) -> list[str]:
        from printers.templates import list_templates

        return list_templates(self.user_label_dir)

    def preview_template(self, template: str, *, dpi: int = 203) -> bytes:
        """The template with sample data, as the printer would print it (PNG)."""
        from app import labels
        from printers.layout import LabelError
        from printers.templates import TemplateError, bind, load_template, sample_data

        try:
            label = bind(load_template(template, user_dir=self.user_label_dir), sample_data(), dpi=dpi)
        except (TemplateError, LabelError) as exc:
            raise InvalidInput(str(exc)) from None
        return labels.render(label, "png")

    def render_parcel_label(self, ref: str, language: str, *, template: str | None = None, dpi: int = 203) -> bytes:
        """One parcel's label in ``language`` without printing (CLI ``label``)."""
        from app import labels

        with self.db.reader() as uow:
            parcel = uow.parcels.by_code(ref)
            if parcel is None:
                raise NotFound(Message("no_parcel", {"missing": ref}))
            if template is None and language == "zpl":
                stored = labels.carrier_label(uow.session, parcel)
                if stored is not None and stored.data.startswith(b"^XA"):
                    return stored.data
            chosen = template or labels.template_for(language, 80, labels.DEFAULT_TEMPLATE)  # ESC/POS: 80 mm roll
            label = labels.own_label(uow.session, parcel, template=chosen, dpi=dpi, user_dir=self.user_label_dir)
        return labels.render(label, language)

    def print_jobs(self, limit: int = 50) -> list[PrintJobInfo]:
        with self.db.reader() as uow:
            jobs = uow.printers.recent_jobs(limit)
            out = []
            for j in jobs:
                p = printing.progress_of(j)
                out.append(
                    PrintJobInfo(
                        j.id,
                        j.printer.name,
                        j.status,
                        p.printed,
                        p.total,
                        j.error or "",
                        j.order_by,
                        j.created_at,
                        j.printer.uri,
                        p.sent,
                        p.uncertain,
                        p.left_out,
                        uow.printers.station_name(j.station_id),
                        p.skipped,
                        p.said,
                        p.left_out_said,
                    )
                )
            return out

    def document(self, kind: str, ids: list[int], *, fmt: str = "pdf") -> bytes:
        """``pick_list`` or ``packing_slips`` for parcel ids, ``manifest`` for one handover batch id,
        ``command_sheet`` (no ids) for the station's command barcodes."""
        from app import documents  # reportlab and python-escpos load when paperwork is asked for

        if fmt not in ("pdf", "escpos"):
            raise InvalidInput(Message("documents_are_pdf_laser_printer"))
        if kind == "command_sheet":
            return documents.command_sheet()
        with self.db.reader() as uow:
            if kind == "pick_list":
                return documents.pick_list(uow.session, ids, fmt=fmt)
            if kind == "packing_slips":
                return documents.packing_slips(uow.session, ids, fmt=fmt)
            if kind == "manifest" and len(ids) == 1:
                return documents.manifest(uow.session, ids[0], fmt=fmt)
        raise InvalidInput(f"unknown document {kind!r}: pick_list, packing_slips or manifest BATCH")

    def cancel_print_job(self, job_id: int) -> None:
        with self.db.uow() as uow:
            printing.cancel_job(uow.session, job_id, self.actor)
            uow.commit()

    def run_print_job(self, job_id: int, **kwargs: Any) -> printing.JobProgress:
        """Send the job's labels (resuming where it stopped); call it off the GUI thread."""
        from app import print_run

        return print_run.run_job(self.db, job_id, self.actor, **kwargs)

    def confirm_print_job(self, job_id: int) -> printing.JobProgress:
        """The user saw the batch come out of a printer that cannot say: its sent labels are printed."""
        with self.db.uow() as uow:
            result = printing.confirm_job(uow.session, job_id, self.actor)
            uow.commit()
            return result

    def resolve_print_job(self, job_id: int, *, printed: bool) -> printing.JobProgress:
        """Whether the label in doubt (in flight when printing stopped) came out of the printer."""
        with self.db.uow() as uow:
            result = printing.resolve_job(uow.session, job_id, self.actor, printed=printed)
            uow.commit()
            return result
