"""DHL Express waybills and piece numbers."""

from __future__ import annotations

import re

from scanners.check_digits import mod7_check_digit
from scanners.classified import Classified, ScanContext, checked, is_digits

_DHL_PIECE = re.compile(r"(?:JJD|JVGL)[0-9]{9,20}", re.ASCII)


def classify_dhl(ctx: ScanContext) -> Classified | None:
    """DHL Express: 10-digit waybills (mod-7 check) and ``JJD``/``JVGL`` piece numbers."""
    code = ctx.code.upper()
    if _DHL_PIECE.fullmatch(code):
        return Classified("tracking", code, ctx.raw, carrier="dhl", detail="DHL piece number")
    if not is_digits(code, 10):
        return None
    expected = mod7_check_digit(code[:-1])
    return checked(ctx, code, "dhl", "DHL Express", expected, int(code[-1]))
