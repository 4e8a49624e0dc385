"""FedEx: label barcodes, SmartPost, Express (12 digits, or a UPC-A?) and Ground numbers."""

from __future__ import annotations

from scanners.check_digits import fedex_express_check_digit, mod10_check_digit
from scanners.classified import Classified, ScanContext, checked, is_digits, misread


def _fedex_express_ok(number12: str) -> bool:
    return fedex_express_check_digit(number12[:-1]) == int(number12[-1])


def _ground_ok(number15: str) -> bool:
    return mod10_check_digit(number15[:-1]) == int(number15[-1])


def classify_fedex_label(ctx: ScanContext) -> Classified | None:
    """FedEx label barcodes that carry the tracking number at their end.

    - 34 digits starting ``96`` (Ground/Home, "GSN" barcode) or ``100`` (Express):
      the 12-digit Express-style number (mod-11 check) or, failing that for ``96``,
      a 15-digit Ground number (mod-10 check) ends the barcode;
    - 22 digits starting ``96`` (Ground): the 15-digit Ground number ends it.
    The tracking number is the value; the whole barcode is kept in ``fields``.
    """
    code = ctx.code
    fields = {"barcode": code}
    if is_digits(code, 34) and code.startswith(("96", "100")):
        number = code[-12:]
        if _fedex_express_ok(number):
            return _fedex(ctx, number, "FedEx label barcode (34 digits)", fields)
        if code.startswith("96") and _ground_ok(code[-15:]):
            return _fedex(ctx, code[-15:], "FedEx Ground label barcode (34 digits)", fields)
        expected = fedex_express_check_digit(number[:-1])
        return misread(ctx, number, "fedex", "FedEx", expected, int(number[-1]), fields)
    if is_digits(code, 22) and code.startswith("96"):
        number = code[-15:]
        expected, given = mod10_check_digit(number[:-1]), int(number[-1])
        if expected != given:
            return misread(ctx, number, "fedex", "FedEx Ground", expected, given, fields)
        return _fedex(ctx, number, "FedEx Ground (96, 22 digits)", fields)
    return None


def classify_fedex_smartpost(ctx: ScanContext) -> Classified | None:
    """FedEx SmartPost 20-digit numbers: IMpb without the ``92`` application identifier.

    The check digit only fits once ``92`` is put back in front, which tells them from
    USPS 20-digit numbers (checked as they are, earlier in the chain). The 22-digit
    ``92...`` form is a USPS IMpb number and classifies as USPS.
    """
    code = ctx.code
    if not is_digits(code, 20) or mod10_check_digit("92" + code[:-1]) != int(code[-1]):
        return None
    return _fedex(ctx, code, "FedEx SmartPost (IMpb)", {"impb": "92" + code}, "fedex-smartpost")


def classify_twelve_digits(ctx: ScanContext) -> Classified | None:
    """12 digits: a UPC-A product or a FedEx Express tracking number.

    The scanner's symbology identifier decides when it was sent (UPC-A is ``]E0``, a
    FedEx label barcode Code 128 ``]C0``); otherwise the check digits do, and when
    both fit, ``ctx.prefer`` does and the other reading is kept in ``fields["also"]``.
    """
    code = ctx.code
    if not is_digits(code, 12):
        return None
    upc_expected = mod10_check_digit(code[:-1])
    fedex_expected = fedex_express_check_digit(code[:-1])
    given = int(code[-1])
    upc = Classified("product", code, ctx.raw, check_digit_valid=True, detail="UPC-A")
    fedex = Classified("tracking", code, ctx.raw, "fedex", True, "FedEx Express (12 digits)")
    if ctx.symbology.startswith("]E"):
        return upc if upc_expected == given else misread(ctx, code, None, "UPC-A", upc_expected, given)
    if ctx.symbology.startswith(("]C", "]I")):
        if fedex_expected == given:
            return fedex
        return misread(ctx, code, "fedex", "FedEx Express", fedex_expected, given)
    upc_ok, fedex_ok = upc_expected == given, fedex_expected == given
    if upc_ok and fedex_ok:
        if ctx.prefer == "tracking":
            return _also(fedex, "product: UPC-A")
        return _also(upc, "tracking: FedEx Express")
    if upc_ok:
        return upc
    if fedex_ok:
        return fedex
    if ctx.prefer == "tracking":
        return misread(ctx, code, "fedex", "FedEx Express", fedex_expected, given)
    return misread(ctx, code, None, "UPC-A", upc_expected, given)


def classify_fedex_ground(ctx: ScanContext) -> Classified | None:
    """FedEx Ground 15-digit tracking numbers (mod-10, weights 3,1 from the right)."""
    code = ctx.code
    if not is_digits(code, 15):
        return None
    expected = mod10_check_digit(code[:-1])
    return checked(ctx, code, "fedex", "FedEx Ground", expected, int(code[-1]))


def _fedex(
    ctx: ScanContext,
    number: str,
    detail: str,
    fields: dict[str, str],
    carrier: str = "fedex",
) -> Classified:
    return Classified("tracking", number, ctx.raw, carrier, True, detail, fields)


def _also(found: Classified, other: str) -> Classified:
    detail = f"{found.detail} (the check digit also fits {other.split(': ')[1]})"
    return Classified(found.kind, found.value, found.raw, found.carrier, True, detail, {"also": other})
