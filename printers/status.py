"""What a printer says about itself, in words a packer can act on.

Parsers are pure functions over the printer's answer bytes. `check_status`
asks the printer; a printer that does not answer is treated as a fault, never
as ready, because a silent printer is usually off, jammed or on the wrong port.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Any, Literal

from printers.errors import PrinterError

__all__ = [
    "CODES",
    "ESCPOS_STATUS_QUERIES",
    "TSPL_STATUS_QUERY",
    "ZPL_HOST_STATUS",
    "PrinterStatus",
    "check_status",
    "parse_escpos_status",
    "parse_tspl_status",
    "parse_zpl_host_status",
]

log = logging.getLogger(__name__)

State = Literal["ready", "paper_out", "head_open", "paused", "ribbon_out", "error", "offline", "unknown"]

ZPL_HOST_STATUS = b"~HS"
TSPL_STATUS_QUERY = b"\x1b!?"
DLE_EOT = b"\x10\x04"
ESCPOS_STATUS_QUERIES = {n: DLE_EOT + bytes([n]) for n in (1, 2, 3, 4)}


@dataclass(frozen=True)
class PrinterStatus:
    """`state` is the single most urgent condition; `details` keeps everything the printer said.

    `message` is the English sentence (the CLI, the logs); `code` says the same as a key of
    `CODES` with its `params`, for the GUI to put in the user's language (`ui/printer_states.py`).
    Several faults at once: `code` is the most urgent and `details["faults"]` lists them all.
    A status made from an error the printer code did not word has no code: `message` says it.
    """

    state: State
    message: str
    details: dict[str, Any] = field(default_factory=dict)
    code: str = ""
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def ready(self) -> bool:
        return self.state == "ready"


# Most urgent first: the packer fixes the first one, and the next shows up.
_FAULTS: tuple[tuple[str, State, str], ...] = (
    ("head_open", "head_open", "The print head is open. Close it firmly, then press Feed."),
    ("paper_out", "paper_out", "The printer is out of labels. Load a new roll, then press Feed."),
    ("ribbon_out", "ribbon_out", "The ribbon has run out. Load a new ribbon, then press Feed."),
    ("cover_open", "head_open", "The printer cover is open. Close it, then print again."),
    ("head_too_hot", "error", "The print head is too hot. Let the printer cool down for a few minutes."),
    ("head_too_cold", "error", "The print head is too cold to print well. Wait for it to warm up."),
    ("corrupt_ram", "error", "The printer reports a memory fault (corrupt RAM). Switch it off and on again."),
    ("paper_jam", "error", "Labels are jammed in the printer. Open it, clear the jam, then press Feed."),
    ("cutter_error", "error", "The cutter is stuck. Clear it and switch the printer off and on again."),
    ("unrecoverable_error", "error", "The printer reports a fault it cannot recover from. Switch it off and on again."),
    ("recoverable_error", "error", "The printer reports a fault. Check it, then press Feed."),
    ("temperature_out_of_range", "error", "The printer is too hot or too cold to print. Let it settle."),
    ("paused", "paused", "The printer is paused. Press its Pause button to resume, then print again."),
    ("offline", "error", "The printer is offline (not ready). Check it, then press its Feed or Online button."),
    ("buffer_full", "error", "The printer's memory is full. Wait for it to finish printing, then print again."),
)


# Every code a status can carry (the fault keys above, then the others), for the GUI's catalogue.
CODES: tuple[str, ...] = (
    "ready",
    "ready_paper_near_end",
    *(key for key, _, _ in _FAULTS),
    "unreadable",
    "no_answer",
    "no_answer_within",
    "one_way",
    "cannot_report",
    "connection_error",
)


def _summarise(flags: dict[str, Any], details: dict[str, Any]) -> PrinterStatus:
    active = [(key, state, message) for key, state, message in _FAULTS if flags.get(key)]
    details = {**details, **flags, "faults": [key for key, _, _ in active]}
    if not active:
        return PrinterStatus("ready", "Ready.", details, code="ready")
    key, state, _ = active[0]
    return PrinterStatus(state, " ".join(message for _, _, message in active), details, code=key)


def _garbage(language: str, answer: bytes, why: str) -> PrinterStatus:
    log.warning("unreadable %s status answer %r: %s", language, answer[:200], why)
    return PrinterStatus(
        "error",
        "The printer gave an answer that cannot be read as a status. Check that the printer language "
        "in Settings matches the printer, then try again.",
        {"raw": answer[:200], "reason": why},
        code="unreadable",
    )


def _no_answer(timeout: float | None = None) -> PrinterStatus:
    within = f" (no status within {timeout:g} s)" if timeout else ""
    return PrinterStatus(
        "offline",
        f"The printer is offline / not answering{within}. Check that it is switched on and "
        "connected, and that the printer language in Settings is right.",
        {},
        code="no_answer_within" if timeout else "no_answer",
        params={"timeout": f"{timeout:g}"} if timeout else {},
    )


_HS_LINE = re.compile(rb"\x02([^\x02\x03]*)\x03")
_PRINT_MODES = {
    0: "rewind",
    1: "peel-off",
    2: "tear-off",
    3: "cutter",
    4: "applicator",
    5: "delayed cut",
    6: "linerless peel",
    7: "linerless rewind",
    8: "partial cutter",
    9: "RFID",
    "K": "kiosk",
}


def parse_zpl_host_status(answer: bytes) -> PrinterStatus:
    """The Zebra `~HS` answer: three `<STX>fields<ETX><CR><LF>` strings.

    String 1 `aaa,b,c,dddd,eee,f,g,h,iii,j,k,l`: interface settings, paper out,
    pause, label length (dots), formats in buffer, buffer full, diagnostic
    mode, partial format, unused, corrupt RAM, under temperature, over temperature.
    String 2 `mmm,n,o,p,q,r,s,t,uuuuuuuu,v,www`: function settings, unused,
    head up (open), ribbon out, thermal transfer, print mode, print width mode,
    label waiting, labels remaining in batch, format while printing, graphics stored.
    String 3 `xxxx,y`: password, static RAM installed.
    """
    if not answer.strip():
        return _no_answer()
    lines = [m.group(1).decode("ascii", "replace").strip() for m in _HS_LINE.finditer(answer)]
    if len(lines) < 2:
        return _garbage("ZPL", answer, f"expected 3 STX..ETX strings, found {len(lines)}")
    first, second = lines[0].split(","), lines[1].split(",")
    if len(first) < 12 or len(second) < 11:
        return _garbage("ZPL", answer, f"string 1 has {len(first)} fields, string 2 has {len(second)}")
    try:
        a = [int(x) for x in first[:12]]
        b = [int(x) if x.isdigit() else x for x in second[:11]]
        if not all(isinstance(b[i], int) for i in (1, 2, 3, 4, 8)):
            raise ValueError("non-numeric flag in string 2")
    except ValueError as exc:
        return _garbage("ZPL", answer, str(exc))

    def flag(v):
        return v == 1

    flags = {
        "paper_out": flag(a[1]),
        "paused": flag(a[2]),
        "buffer_full": flag(a[5]),
        "corrupt_ram": flag(a[9]),
        "head_too_cold": flag(a[10]),
        "head_too_hot": flag(a[11]),
        "head_open": flag(b[2]),
        "ribbon_out": flag(b[3]),
    }
    details: dict[str, Any] = {
        "label_length_dots": a[3],
        "formats_in_buffer": a[4],
        "partial_format": flag(a[7]),
        "thermal_transfer": flag(b[4]),
        "print_mode": _PRINT_MODES.get(b[5], str(b[5])),
        "label_waiting": flag(b[7]),
        "labels_remaining": b[8],
        "graphics_stored": b[10],
    }
    if len(lines) >= 3 and len(third := lines[2].split(",")) >= 2:
        details["static_ram"] = third[1].strip() == "1"  # field 1 is the front-panel password: not kept
    return _summarise(flags, details)


def parse_escpos_status(answers: dict[int, bytes]) -> PrinterStatus:
    """ESC/POS real-time status: one byte answered to each `DLE EOT n` (n = 1..4).

    n=1 printer: bit 3 offline. n=2 offline cause: bit 2 cover open, bit 3 paper
    fed by button, bit 5 stopped at paper end, bit 6 error. n=3 errors: bit 2
    recoverable, bit 3 cutter, bit 5 unrecoverable, bit 6 auto-recoverable (head
    temperature). n=4 paper sensor: bits 2-3 near end, bits 5-6 paper end.
    Every answer byte has bit 1 and 4 set and bits 0 and 7 clear.
    """
    if not answers or not any(answers.values()):
        return _no_answer()
    bits: dict[int, int] = {}
    for n, raw in answers.items():
        if not raw:
            continue
        if len(raw) != 1 or raw[0] & 0x93 != 0x12:
            return _garbage("ESC/POS", raw, f"DLE EOT {n} answer is not one status byte")
        bits[n] = raw[0]

    def on(n, mask):
        return bool(bits.get(n, 0) & mask)

    flags = {
        "offline": on(1, 0x08),
        "cover_open": on(2, 0x04),
        "paper_out": on(2, 0x20) or on(4, 0x60),
        "recoverable_error": on(3, 0x04) or (on(2, 0x40) and not (on(3, 0x68))),
        "cutter_error": on(3, 0x08),
        "unrecoverable_error": on(3, 0x20),
        "head_too_hot": on(3, 0x40),
    }
    details = {"paper_near_end": on(4, 0x0C), "feed_button": on(2, 0x08), "answers": dict(bits)}
    if flags["offline"] and any(v for k, v in flags.items() if k != "offline"):
        flags["offline"] = False  # the cause says more than "offline"
    status = _summarise(flags, details)
    if status.ready and details["paper_near_end"]:
        return PrinterStatus(
            "ready",
            "Ready; the paper roll is nearly empty — have a new one at hand.",
            status.details,
            code="ready_paper_near_end",
        )
    return status


def parse_tspl_status(answer: bytes) -> PrinterStatus:
    """TSPL `<ESC>!?` answers one byte: bit 0 head open, 1 paper jam, 2 paper out,
    3 ribbon out, 4 paused, 5 printing, 6 cover open, 7 temperature out of range."""
    if not answer:
        return _no_answer()
    if len(answer) != 1:
        return _garbage("TSPL", answer, "expected one status byte")
    b = answer[0]
    flags = {
        "head_open": bool(b & 0x01),
        "paper_jam": bool(b & 0x02),
        "paper_out": bool(b & 0x04),
        "ribbon_out": bool(b & 0x08),
        "paused": bool(b & 0x10),
        "cover_open": bool(b & 0x40),
        "temperature_out_of_range": bool(b & 0x80),
    }
    return _summarise(flags, {"printing": bool(b & 0x20), "answer": b})


def check_status(transport: object, language: str, *, timeout: float = 2.0) -> PrinterStatus:
    """Ask the printer how it is. Never raises for printer trouble: the status says it."""
    query = getattr(transport, "query", None)
    if query is None:
        return PrinterStatus(
            "unknown",
            "This printer connection is one-way, so its status cannot be checked; watch the printer itself.",
            {},
            code="one_way",
        )
    try:
        if language == "zpl":
            answer = query(ZPL_HOST_STATUS, timeout=timeout, complete=lambda a: a.count(b"\x03") >= 3)
            return parse_zpl_host_status(answer) if answer.strip() else _no_answer(timeout)
        if language == "tspl":
            answer = query(TSPL_STATUS_QUERY, timeout=timeout, complete=bool)
            return parse_tspl_status(answer) if answer else _no_answer(timeout)
        if language == "escpos":
            first = query(ESCPOS_STATUS_QUERIES[1], timeout=timeout, complete=bool)
            if not first:
                return _no_answer(timeout)
            answers = {1: first}
            for n in (2, 3, 4):
                answers[n] = query(ESCPOS_STATUS_QUERIES[n], timeout=timeout, complete=bool)
            return parse_escpos_status(answers)
    except PrinterError as exc:
        return PrinterStatus(
            "offline", str(exc), {"error": type(exc).__name__}, code="connection_error", params={"error": str(exc)}
        )
    return PrinterStatus(
        "unknown",
        f"Printers speaking {language!r} cannot report their status.",
        {},
        code="cannot_report",
        params={"language": language},
    )
