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
from dataclasses import dataclass

from scanners.check_digits import make_s10, mod10_check_digit, s10_check_digit, ups_check_digit

__all__ = [
    "Classified",
    "ScanContext",
    "Classifier",
    "CLASSIFIERS",
    "normalise",
    "classify",
    "s10_check_digit",
    "make_s10",
]


@dataclass(frozen=True)
class Classified:
    """What a scan is.

    ``kind`` is one of "tracking", "parcel", "order", "product", "command", "misread",
    "unknown"; ``value`` is the code to look up (routing prefixes stripped, carrier codes
    upper-cased); ``detail`` explains the verdict to a person.
    """

    kind: str
    value: str
    raw: str
    carrier: str | None = None
    check_digit_valid: bool | None = None
    detail: str = ""


@dataclass(frozen=True)
class ScanContext:
    """Everything a classifier may use: the scan and the shop's own code conventions."""

    raw: str
    code: str  # normalise(raw)
    parcel_prefix: str
    order_prefixes: tuple[str, ...]


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


def classify(
    raw: str, *, parcel_prefix: str = "P", order_prefixes: tuple[str, ...] = ()
) -> Classified:
    """Classify one scan; always answers, with kind "unknown" when no format fits."""
    if not parcel_prefix:
        raise ValueError("parcel_prefix must not be empty: bare digits would read as EAN-8")
    if any(not p for p in order_prefixes):
        raise ValueError("order_prefixes must not contain an empty prefix")
    ctx = ScanContext(raw, normalise(raw), parcel_prefix, order_prefixes)
    for classifier in CLASSIFIERS:
        found = classifier(ctx)
        if found is not None:
            return found
    return _unknown(ctx)


def _is_junk(c: str) -> bool:
    return c.isspace() or unicodedata.category(c).startswith("C")


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


def classify_usps(ctx: ScanContext) -> Classified | None:
    """USPS IMpb numbers, bare (20/22 digits) or behind the GS1 ``420`` + ZIP routing.

    A bare 20/22-digit number with a bad check digit is only called a misread when it
    starts like an IMpb number (91-95); other carriers (FedEx Ground "96...") use the
    same lengths with other checks, so those fall through.
    """
    routed = _USPS_ROUTED.fullmatch(ctx.code)
    if routed:
        number = routed.group(1)
    elif _USPS_BARE.fullmatch(ctx.code):
        number = ctx.code
    else:
        return None
    expected = mod10_check_digit(number[:-1])
    given = int(number[-1])
    if expected != given and not routed and not number.startswith(_USPS_IMPB_LEAD):
        return None
    return _checked(ctx, number, "usps", "USPS", expected, given)


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


CLASSIFIERS: tuple[Classifier, ...] = (
    classify_parcel,
    classify_s10,
    classify_ups,
    classify_usps,
    classify_product,
    classify_order,
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
) -> Classified:
    return Classified(
        "misread",
        value,
        ctx.raw,
        carrier=carrier,
        check_digit_valid=False,
        detail=f"{name} check digit should be {expected}, got {given}",
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
