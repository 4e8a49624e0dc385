"""USB HID POS barcode scanners (usage page 0x8C), read through hidapi where installed.

In HID POS mode a scanner is not a keyboard: it sends each code in fixed-size input
reports, so the keyboard layout and the focused window play no part. The report layout
(as documented by scanner makers, e.g. Access-IS LSR/ATR manuals, "HID reports"):

    byte 0      report ID (2 = scanned data)
    byte 1      length of the data in this report
    bytes 2..4  AIM symbology identifier (``]``, code letter, modifier)
    bytes 5..   data, zero-padded to the report size (56 data bytes in a 64-byte report)
    last byte   bit 0 set: more data follows in the next report

A code longer than one report spans several; ``HidPosAssembler`` joins them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

__all__ = [
    "HID_POS_USAGE_PAGE",
    "HidPosChunk",
    "HidPosAssembler",
    "HidPosScanner",
    "parse_hid_pos_report",
    "hid_available",
]

from scanners.reader import ReaderThread, _ignore, module_available

log = logging.getLogger(__name__)

HID_POS_USAGE_PAGE = 0x8C
SCANNED_DATA_REPORT = 0x02
_HEADER = 5  # report id, length, 3 symbology bytes


@dataclass(frozen=True)
class HidPosChunk:
    symbology: str  # "]C0", or "" when the scanner sends none
    data: bytes
    more: bool  # another report continues this code


def parse_hid_pos_report(
    report: bytes | bytearray | list[int], *, report_id: int = SCANNED_DATA_REPORT
) -> HidPosChunk | None:
    """One input report -> its chunk of scanned data; None for other reports.

    A report with a length byte larger than the report holds is cut to what is there
    (it was truncated on the way) rather than raising.
    """
    report = bytes(report)
    if len(report) < _HEADER or report[0] != report_id:
        return None
    length = report[1]
    symbology_bytes = report[2:5]
    symbology = symbology_bytes.decode("ascii", errors="replace") if symbology_bytes[:1] == b"]" else ""
    data = report[_HEADER : _HEADER + length]
    more = len(report) > _HEADER + length and bool(report[-1] & 0x01)
    return HidPosChunk(symbology, data, more)


class HidPosAssembler:
    """Joins chunks into whole codes; ``feed`` returns ``(symbology, data)`` when complete."""

    def __init__(self) -> None:
        self._parts: list[bytes] = []
        self._symbology = ""

    def feed(self, chunk: HidPosChunk) -> tuple[str, bytes] | None:
        if not self._parts:
            self._symbology = chunk.symbology
        self._parts.append(chunk.data)
        if chunk.more:
            return None
        data, self._parts = b"".join(self._parts), []
        return self._symbology, data


def hid_available() -> bool:
    return module_available("hid")


class HidPosScanner(ReaderThread):
    """A HID POS scanner read on a thread; reconnects after unplugging.

    ``include_symbology`` puts the AIM identifier in front of the code (``]C1...``) so
    ``classify`` can tell GS1-128 and UPC apart; it is stripped by ``normalise``.
    """

    def __init__(
        self,
        vendor_id: int,
        product_id: int,
        *,
        serial_number: str | None = None,
        include_symbology: bool = True,
        reconnect_interval: float = 1.0,
        on_scan: Callable[[str], object] = _ignore,
        on_status: Callable[[str], object] = _ignore,
        on_raw: Callable[[bytes], object] = _ignore,
    ) -> None:
        super().__init__(reconnect_interval=reconnect_interval, on_scan=on_scan, on_status=on_status)
        self.thread_name = "hid-pos-scanner"
        self.vendor_id = vendor_id
        self.product_id = product_id
        self._serial_number = serial_number
        self._include_symbology = include_symbology
        self._on_raw = on_raw

    def unavailable(self) -> str | None:
        if hid_available():
            return None
        return (
            "unavailable — the Python package 'hidapi' is not installed; use the keyboard-wedge or serial mode instead"
        )

    def _run(self) -> None:
        import hid

        from scanners.serial_source import decode_code

        while not self._stop.is_set():
            device = hid.device()
            try:
                device.open(self.vendor_id, self.product_id, self._serial_number)
            except (OSError, ValueError) as exc:
                self._report(f"disconnected — waiting for the scanner ({exc})")
                self._stop.wait(self._reconnect_interval)
                continue
            self._report("connected")
            assembler = HidPosAssembler()
            try:
                while not self._stop.is_set():
                    report = device.read(64, 100)  # 100 ms timeout keeps stop() prompt
                    if not report:
                        continue
                    self._call(self._on_raw, bytes(report))
                    chunk = parse_hid_pos_report(report)
                    if chunk is None:
                        continue
                    done = assembler.feed(chunk)
                    if done is not None:
                        symbology, data = done
                        prefix = symbology if self._include_symbology else ""
                        self._call(self._on_scan, prefix + decode_code(data))
            except (OSError, ValueError) as exc:
                self._report(f"disconnected — waiting for the scanner ({exc})")
            except Exception:
                log.exception("HID POS reader crashed")
                self._report("failed: see the log")
                return
            finally:
                try:
                    device.close()
                except Exception:
                    log.debug("closing the HID device failed", exc_info=True)
            self._stop.wait(self._reconnect_interval)
        self._report("stopped")
