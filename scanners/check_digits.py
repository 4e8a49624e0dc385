"""Check-digit arithmetic for the code formats a packing bench sees.

A check digit is what lets the station say "misread, scan again" instead of looking up
(and possibly shipping against) a wrong number. These functions are pure and strict:
they take the payload without its check digit and raise ``ValueError`` on input that is
not of the format's alphabet, so a caller's bug never yields a plausible digit.
"""

from __future__ import annotations

import re

__all__ = [
    "s10_check_digit",
    "make_s10",
    "ups_check_digit",
    "mod10_check_digit",
    "fedex_express_check_digit",
    "mod7_check_digit",
]

_S10_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)
_DIGITS = re.compile(r"[0-9]+", re.ASCII)
_TWO_LETTERS = re.compile(r"[A-Za-z]{2}", re.ASCII)
_UPS_BODY = re.compile(r"[0-9A-Z]{15}", re.ASCII)


def s10_check_digit(serial8: str) -> int:
    """UPU S10 check digit of an 8-digit serial (weights 8,6,4,2,3,5,9,7, mod 11)."""
    if len(serial8) != 8 or not _DIGITS.fullmatch(serial8):
        raise ValueError(f"S10 serial must be 8 digits, got {serial8!r}")
    check = 11 - sum(int(d) * w for d, w in zip(serial8, _S10_WEIGHTS, strict=True)) % 11
    return {10: 0, 11: 5}.get(check, check)


def make_s10(prefix2: str, serial: int, country: str) -> str:
    """Mint a valid S10 tracking number, e.g. ``make_s10("RF", 77094760, "CN")``.

    The demo carrier uses this so its tracking numbers pass the same checks as real ones.
    """
    if not _TWO_LETTERS.fullmatch(prefix2):
        raise ValueError(f"S10 service indicator must be 2 letters, got {prefix2!r}")
    if not _TWO_LETTERS.fullmatch(country):
        raise ValueError(f"S10 country code must be 2 letters, got {country!r}")
    if not 0 <= serial <= 99_999_999:
        raise ValueError(f"S10 serial must be 0..99999999, got {serial!r}")
    serial8 = f"{serial:08d}"
    return f"{prefix2.upper()}{serial8}{s10_check_digit(serial8)}{country.upper()}"


def ups_check_digit(body15: str) -> int:
    """UPS 1Z check digit over the 15 characters between ``1Z`` and the check digit.

    Letters count as ``(ord(c) - 63) % 10`` (A=2 ... H=9, I=0, ...); characters in even
    positions (2nd, 4th, ...) count double; the check digit tops the sum up to a multiple
    of 10.
    """
    if not _UPS_BODY.fullmatch(body15):
        raise ValueError(f"UPS body must be 15 upper-case alphanumerics, got {body15!r}")
    values = [int(c) if c.isdigit() else (ord(c) - 63) % 10 for c in body15]
    total = sum(values[0::2]) + 2 * sum(values[1::2])
    return (10 - total % 10) % 10


def mod10_check_digit(payload: str) -> int:
    """GS1 mod-10 check digit: weights 3,1,3,... from the rightmost payload digit.

    The same arithmetic guards EAN-13, EAN-8, UPC-A, GTIN-14, SSCC and USPS IMpb numbers.
    """
    if not _DIGITS.fullmatch(payload):
        raise ValueError(f"mod-10 payload must be digits, got {payload!r}")
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(payload)))
    return (10 - total % 10) % 10


_FEDEX_WEIGHTS = (1, 3, 7)


def fedex_express_check_digit(payload: str) -> int:
    """FedEx Express check digit: weights 1,3,7 repeating from the rightmost payload digit.

    ``r = sum % 11`` and the check digit is ``r % 10`` (a remainder of 10 gives 0).
    Published worked example: 01234567898 -> 179 % 11 = 3, so 012345678983 is valid.
    Leading zeros weigh nothing, so the 13-digit serial inside the 34-digit label
    barcode gives the same digit as the 12-digit tracking number at its end.
    """
    if not _DIGITS.fullmatch(payload):
        raise ValueError(f"FedEx payload must be digits, got {payload!r}")
    total = sum(int(d) * _FEDEX_WEIGHTS[i % 3] for i, d in enumerate(reversed(payload)))
    return total % 11 % 10


def mod7_check_digit(payload: str) -> int:
    """DHL Express waybill check digit: the payload as a number, modulo 7."""
    if not _DIGITS.fullmatch(payload):
        raise ValueError(f"mod-7 payload must be digits, got {payload!r}")
    return int(payload) % 7
