"""Shipping labels as ZPL II, the language of Zebra printers and their clones.

Pure string building: no device, no heavy library, so a batch of a thousand
labels renders in a few tens of milliseconds. Every piece of untrusted text goes
through `escape_field` inside a `^FH_` field, so the only `^` and `~` bytes in
the output are the ones written here; barcode data is validated instead,
because an escaped barcode would encode the escape, not the tracking number.
"""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass

from printers.label import Address, ShippingLabel
from printers.textfit import fit_lines, wrap

__all__ = ["escape_field", "render_shipping_label"]

log = logging.getLogger(__name__)

# --- escaping ---------------------------------------------------------------

# Printable ASCII except the format prefix ^, the control prefix ~, the ^FH
# escape character _ and the backslash (field-block escape); DEL excluded.
_UNSAFE = re.compile(r"[^\x20-\x5B\x5D\x60-\x7D]")
_BYTE_ESCAPES: tuple[str, ...] = tuple(
    chr(b) if re.fullmatch(r"[\x20-\x5B\x5D\x60-\x7D]", chr(b)) else f"_{b:02X}" for b in range(256)
)


def escape_field(text: str) -> str:
    """Return `text` as a `^FH_` field body: unsafe bytes become `_XX` hex.

    Works on the UTF-8 bytes (the label selects UTF-8 with `^CI28`), so
    non-ASCII text prints correctly and no byte of it can be read as a command.
    """
    if not _UNSAFE.search(text):
        return text
    data = text.encode("utf-8", errors="replace")
    return "".join([_BYTE_ESCAPES[b] for b in data])


# --- barcodes ---------------------------------------------------------------

_BARCODE_DATA = re.compile(r"[A-Za-z0-9-]{1,40}")
_DIGIT_RUNS = re.compile(r"[0-9]{4,}")


def _check_barcode_data(what: str, value: str) -> str:
    if not isinstance(value, str) or not _BARCODE_DATA.fullmatch(value):
        raise ValueError(
            f"{what} {value!r} cannot be printed as a barcode: use 1 to 40 "
            "characters, only letters A-Z, digits 0-9 and '-'"
        )
    return value


