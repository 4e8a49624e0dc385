"""Recognise what a scanned code is, so the station knows where to look it up.

The code first loses what the scanner adds around it (``normalise``), then runs down a
chain of classifiers. Each classifier answers for the formats it knows and returns None
for "not mine"; the first answer wins, so the chain is ordered from the most specific
format (the shop's own parcel labels) to the least. Adding a format is adding a function
to ``CLASSIFIERS``.

A code that has a known format but a wrong check digit is a ``misread``: the packer is
told to scan again, and nothing is looked up with a number that is certainly wrong.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from scanners.check_digits import (
    fedex_express_check_digit,
    make_s10,
    mod7_check_digit,
    mod10_check_digit,
    s10_check_digit,
    ups_check_digit,
)
from scanners.commands import COMMANDS, parse_command
from scanners.gs1 import GS, parse_gs1

__all__ = [
    "Classified",
    "ScanContext",
    "Classifier",
    "CLASSIFIERS",
    "normalise",
    "classify",
    "classify_known",
    "symbology_of",
    "s10_check_digit",
    "make_s10",
]


@dataclass(frozen=True)
class Classified:
    """What a scan is.

    ``kind`` is one of "tracking", "parcel", "order", "product", "command", "layout",
    "misread", "unknown"; ``value`` is the code to look up (routing prefixes stripped,
    carrier codes upper-cased, the command word for "command", the repaired code for
    "layout"); ``detail`` explains the verdict to a person. ``fields`` holds what else
    the code carries: GS1 elements (``sscc``, ``gtin``, ``lot``, ``serial``,
    ``net_weight_kg``, ...), the full ``barcode`` a tracking number was cut from, or
    ``also`` when a 12-digit code reads as both a UPC-A and a FedEx number.
    """

    kind: str
    value: str
    raw: str
    carrier: str | None = None
    check_digit_valid: bool | None = None
    detail: str = ""
    fields: dict[str, str] = field(default_factory=dict, hash=False)


@dataclass(frozen=True)
class ScanContext:
    """Everything a classifier may use: the scan and the shop's own code conventions."""

    raw: str
    code: str  # normalise(raw)
    parcel_prefix: str
    order_prefixes: tuple[str, ...]
    gs1: str | None = None  # like code, but GS separators kept; None: same as code
    symbology: str = ""  # the AIM identifier the scanner sent, e.g. "]C1", or ""
    prefer: str = "product"  # which reading wins when a code is both (12 digits)


Classifier = Callable[[ScanContext], Classified | None]

# AIM symbology identifier: "]" + symbology letter + modifier digit (]C1, ]E0, ]Q3, ]d2).
_AIM_ID = re.compile(r"\][A-Za-z][0-9]", re.ASCII)
_PLAUSIBLE = re.compile(r"[A-Za-z0-9-]{4,40}", re.ASCII)


def normalise(raw: str) -> str:
    """The code without what the scanner or the keyboard added around it.

    Removes whitespace and control characters (anywhere: a hand-typed tracking number
    may contain spaces, and the GS1 FNC1/GS separator ``\\x1d`` is redundant for the
    fixed-length formats recognised here) and a leading AIM symbology identifier.
    Letter case is kept: order numbers may be case-sensitive.
    """
    code = "".join(c for c in raw if not _is_junk(c))
    aim = _AIM_ID.match(code)
    return code[aim.end() :] if aim else code


def symbology_of(raw: str) -> str:
    """The leading AIM symbology identifier (``]C1``, ``]E0``, ...) of a scan, or ""."""
    code = "".join(c for c in raw if not _is_junk(c))
    aim = _AIM_ID.match(code)
    return aim.group(0) if aim else ""


def classify(
    raw: str,
    *,
    parcel_prefix: str = "P",
    order_prefixes: tuple[str, ...] = (),
    prefer: str = "product",
) -> Classified:
    """Classify one scan; always answers, with kind "unknown" when no format fits.

    ``prefer`` ("product" or "tracking") settles the one real ambiguity: a 12-digit
    number whose check digit fits both a UPC-A and a FedEx Express tracking number.
    The scan-out station should pass "tracking", the packing (item) scan "product";
    the other reading is kept in ``fields["also"]``.

    When nothing fits, the code is tried once more as if the scanner had typed for a US
    keyboard on a PC with another layout (AZERTY, QWERTZ); if that explains it the
    kind is "layout", ``value`` the repaired code and ``detail`` what the packer should
    change.
    """
    ctx = _context(raw, parcel_prefix, order_prefixes, prefer)
    found = _run_chain(ctx)
    if found is not None:
        return found
    from scanners.layout import detect_layout_mismatch  # layout imports this module

    mismatch = detect_layout_mismatch(
        ctx.code, parcel_prefix=parcel_prefix, order_prefixes=order_prefixes
    )
    if mismatch is not None:
        return Classified(
            "layout",
            mismatch.repaired,
            raw,
            detail=mismatch.explanation,
            fields={"layout": mismatch.layout, "repaired_kind": mismatch.repaired_kind},
        )
    return _unknown(ctx)


