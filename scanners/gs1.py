"""GS1 application identifiers (GS1-128, GS1 DataMatrix, GS1 QR) in a scanned code.

A GS1 code is a run of ``(AI, value)`` pairs. Fixed-length values need no separator;
a variable-length value ends at the GS character (``\\x1d``, what a scanner sends for
FNC1) or at the end of the code. Only the identifiers a packing bench uses are known;
an unknown identifier stops the parse, because without its length nothing after it can
be split reliably.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

__all__ = ["GS", "Gs1Element", "Gs1Parse", "parse_gs1", "AI_NAMES"]

GS = "\x1d"


@dataclass(frozen=True)
class _Ai:
    name: str
    length: int  # fixed length, or the maximum for a variable-length value
    fixed: bool
    numeric: bool


_AIS: dict[str, _Ai] = {
    "00": _Ai("sscc", 18, True, True),
    "01": _Ai("gtin", 14, True, True),
    "02": _Ai("content_gtin", 14, True, True),
    "10": _Ai("lot", 20, False, False),
    "11": _Ai("production_date", 6, True, True),
    "13": _Ai("packaging_date", 6, True, True),
    "15": _Ai("best_before", 6, True, True),
    "17": _Ai("expiry", 6, True, True),
    "21": _Ai("serial", 20, False, False),
    "30": _Ai("count", 8, False, True),
    "37": _Ai("count_of_items", 8, False, True),
    "400": _Ai("customer_order", 30, False, False),
    "401": _Ai("consignment", 30, False, False),
}
# 310n: net weight in kg with n decimals (3103 = three decimals).
_NET_WEIGHT_KG = "310"

AI_NAMES: dict[str, str] = {ai: spec.name for ai, spec in _AIS.items()} | {
    f"{_NET_WEIGHT_KG}{n}": "net_weight_kg" for n in range(6)
}


@dataclass(frozen=True)
class Gs1Element:
    ai: str
    name: str
    value: str  # as encoded; net weight already scaled to kg ("1.234")


@dataclass(frozen=True)
class Gs1Parse:
    """What could be read; ``rest`` is what follows an unknown identifier or bad value."""

    elements: tuple[Gs1Element, ...] = ()
    rest: str = ""
    problem: str = ""

    @property
    def complete(self) -> bool:
        return bool(self.elements) and not self.rest and not self.problem

    @property
    def fields(self) -> dict[str, str]:
        return {e.name: e.value for e in self.elements}

    def get(self, name: str) -> str | None:
        return next((e.value for e in self.elements if e.name == name), None)


def parse_gs1(data: str) -> Gs1Parse:
    """Split ``data`` (AIM identifier already removed, GS kept) into elements."""
    elements: list[Gs1Element] = []
    pos = 0
    while pos < len(data):
        if data[pos] == GS:
            pos += 1
            continue
        ai, spec, decimals = _identify(data, pos)
        if spec is None:
            return Gs1Parse(tuple(elements), data[pos:], "unknown application identifier")
        start = pos + len(ai)
        if spec.fixed:
            value = data[start : start + spec.length]
            if len(value) != spec.length or GS in value:
                return Gs1Parse(tuple(elements), data[pos:], f"AI ({ai}) is too short")
            end = start + spec.length
        else:
            gs_at = data.find(GS, start)
            end = len(data) if gs_at < 0 else gs_at
            value = data[start:end]
            if not value or len(value) > spec.length:
                return Gs1Parse(tuple(elements), data[pos:], f"AI ({ai}) has a bad length")
        if spec.numeric and not (value.isascii() and value.isdigit()):
            return Gs1Parse(tuple(elements), data[pos:], f"AI ({ai}) must be digits")
        if decimals is not None:
            value = str(Decimal(value).scaleb(-decimals))
        elements.append(Gs1Element(ai, spec.name, value))
        pos = end
    return Gs1Parse(tuple(elements))


def _identify(data: str, pos: int) -> tuple[str, _Ai | None, int | None]:
    four = data[pos : pos + 4]
    if len(four) == 4 and four.startswith(_NET_WEIGHT_KG) and four[3] in "012345":
        return four, _Ai("net_weight_kg", 6, True, True), int(four[3])
    for size in (2, 3):
        ai = data[pos : pos + size]
        if ai in _AIS:
            return ai, _AIS[ai], None
    return data[pos : pos + 2], None, None
