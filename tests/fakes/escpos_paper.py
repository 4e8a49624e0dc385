"""A receipt printer's paper: an ESC/POS job interpreted into the image it would print.

Written from Epson's ESC/POS command reference, independent of `printers/` (it is what
the renderer is checked against): raster images (`GS v 0`), the printer's own CODE128
(`GS k` 73, code sets `{A`/`{B`/`{C`) and QR (`GS ( k`) drawn by zxing-cpp's writer from
the data *as the printer reads it*, and the setup commands (`ESC @`, `GS P`, `GS L`,
`GS W`, `ESC {`, `ESC J`, `ESC $`, `ESC a`, `GS ( K`). Strict where a printer is
ambiguous: a command it does not know, a distance given before the motion units are set
(`GS P`), or code set C data that is not a digit pair fails the test instead of guessing.

Text lines (the test print's, a barcode's digits) take one 24-dot line each; text is kept
as text, not drawn.
Everything past the paper's right edge is cut off, as a printer does, and counted in
`overflow_dots`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import zxingcpp
from PIL import Image

__all__ = ["EscposPaper", "Receipt"]

PAPER_DOTS = {58: 384, 80: 576}
_QR_EC = {48: "L", 49: "M", 50: "Q", 51: "H"}


@dataclass
class Receipt:
    """One piece of paper between cuts."""

    image: Image.Image
    text: list[str] = field(default_factory=list)
    overflow_dots: int = 0  # the most any line reached past the paper's edge
    widest_dots: int = 0  # the widest raster image or barcode sent


class EscposPaper:
    def __init__(self, paper_mm: int = 80, dpi: int = 203) -> None:
        self.width = PAPER_DOTS[paper_mm]
        self.dpi = dpi
        self.receipts: list[Receipt] = []
        self.density: int | None = None  # GS ( K fn 49, -6..6
        self._reset()
        self._new_receipt()

    # -- state ---------------------------------------------------------------------

    def _reset(self) -> None:
        self.units: tuple[int, int] | None = None  # GS P: 1/x inch horizontally, 1/y vertically
        self.left = 0
        self.area = self.width
        self.upside_down = False
        self.align = 0
        self.position: int | None = None  # ESC $ for the next item on the line
        self.hri, self.bar_h, self.module = 0, 162, 3
        self.qr_module, self.qr_ec, self.qr_data = 3, "L", b""

    def _new_receipt(self) -> None:
        self._rows: list[Image.Image] = []
        self._text: list[str] = []
        self._overflow = 0
        self._widest = 0

    def _dots(self, value: int, vertical: bool = False) -> int:
        if value and self.units is None:
            raise AssertionError("a distance before GS P set the motion units: the printer's default is unknown")
        if not value:
            return 0
        unit = self.units[1] if vertical else self.units[0]  # type: ignore[index]
        return round(value * self.dpi / unit)

    # -- output ----------------------------------------------------------------------

    def _place(self, item: Image.Image) -> None:
        """One printed line (a raster image or a barcode) at the current alignment and position."""
        self._widest = max(self._widest, item.width)
        right = min(self.width, self.left + self.area)
        room = right - self.left
        if self.position is not None:
            x = self.left + self.position
        elif self.align == 1:
            x = self.left + (room - item.width) // 2
        elif self.align == 2:
            x = right - item.width
        else:
            x = self.left
        if self.upside_down:  # the whole line turned about the print area's middle
            item = item.rotate(180)
            x = self.left + right - (x + item.width)
        self._overflow = max(self._overflow, x + item.width - self.width)
        row = Image.new("1", (self.width, item.height), 1)
        row.paste(item, (x, 0))
        self._rows.append(row)
        self.position = None

    def _feed(self, dots: int) -> None:
        if dots > 0:
            self._rows.append(Image.new("1", (self.width, dots), 1))

    def _cut(self) -> None:
        height = sum(r.height for r in self._rows)
        image = Image.new("1", (self.width, max(1, height)), 1)
        y = 0
        for r in self._rows:
            image.paste(r, (0, y))
            y += r.height
        self.receipts.append(Receipt(image, self._text, self._overflow, self._widest))
        self._new_receipt()

    # -- the command stream ------------------------------------------------------------

    def feed(self, job: bytes) -> list[Receipt]:
        """Interpret `job`; the receipts it cut (and any uncut rest, as a last receipt)."""
        pos = 0
        line = bytearray()
        n = len(job)

        def need(k: int) -> bytes:
            if pos + k > n:
                raise AssertionError(f"command at {pos} cut short")
            return job[pos : pos + k]

        while pos < n:
            b = job[pos]
            if b == 0x0A:
                self._text.append(line.decode("ascii"))
                line.clear()
                self._feed(24)
                pos += 1
            elif 0x20 <= b < 0x7F:
                line.append(b)
                pos += 1
            elif b == 0x1B:
                cmd = need(2)[1]
                if cmd == ord("@"):
                    self._reset()
                    pos += 2
                elif cmd == ord("{"):
                    self.upside_down = bool(need(3)[2] & 1)
                    pos += 3
                elif cmd == ord("a"):
                    self.align = need(3)[2] % 48
                    pos += 3
                elif cmd == ord("J"):
                    self._feed(self._dots(need(3)[2], vertical=True))
                    pos += 3
                elif cmd == ord("d"):
                    self._feed(30 * need(3)[2])
                    pos += 3
                elif cmd == ord("$"):
                    c = need(4)
                    self.position = self._dots(c[2] + 256 * c[3])
                    pos += 4
                else:
                    raise AssertionError(f"unknown command ESC {chr(cmd)!r} at {pos}")
            elif b == 0x1D:
                cmd = need(2)[1]
                if cmd == ord("P"):
                    c = need(4)
                    self.units = (c[2], c[3])
                    pos += 4
                elif cmd == ord("L"):
                    c = need(4)
                    self.left = self._dots(c[2] + 256 * c[3])
                    pos += 4
                elif cmd == ord("W"):
                    c = need(4)
                    self.area = self._dots(c[2] + 256 * c[3])
                    pos += 4
                elif cmd in (ord("H"), ord("h"), ord("w"), ord("f")):
                    value = need(3)[2]
                    if cmd == ord("H"):
                        self.hri = value
                    elif cmd == ord("h"):
                        self.bar_h = value
                    elif cmd == ord("w"):
                        if not 2 <= value <= 6:
                            raise AssertionError(f"GS w {value}: module widths are 2..6 dots")
                        self.module = value
                    pos += 3
                elif cmd == ord("V"):
                    mode = need(3)[2]
                    pos += 4 if mode in (65, 66) else 3
                    self._cut()
                elif cmd == ord("v"):
                    c = need(8)
                    wb, h = c[4] + 256 * c[5], c[6] + 256 * c[7]
                    data = need(8 + wb * h)[8:]
                    pos += 8 + wb * h
                    image = Image.frombytes("1", (wb * 8, h), bytes(255 - x for x in data))
                    self._place(image)
                elif cmd == ord("k"):
                    m = need(3)[2]
                    if m != 73:
                        raise AssertionError(f"GS k {m}: only CODE128 (73) is expected")
                    length = need(4)[3]
                    data = need(4 + length)[4:]
                    pos += 4 + length
                    self._place(self._code128(data))
                elif cmd == ord("("):
                    c = need(5)
                    kind, size = c[2], c[3] + 256 * c[4]
                    params = need(5 + size)[5:]
                    pos += 5 + size
                    if kind == ord("K"):
                        if params[0] == 49:
                            self.density = params[1] - 256 if params[1] > 127 else params[1]
                        else:
                            raise AssertionError(f"GS ( K function {params[0]} is not expected")
                    elif kind == ord("k"):
                        self._qr(params)
                    else:
                        raise AssertionError(f"unknown command GS ( {chr(kind)!r}")
                else:
                    raise AssertionError(f"unknown command GS {chr(cmd)!r} at {pos}")
            else:
                raise AssertionError(f"byte {b:#04x} at {pos} is neither text nor a command")
        if self._rows or self._text:
            self._cut()
        return self.receipts

    # -- the printer's own symbols -------------------------------------------------------

    def _code128(self, data: bytes) -> Image.Image:
        """CODE128 as the printer reads `GS k` 73 data: a code set first, then its characters."""
        if data[:1] != b"{" or data[1:2] not in (b"A", b"B", b"C"):
            raise AssertionError(f"CODE128 data must start with a code set ({{A, {{B, {{C}}): {data[:8]!r}")
        text, subset, i = [], "", 0
        while i < len(data):
            byte = data[i]
            if byte == 0x7B:  # "{"
                nxt = data[i + 1 : i + 2]
                if nxt == b"{":
                    text.append("{")
                elif nxt in (b"A", b"B", b"C"):
                    subset = nxt.decode()
                else:
                    raise AssertionError(f"{{{nxt!r} is not a CODE128 function in GS k data")
                i += 2
                continue
            if subset == "C":
                if byte > 99:
                    raise AssertionError(f"code set C takes digit pairs 0..99, not {byte}")
                text.append(f"{byte:02d}")
            else:
                text.append(chr(byte))
            i += 1
        code = zxingcpp.create_barcode("".join(text), zxingcpp.BarcodeFormat.Code128)
        row = code.to_image(scale=1, add_quiet_zones=False)
        modules = Image.frombytes("L", (row.shape[1], 1), memoryview(row).tobytes()[: row.shape[1]])
        bars = modules.resize((row.shape[1] * self.module, self.bar_h), Image.Resampling.NEAREST)
        image = Image.new("L", (bars.width, bars.height + (24 if self.hri else 0)), 255)
        image.paste(bars, (0, 0))  # the printer's digits under the bars take a line; not drawn here
        return image.convert("1", dither=Image.Dither.NONE)

    def _qr(self, params: bytes) -> None:
        if params[0] != 49:
            raise AssertionError(f"GS ( k symbol {params[0]}: only QR (49) is expected")
        fn = params[1]
        if fn == 65:
            if params[2] not in (49, 50):
                raise AssertionError("QR model must be 1 or 2")
        elif fn == 67:
            self.qr_module = params[2]
        elif fn == 69:
            self.qr_ec = _QR_EC[params[2]]
        elif fn == 80:
            self.qr_data = bytes(params[3:])
        elif fn == 81:
            code = zxingcpp.create_barcode(
                self.qr_data.decode("utf-8"), zxingcpp.BarcodeFormat.QRCode, ec_level=self.qr_ec
            )
            grey = code.to_image(scale=1, add_quiet_zones=False)
            h, w = grey.shape
            modules = Image.frombytes("L", (w, h), memoryview(grey).tobytes())
            image = modules.resize((w * self.qr_module, h * self.qr_module), Image.Resampling.NEAREST)
            self._place(image.convert("1", dither=Image.Dither.NONE))
        else:
            raise AssertionError(f"GS ( k QR function {fn} is not expected")