def _code128_modules(data: str) -> int:
    """Upper bound of the symbol width in modules (^BC automatic mode).

    Runs of 4+ digits are packed two per symbol (subset C); everything else
    costs one symbol. Counting a switch per run keeps the estimate on the safe
    side. Start + check = 2 symbols, stop = 13 modules.
    """
    symbols = len(data)
    for run in _DIGIT_RUNS.findall(data):
        n = len(run)
        symbols -= n - ((n + 1) // 2 + 1)
    return 11 * (symbols + 2) + 13


# --- layout -----------------------------------------------------------------

# Positions are designed in dots for a 4x6 in label at 203 dpi and scaled.
_BASE_W, _BASE_H = 812, 1218
_MARGIN = 20
_QUIET_MODULES = 10  # Code128 needs 10 modules of white either side


@dataclass(frozen=True)
class _Geometry:
    width: int  # ^PW, dots
    height: int  # ^LL, dots
    sx: float
    sy: float
    font: float  # scale for font heights
    dpi_scale: float  # scale for barcode modules

    def x(self, v: float) -> int:
        return round(v * self.sx)

    def y(self, v: float) -> int:
        return round(v * self.sy)

    def h(self, v: float) -> int:
        return max(10, round(v * self.font))


@functools.lru_cache(maxsize=16)
def _geometry(dpi: int, width_in: float, height_in: float) -> _Geometry:
    if dpi <= 0 or width_in <= 0 or height_in <= 0:
        raise ValueError(f"label size must be positive, got {width_in}x{height_in} in at {dpi} dpi")
    w, h = round(width_in * dpi), round(height_in * dpi)
    sx, sy = w / _BASE_W, h / _BASE_H
    return _Geometry(w, h, sx, sy, min(sx, sy), dpi / 203)


def _text(
    g: _Geometry,
    x: float,
    y: float,
    width: float,
    font_h: float,
    lines: list[str],
    *,
    max_lines: int,
    spacing: float = 0,
    justify: str = "L",
) -> str:
    """One `^FB` field block of already fitted lines.

    User backslashes are doubled because a field block reads `\\&` as a line
    break even after `^FH` decoding; the `\\&` between lines are ours.
    """
    if not lines:
        return ""
    body = "\\&".join(escape_field(line.replace("\\", "\\\\")) for line in lines)
    hh = g.h(font_h)
    return f"^FO{g.x(x)},{g.y(y)}^A0N,{hh},{hh}^FB{g.x(width)},{max_lines},{g.y(spacing)},{justify},0^FH_^FD{body}^FS"


def _fit(g: _Geometry, width: float, font_h: float, text: str, max_lines: int = 1) -> list[str]:
    return wrap(text, width=g.x(width), height=g.h(font_h), max_lines=max_lines)


def _barcode(
    g: _Geometry,
    what: str,
    data: str,
    *,
    y: float,
    bar_h: float,
    module: int,
    min_module: int,
    left: bool = False,
) -> str:
    """A Code128 with its human-readable line, at the widest module that fits."""
    modules = _code128_modules(data) + 2 * _QUIET_MODULES
    room = g.width - 2 * g.x(_MARGIN)
    mw = max(module, 1)
    while mw > min_module and modules * mw > room:
        mw -= 1
    if modules * mw > room:
        raise ValueError(f"{what} {data!r} is too long to print as a scannable barcode on a {g.width}-dot wide label")
    if mw < module:
        log.info("%s %s printed with narrower bars (module %d) to fit", what, data, mw)
    symbol = (modules - 2 * _QUIET_MODULES) * mw
    x = g.x(_MARGIN) + _QUIET_MODULES * mw if left else (g.width - symbol) // 2
    return f"^FO{x},{g.y(y)}^BY{mw},3,{g.y(bar_h)}^BCN,{g.y(bar_h)},Y,N,N,A^FD{data}^FS"


def _city_lines(a: Address) -> tuple[list[str], bool]:
    """Postcode/city line(s) in the destination's usual order; True if region used."""
    country = a.country.strip().upper()
    if country in ("US", "CA", "AU"):
        return [" ".join(p for p in (a.city, a.region, a.postcode) if p.strip())], True
    if country in ("GB", "IE"):
        return [a.city, a.postcode], False
    return [f"{a.postcode} {a.city}"], False


def _address_lines(a: Address, max_lines: int, *, with_phone: bool) -> list[str]:
    """Logical address lines, merging or dropping optional ones to fit `max_lines`."""
    city, region_used = _city_lines(a)
    street = [s.strip() for s in a.lines if s.strip()]
    region = [a.region] if a.region.strip() and not region_used else []
    phone = [f"Tel {a.phone}"] if with_phone and a.phone.strip() else []
    company = [a.company] if a.company.strip() else []

    def total() -> int:
        return 1 + len(company) + len(street) + len(city) + len(region) + 1 + len(phone)

    while total() > max_lines and len(street) > 1:
        street[-2:] = [f"{street[-2]}, {street[-1]}"]
    for optional in (phone, region, company):
        if total() > max_lines:
            optional.clear()
    return [a.name, *company, *street, *city, *region, a.country.strip().upper(), *phone]


def _weight_text(grams: int | None) -> str:
    if grams is None:
        return ""
    if grams < 0:
        raise ValueError(f"parcel weight cannot be negative ({grams} g)")
    if grams < 1000:
        return f"{grams} g"
    return f"{grams / 1000:.3f}".rstrip("0").rstrip(".") + " kg"


def render_shipping_label(label: ShippingLabel, *, dpi: int = 203, width_in: float = 4, height_in: float = 6) -> bytes:
    """Render one parcel's label as a single ZPL format (`^XA ... ^XZ`).

    Raises ValueError when the tracking or parcel number cannot be a barcode,
    so a bad waybill is caught before a label is wasted.
    """
    tracking = _check_barcode_data("tracking number", label.tracking_number)
    parcel = _check_barcode_data("parcel number", label.parcel_number)
    weight = _weight_text(label.weight_grams)
    g = _geometry(dpi, width_in, height_in)
    full = _BASE_W - 2 * _MARGIN
    m = _MARGIN
    rule = f"^GB{g.x(full)},{max(2, round(3 * g.font))},{max(2, round(3 * g.font))}^FS"

    parts = [f"^XA^CI28^PW{g.width}^LL{g.height}^LH0,0"]
    # Header: carrier (+ weight on the right), service.
    weight_w = 230 if weight else 0
    parts.append(_text(g, m, 20, full - weight_w, 48, _fit(g, full - weight_w, 48, label.carrier), max_lines=1))
    if weight:
        parts.append(_text(g, m + full - weight_w, 26, weight_w, 40, [weight], max_lines=1, justify="R"))
    parts.append(_text(g, m, 74, full, 30, _fit(g, full, 30, label.service), max_lines=1))
    parts.append(f"^FO{g.x(m)},{g.y(114)}{rule}")
    # Sender, small.
    parts.append(_text(g, m, 124, full, 18, ["FROM"], max_lines=1))
    sender = fit_lines(
        _address_lines(label.sender, 6, with_phone=False), width=g.x(full), height=g.h(22), max_lines=6, per_line=1
    )
    parts.append(_text(g, m, 148, full, 22, sender, max_lines=6, spacing=2))
    parts.append(f"^FO{g.x(m)},{g.y(298)}{rule}")
    # Recipient, large.
    parts.append(_text(g, m, 310, full, 22, ["SHIP TO"], max_lines=1))
    recipient = fit_lines(
        _address_lines(label.recipient, 8, with_phone=True), width=g.x(full), height=g.h(42), max_lines=8
    )
    parts.append(_text(g, m, 338, full, 42, recipient, max_lines=8, spacing=4))
    parts.append(f"^FO{g.x(m)},{g.y(714)}{rule}")
    # Tracking number: text and the big barcode (module 3 at 203 dpi).
    parts.append(_text(g, m, 726, full, 30, [f"TRACKING  {tracking}"], max_lines=1))
    parts.append(
        _barcode(
            g,
            "tracking number",
            tracking,
            y=764,
            bar_h=150,
            module=round(3 * g.dpi_scale),
            min_module=max(2, round(2 * g.dpi_scale)),
        )
    )
    parts.append(f"^FO{g.x(m)},{g.y(960)}{rule}")
    # Order reference, parcel barcode, SKU summary.
    parts.append(_text(g, m, 970, full, 28, _fit(g, full, 28, f"Order {label.order_reference}"), max_lines=1))
    parts.append(
        _barcode(
            g,
            "parcel number",
            parcel,
            y=1004,
            bar_h=56,
            module=max(2, round(2 * g.dpi_scale)),
            min_module=max(1, round(2 * g.dpi_scale)),
            left=True,
        )
    )
    parts.append(_text(g, m, 1096, full, 24, _fit(g, full, 24, label.sku_summary, 4), max_lines=4, spacing=2))
    parts.append("^XZ")
    return "".join(parts).encode("ascii")
