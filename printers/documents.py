"""Warehouse documents: pick list, packing slip, carrier handover manifest.

Plain dataclasses in, `Label` pages (for PDF, ZPL, TSPL, PNG) or an ESC/POS
receipt out. Pages are laid out as rows of fixed height, so a long pick list
simply continues on the next page with its heading repeated.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from printers.layout import Barcode, Element, Label, Line, Text
from printers.render_escpos import FlowImage, FlowItem, FlowRule, FlowText, escpos_flow
from printers.render_pdf import render_pdf
from printers.render_png import render_image

__all__ = [
    "ManifestParcel",
    "command_sheet",
    "PackingSlip",
    "PickLine",
    "SlipItem",
    "handover_manifest",
    "handover_manifest_escpos",
    "packing_slip",
    "packing_slip_escpos",
    "pick_list",
    "pick_list_escpos",
    "pick_totals",
    "to_pdf",
]

A4 = (210.0, 297.0)
MARGIN = 10.0


@dataclass(frozen=True)
class PickLine:
    order_reference: str
    sku: str
    name: str
    quantity: int
    bin: str = ""


@dataclass(frozen=True)
class SlipItem:
    sku: str
    name: str
    quantity: int


@dataclass(frozen=True)
class PackingSlip:
    order_reference: str
    parcel_number: str
    recipient: str
    items: tuple[SlipItem, ...]
    buyer_note: str = ""
    shop_name: str = ""


@dataclass(frozen=True)
class ManifestParcel:
    tracking_number: str
    parcel_number: str
    order_reference: str
    weight_grams: int | None = None


Row = Callable[[float], list[Element]]  # top y (mm) -> elements


def _pages(
    title: str,
    rows: Sequence[tuple[float, Row]],
    *,
    size: tuple[float, float],
    dpi: int,
    footer: list[Element] | None = None,
) -> list[Label]:
    """Rows of (height, draw) flowed onto pages with `title` on each page."""
    width, height = size
    inner = width - 2 * MARGIN
    pages: list[list[Element]] = []
    footer = footer or []
    footer_h = 30.0 if footer else 0.0

    def new_page() -> tuple[list[Element], float]:
        els: list[Element] = [
            Text(MARGIN, MARGIN, inner, 8, title, size=14, bold=True, shrink=True),
            Line(MARGIN, MARGIN + 9, width - MARGIN, MARGIN + 9, 0.3),
        ]
        pages.append(els)
        return els, MARGIN + 11

    els, y = new_page()
    for h, draw in rows:
        if y + h > height - MARGIN - (footer_h if draw is rows[-1][1] else 0):
            els, y = new_page()
        els.extend(draw(y))
        y += h
    if footer:
        if y + footer_h > height - MARGIN:
            els, y = new_page()
        els.extend(footer)
    n = len(pages)
    return [
        Label(
            width,
            height,
            dpi,
            (*els, Text(MARGIN, height - MARGIN + 2, inner, 5, f"{i + 1} / {n}", size=7, align="right")),
        )
        for i, els in enumerate(pages)
    ]


def pick_totals(lines: Sequence[PickLine]) -> list[tuple[str, str, str, int]]:
    """(bin, sku, name, total quantity) per SKU, in walking order (by bin, then SKU)."""
    totals: dict[str, tuple[str, str, str, int]] = {}
    for ln in lines:
        bin_, sku, name, quantity = totals.get(ln.sku, (ln.bin, ln.sku, ln.name, 0))
        totals[ln.sku] = (bin_ or ln.bin, sku, name, quantity + ln.quantity)  # the first bin named wins
    return sorted(totals.values(), key=lambda t: (t[0] == "", t[0], t[1]))


def pick_list(
    lines: Sequence[PickLine], *, title: str = "Pick list", size: tuple[float, float] = A4, dpi: int = 203
) -> list[Label]:
    """Totals per SKU sorted by bin, then one Code128 per order to scan while sorting."""
    width = size[0]
    inner = width - 2 * MARGIN
    rows: list[tuple[float, Row]] = [
        (
            7,
            lambda y: [
                Text(MARGIN, y, 30, 6, "BIN", size=9, bold=True),
                Text(MARGIN + 32, y, 40, 6, "SKU", size=9, bold=True),
                Text(MARGIN + 74, y, inner - 96, 6, "PRODUCT", size=9, bold=True),
                Text(width - MARGIN - 20, y, 20, 6, "QTY", size=9, bold=True, align="right"),
            ],
        )
    ]

    def total_row(b: str, s: str, n: str, q: int) -> Row:
        return lambda y: [
            Text(MARGIN, y, 30, 6, b, size=10, bold=True, shrink=True),
            Text(MARGIN + 32, y, 40, 6, s, size=10, shrink=True),
            Text(MARGIN + 74, y, inner - 96, 6, n, size=10, shrink=True),
            Text(width - MARGIN - 20, y, 20, 6, str(q), size=11, bold=True, align="right"),
            Line(MARGIN, y + 6.5, width - MARGIN, y + 6.5, 0.1),
        ]

    def order_row(r: str) -> Row:
        return lambda y: [
            Text(MARGIN, y + 6, 60, 6, f"Order {r}", size=10, bold=True, shrink=True),
            Barcode("code128", r, MARGIN + 62, y, min(90, inner - 62), 20),
        ]

    for bin_, sku, name, qty in pick_totals(lines):
        rows.append((7, total_row(bin_, sku, name, qty)))
    for ref in dict.fromkeys(ln.order_reference for ln in lines):
        rows.append((22, order_row(ref)))
    return _pages(title, rows, size=size, dpi=dpi)


def packing_slip(slip: PackingSlip, *, size: tuple[float, float] = A4, dpi: int = 203) -> list[Label]:
    """Items, the buyer's note, and the parcel barcode the packer scans."""
    width = size[0]
    inner = width - 2 * MARGIN
    rows: list[tuple[float, Row]] = [
        (
            26,
            lambda y: [
                Text(MARGIN, y, inner / 2, 6, f"Order {slip.order_reference}", size=11, bold=True, shrink=True),
                Text(MARGIN, y + 7, inner / 2, 12, slip.recipient, size=10, max_lines=2, shrink=True),
                Barcode("code128", slip.parcel_number, MARGIN + inner / 2, y, inner / 2, 22),
            ],
        ),
        (
            7,
            lambda y: [
                Text(MARGIN, y, 20, 6, "QTY", size=9, bold=True),
                Text(MARGIN + 22, y, 40, 6, "SKU", size=9, bold=True),
                Text(MARGIN + 64, y, inner - 64, 6, "PRODUCT", size=9, bold=True),
            ],
        ),
    ]

    def item_row(it: SlipItem) -> Row:
        return lambda y: [
            Text(MARGIN, y, 20, 6, f"{it.quantity} x", size=11, bold=True),
            Text(MARGIN + 22, y, 40, 6, it.sku, size=10, shrink=True),
            Text(MARGIN + 64, y, inner - 64, 6, it.name, size=10, shrink=True),
            Line(MARGIN, y + 6.5, width - MARGIN, y + 6.5, 0.1),
        ]

    for item in slip.items:
        rows.append((7, item_row(item)))
    if slip.buyer_note.strip():
        rows.append(
            (
                30,
                lambda y: [
                    Text(MARGIN, y + 2, inner, 5, "Buyer's note", size=9, bold=True),
                    Text(MARGIN, y + 8, inner, 20, slip.buyer_note, size=10, max_lines=4, shrink=True),
                ],
            )
        )
    title = f"Packing slip {slip.shop_name}".strip()
    return _pages(title, rows, size=size, dpi=dpi)


