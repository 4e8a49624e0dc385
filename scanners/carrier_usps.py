"""USPS Intelligent Mail package barcodes (IMpb)."""

from __future__ import annotations

import re

from scanners.check_digits import mod10_check_digit
from scanners.classified import Classified, ScanContext, checked

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
    return checked(ctx, number, "usps", "USPS", expected, given)
