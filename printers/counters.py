"""The printer's own counters: how many labels it has printed, and how many it still holds.

Bytes a printer accepted are not labels it printed: a Zebra takes a whole batch into its
receive buffer in a second and prints one label every half second. These pure parsers
read what the printer itself counts, and `reckon` turns "counter before, counter now,
labels still in the buffer" into printed / still queued / lost.

- SGD `odometer.total_label_count` is a label count (Link-OS printers): the one to use.
- `~HQOD` print meters are a *distance* (inches, or cm after `^MA...,M`), so they count
  labels only through the label length; they are kept for printers without SGD.
- `~HS` gives formats in the receive buffer and labels remaining in the current batch.
- TSPL `~!@` is mileage in whole kilometres: no use for counting labels.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Literal

from printers.status import PrinterStatus

__all__ = [
    "SGD_LABEL_COUNT",
    "TSPL_MILEAGE_QUERY",
    "ZPL_PRINT_METERS_QUERY",
    "PrintMeters",
    "Reckoning",
    "labels_in_printer",
    "parse_sgd_label_count",
    "parse_sgd_value",
    "parse_tspl_mileage",
    "parse_zpl_print_meters",
    "reckon",
    "sgd_getvar",
]

log = logging.getLogger(__name__)

ZPL_PRINT_METERS_QUERY = b"~HQOD"
TSPL_MILEAGE_QUERY = b"~!@"
_SGD_NAME = re.compile(r"[a-z0-9_.]+\Z")


def sgd_getvar(name: str) -> bytes:
    """The SGD command `! U1 getvar "name"`; the name is checked so it cannot carry a command."""
    if not _SGD_NAME.match(name):
        raise ValueError(f"not an SGD setting name: {name!r}")
    return f'! U1 getvar "{name}"\r\n'.encode("ascii")


SGD_LABEL_COUNT = sgd_getvar("odometer.total_label_count")

_QUOTED = re.compile(rb'"([^"\r\n]*)"')


def parse_sgd_value(answer: bytes) -> str | None:
    """An SGD getvar answer is the value in double quotes; `"?"` means the printer does not know it."""
    match = _QUOTED.search(answer)
    if match is None:
        return None
    value = match.group(1).decode("ascii", "replace").strip()
    return None if value in ("", "?") else value


def parse_sgd_label_count(answer: bytes) -> int | None:
    value = parse_sgd_value(answer)
    if value is None or not value.isdigit():
        if value is not None:
            log.warning("odometer.total_label_count answered %r, not a number", value)
        return None
    return int(value)


@dataclass(frozen=True)
class PrintMeters:
    """`~HQOD`: media moved past the head since manufacture, and the two user counters."""

    total: int
    user_1: int | None
    user_2: int | None
    unit: Literal["in", "cm"]

    def labels(self, label_length_in: float) -> int:
        """Labels the total stands for, at one label length (a distance only approximates a count)."""
        inches = self.total if self.unit == "in" else self.total / 2.54
        return int(inches // label_length_in)


_METER = re.compile(rb"(TOTAL NONRESETTABLE|USER RESETTABLE CNTR1|USER RESETTABLE CNTR2):\s*(\d+)\s*(\"|CM|cm)?")


def parse_zpl_print_meters(answer: bytes) -> PrintMeters | None:
    """`<STX><CR><LF>PRINT METERS<CR><LF>   TOTAL NONRESETTABLE:  8 "<CR><LF>... <ETX>`."""
    if b"PRINT METERS" not in answer:
        return None
    found = {m.group(1): (int(m.group(2)), m.group(3)) for m in _METER.finditer(answer)}
    if b"TOTAL NONRESETTABLE" not in found:
        return None
    total, unit = found[b"TOTAL NONRESETTABLE"]
    return PrintMeters(
        total=total,
        user_1=found.get(b"USER RESETTABLE CNTR1", (None,))[0],
        user_2=found.get(b"USER RESETTABLE CNTR2", (None,))[0],
        unit="cm" if unit and unit.lower() == b"cm" else "in",
    )


def parse_tspl_mileage(answer: bytes) -> int | None:
    """TSPL `~!@`: the printer's mileage, whole kilometres, as digits."""
    text = answer.strip()
    return int(text) if text.isdigit() else None


def labels_in_printer(status: PrinterStatus) -> int | None:
    """Labels the printer still holds: formats in its receive buffer plus the rest of the
    batch on the head (`~HS` fields `eee` and `uuuuuuuu`). None when the status has no such fields."""
    formats = status.details.get("formats_in_buffer")
    remaining = status.details.get("labels_remaining")
    if not isinstance(formats, int) or not isinstance(remaining, int):
        return None
    return formats + remaining


@dataclass(frozen=True)
class Reckoning:
    """What became of `sent` labels, oldest first: the first `printed` printed, the next
    `queued` are still in the printer, the last `lost` never will print (power cut)."""

    printed: int
    queued: int
    lost: int
    unknown: int = 0  # the printer did not say what it holds: neither printed nor lost
    foreign: int = 0  # the counter moved more than we sent: someone else printed too


def reckon(sent: int, odometer_before: int, odometer_now: int, in_printer: int | None) -> Reckoning:
    """Reconcile after a reconnect: the printer prints first in, first out, so the counter
    says how many of ours printed and the buffer says how many of the rest survive."""
    if sent < 0:
        raise ValueError("sent must not be negative")
    moved = odometer_now - odometer_before
    if moved < 0:
        log.warning("label counter went back from %d to %d: another printer?", odometer_before, odometer_now)
        moved = 0
    printed = min(moved, sent)
    rest = sent - printed
    if in_printer is None:
        return Reckoning(printed, 0, 0, unknown=rest, foreign=moved - printed)
    queued = min(in_printer, rest)
    return Reckoning(printed, queued, rest - queued, foreign=moved - printed)
