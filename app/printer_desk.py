"""The printers and labels half of the workstation: profiles, status, test prints, previews, jobs.

A mixin of ``Workstation`` (it uses its ``db``, ``actor`` and ``settings``), kept in
its own module so each file keeps one job.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app import labels, printing
from app.actor import Actor
from app.errors import InvalidInput, NotFound, PrintFailed
from app.settings import Settings
from db import queries
from db.models import Parcel, Printer, PrintJob
from db.uow import Database
from printers.discovery import DiscoveredPrinter, discover_all
from printers.errors import PrinterError
from printers.layout import LabelError
from printers.profiles import PrinterProfile, make_test_print, setup_commands
from printers.status import PrinterStatus, check_status
from printers.templates import TemplateError, bind, list_templates, load_template, sample_data
from printers.transports import transport_from_uri


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


def profile_of(printer: Printer) -> PrinterProfile:
    return PrinterProfile(
        name=printer.name,
        uri=printer.uri,
        language=printer.language,  # type: ignore[arg-type]
        dpi=printer.dpi,
        width_mm=float(printer.width_mm),
        height_mm=float(printer.height_mm),
        darkness=printer.darkness,
        speed=printer.speed,
        x_offset=printer.x_offset,
        y_offset=printer.y_offset,
        rotation=printer.rotation,
        gap_mm=float(printer.gap_mm),
    )


def apply_profile(printer: Printer, profile: PrinterProfile, template: str) -> None:
    printer.name, printer.uri, printer.language, printer.dpi = profile.name, profile.uri, profile.language, profile.dpi
    printer.width_mm, printer.height_mm = Decimal(str(profile.width_mm)), Decimal(str(profile.height_mm))
    printer.gap_mm = Decimal(str(profile.gap_mm))
    printer.darkness, printer.speed = profile.darkness, profile.speed
    printer.x_offset, printer.y_offset, printer.rotation = profile.x_offset, profile.y_offset, profile.rotation
    printer.template = template


def printer_info(printer: Printer) -> PrinterInfo:
    return PrinterInfo(
        printer.id, printer.name, printer.uri, printer.language, printer.dpi, float(printer.width_mm),
        float(printer.height_mm), printer.template, profile_of(printer),
    )


class PrinterDesk:
    db: Database
    actor: Actor
    settings: Settings

    def printers(self) -> list[PrinterInfo]:
        with self.db.reader() as uow:
            return [printer_info(p) for p in uow.session.scalars(select(Printer).order_by(Printer.name))]

    def save_printer(self, profile: PrinterProfile, *, template: str = labels.DEFAULT_TEMPLATE, printer_id: int | None = None) -> int:
        """Add or change a printer; the profile was validated when it was made."""
        if template not in list_templates(self.user_label_dir):
            raise InvalidInput(f"no label template {template!r}")
        with self.db.uow() as uow:
            s = uow.session
            printer = s.get(Printer, printer_id) if printer_id else None
            if printer_id and printer is None:
                raise NotFound(f"no printer {printer_id}")
            clash = s.scalar(select(Printer).where(Printer.name == profile.name))
            if clash is not None and clash is not printer:
                raise InvalidInput(f"a printer is already called {profile.name!r}")
            if printer is None:
                printer = Printer(name=profile.name, uri=profile.uri)
                s.add(printer)
            apply_profile(printer, profile, template)
            uow.commit()
            return printer.id

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
            transport_from_uri(profile.uri).send(
                setup_commands(profile) + make_test_print(profile), name=f"test-{printer_id}"
            )
        except PrinterError as exc:
            raise PrintFailed(str(exc)) from None

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
            return list(uow.session.scalars(select(Parcel.id).where(Parcel.number.in_(numbers)).order_by(Parcel.id)))

    def parcel_ids_of(self, order_id: int) -> list[int]:
        with self.db.reader() as uow:
            return list(uow.session.scalars(select(Parcel.id).where(Parcel.order_id == order_id, Parcel.status != "voided")))

    def discover_printers(self) -> list[DiscoveredPrinter]:
        return discover_all()

    def _profile(self, printer_id: int) -> PrinterProfile:
        with self.db.reader() as uow:
            printer = uow.session.get(Printer, printer_id)
            if printer is None:
                raise NotFound(f"no printer {printer_id}")
            return profile_of(printer)

    @property
    def user_label_dir(self) -> Path:
        return self.settings.data_dir / "labels" / "templates"

    def label_templates(self) -> list[str]:
        return list_templates(self.user_label_dir)

    def preview_template(self, template: str, *, dpi: int = 203) -> bytes:
        """The template with sample data, as the printer would print it (PNG)."""
        try:
            label = bind(load_template(template, user_dir=self.user_label_dir), sample_data(), dpi=dpi)
        except (TemplateError, LabelError) as exc:
            raise InvalidInput(str(exc)) from None
        return labels.render(label, "png")

    def render_parcel_label(self, ref: str, language: str, *, template: str | None = None, dpi: int = 203) -> bytes:
        """One parcel's label in ``language`` without printing (CLI ``label``)."""
        with self.db.reader() as uow:
            parcel = queries.parcel_by_code(uow.session, ref)
            if parcel is None:
                raise NotFound(f"no parcel {ref}")
            if template is None and language == "zpl":
                stored = labels.carrier_label(uow.session, parcel)
                if stored is not None and stored.data.startswith(b"^XA"):
                    return stored.data
            label = labels.own_label(
                uow.session, parcel, template=template or labels.DEFAULT_TEMPLATE, dpi=dpi, user_dir=self.user_label_dir
            )
        return labels.render(label, language)

    def print_jobs(self, limit: int = 50) -> list[PrintJobInfo]:
        with self.db.reader() as uow:
            jobs = uow.session.scalars(select(PrintJob).order_by(PrintJob.id.desc()).limit(limit))
            return [
                PrintJobInfo(
                    j.id, j.printer.name, j.status, sum(1 for i in j.items if i.printed_at), len(j.items),
                    j.error or "", j.order_by, j.created_at,
                )
                for j in jobs
            ]

    def document(self, kind: str, ids: list[int], *, fmt: str = "pdf") -> bytes:
        """``pick_list`` or ``packing_slips`` for parcel ids, ``manifest`` for one handover batch id."""
        from app import documents  # reportlab and python-escpos load when paperwork is asked for

        if fmt not in ("pdf", "escpos"):
            raise InvalidInput("documents are PDF (laser printer) or ESC/POS (80 mm)")
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
        return printing.run_job(self.db, job_id, self.actor, **kwargs)
