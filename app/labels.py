"""Which bytes a parcel's label is on a given printer, and the label on its own (CLI, preview).

A carrier's ZPL passes through untouched to a ZPL printer; a carrier PDF or PNG is
rasterised to the printer's dpi and media; otherwise Shipbench draws the label from
the printer's template, with the bundled fonts, in the printer's language.
"""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import InvalidInput, PrintFailed
from app.waybills import sender_address, sku_summary
from db.models import Label as StoredLabel
from db.models import Parcel, Printer
from printers.label import Address, ShippingLabel
from printers.layout import Label, LabelError
from printers.templates import TemplateError, bind, load_template, shipping_label_data

# The renderers and the rasteriser (reportlab, python-escpos, pdfium) load on first use:
# they are most of the app's start-up time and a packer's first scan needs none of them.

log = logging.getLogger(__name__)

LANGUAGES = ("zpl", "tspl", "escpos", "pdf", "png")
DEFAULT_TEMPLATE = "shipping-4x6"


def shipping_label(session: Session, parcel: Parcel) -> ShippingLabel:
    order = parcel.order
    sender = sender_address(session)
    method = parcel.shipping_method
    return ShippingLabel(
        tracking_number=parcel.tracking_number or "",
        parcel_number=parcel.number,
        order_reference=order.number,
        carrier=method.carrier_account.name if method is not None else "",
        service=method.name if method is not None else "",
        sender=Address(
            name=str(sender.get("name", "")),
            lines=tuple(str(x) for x in sender.get("lines", ())),  # type: ignore[union-attr]
            city=str(sender.get("city", "")),
            postcode=str(sender.get("postcode", "")),
            country=str(sender.get("country", "")),
            region=str(sender.get("region", "")),
            company=str(sender.get("company", "")),
            phone=str(sender.get("phone", "")),
        ),
        recipient=Address(
            name=order.ship_name,
            lines=tuple(x for x in (order.ship_address1, order.ship_address2) if x),
            city=order.ship_city,
            postcode=order.ship_postcode,
            country=order.ship_country,
            region=order.ship_region,
            company=order.ship_company,
            phone=order.ship_phone,
        ),
        sku_summary=sku_summary(parcel),
        weight_grams=parcel.weight_grams or None,
    )


def own_label(
    session: Session, parcel: Parcel, *, template: str = DEFAULT_TEMPLATE, dpi: int = 203, user_dir: Path | None = None
) -> Label:
    """Shipbench's own label for the parcel, from a template (a carrier variant if there is one)."""
    data = shipping_label(session, parcel)
    try:
        return bind(load_template(template, carrier=data.carrier or None, user_dir=user_dir), shipping_label_data(data), dpi=dpi)
    except (TemplateError, LabelError) as exc:
        raise PrintFailed(f"label template {template!r} cannot be used: {exc}") from None


def render(label: Label, language: str, *, gap_mm: float = 3.0, paper_mm: int = 80) -> bytes:
    from printers.render_escpos import render_escpos
    from printers.render_pdf import render_pdf
    from printers.render_png import render_png
    from printers.render_tspl import render_tspl
    from printers.render_zpl import render_zpl

    if language == "zpl":
        return render_zpl(label)
    if language == "tspl":
        return render_tspl(label, gap_mm=gap_mm)
    if language == "escpos":
        return render_escpos(label, paper_mm=paper_mm)
    if language == "pdf":
        return render_pdf(label)
    if language == "png":
        return render_png(label)
    raise InvalidInput(f"unknown label language {language!r}: use {', '.join(LANGUAGES)}")


def carrier_label(session: Session, parcel: Parcel) -> StoredLabel | None:
    return session.scalar(
        select(StoredLabel).where(StoredLabel.parcel_id == parcel.id).order_by(StoredLabel.id.desc()).limit(1)
    )


def label_bytes(session: Session, parcel: Parcel, printer: Printer, *, user_dir: Path | None = None) -> bytes:
    """What to send to ``printer`` for ``parcel``."""
    from printers import raster

    stored = carrier_label(session, parcel)
    language = printer.language
    if stored is not None:
        data = stored.data
        if raster.is_zpl(data):
            if language == "zpl":
                return data
            log.info("carrier label of %s is ZPL; drawing our own for a %s printer", parcel.number, language)
        elif raster.is_pdf(data) and language == "pdf":
            return data
        elif raster.is_pdf(data) or raster.is_png(data):
            image = raster.rasterize(
                data,
                dpi=printer.dpi,
                media_w_mm=float(printer.width_mm),
                media_h_mm=float(printer.height_mm),
                rotate=printer.rotation or None,
            )
            if language == "zpl":
                return raster.carrier_zpl(image)
            if language == "tspl":
                return raster.carrier_tspl(image, dpi=printer.dpi, gap_mm=float(printer.gap_mm))
            if language == "escpos":
                return raster.carrier_escpos(image)
    label = own_label(session, parcel, template=printer.template, dpi=printer.dpi, user_dir=user_dir)
    return render(label, language, gap_mm=float(printer.gap_mm))


LABEL_EXTENSIONS = {".pdf": "pdf", ".png": "png", ".zpl": "zpl", ".prn": "zpl", ".txt": "zpl"}
_MAGIC = {"pdf": "starts with %PDF", "png": "has the PNG signature", "zpl": "starts with ^XA"}


def check_label_file(data: bytes, filename: str = "") -> str:
    """The format of an uploaded label ("zpl", "pdf", "png"); InvalidInput unless the bytes are what the file claims."""
    from printers import raster

    name = filename or "the file"
    if not data:
        raise InvalidInput(f"{name} is empty")
    found = "pdf" if raster.is_pdf(data) else "png" if raster.is_png(data) else "zpl" if raster.is_zpl(data) else ""
    claimed = LABEL_EXTENSIONS.get(Path(filename).suffix.lower(), "") if filename else ""
    if filename and Path(filename).suffix and not claimed:
        raise InvalidInput(f"{name} is not a label file: use a PDF, PNG or ZPL file")
    if not found:
        expected = f"a {claimed.upper()} file {_MAGIC[claimed]}" if claimed else "a label file is a PDF, PNG or ZPL file"
        raise InvalidInput(f"{name} is not a label: {expected}")
    if claimed and claimed != found:
        raise InvalidInput(f"{name} is named as {claimed.upper()} but holds {found.upper()}")
    return found
