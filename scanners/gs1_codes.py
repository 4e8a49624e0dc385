"""GS1 element strings as scans: an SSCC is a tracking number, a GTIN a product."""

from __future__ import annotations

from scanners.check_digits import mod10_check_digit
from scanners.classified import Classified, ScanContext, misread
from scanners.gs1 import GS, parse_gs1

# AIM identifiers of symbologies that carry GS1 element strings:
# GS1-128, GS1 DataBar, GS1 DataMatrix, GS1 QR.
_GS1_SYMBOLOGIES = ("]C1", "]e0", "]d2", "]Q3", "]J1")


def classify_gs1(ctx: ScanContext) -> Classified | None:
    """GS1 element strings: (00) SSCC is a tracking number, (01) GTIN a product.

    A code counts as GS1 when the scanner said so (AIM ``]C1``, ``]d2``...), when it
    holds GS separators, or when it parses completely starting with (00) or (01).
    Runs before USPS: ``00`` + an 18-digit SSCC also has the IMpb length of 20.
    """
    data = ctx.gs1 if ctx.gs1 is not None else ctx.code
    flagged = ctx.symbology in _GS1_SYMBOLOGIES or GS in data
    if not data[:2].isascii() or not (flagged or data[:2] in ("00", "01")):
        return None
    parsed = parse_gs1(data)
    if not parsed.elements or not (flagged or parsed.complete):
        return None
    fields = parsed.fields
    if parsed.rest:
        fields["unparsed"] = parsed.rest.replace(GS, "")
    sscc = parsed.get("sscc")
    if sscc is not None:
        expected, given = mod10_check_digit(sscc[:-1]), int(sscc[-1])
        if expected != given:
            return misread(ctx, sscc, "sscc", "SSCC", expected, given, fields)
        return Classified("tracking", sscc, ctx.raw, "sscc", True, "GS1 SSCC (00)", fields)
    gtin = parsed.get("gtin") or parsed.get("content_gtin")
    if gtin is not None:
        expected, given = mod10_check_digit(gtin[:-1]), int(gtin[-1])
        if expected != given:
            return misread(ctx, gtin, None, "GTIN", expected, given, fields)
        return Classified("product", _short_gtin(gtin), ctx.raw, None, True, "GS1 GTIN (01)", fields)
    if not flagged:
        return None
    detail = "GS1 data without an SSCC or a GTIN"
    return Classified("unknown", ctx.code, ctx.raw, detail=detail, fields=fields)


def _short_gtin(gtin14: str) -> str:
    """The GTIN as printed on the product (EAN-13, UPC-A or EAN-8), for the SKU lookup."""
    if gtin14.startswith("000000"):
        return gtin14[6:]
    if gtin14.startswith("00"):
        return gtin14[2:]
    if gtin14.startswith("0"):
        return gtin14[1:]
    return gtin14
