"""Ask the printer what it is, so setup need not guess language, resolution and width.

Zebra Link-OS printers answer SGD getvars (`device.languages`, `head.resolution.in_dpi`,
`ezpl.print_width`, `device.product_name`); older Zebras answer `~HI`
(`model,version,dots per mm,memory,options`). TSC printers answer `~!T` with their model
name; TSPL has no query for resolution or width, so those stay None. Whatever the
printer does not say is None: a setup screen asks the user for it instead.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace

from printers.counters import parse_sgd_value, sgd_getvar
from printers.errors import PrinterError

__all__ = [
    "TSPL_CODE_PAGE_QUERY",
    "TSPL_MODEL_QUERY",
    "ZPL_HOST_IDENTIFICATION",
    "PrinterIdentity",
    "ask_identity",
    "language_from_sgd",
    "parse_tspl_model",
    "parse_zpl_host_identification",
]

log = logging.getLogger(__name__)

ZPL_HOST_IDENTIFICATION = b"~HI"
TSPL_MODEL_QUERY = b"~!T"
TSPL_CODE_PAGE_QUERY = b"~!I"  # code page and country: not an identity, listed so nobody mistakes it
_DPI_FROM_DPMM = {6: 152, 8: 203, 12: 300, 24: 600}


@dataclass(frozen=True)
class PrinterIdentity:
    language: str | None = None  # "zpl", "epl", "cpcl", "tspl"
    dpi: int | None = None
    print_width_dots: int | None = None
    model: str | None = None
    firmware: str | None = None

    @property
    def known(self) -> bool:
        return any(v is not None for v in (self.language, self.dpi, self.print_width_dots, self.model))


def language_from_sgd(value: str | None) -> str | None:
    """`device.languages` values (`zpl`, `epl_zpl`, `hybrid_xml_zpl`, `line_print`, `epl`) → the one we drive."""
    if not value:
        return None
    v = value.lower()
    if "zpl" in v:
        return "zpl"
    if "epl" in v:
        return "epl"
    if "line_print" in v or "cpcl" in v:
        return "cpcl"
    return None


_HI = re.compile(rb"\x02([^\x02\x03]*)\x03")


def parse_zpl_host_identification(answer: bytes) -> PrinterIdentity | None:
    """`~HI` answers `<STX>model,version,dpmm,memoryKB[,options]<ETX>`."""
    match = _HI.search(answer)
    if match is None:
        return None
    fields = [f.strip() for f in match.group(1).decode("ascii", "replace").split(",")]
    if len(fields) < 3 or not fields[0]:
        return None
    dpmm = int(fields[2]) if fields[2].isdigit() else None
    return PrinterIdentity(
        language="zpl",
        dpi=_DPI_FROM_DPMM.get(dpmm, round(dpmm * 25.4)) if dpmm else None,
        model=fields[0],
        firmware=fields[1] or None,
    )


def parse_tspl_model(answer: bytes) -> str | None:
    """`~!T` answers the model name, ended by a carriage return."""
    text = answer.decode("ascii", "replace").strip()
    return text if text and text.isprintable() else None


def _int(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


def ask_identity(transport: object, *, timeout: float = 1.0) -> PrinterIdentity | None:
    """Ask a two-way printer who it is; None for a one-way transport (nothing to ask).

    Tries SGD, then `~HI`, then TSPL `~!T`; each unknown stays None. Never raises for a
    silent or unreachable printer: that is an identity with nothing known.
    """
    query = getattr(transport, "query", None)
    if query is None:
        return None

    def ask(data: bytes, complete: object) -> bytes:
        try:
            return query(data, timeout=timeout, complete=complete)
        except PrinterError as exc:
            log.info("identity query %r failed: %s", data[:20], exc)
            return b""

    def quoted(a):
        return a.count(b'"') >= 2

    sgd = {
        name: parse_sgd_value(ask(sgd_getvar(name), quoted))
        for name in ("device.languages", "head.resolution.in_dpi", "ezpl.print_width", "device.product_name")
    }
    identity = PrinterIdentity(
        language=language_from_sgd(sgd["device.languages"]),
        dpi=_int(sgd["head.resolution.in_dpi"]),
        print_width_dots=_int(sgd["ezpl.print_width"]),
        model=sgd["device.product_name"],
    )
    if identity.dpi is None or identity.model is None or identity.language is None:
        hi = parse_zpl_host_identification(ask(ZPL_HOST_IDENTIFICATION, lambda a: b"\x03" in a))
        if hi is not None:
            identity = replace(
                identity,
                language=identity.language or hi.language,
                dpi=identity.dpi or hi.dpi,
                model=identity.model or hi.model,
                firmware=hi.firmware,
            )
    if not identity.known:
        model = parse_tspl_model(ask(TSPL_MODEL_QUERY, lambda a: a.endswith((b"\r", b"\n"))))
        if model is not None:
            identity = PrinterIdentity(language="tspl", model=model)
    return identity
