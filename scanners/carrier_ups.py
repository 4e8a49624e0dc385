"""UPS tracking numbers."""

from __future__ import annotations

import re

from scanners.check_digits import ups_check_digit
from scanners.classified import Classified, ScanContext, checked

_UPS = re.compile(r"1Z([0-9A-Z]{15})([0-9A-Z])", re.ASCII)


def classify_ups(ctx: ScanContext) -> Classified | None:
    """UPS ``1Z`` tracking numbers, e.g. ``1Z999AA10123456784``."""
    code = ctx.code.upper()
    m = _UPS.fullmatch(code)
    if not m:
        return None
    expected = ups_check_digit(m.group(1))
    given = m.group(2)
    return checked(ctx, code, "ups", "UPS", expected, int(given) if given.isdigit() else given)