def handover_manifest(
    carrier: str, parcels: Sequence[ManifestParcel], *, date: str = "", size: tuple[float, float] = A4, dpi: int = 203
) -> list[Label]:
    """Every parcel handed to one carrier, with its tracking barcode, the count and signature lines."""
    width, height = size
    inner = width - 2 * MARGIN

    def parcel_row(i: int, p: ManifestParcel) -> Row:
        w = "" if p.weight_grams is None else f"{p.weight_grams / 1000:.2f} kg"
        return lambda y: [
            Text(MARGIN, y + 5, 12, 6, str(i), size=10, bold=True),
            Text(MARGIN + 12, y + 2, 58, 5, p.tracking_number, size=9, bold=True, shrink=True),
            Text(MARGIN + 12, y + 8, 58, 5, f"{p.order_reference}  {p.parcel_number}", size=8, shrink=True),
            Text(MARGIN + 12, y + 13, 58, 5, w, size=8),
            Barcode("code128", p.tracking_number, MARGIN + 70, y + 1, inner - 70, 17, human_readable=False),
            Line(MARGIN, y + 19.5, width - MARGIN, y + 19.5, 0.1),
        ]

    rows: list[tuple[float, Row]] = [(20, parcel_row(i, p)) for i, p in enumerate(parcels, 1)]
    total_g = sum(p.weight_grams or 0 for p in parcels)
    top = height - MARGIN - 28
    footer: list[Element] = [
        Text(
            MARGIN,
            top,
            inner,
            7,
            f"Parcels: {len(parcels)}    Total weight: {total_g / 1000:.2f} kg",
            size=11,
            bold=True,
        ),
        Line(MARGIN, top + 20, MARGIN + 70, top + 20, 0.3),
        Text(MARGIN, top + 21, 70, 5, "Handed over by (signature)", size=8),
        Line(width - MARGIN - 70, top + 20, width - MARGIN, top + 20, 0.3),
        Text(width - MARGIN - 70, top + 21, 70, 5, f"Received by {carrier} (signature, time)", size=8, shrink=True),
    ]
    return _pages(f"Handover manifest: {carrier} {date}".strip(), rows, size=size, dpi=dpi, footer=footer)


