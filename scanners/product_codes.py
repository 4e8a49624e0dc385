"""Product barcodes, for scanning items into a parcel."""

from __future__ import annotations

from scanners.check_digits import mod10_check_digit
from scanners.classified import Classified, ScanContext, misread

_GTIN_NAMES = {13: "EAN-13", 12: "UPC-A", 8: "EAN-8"}


def classify_product(ctx: ScanContext) -> Classified | None:
    """Product barcodes (EAN-13, UPC-A, EAN-8), for scanning items into a parcel."""
    code = ctx.code
    name = _GTIN_NAMES.get(len(code))
    if name is None or not code.isascii() or not code.isdigit():
        return None
    expected = mod10_check_digit(code[:-1])
    given = int(code[-1])
    if expected != given:
        return misread(ctx, code, None, name, expected, given)
    return Classified("product", code, ctx.raw, check_digit_valid=True, detail=name)