def classify_known(
    code: str,
    *,
    parcel_prefix: str = "P",
    order_prefixes: tuple[str, ...] = (),
    prefer: str = "product",
) -> Classified | None:
    """The chain alone: None when no format fits (no layout guess, no "unknown")."""
    return _run_chain(_context(code, parcel_prefix, order_prefixes, prefer))


def _context(
    raw: str, parcel_prefix: str, order_prefixes: tuple[str, ...], prefer: str
) -> ScanContext:
    if not parcel_prefix:
        raise ValueError("parcel_prefix must not be empty: bare digits would read as EAN-8")
    if any(not p for p in order_prefixes):
        raise ValueError("order_prefixes must not contain an empty prefix")
    if prefer not in ("product", "tracking"):
        raise ValueError(f"prefer must be 'product' or 'tracking', got {prefer!r}")
    return ScanContext(
        raw,
        normalise(raw),
        parcel_prefix,
        tuple(order_prefixes),
        gs1=_keep_gs(raw),
        symbology=symbology_of(raw),
        prefer=prefer,
    )


def _run_chain(ctx: ScanContext) -> Classified | None:
    for classifier in CLASSIFIERS:
        found = classifier(ctx)
        if found is not None:
            return found
    return None


def _keep_gs(raw: str) -> str:
    """``normalise`` that keeps the GS (FNC1) separators GS1 element strings need."""
    code = "".join(c for c in raw if c == GS or not _is_junk(c))
    aim = _AIM_ID.match(code)
    return (code[aim.end() :] if aim else code).lstrip(GS)


def _is_junk(c: str) -> bool:
    return c.isspace() or unicodedata.category(c).startswith("C")


def classify_command(ctx: ScanContext) -> Classified | None:
    """Command sheet barcodes: ``SB-CMD:FINISH`` -> kind "command", value "FINISH"."""
    word = parse_command(ctx.code)
    if word is None:
        return None
    if word not in COMMANDS:
        return Classified("unknown", ctx.code, ctx.raw, detail=f"not a Shipbench command: {word}")
    return Classified("command", word, ctx.raw, detail=COMMANDS[word])


def classify_parcel(ctx: ScanContext) -> Classified | None:
    """The shop's own parcel labels: prefix + 8 digits, e.g. ``P00000042``."""
    prefix = ctx.parcel_prefix
    code = ctx.code
    if len(code) != len(prefix) + 8 or code[: len(prefix)].upper() != prefix.upper():
        return None
    digits = code[len(prefix) :]
    if not digits.isascii() or not digits.isdigit():
        return None
    return Classified("parcel", prefix + digits, ctx.raw, detail="shop parcel number")


_S10 = re.compile(r"([A-Z]{2})([0-9]{8})([0-9])([A-Z]{2})", re.ASCII)


def classify_s10(ctx: ScanContext) -> Classified | None:
    """UPU S10 international postal items, e.g. ``RF770947603CN``."""
    code = ctx.code.upper()
    m = _S10.fullmatch(code)
    if not m:
        return None
    expected = s10_check_digit(m.group(2))
    return _checked(ctx, code, "upu-s10", "UPU S10", expected, int(m.group(3)))


_UPS = re.compile(r"1Z([0-9A-Z]{15})([0-9A-Z])", re.ASCII)


def classify_ups(ctx: ScanContext) -> Classified | None:
    """UPS ``1Z`` tracking numbers, e.g. ``1Z999AA10123456784``."""
    code = ctx.code.upper()
    m = _UPS.fullmatch(code)
    if not m:
        return None
    expected = ups_check_digit(m.group(1))
    given = m.group(2)
    return _checked(ctx, code, "ups", "UPS", expected, int(given) if given.isdigit() else given)


