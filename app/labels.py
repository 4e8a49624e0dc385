"""Which bytes a parcel's label is on a given printer, and the label on its own (CLI, preview).

A carrier's ZPL passes through untouched to a ZPL printer; a carrier PDF or PNG is
rasterised to the printer's dpi and media; otherwise Shipbench draws the label from
the printer's template, with the bundled fonts, in the printer's language. A receipt-width
ESC/POS printer left on the default template gets the 80 or 58 mm receipt template
(`template_for`).
"""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.coded import Said
from app.errors import InvalidInput, PrintFailed
from app.messages import Message
from app.waybills import sender_address, sku_summary
from db.models import Label as StoredLabel
from db.models import Parcel, Printer
from printers.label import Address, ShippingLabel
from printers.layout import Label, LabelError
from printers.profiles import PrinterProfile, receipt_paper_mm, setup_commands, with_setup
from printers.templates import (
    Bound,
    Template,
    TemplateError,
    bind_fitted,
    load_template,
    shipping_label_data,
    size_name,
)

# The renderers and the rasteriser (reportlab, python-escpos, pdfium) load on first use:
# they are most of the app's start-up time and a packer's first scan needs none of them.

log = logging.getLogger(__name__)

LANGUAGES = ("zpl", "tspl", "escpos", "pdf", "png")
DEFAULT_TEMPLATE = "shipping-4x6"
RECEIPT_TEMPLATES = {80: "shipping-80mm", 58: "shipping-58mm"}  # by receipt roll width


def template_for(language: str, width_mm: float, template: str) -> str:
    """The template a printer's labels use: an ESC/POS receipt printer on the default 4x6
    (which no receipt roll holds) gets the receipt template of its roll; any other choice stands."""
    if language == "escpos" and template == DEFAULT_TEMPLATE:
        return RECEIPT_TEMPLATES[receipt_paper_mm(width_mm)]
    return template


