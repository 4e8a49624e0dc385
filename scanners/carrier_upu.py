"""UPU S10: the international postal items' tracking numbers (China Post, Royal Mail, ...)."""

from __future__ import annotations

import re

from scanners.check_digits import s10_check_digit
from scanners.classified import Classified, ScanContext, checked

_S10 = re.compile(r"([A-Z]{2})([0-9]{8})([0-9])([A-Z]{2})", re.ASCII)


def classify_s10(ctx: ScanContext) -> Classified | None:
    """UPU S10 international postal items, e.g. ``RF770947603CN``."""
    code = ctx.code.upper()
    m = _S10.fullmatch(code)
    if not m:
        return None
    expected = s10_check_digit(m.group(2))
    return checked(ctx, code, "upu-s10", "UPU S10", expected, int(m.group(3)))
