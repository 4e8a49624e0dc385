"""UPU S10 tracking numbers for the simulated carrier.

Uses `scanners.classify.make_s10` so the carrier and the scan classifier agree on the
check digit; the private fallback only covers a checkout where scanners/ lacks it.
"""

from __future__ import annotations

from collections.abc import Callable

_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)


def _fallback_make_s10(prefix2: str, serial: int, country: str) -> str:
    digits = f"{serial:08d}"
    if len(digits) != 8:
        raise ValueError(f"S10 serial must have 8 digits, got {serial}")
    check = 11 - sum(int(d) * w for d, w in zip(digits, _WEIGHTS, strict=True)) % 11
    check = {10: 0, 11: 5}.get(check, check)
    return f"{prefix2}{digits}{check}{country}"


def _resolve() -> Callable[[str, int, str], str]:
    try:
        from scanners.classify import make_s10
    except ImportError:
        return _fallback_make_s10
    return make_s10


def make_tracking_number(serial: int) -> str:
    """The demo carrier's tracking number for a serial: "LP" + 8 digits + check + "CN"."""
    return _resolve()("LP", serial, "CN")