def shipping_label(session: Session, parcel: Parcel) -> ShippingLabel:
    order = parcel.order
    sender = sender_address(session)
    method = parcel.shipping_method
    street = sender.get("lines", ())  # a JSON array in the "sender" setting
    return ShippingLabel(
        tracking_number=parcel.tracking_number or "",
        parcel_number=parcel.number,
        order_reference=order.number,
        carrier=method.carrier_account.name if method is not None else "",
        service=method.name if method is not None else "",
        sender=Address(
            name=str(sender.get("name", "")),
            lines=tuple(str(x) for x in street) if isinstance(street, list | tuple) else (),
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
        seller_note=order.seller_note,
        buyer_note=order.buyer_note,
        picking=picking_summary(parcel),
    )


def picking_summary(parcel: Parcel) -> str:
    """SKU × quantity with the bin each is picked from: "2× MUG-BLU @A-03-2 · 1× TEE-M"."""
    parts = []
    for line in parcel.lines:
        product = line.product
        sku = product.sku if product is not None else line.order_line.sku
        where = f" @{product.bin_location}" if product is not None and product.bin_location else ""
        parts.append(f"{line.quantity}× {sku}{where}")
    return " · ".join(parts)


def own_label(
    session: Session, parcel: Parcel, *, template: str = DEFAULT_TEMPLATE, dpi: int = 203, user_dir: Path | None = None
) -> Label:
    """Shipbench's own label for the parcel, from a template (a carrier variant if there is one).

    A preview: an address too long for the template shows as fitted as it could be; printing
    goes through `fitted_label`, which refuses it."""
    return _fitted(session, parcel, template, dpi, user_dir)[0].label


def _fitted(
    session: Session, parcel: Parcel, template: str, dpi: int, user_dir: Path | None
) -> tuple[Bound, str | None]:
    data = shipping_label(session, parcel)
    try:
        chosen = load_template(template, carrier=data.carrier or None, user_dir=user_dir)
        bound = bind_fitted(chosen, shipping_label_data(data), dpi=dpi)
    except (TemplateError, LabelError) as exc:
        raise PrintFailed(Message("label_template_cannot_used", {"template": template, "error": exc})) from None
    return bound, unfit_reason(bound, chosen)


def unfit_reason(bound: Bound, template: Template) -> str | None:
    """Why this label must not print (the review reason), or None when it shows what the carrier needs."""
    if not bound.unfit:
        return None
    size = size_name(template)
    if "recipient" in bound.unfit:
        return Said(Message("address_too_long_for_label", {"size": size}))
    return Said(Message("sender_address_too_long_for_label", {"size": size}))


def fitted_label(
    session: Session, parcel: Parcel, *, template: str = DEFAULT_TEMPLATE, dpi: int = 203, user_dir: Path | None = None
) -> Label:
    """The label to print; PrintFailed when its address cannot show the country, postcode and city."""
    bound, reason = _fitted(session, parcel, template, dpi, user_dir)
    if reason is not None:
        raise LabelDoesNotFit(f"parcel {parcel.number}: {reason}", reason)
    return bound.label


class LabelDoesNotFit(PrintFailed):
    """The parcel's own label cannot show what the carrier needs: it is not printed."""

    def __init__(self, message: Message | str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


def uses_own_label(stored: bytes | None, language: str) -> bool:
    """Whether `label_bytes` draws Shipbench's own label (no carrier label it can send instead)."""
    from printers import raster

    if stored is None:
        return True
    if raster.is_zpl(stored):
        return language != "zpl"
    if raster.is_pdf(stored) and language == "pdf":
        return False
    if raster.is_pdf(stored) or raster.is_png(stored):
        return language not in ("zpl", "tspl", "escpos")  # rasterised for these
    return True


def label_problem(session: Session, parcel: Parcel, printer: Printer) -> str | None:
    """Why the parcel's label cannot print on `printer` (an address too long for its template), or None."""
    stored = carrier_label(session, parcel)
    if not uses_own_label(stored.data if stored is not None else None, printer.language):
        return None
    template = template_for(printer.language, float(printer.width_mm), printer.template)
    return _fitted(session, parcel, template, printer.dpi, None)[1]


def printer_profile(printer: Printer) -> PrinterProfile:
    """The stored printer as the profile its labels and test print are set up by."""
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


def render(
    label: Label,
    language: str,
    *,
    gap_mm: float = 3.0,
    paper_mm: int = 80,
    setup: bytes | None = None,
    upside_down: bool = False,
) -> bytes:
    from printers.render_escpos import render_escpos
    from printers.render_pdf import render_pdf
    from printers.render_png import render_png
    from printers.render_tspl import render_tspl
    from printers.render_zpl import render_zpl

    if language == "zpl":
        return render_zpl(label, setup=setup)
    if language == "tspl":
        return render_tspl(label, gap_mm=gap_mm, setup=setup)
    if language == "escpos":
        try:
            return render_escpos(label, paper_mm=paper_mm, setup=setup, upside_down=upside_down)
        except LabelError as exc:  # e.g. a 4x6 template on 80 mm receipt paper: the user's choice to fix
            raise InvalidInput(str(exc)) from None
    if language == "pdf":
        return render_pdf(label)
    if language == "png":
        return render_png(label)
    raise InvalidInput(Message("unknown_label_language_use", {"language": language, "languages": ", ".join(LANGUAGES)}))


def carrier_label(session: Session, parcel: Parcel) -> StoredLabel | None:
    return session.scalar(
        select(StoredLabel).where(StoredLabel.parcel_id == parcel.id).order_by(StoredLabel.id.desc()).limit(1)
    )


def label_bytes(session: Session, parcel: Parcel, printer: Printer, *, user_dir: Path | None = None) -> bytes:
    """What to send to ``printer`` for ``parcel``: every label opens with the printer profile's
    settings block (offsets, darkness, speed, rotation, media), the same as its test print."""
    from printers import raster

    stored = carrier_label(session, parcel)
    language = printer.language
    profile = printer_profile(printer)
    setup = setup_commands(profile) if language in ("zpl", "tspl", "escpos") else None
    paper_mm = receipt_paper_mm(float(printer.width_mm))
    if stored is not None:
        data = stored.data
        if raster.is_zpl(data):
            if language == "zpl":
                return with_setup(data, profile)
            log.info("carrier label of %s is ZPL; drawing our own for a %s printer", parcel.number, language)
        elif raster.is_pdf(data) and language == "pdf":
            return data
        elif raster.is_pdf(data) or raster.is_png(data):
            image = raster.rasterize(
                data,
                dpi=printer.dpi,
                media_w_mm=float(printer.width_mm),
                media_h_mm=float(printer.height_mm),
                # 180° on ZPL/TSPL/ESC/POS is the printer's (the settings block turns every label)
                rotate=(printer.rotation or None) if setup is None or printer.rotation != 180 else None,
            )
            if language == "zpl":
                return raster.carrier_zpl(image, setup=setup)
            if language == "tspl":
                return raster.carrier_tspl(image, dpi=printer.dpi, gap_mm=float(printer.gap_mm), setup=setup)
            if language == "escpos":
                return raster.carrier_escpos(image, paper_mm=paper_mm, setup=setup)
    template = template_for(language, float(printer.width_mm), printer.template)
    label = fitted_label(session, parcel, template=template, dpi=printer.dpi, user_dir=user_dir)
    return render(
        label,
        language,
        gap_mm=float(printer.gap_mm),
        paper_mm=paper_mm,
        setup=setup,
        upside_down=printer.rotation == 180,
    )


LABEL_EXTENSIONS = {".pdf": "pdf", ".png": "png", ".zpl": "zpl", ".prn": "zpl", ".txt": "zpl"}
_MAGIC = {"pdf": "starts with %PDF", "png": "has the PNG signature", "zpl": "starts with ^XA"}


def check_label_file(data: bytes, filename: str = "") -> str:
    """The format of an uploaded label ("zpl", "pdf", "png"); InvalidInput unless the bytes are what the file claims."""
    from printers import raster

    name = filename or "the file"
    if not data:
        raise InvalidInput(Message("file_empty", {"filename": name}))
    found = "pdf" if raster.is_pdf(data) else "png" if raster.is_png(data) else "zpl" if raster.is_zpl(data) else ""
    claimed = LABEL_EXTENSIONS.get(Path(filename).suffix.lower(), "") if filename else ""
    if filename and Path(filename).suffix and not claimed:
        raise InvalidInput(Message("not_label_file_use_pdf", {"name": name}))
    if not found:
        expected = (
            f"a {claimed.upper()} file {_MAGIC[claimed]}" if claimed else "a label file is a PDF, PNG or ZPL file"
        )
        raise InvalidInput(Message("not_a_label", {"name": name, "expected": expected}))
    if claimed and claimed != found:
        raise InvalidInput(
            Message("named_as_but_holds", {"name": name, "claimed": claimed.upper(), "found": found.upper()})
        )
    return found
