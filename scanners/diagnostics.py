"""The "test your scanner / scale" panel: what arrived, byte by byte, and what it means."""

from __future__ import annotations

from typing import Any

from scanners.classify import classify, normalise, symbology_of
from scanners.layout import detect_layout_mismatch

__all__ = ["describe_raw", "diagnose"]

_CONTROL_NAMES = (
    "NUL SOH STX ETX EOT ENQ ACK BEL BS TAB LF VT FF CR SO SI "
    "DLE DC1 DC2 DC3 DC4 NAK SYN ETB CAN EM SUB ESC FS GS RS US"
).split()


def describe_raw(data: bytes | str) -> str:
    """Printable text with control bytes named (``<CR>``, ``<GS>``...) and others in hex.

    Valid UTF-8 letters are shown as letters (``é`` is the tell of an AZERTY layout
    mismatch); bytes that are not valid UTF-8 show as ``<0xE9>``.
    """
    if isinstance(data, str):
        text = data
    else:
        text = data.decode("utf-8", errors="surrogateescape")
    out: list[str] = []
    for c in text:
        o = ord(c)
        if o < 0x20:
            out.append(f"<{_CONTROL_NAMES[o]}>")
        elif o == 0x7F:
            out.append("<DEL>")
        elif 0xDC80 <= o <= 0xDCFF:  # an undecodable byte, kept by surrogateescape
            out.append(f"<0x{o - 0xDC00:02X}>")
        elif o < 0x7F or c.isprintable():
            out.append(c)
        else:
            out.append(f"<U+{o:04X}>")
    return "".join(out)


def diagnose(raw: str, *, parcel_prefix: str = "P", order_prefixes: tuple[str, ...] = ()) -> dict[str, Any]:
    """Everything the panel shows about one scan, as plain data (JSON-serialisable)."""
    code = normalise(raw)
    found = classify(raw, parcel_prefix=parcel_prefix, order_prefixes=order_prefixes)
    mismatch = detect_layout_mismatch(code, parcel_prefix=parcel_prefix, order_prefixes=order_prefixes)
    return {
        "raw": describe_raw(raw),
        "length": len(raw),
        "symbology": symbology_of(raw) or None,
        "normalised": code,
        "kind": found.kind,
        "value": found.value,
        "carrier": found.carrier,
        "check_digit_valid": found.check_digit_valid,
        "detail": found.detail,
        "fields": dict(found.fields),
        "layout": None
        if mismatch is None
        else {
            "layout": mismatch.layout,
            "repaired": mismatch.repaired,
            "explanation": mismatch.explanation,
        },
    }
