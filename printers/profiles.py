"""Printer profiles: which printer, how to reach it, and how it is set up.

`setup_commands` is the block of printer settings (offsets, darkness, speed, rotation,
media) that opens *every* label — each batch label and the test print alike — so every
label lands where the test print landed, whatever the printer was left at (another
program, a power cycle, a reset). In ZPL it sits inside each format (`^XA` block `^CI28`
…), never as a format of its own: a format is a label to a printer's counter. In TSPL it
is the header before `CLS`. In ESC/POS it opens the job (`ESC @` …; see `_escpos_setup`).
`make_test_print` is the test-print button's label, built by
hand here, independent of the label renderers, so a test print still works when a
template is broken.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from printers.transports import transport_from_uri

__all__ = [
    "DOTS_PER_MM",
    "PrinterProfile",
    "calibration_commands",
    "make_test_print",
    "receipt_paper_mm",
    "setup_commands",
    "with_setup",
]

Language = Literal["zpl", "tspl", "escpos", "pdf"]
DOTS_PER_MM = {203: 8, 300: 12}  # as Zebra and TSC count them
_LANGUAGES = ("zpl", "tspl", "escpos", "pdf")
# (low, high) per language; None: the language has no such setting
# ZPL ^MD is relative, TSPL DENSITY absolute, ESC/POS GS ( K fn 49 steps around the printer's standard
_DARKNESS = {"zpl": (-30, 30), "tspl": (0, 15), "escpos": (-6, 6)}
# inches per second; ESC/POS has speed *levels* (GS ( K fn 50), not in/s, so it takes none
_SPEED = {"zpl": (1, 14), "tspl": (1, 12)}


@dataclass(frozen=True)
class PrinterProfile:
    """One configured printer. Offsets are in dots; darkness and speed in the printer's own scale."""

    name: str
    uri: str
    language: Language = "zpl"
    dpi: int = 203
    width_mm: float = 100.0
    height_mm: float = 150.0
    darkness: int | None = None  # None: leave the printer's setting
    speed: int | None = None  # inches per second; None: leave the printer's setting
    x_offset: int = 0
    y_offset: int = 0
    rotation: int = 0  # 0/180 handled by the printer; 90/270 by the renderer
    gap_mm: float = 3.0  # TSPL: the gap between die-cut labels (0 for continuous)

    def __post_init__(self) -> None:
        problems = _problems(self)
        if problems:
            raise ValueError(f"printer profile {self.name!r}: " + "; ".join(problems))

    @property
    def width_dots(self) -> int:
        return round(self.width_mm * DOTS_PER_MM[self.dpi])

    @property
    def height_dots(self) -> int:
        return round(self.height_mm * DOTS_PER_MM[self.dpi])


def _problems(p: PrinterProfile) -> list[str]:
    out: list[str] = []
    if not p.name.strip() or len(p.name) > 64 or any(ord(c) < 32 for c in p.name):
        out.append("the name must be 1-64 characters without control characters")
    try:
        transport_from_uri(p.uri)
    except ValueError as exc:
        out.append(str(exc))
    if p.language not in _LANGUAGES:
        out.append(f"language must be one of {', '.join(_LANGUAGES)}, not {p.language!r}")
    if p.dpi not in DOTS_PER_MM:
        out.append(f"dpi must be 203 or 300, not {p.dpi!r}")
    if not (10 <= p.width_mm <= 300 and 10 <= p.height_mm <= 2000):
        out.append(f"media {p.width_mm:g}x{p.height_mm:g} mm is out of range (10-300 mm wide, 10-2000 mm long)")
    if not 0 <= p.gap_mm <= 20:
        out.append(f"label gap {p.gap_mm:g} mm must be 0-20 mm")
    for what, value, limits in (("darkness", p.darkness, _DARKNESS), ("speed", p.speed, _SPEED)):
        if value is None:
            continue
        low_high = limits.get(p.language)
        if low_high is None:
            out.append(f"{what} cannot be set for {p.language} printers")
        elif not (isinstance(value, int) and low_high[0] <= value <= low_high[1]):
            out.append(f"{what} for {p.language} must be {low_high[0]}..{low_high[1]}, not {value!r}")
    size_known = p.dpi in DOTS_PER_MM and 10 <= p.width_mm <= 300 and 10 <= p.height_mm <= 2000
    if size_known and not (0 <= p.x_offset < p.width_dots and 0 <= p.y_offset < p.height_dots):
        out.append(f"offsets must be 0..{p.width_dots - 1} (x) and 0..{p.height_dots - 1} (y) dots")
    if p.rotation not in (0, 90, 180, 270):
        out.append(f"rotation must be 0, 90, 180 or 270, not {p.rotation!r}")
    return out


