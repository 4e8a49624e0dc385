"""Barcode symbols as module patterns, identical for every printer language.

Code128 and EAN-13 are encoded here so the ZPL/TSPL native barcode commands can
be told exactly which code sets to use (`>;`/`>5` in ZPL, `!105`/`!099` in TSPL
128M) and print the same bars as the preview. QR and DataMatrix come from
zxing-cpp's writer and are always sent as graphics.
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
from dataclasses import dataclass
from typing import cast

from printers.layout import LabelError

__all__ = ["Symbol", "code128_codes", "ean13_checksum", "symbol"]

# Code128 bar/space widths for symbol values 0..106 (106 = stop, 13 modules).
_PATTERNS = (
    "212222 222122 222221 121223 121322 131222 122213 122312 132212 221213 "
    "221312 231212 112232 122132 122231 113222 123122 123221 223211 221132 "
    "221231 213212 223112 312131 311222 321122 321221 312212 322112 322211 "
    "212123 212321 232121 111323 131123 131321 112313 132113 132311 211313 "
    "231113 231311 112133 112331 132131 113123 113321 133121 313121 211331 "
    "231131 213113 213311 213131 311123 311321 331121 312113 312311 332111 "
    "314111 221411 431111 111224 111422 121124 121421 141122 141221 112214 "
    "112412 122114 122411 142112 142211 241211 221114 413111 241112 134111 "
    "111242 121142 121241 114212 124112 124211 411212 421112 421211 212141 "
    "214121 412121 111143 111341 131141 114113 114311 411113 411311 113141 "
    "114131 311141 411131 211412 211214 211232 2331112"
).split()
START_B, START_C, CODE_B, CODE_C, STOP = 104, 105, 100, 99, 106

_CODE128_TEXT = re.compile(r"[\x20-\x7E]{1,48}")
_CHUNKS = re.compile(r"[0-9]+|[^0-9]+")


@dataclass(frozen=True)
class Symbol:
    """A barcode as rows of modules (True = bar); a linear code has one row."""

    kind: str
    data: str
    rows: tuple[tuple[bool, ...], ...]
    quiet: int  # modules of white needed on each side
    codes: tuple[int, ...] = ()  # Code128 symbol values, start..check (no stop)

    def __hash__(self) -> int:
        # the modules follow from the kind and the data: hashing them (a few hundred) is waste
        return hash((self.kind, self.data, self.quiet))

    @property
    def linear(self) -> bool:
        return len(self.rows) == 1

    @property
    def width(self) -> int:
        return len(self.rows[0])

    @property
    def height(self) -> int:
        return len(self.rows)


_B_VALUES = bytes((b - 32) % 256 for b in range(256))  # a byte as its code set B value


def code128_codes(data: str) -> tuple[int, ...]:
    """Symbol values (start, data, code-set switches, check digit) for `data`.

    Code set C (two digits per symbol) for runs of 4+ digits, B otherwise: the
    usual near-optimal choice, so long numeric tracking numbers stay narrow.
    """
    if not _CODE128_TEXT.fullmatch(data):
        raise LabelError(f"{data!r} cannot be a Code128 barcode: use 1 to 48 printable ASCII characters")
    codes: list[int] = []
    current = ""
    for chunk in _CHUNKS.findall(data):  # runs of digits and of other characters, in turn
        n = len(chunk)
        raw = chunk.encode("ascii")
        if 48 <= raw[0] <= 57 and (n >= 4 or (n == len(data) and n % 2 == 0)):  # all digits, even: C from the start
            if n % 2:  # odd run: its first digit in B, the rest in C
                if current != "B":
                    codes.append(START_B if not current else CODE_B)
                    current = "B"
                codes.append(raw[0] - 32)
                raw = raw[1:]
            if current != "C":
                codes.append(START_C if not current else CODE_C)
                current = "C"
            codes += [10 * tens + ones - 528 for tens, ones in zip(raw[::2], raw[1::2], strict=True)]  # "ab" as 10a+b
            continue
        if current != "B":
            codes.append(START_B if not current else CODE_B)
            current = "B"
        codes += raw.translate(_B_VALUES)
    check = (codes[0] + sum(map(operator.mul, codes, itertools.count()))) % 103
    return (*codes, check)


def _modules(widths: str, first_bar: bool = True) -> list[bool]:
    out: list[bool] = []
    bar = first_bar
    for w in widths:
        out.extend([bar] * int(w))
        bar = not bar
    return out


_EAN_L = ("3211", "2221", "2122", "1411", "1132", "1231", "1114", "1312", "1213", "3112")
_EAN_PARITY = ("LLLLLL", "LLGLGG", "LLGGLG", "LLGGGL", "LGLLGG", "LGGLLG", "LGGGLL", "LGLGLG", "LGLGGL", "LGGLGL")


def ean13_checksum(digits12: str) -> str:
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits12))
    return str((10 - total % 10) % 10)


def _ean13(data: str) -> str:
    digits = re.sub(r"\s", "", data)
    if not re.fullmatch(r"[0-9]{12,13}", digits):
        raise LabelError(f"{data!r} cannot be an EAN-13 barcode: use 12 or 13 digits")
    if len(digits) == 13 and ean13_checksum(digits[:12]) != digits[12]:
        raise LabelError(f"EAN-13 {digits} has a wrong check digit (expected {ean13_checksum(digits[:12])})")
    return digits[:12] + ean13_checksum(digits[:12])


_CODE128_BYTES = tuple(bytes(_modules(p)) for p in _PATTERNS)  # the modules of each symbol value, 1 a bar
_DARK = bytes(1 if b < 128 else 0 for b in range(256))  # zxing's grey: a module is dark below 128


@functools.lru_cache(maxsize=4096)
def symbol(kind: str, data: str) -> Symbol:
    """The modules of one barcode; LabelError when `data` cannot be encoded."""
    if kind == "code128":
        codes = code128_codes(data)
        ones = b"".join(map(_CODE128_BYTES.__getitem__, codes)) + _CODE128_BYTES[STOP]
        modules = tuple(cast(list[bool], memoryview(ones).cast("?").tolist()))  # 0/1 bytes as False/True
        return Symbol(kind, data, (modules,), 10, codes)
    if kind == "ean13":
        digits = _ean13(data)
        parity = _EAN_PARITY[int(digits[0])]
        bars = _modules("111")
        for p, d in zip(parity, digits[1:7], strict=False):
            widths = _EAN_L[int(d)]
            bars += _modules(widths[::-1] if p == "G" else widths, first_bar=False)
        bars += _modules("11111", first_bar=False)
        for d in digits[7:]:
            bars += _modules(_EAN_L[int(d)])
        bars += _modules("111")
        return Symbol(kind, digits, (tuple(bars),), 11)
    if kind in ("qr", "datamatrix"):
        return _matrix(kind, data)
    raise LabelError(f"unknown barcode kind {kind!r}")


def _matrix(kind: str, data: str) -> Symbol:
    import zxingcpp  # the 2D writer; imported on first use, not at import time

    if not data:
        raise LabelError(f"an empty {kind} code cannot be printed")
    fmt = zxingcpp.BarcodeFormat.QRCode if kind == "qr" else zxingcpp.BarcodeFormat.DataMatrix
    try:
        code = zxingcpp.create_barcode(data, fmt)
    except ValueError as exc:
        raise LabelError(f"{data[:40]!r} cannot be a {kind} code: {exc}") from exc
    bitmap = code.to_image(scale=1, add_quiet_zones=False)
    h, w = bitmap.shape  # rows, columns of 8-bit grey
    dark = memoryview(bitmap).tobytes().translate(_DARK)
    flat = cast(list[bool], memoryview(dark).cast("?").tolist())  # 0/1 bytes read as C bools: False/True
    rows = tuple([tuple(flat[r * w : (r + 1) * w]) for r in range(h)])
    return Symbol(kind, data, rows, 4 if kind == "qr" else 1)
