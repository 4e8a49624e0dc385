"""What a scan is (``Classified``), what a classifier sees (``ScanContext``), and the
verdicts the classifiers share: a checked tracking number, or a misread.

Every classifier module builds its answers from these, so a misread reads the same
whatever the carrier.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


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


def is_digits(code: str, *lengths: int) -> bool:
    """ASCII digits only, and one of ``lengths`` long."""
    return len(code) in lengths and code.isascii() and code.isdigit()


def checked(ctx: ScanContext, value: str, carrier: str, name: str, expected: int, given: int | str) -> Classified:
    """A tracking number of ``carrier`` when its check digit fits, else a misread."""
    if expected != given:
        return misread(ctx, value, carrier, name, expected, given)
    return Classified("tracking", value, ctx.raw, carrier=carrier, check_digit_valid=True, detail=name)


def misread(
    ctx: ScanContext,
    value: str,
    carrier: str | None,
    name: str,
    expected: int,
    given: int | str,
    fields: dict[str, str] | None = None,
) -> Classified:
    """A known format with a wrong check digit: the packer scans again."""
    return Classified(
        "misread",
        value,
        ctx.raw,
        carrier=carrier,
        check_digit_valid=False,
        detail=f"{name} check digit should be {expected}, got {given}",
        fields=fields or {},
    )
