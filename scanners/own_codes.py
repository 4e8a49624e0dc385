"""The shop's own codes: command-sheet barcodes, parcel labels and order numbers."""

from __future__ import annotations

from scanners.classified import Classified, ScanContext
from scanners.commands import COMMANDS, parse_command


def classify_command(ctx: ScanContext) -> Classified | None:
    """Command sheet barcodes: ``SB-CMD:FINISH`` -> kind "command", value "FINISH"."""
    word = parse_command(ctx.code)
    if word is None:
        return None
    if word not in COMMANDS:
        return Classified("unknown", ctx.code, ctx.raw, detail=f"not a Shipbench command: {word}")
    return Classified("command", word, ctx.raw, detail=COMMANDS[word])


def classify_parcel(ctx: ScanContext) -> Classified | None:
    """The shop's own parcel labels: prefix + 8 digits, e.g. ``P00000042``."""
    prefix = ctx.parcel_prefix
    code = ctx.code
    if len(code) != len(prefix) + 8 or code[: len(prefix)].upper() != prefix.upper():
        return None
    digits = code[len(prefix) :]
    if not digits.isascii() or not digits.isdigit():
        return None
    return Classified("parcel", prefix + digits, ctx.raw, detail="shop parcel number")


def classify_order(ctx: ScanContext) -> Classified | None:
    """Order numbers carrying one of the shop's order prefixes (e.g. on a packing slip)."""
    code = ctx.code
    for prefix in ctx.order_prefixes:
        if len(code) > len(prefix) and code[: len(prefix)].upper() == prefix.upper():
            return Classified("order", code, ctx.raw, detail=f"order number ({prefix})")
    return None