def command_sheet(
    commands: Sequence[tuple[str, str]], *, size: tuple[float, float] = A4, dpi: int = 203
) -> list[Label]:
    """The packer's sheet at the bench: one big Code128 per (code, what it does)."""
    width, _height = size
    inner = width - 2 * MARGIN

    def row(code: str, text: str) -> Row:
        def draw(y: float) -> list[Element]:
            return [
                Text(MARGIN, y + 8, 70, 8, text, size=12, bold=True, shrink=True),
                Barcode("code128", code, MARGIN + 75, y + 2, inner - 75, 24),
                Line(MARGIN, y + 29.5, width - MARGIN, y + 29.5, 0.1),
            ]

        return draw

    rows: list[tuple[float, Row]] = [(30.0, row(code, text)) for code, text in commands]
    return _pages("Scan station commands", rows, size=size, dpi=dpi)


def to_pdf(pages: Sequence[Label]) -> bytes:
    return render_pdf(pages)


# --- 80 mm receipt printers ----------------------------------------------------


def _barcode_image(data: str, paper_mm: int) -> FlowImage:
    w = 70.0 if paper_mm == 80 else 46.0
    return FlowImage(render_image(Label(w, 16, 203, (Barcode("code128", data, 0, 1, w, 15),))))


def pick_list_escpos(lines: Sequence[PickLine], *, paper_mm: int = 80, title: str = "Pick list") -> bytes:
    items: list[FlowItem] = [FlowText(title, bold=True, large=True), FlowRule()]
    for bin_, sku, name, qty in pick_totals(lines):
        items += [FlowText(f"{bin_:<10} {qty:>4} x {sku}", bold=True), FlowText(f"    {name}")]
    items.append(FlowRule())
    for ref in dict.fromkeys(ln.order_reference for ln in lines):
        items += [FlowText(f"Order {ref}"), _barcode_image(ref, paper_mm)]
    return escpos_flow(items, paper_mm=paper_mm)


def packing_slip_escpos(slip: PackingSlip, *, paper_mm: int = 80) -> bytes:
    items: list[FlowItem] = [
        FlowText(f"Order {slip.order_reference}", bold=True, large=True),
        FlowText(slip.recipient),
        FlowRule(),
    ]
    for it in slip.items:
        items += [FlowText(f"{it.quantity} x {it.sku}", bold=True), FlowText(f"    {it.name}")]
    if slip.buyer_note.strip():
        items += [FlowRule(), FlowText("Buyer's note:", bold=True), FlowText(slip.buyer_note)]
    items += [FlowRule(), _barcode_image(slip.parcel_number, paper_mm)]
    return escpos_flow(items, paper_mm=paper_mm)


def handover_manifest_escpos(
    carrier: str, parcels: Sequence[ManifestParcel], *, date: str = "", paper_mm: int = 80
) -> bytes:
    items: list[FlowItem] = [FlowText(f"Handover: {carrier}", bold=True, large=True), FlowText(date), FlowRule()]
    for i, p in enumerate(parcels, 1):
        items += [
            FlowText(f"{i}. {p.tracking_number}", bold=True),
            FlowText(f"   {p.order_reference} {p.parcel_number}"),
            _barcode_image(p.tracking_number, paper_mm),
        ]
    items += [
        FlowRule(),
        FlowText(f"Parcels: {len(parcels)}", bold=True, large=True),
        FlowText(""),
        FlowText("Handed over by: ____________________"),
        FlowText(""),
        FlowText(f"Received ({carrier}): ______________"),
    ]
    return escpos_flow(items, paper_mm=paper_mm)
