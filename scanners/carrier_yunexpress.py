"""YunExpress tracking numbers."""

from __future__ import annotations

import re

from scanners.classified import Classified, ScanContext

_YUNEXPRESS = re.compile(r"YT[0-9]{16}", re.ASCII)


def classify_yunexpress(ctx: ScanContext) -> Classified | None:
    """YunExpress ``YT`` + 16 digits (no check digit)."""
    code = ctx.code.upper()
    if not _YUNEXPRESS.fullmatch(code):
        return None
    return Classified("tracking", code, ctx.raw, carrier="yunexpress", detail="YunExpress")
