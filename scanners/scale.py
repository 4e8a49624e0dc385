"""Serial scales: read a parcel's weight and compare it with what its products weigh.

Two protocols cover most bench scales:

- MT-SICS (Mettler Toledo and many clones): the host sends ``S\\r\\n`` and the scale
  answers ``S S      1.234 kg`` once stable (``S D`` for a dynamic reading, ``S I`` when
  busy, ``S +``/``S -`` over/underload, ``ES``/``ET``/``EL`` errors);
- continuous streams: a frame every few hundred ms, ``ST,GS,+  1.234kg`` (``ST`` stable,
  ``US`` unstable, ``OL`` overload; ``GS`` gross, ``NT`` net).
"""

from __future__ import annotations

import logging
import re
import time
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import serial

__all__ = [
    "Reading",
    "ScaleError",
    "SerialScale",
    "parse_weight",
    "scale_problem",
    "weight_warning",
    "to_grams",
]

log = logging.getLogger(__name__)

_GRAMS_PER_UNIT = {
    "g": Decimal(1),
    "kg": Decimal(1000),
    "lb": Decimal("453.59237"),
    "oz": Decimal("28.349523125"),
}


class ScaleError(Exception):
    """The scale gave no usable weight; the message says what to do about it."""


@dataclass(frozen=True)
class Reading:
    grams: Decimal
    stable: bool
    net: bool
    raw: str


def to_grams(value: str, unit: str) -> Decimal:
    factor = _GRAMS_PER_UNIT.get(unit.lower())
    if factor is None:
        raise ValueError(f"unknown weight unit {unit!r}")
    return Decimal(value) * factor


_SICS = re.compile(r"S\s+([SD])\s+([+-]?\s*[0-9]+(?:\.[0-9]+)?)\s*([A-Za-z]+)")
_CONTINUOUS = re.compile(r"(ST|US),(GS|NT|TR|GW|NW),\s*([+-]?)\s*([0-9]+(?:\.[0-9]+)?)\s*([A-Za-z]+)")
_SICS_PROBLEMS = {
    "S I": "The scale is busy; wait for it to settle.",
    "S +": "The scale is overloaded: take the parcel off.",
    "S -": "The scale reads below zero: empty it and press zero (tare).",
    "ES": "The scale did not understand the command (MT-SICS syntax error).",
    "ET": "The scale reported a transmission error; check the cable and baud rate.",
    "EL": "The scale reported a logical error; check its settings.",
}


def _text(line: bytes | str) -> str:
    if isinstance(line, bytes):
        line = line.decode("ascii", errors="replace")
    return line.strip("\r\n\x02\x03 ")


def parse_weight(line: bytes | str) -> Reading | None:
    """A weight from one MT-SICS response or continuous-stream frame, else None.

    None means "no weight in this line" (busy, error, garbage); ``scale_problem`` says
    which problem, if any.
    """
    text = _text(line)
    m = _SICS.fullmatch(text)
    if m:
        value = m.group(2).replace(" ", "")
        try:
            grams = to_grams(value, m.group(3))
        except ValueError:
            return None
        return Reading(grams, m.group(1) == "S", False, text)
    m = _CONTINUOUS.fullmatch(text)
    if m:
        try:
            grams = to_grams(m.group(3) + m.group(4), m.group(5))
        except ValueError:
            return None
        return Reading(grams, m.group(1) == "ST", m.group(2) in ("NT", "NW"), text)
    return None


def scale_problem(line: bytes | str) -> str | None:
    """What a non-weight line means for the packer, or None for a weight or noise."""
    text = _text(line)
    if text.startswith("OL,"):
        return _SICS_PROBLEMS["S +"]
    for prefix, message in _SICS_PROBLEMS.items():
        if text == prefix or text.startswith(prefix + " "):
            return message
    return None


def weight_warning(
    expected_grams: Decimal | int | float | str,
    actual_grams: Decimal | int | float | str,
    tolerance_pct: Decimal | int | float = 10,
    tolerance_grams: Decimal | int | float = 20,
) -> str | None:
    """A warning when the parcel weighs more or less than its contents should, else None.

    The allowed difference is the larger of ``tolerance_pct`` of the expected weight
    and ``tolerance_grams`` (packaging dominates small parcels).
    """
    expected = Decimal(str(expected_grams))
    actual = Decimal(str(actual_grams))
    allowed = max(expected * Decimal(str(tolerance_pct)) / 100, Decimal(str(tolerance_grams)))
    difference = actual - expected
    if abs(difference) <= allowed:
        return None
    direction = "heavier" if difference > 0 else "lighter"
    return (
        f"The parcel weighs {_show(actual)}, {_show(abs(difference))} {direction} than "
        f"expected ({_show(expected)} ± {_show(allowed)}): check its contents."
    )


def _show(grams: Decimal) -> str:
    if abs(grams) >= 1000:
        return f"{grams / 1000:.3f} kg"
    return f"{grams:.0f} g"


class SerialScale:
    """A scale on a serial port; ``read_stable`` blocks, so call it off the GUI thread."""

    def __init__(
        self,
        url: str,
        *,
        protocol: str = "mt-sics",
        baudrate: int = 9600,
        bytesize: int = 8,
        parity: str = "N",
        stopbits: float = 1,
    ) -> None:
        if protocol not in ("mt-sics", "continuous"):
            raise ValueError(f"protocol must be 'mt-sics' or 'continuous', got {protocol!r}")
        self.url = url
        self.protocol = protocol
        self._settings = {
            "baudrate": baudrate,
            "bytesize": bytesize,
            "parity": parity,
            "stopbits": stopbits,
        }
        self._port: serial.SerialBase | None = None

    def read_stable(self, timeout: float = 3.0) -> Reading:
        """The next stable weight; raises ``ScaleError`` if none comes within ``timeout``."""
        import serial

        deadline = time.monotonic() + timeout
        last_problem = ""
        last_line = ""
        try:
            port = self._open()
            if self.protocol == "continuous":
                port.reset_input_buffer()
            while time.monotonic() < deadline:
                if self.protocol == "mt-sics":
                    port.write(b"S\r\n")
                line = self._readline(port, deadline)
                if not line:
                    continue
                last_line = _text(line)
                reading = parse_weight(line)
                if reading is not None and reading.stable:
                    return reading
                problem = scale_problem(line)
                if problem and not last_line.startswith("S I"):
                    last_problem = problem
        except (serial.SerialException, OSError) as exc:
            self.close()
            raise ScaleError(f"The scale at {self.url} cannot be read: {exc}") from exc
        if last_problem:
            raise ScaleError(last_problem)
        if last_line:
            raise ScaleError(
                f"The scale did not settle within {timeout:g} s (last: {last_line!r}); keep the parcel still."
            )
        raise ScaleError(
            f"The scale at {self.url} did not answer within {timeout:g} s; check that it "
            "is on, the cable, and its baud rate and protocol."
        )

    def close(self) -> None:
        port, self._port = self._port, None
        if port is not None:
            try:
                port.close()
            except Exception:
                log.debug("closing the scale port failed", exc_info=True)

    def _open(self) -> serial.SerialBase:
        import serial

        if self._port is None:
            self._port = serial.serial_for_url(self.url, timeout=0.05, **self._settings)
        return self._port

    @staticmethod
    def _readline(port: serial.SerialBase, deadline: float) -> bytes:
        line = b""
        while time.monotonic() < deadline:
            chunk = port.read(1)
            if not chunk:
                continue
            if chunk in (b"\r", b"\n"):
                if line:
                    return line
                continue
            line += chunk
        return line