# GS1 AI 420 "ship to postal code" + 5- or 9-digit ZIP, then the 22-digit IMpb number.
_USPS_ROUTED = re.compile(r"420(?:[0-9]{5}|[0-9]{9})([0-9]{22})", re.ASCII)
_USPS_BARE = re.compile(r"[0-9]{20}|[0-9]{22}", re.ASCII)
# IMpb channel application identifiers: a bad check digit on these is surely a misread.
_USPS_IMPB_LEAD = ("91", "92", "93", "94", "95")
_FEDEX_GROUND_22 = re.compile(r"96[0-9]{20}", re.ASCII)


def classify_usps(ctx: ScanContext) -> Classified | None:
    """USPS IMpb numbers, bare (20/22 digits) or behind the GS1 ``420`` + ZIP routing.

    A bare 20/22-digit number with a bad check digit is only called a misread when it
    starts like an IMpb number (91-95); other carriers (FedEx Ground "96...") use the
    same lengths with other checks, so those fall through.
    """
    routed = _USPS_ROUTED.fullmatch(ctx.code)
    if routed:
        number = routed.group(1)
    elif _USPS_BARE.fullmatch(ctx.code) and not _FEDEX_GROUND_22.fullmatch(ctx.code):
        number = ctx.code  # "96" + 20 digits is FedEx Ground, whatever its check says
    else:
        return None
    expected = mod10_check_digit(number[:-1])
    given = int(number[-1])
    if expected != given and not routed and not number.startswith(_USPS_IMPB_LEAD):
        return None
    return _checked(ctx, number, "usps", "USPS", expected, given)


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
            return _misread(ctx, sscc, "sscc", "SSCC", expected, given, fields)
        return Classified(
            "tracking", sscc, ctx.raw, "sscc", True, "GS1 SSCC (00)", fields
        )
    gtin = parsed.get("gtin") or parsed.get("content_gtin")
    if gtin is not None:
        expected, given = mod10_check_digit(gtin[:-1]), int(gtin[-1])
        if expected != given:
            return _misread(ctx, gtin, None, "GTIN", expected, given, fields)
        return Classified(
            "product", _short_gtin(gtin), ctx.raw, None, True, "GS1 GTIN (01)", fields
        )
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


def _digits(code: str, *lengths: int) -> bool:
    return len(code) in lengths and code.isascii() and code.isdigit()


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
    if _digits(code, 34) and code.startswith(("96", "100")):
        number = code[-12:]
        if _fedex_express_ok(number):
            return _fedex(ctx, number, "FedEx label barcode (34 digits)", fields)
        if code.startswith("96") and _ground_ok(code[-15:]):
            return _fedex(ctx, code[-15:], "FedEx Ground label barcode (34 digits)", fields)
        expected = fedex_express_check_digit(number[:-1])
        return _misread(ctx, number, "fedex", "FedEx", expected, int(number[-1]), fields)
    if _digits(code, 22) and code.startswith("96"):
        number = code[-15:]
        expected, given = mod10_check_digit(number[:-1]), int(number[-1])
        if expected != given:
            return _misread(ctx, number, "fedex", "FedEx Ground", expected, given, fields)
        return _fedex(ctx, number, "FedEx Ground (96, 22 digits)", fields)
    return None


def classify_fedex_smartpost(ctx: ScanContext) -> Classified | None:
    """FedEx SmartPost 20-digit numbers: IMpb without the ``92`` application identifier.

    The check digit only fits once ``92`` is put back in front, which tells them from
    USPS 20-digit numbers (checked as they are, earlier in the chain). The 22-digit
    ``92...`` form is a USPS IMpb number and classifies as USPS.
    """
    code = ctx.code
    if not _digits(code, 20) or mod10_check_digit("92" + code[:-1]) != int(code[-1]):
        return None
    return _fedex(ctx, code, "FedEx SmartPost (IMpb)", {"impb": "92" + code}, "fedex-smartpost")


_YUNEXPRESS = re.compile(r"YT[0-9]{16}", re.ASCII)
_DHL_PIECE = re.compile(r"(?:JJD|JVGL)[0-9]{9,20}", re.ASCII)


def classify_yunexpress(ctx: ScanContext) -> Classified | None:
    """YunExpress ``YT`` + 16 digits (no check digit)."""
    code = ctx.code.upper()
    if not _YUNEXPRESS.fullmatch(code):
        return None
    return Classified("tracking", code, ctx.raw, carrier="yunexpress", detail="YunExpress")


def classify_dhl(ctx: ScanContext) -> Classified | None:
    """DHL Express: 10-digit waybills (mod-7 check) and ``JJD``/``JVGL`` piece numbers."""
    code = ctx.code.upper()
    if _DHL_PIECE.fullmatch(code):
        return Classified("tracking", code, ctx.raw, carrier="dhl", detail="DHL piece number")
    if not _digits(code, 10):
        return None
    expected = mod7_check_digit(code[:-1])
    return _checked(ctx, code, "dhl", "DHL Express", expected, int(code[-1]))


