"""Recognise what a scanned code is, so the station knows where to look it up.

The code first loses what the scanner adds around it (``normalise``), then runs down a
chain of classifiers. Each classifier answers for the formats it knows and returns None
for "not mine"; the first answer wins, so the chain is ordered from the most specific
format (the shop's own parcel labels) to the least. Adding a format is adding a function
to ``CLASSIFIERS``.

A code that has a known format but a wrong check digit is a ``misread``: the packer is
told to scan again, and nothing is looked up with a number that is certainly wrong.

The classifiers live in one module per family (``own_codes``, ``carrier_upu``,
``carrier_ups``, ``carrier_usps``, ``carrier_fedex``, ``carrier_dhl``,
``carrier_yunexpress``, ``gs1_codes``, ``product_codes``); ``Classified`` and
``ScanContext`` in ``classified``; this module keeps the chain and re-exports them.
"""

from __future__ import annotations

import re

from scanners.carrier_dhl import classify_dhl
from scanners.carrier_fedex import (
    classify_fedex_ground,
    classify_fedex_label,
    classify_fedex_smartpost,
    classify_twelve_digits,
)
from scanners.carrier_ups import classify_ups
from scanners.carrier_upu import classify_s10
from scanners.carrier_usps import classify_usps
from scanners.carrier_yunexpress import classify_yunexpress
from scanners.check_digits import make_s10, s10_check_digit
from scanners.classified import Classified, Classifier, ScanContext
from scanners.gs1_codes import classify_gs1
from scanners.normalise import keep_gs, normalise, symbology_of
from scanners.own_codes import classify_command, classify_order, classify_parcel
from scanners.product_codes import classify_product

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
    # the classifiers of the chain, importable from here as before
    "classify_command",
    "classify_parcel",
    "classify_s10",
    "classify_ups",
    "classify_gs1",
    "classify_usps",
    "classify_fedex_label",
    "classify_fedex_smartpost",
    "classify_yunexpress",
    "classify_order",
    "classify_dhl",
    "classify_twelve_digits",
    "classify_fedex_ground",
    "classify_product",
]

_PLAUSIBLE = re.compile(r"[A-Za-z0-9-]{4,40}", re.ASCII)


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

    mismatch = detect_layout_mismatch(ctx.code, parcel_prefix=parcel_prefix, order_prefixes=order_prefixes)
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


def _context(raw: str, parcel_prefix: str, order_prefixes: tuple[str, ...], prefer: str) -> ScanContext:
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
        gs1=keep_gs(raw),
        symbology=symbology_of(raw),
        prefer=prefer,
    )


def _run_chain(ctx: ScanContext) -> Classified | None:
    for classifier in CLASSIFIERS:
        found = classifier(ctx)
        if found is not None:
            return found
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


def _unknown(ctx: ScanContext) -> Classified:
    """Not a known format: still worth a lookup as any carrier's tracking number."""
    if _PLAUSIBLE.fullmatch(ctx.code):
        detail = "not a known format; looked up as a tracking number"
    elif not ctx.code:
        detail = "empty scan"
    else:
        detail = "not a plausible code"
    return Classified("unknown", ctx.code, ctx.raw, detail=detail)