def _mm(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def setup_commands(profile: PrinterProfile) -> bytes:
    """The printer settings that make labels land where the template expects them; the same
    block opens every label and the test print (ZPL: right after `^XA`; TSPL: before `CLS`)."""
    p = profile
    if p.language == "zpl":
        parts = []
        if p.darkness is not None:
            parts.append(f"^MD{p.darkness}")
        if p.speed is not None:
            parts.append(f"^PR{p.speed}")
        parts += [f"^LH{p.x_offset},{p.y_offset}", f"^PW{p.width_dots}", f"^LL{p.height_dots}"]
        parts.append("^POI" if p.rotation == 180 else "^PON")
        return "".join(parts).encode("ascii")
    if p.language == "tspl":
        lines = [f"SIZE {_mm(p.width_mm)} mm,{_mm(p.height_mm)} mm", f"GAP {_mm(p.gap_mm)} mm,0 mm"]
        if p.speed is not None:
            lines.append(f"SPEED {p.speed}")
        if p.darkness is not None:
            lines.append(f"DENSITY {p.darkness}")
        lines += [f"DIRECTION {1 if p.rotation == 180 else 0}", f"REFERENCE {p.x_offset},{p.y_offset}"]
        return "".join(line + "\r\n" for line in lines).encode("ascii")
    if p.language == "escpos":
        return _escpos_setup(p)
    return b""  # PDF printers are set up by their driver


def receipt_paper_mm(width_mm: float) -> int:
    """The receipt roll a profile's media width means: 58 mm (384 dots) or 80 mm (576 dots)."""
    return 58 if width_mm < 70 else 80


_ESCPOS_PAPER_DOTS = {58: 384, 80: 576}


def _escpos_setup(p: PrinterProfile) -> bytes:
    """ESC/POS: what each profile setting becomes (Epson's ESC/POS reference).

    - `ESC @` initialise: nothing is left over from another program;
    - `GS P 203 203`: motion units of 1/203 in, one dot, so the numbers below are dots;
    - darkness: `GS ( K` fn 49, print density, -6..+6 steps around the printer's standard;
    - x offset: `GS L`, the left margin (what it pushes past the paper's edge is not printed);
    - media: `GS W`, the print area width, the 58 or 80 mm roll's 384 or 576 dots;
    - rotation 180: `ESC {` upside-down mode, the printer turns each line (the label renderer
      sends a label's bands last first, so the turned strip reads top to bottom);
    - y offset: `ESC J`, blank paper fed before the label.
    Speed is not set: ESC/POS has speed levels, not inches per second (the profile refuses one).
    """
    out = bytearray(b"\x1b@\x1dP\xcb\xcb")
    if p.darkness is not None:
        out += b"\x1d(K\x02\x001" + bytes([p.darkness & 0xFF])
    out += b"\x1dL" + p.x_offset.to_bytes(2, "little")
    out += b"\x1dW" + _ESCPOS_PAPER_DOTS[receipt_paper_mm(p.width_mm)].to_bytes(2, "little")
    out += b"\x1b{" + (b"\x01" if p.rotation == 180 else b"\x00")
    feed = p.y_offset
    while feed > 0:
        out += b"\x1bJ" + bytes([min(feed, 255)])
        feed -= 255
    return bytes(out)


def calibration_commands(language: str, *, gap_mm: float = 3.0) -> bytes | None:
    """The bytes that make a label printer measure its media; None when the language has none.

    Constants only: nothing from the profile's text reaches the printer.
    ZPL `~JC`: the media sensor calibration (the printer feeds a few blank labels).
    TSPL `GAPDETECT`: for die-cut labels (a gap), the printer feeds labels and learns the
    paper and gap length; `AUTODETECT` when the profile says no gap, so the printer works out
    the roll itself (gaps, black marks or none). ESC/POS receipt printers and PDF printers
    have no media to calibrate.
    """
    if language == "zpl":
        return b"~JC"
    if language == "tspl":
        return b"GAPDETECT\r\n" if gap_mm > 0 else b"AUTODETECT\r\n"
    return None


# -- test print -----------------------------------------------------------

_ZPL_PLAIN = re.compile(r"[A-Za-z0-9 .,:;!?()+*/=@#$%&'\"<>\[\]{}|-]")


def _zpl_text(text: str) -> str:
    """Field data for `^FH_` under `^CI28`: anything not plainly safe goes as _XX hex bytes."""
    return "".join(c if _ZPL_PLAIN.fullmatch(c) else "".join(f"_{b:02X}" for b in c.encode()) for c in text)


def _ascii_text(text: str, quote: str = "") -> str:
    """Printable ASCII only, for languages without a safe escape for the rest."""
    return "".join(c if 32 <= ord(c) < 127 and c not in quote else "?" for c in text)


def make_test_print(profile: PrinterProfile) -> bytes:
    """A small label that proves the connection, the media size and the offsets:
    the printer's name, its dpi and size, a 10 mm ruler along the top, and a Code128."""
    p = profile
    dpm = DOTS_PER_MM[p.dpi]
    info = f"{p.dpi} dpi  {_mm(p.width_mm)} x {_mm(p.height_mm)} mm"
    code = f"SHIPBENCH-TEST-{p.dpi}"
    if p.language == "zpl":
        out = ["^XA", setup_commands(p).decode(), "^CI28"]
        out.append(f"^FO0,0^GB{p.width_dots},{dpm // 2},{dpm // 2}^FS")  # ruler line
        for mm in range(0, int(p.width_mm) + 1, 10):
            x = min(mm * dpm, p.width_dots - 2)
            out.append(f"^FO{x},0^GB2,{dpm * (4 if mm % 50 == 0 else 2)},2^FS")
        out.append(f"^FO{2 * dpm},{6 * dpm}^A0N,{5 * dpm},{5 * dpm}^FH_^FD{_zpl_text(p.name)}^FS")
        out.append(f"^FO{2 * dpm},{13 * dpm}^A0N,{3 * dpm},{3 * dpm}^FD{info}^FS")
        out.append(f"^FO{2 * dpm},{18 * dpm}^BY2^BCN,{10 * dpm},Y,N,N^FD{code}^FS")
        out.append("^XZ")
        return "".join(out).encode("utf-8")
    if p.language == "tspl":
        lines = ["CLS", f"BAR 0,0,{p.width_dots},{dpm // 2}"]
        for mm in range(0, int(p.width_mm) + 1, 10):
            x = min(mm * dpm, p.width_dots - 2)
            lines.append(f"BAR {x},0,2,{dpm * (4 if mm % 50 == 0 else 2)}")
        lines.append(f'TEXT {2 * dpm},{6 * dpm},"3",0,1,1,"{_ascii_text(p.name, quote=chr(34))}"')
        lines.append(f'TEXT {2 * dpm},{13 * dpm},"2",0,1,1,"{info}"')
        lines.append(f'BARCODE {2 * dpm},{18 * dpm},"128",{10 * dpm},1,0,2,2,"{code}"')
        lines.append("PRINT 1,1")
        return setup_commands(p) + "".join(line + "\r\n" for line in lines).encode("ascii")
    if p.language == "escpos":
        cols = 32 if p.width_mm < 70 else 48
        if receipt_paper_mm(p.width_mm) == 58:
            code = f"SB-TEST-{p.dpi}"  # at 2 dots a module the long one is 466 dots: wider than 384
        ruler = ("|" + "-" * 9) * (cols // 10) + "|"
        body = (
            setup_commands(p)
            + b"\x1ba\x01"  # centre
            + _ascii_text(p.name).encode()
            + b"\n"
            + info.encode()
            + b"\n"
            + ruler[:cols].encode()
            + b"\n"
            + b"\x1dh\x50\x1dw\x02\x1dH\x02"  # barcode height 80, module 2, text below
            + b"\x1dkI"
            + bytes([len(code) + 2])
            + b"{B"
            + code.encode()
            + b"\n\n\n\x1dV\x42\x00"  # feed and cut
        )
        return body
    return _pdf_test_page(p, info)


def _pdf_test_page(p: PrinterProfile, info: str) -> bytes:
    """A one-page PDF of the media size: the name, the size and a ruler (PDF user units, 1/72 in)."""
    w, h = p.width_mm * 72 / 25.4, p.height_mm * 72 / 25.4

    def pdf_text(text: str) -> str:
        return _ascii_text(text).replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ticks = "".join(
        f"{mm * 72 / 25.4:.2f} {h:.2f} m {mm * 72 / 25.4:.2f} {h - 8:.2f} l "
        for mm in range(0, int(p.width_mm) + 1, 10)
    )
    content = (
        f"0.5 w 0 {h - 1:.2f} m {w:.2f} {h - 1:.2f} l {ticks}S "
        f"BT /F1 14 Tf 12 {h - 40:.2f} Td ({pdf_text(p.name)}) Tj ET "
        f"BT /F1 9 Tf 12 {h - 56:.2f} Td ({pdf_text(info)}) Tj ET"
    ).encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {w:.2f} {h:.2f}] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>".encode(),
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


# the settings a profile owns; a carrier's ZPL that sets them gives way to the profile
_ZPL_SETTINGS = re.compile(rb"\^(?:LH|PO|MD|PR|MN|PW|LL)[^\^~]*")


def with_setup(data: bytes, profile: PrinterProfile) -> bytes:
    """A label from elsewhere (a carrier's ZPL) opened by the profile's settings block.

    ZPL: the carrier's own origin, orientation, darkness, speed, media and size commands
    give way to the profile's (what the user calibrated with the test print), whose block
    goes right after each `^XA`. TSPL: the block goes first. Other languages carry none.
    """
    block = setup_commands(profile)
    if profile.language == "zpl":
        return _ZPL_SETTINGS.sub(b"", data).replace(b"^XA", b"^XA" + block)
    if profile.language == "tspl":
        return block + data
    return data