def classify_twelve_digits(ctx: ScanContext) -> Classified | None:
    """12 digits: a UPC-A product or a FedEx Express tracking number.

    The scanner's symbology identifier decides when it was sent (UPC-A is ``]E0``, a
    FedEx label barcode Code 128 ``]C0``); otherwise the check digits do, and when
    both fit, ``ctx.prefer`` does and the other reading is kept in ``fields["also"]``.
    """
    code = ctx.code
    if not _digits(code, 12):
        return None
    upc_expected = mod10_check_digit(code[:-1])
    fedex_expected = fedex_express_check_digit(code[:-1])
    given = int(code[-1])
    upc = Classified("product", code, ctx.raw, check_digit_valid=True, detail="UPC-A")
    fedex = Classified(
        "tracking", code, ctx.raw, "fedex", True, "FedEx Express (12 digits)"
    )
    if ctx.symbology.startswith("]E"):
        return upc if upc_expected == given else _misread(ctx, code, None, "UPC-A", upc_expected, given)
    if ctx.symbology.startswith(("]C", "]I")):
        if fedex_expected == given:
            return fedex
        return _misread(ctx, code, "fedex", "FedEx Express", fedex_expected, given)
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
        return _misread(ctx, code, "fedex", "FedEx Express", fedex_expected, given)
    return _misread(ctx, code, None, "UPC-A", upc_expected, given)


def classify_fedex_ground(ctx: ScanContext) -> Classified | None:
    """FedEx Ground 15-digit tracking numbers (mod-10, weights 3,1 from the right)."""
    code = ctx.code
    if not _digits(code, 15):
        return None
    expected = mod10_check_digit(code[:-1])
    return _checked(ctx, code, "fedex", "FedEx Ground", expected, int(code[-1]))


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
        return _misread(ctx, code, None, name, expected, given)
    return Classified("product", code, ctx.raw, check_digit_valid=True, detail=name)


def classify_order(ctx: ScanContext) -> Classified | None:
    """Order numbers carrying one of the shop's order prefixes (e.g. on a packing slip)."""
    code = ctx.code
    for prefix in ctx.order_prefixes:
        if len(code) > len(prefix) and code[: len(prefix)].upper() == prefix.upper():
            return Classified("order", code, ctx.raw, detail=f"order number ({prefix})")
    return None


# Most specific first. GS1 runs before USPS (an SSCC "00" + 18 digits has the IMpb
# length); the shop's order prefixes run before the bare-digit formats (DHL 10, FedEx
# 12/15, EAN) that would otherwise claim a digit-prefixed order number.
CLASSIFIERS: tuple[Classifier, ...] = (
    classify_command,
    classify_parcel,
    classify_s10,
    classify_ups,
    classify_gs1,
    classify_usps,
    classify_fedex_label,
    classify_fedex_smartpost,
    classify_yunexpress,
    classify_order,
    classify_dhl,
    classify_twelve_digits,
    classify_fedex_ground,
    classify_product,
)


def _checked(
    ctx: ScanContext, value: str, carrier: str, name: str, expected: int, given: int | str
) -> Classified:
    if expected != given:
        return _misread(ctx, value, carrier, name, expected, given)
    return Classified(
        "tracking", value, ctx.raw, carrier=carrier, check_digit_valid=True, detail=name
    )


def _misread(
    ctx: ScanContext,
    value: str,
    carrier: str | None,
    name: str,
    expected: int,
    given: int | str,
    fields: dict[str, str] | None = None,
) -> Classified:
    return Classified(
        "misread",
        value,
        ctx.raw,
        carrier=carrier,
        check_digit_valid=False,
        detail=f"{name} check digit should be {expected}, got {given}",
        fields=fields or {},
    )


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
    return Classified(
        found.kind, found.value, found.raw, found.carrier, True, detail, {"also": other}
    )


def _unknown(ctx: ScanContext) -> Classified:
    """Not a known format: still worth a lookup as any carrier's tracking number."""
    if _PLAUSIBLE.fullmatch(ctx.code):
        detail = "not a known format; looked up as a tracking number"
    elif not ctx.code:
        detail = "empty scan"
    else:
        detail = "not a plausible code"
    return Classified("unknown", ctx.code, ctx.raw, detail=detail)
