"""Serial (RS-232 / USB-serial) printers through pyserial.

The port is opened for one job or one status query and closed again, so the
packer can unplug and replug the printer between labels.
"""

from __future__ import annotations

import logging
import re
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from printers.errors import PrinterConnectionLost, PrinterOffline

if TYPE_CHECKING:
    import serial

__all__ = ["SerialSettings", "SerialTransport", "serial_settings_from_uri"]

log = logging.getLogger(__name__)

Completion = Callable[[bytes], bool]  # "this is the whole answer": stop waiting
_QUIET_S = 0.15  # after an answer starts, this much silence means it is complete
_CHUNK = 4096
_PARITIES = {"N": "N", "E": "E", "O": "O", "M": "M", "S": "S"}
_STOPBITS = {"1": 1, "1.5": 1.5, "2": 2}
_TRUE, _FALSE = {"1", "true", "yes", "on"}, {"0", "false", "no", "off"}
# A device path or a Windows COM port; nothing else may reach the file system.
_PORT = re.compile(r"(/dev/[A-Za-z0-9_.+-]+(/[A-Za-z0-9_.+-]+)*|COM[0-9]{1,3})\Z")


@dataclass(frozen=True)
class SerialSettings:
    """How the printer's serial port is set up (its self-test printout shows these)."""

    port: str
    baudrate: int = 9600
    bytesize: int = 8
    parity: str = "N"
    stopbits: float = 1
    rtscts: bool = False
    xonxoff: bool = False

    def __post_init__(self) -> None:
        if not 50 <= self.baudrate <= 4_000_000:
            raise ValueError(f"serial speed {self.baudrate} is not a baud rate (50-4000000)")
        if self.bytesize not in (5, 6, 7, 8):
            raise ValueError(f"serial data bits must be 5, 6, 7 or 8, not {self.bytesize}")
        if self.parity not in _PARITIES:
            raise ValueError(f"serial parity must be N, E, O, M or S, not {self.parity!r}")
        if self.stopbits not in (1, 1.5, 2):
            raise ValueError(f"serial stop bits must be 1, 1.5 or 2, not {self.stopbits}")


def serial_settings_from_uri(uri: str) -> SerialSettings:
    """`serial:///dev/ttyUSB0?baud=9600&parity=N&bytesize=8&stopbits=1&rtscts=0&xonxoff=0`
    (or `serial://COM3?...` on Windows)."""
    parsed = urllib.parse.urlsplit(uri.strip())
    if parsed.scheme.lower() != "serial" or parsed.fragment:
        raise ValueError(f"not a serial printer address: {uri!r}")
    port = parsed.netloc or urllib.parse.unquote(parsed.path)
    if parsed.netloc and parsed.path not in ("", "/"):
        raise ValueError(f"serial printer address {uri!r}: put the port after serial:// (serial:///dev/ttyUSB0)")
    if not _PORT.match(port) or ".." in port.split("/"):
        raise ValueError(f"serial port {port!r} must be a device such as /dev/ttyUSB0 or COM3")
    try:
        query = urllib.parse.parse_qs(parsed.query, keep_blank_values=True, strict_parsing=bool(parsed.query))
    except ValueError:
        raise ValueError(f"serial printer address {uri!r} has a malformed option list") from None
    options: dict[str, str] = {}
    for key, values in query.items():
        if len(values) != 1:
            raise ValueError(f"serial option {key!r} is given more than once in {uri!r}")
        options[key.lower()] = values[0].strip()
    known = {"baud", "bytesize", "parity", "stopbits", "rtscts", "xonxoff"}
    if unknown := sorted(set(options) - known):
        raise ValueError(f"unknown serial option(s) {', '.join(unknown)}; use {', '.join(sorted(known))}")

    def number(key: str, default: int) -> int:
        text = options.get(key, str(default))
        if not text.isdigit():
            raise ValueError(f"serial option {key}={text!r} must be a whole number")
        return int(text)

    def flag(key: str) -> bool:
        text = options.get(key, "0").lower()
        if text not in _TRUE | _FALSE:
            raise ValueError(f"serial option {key}={text!r} must be 0 or 1")
        return text in _TRUE

    stopbits = options.get("stopbits", "1")
    if stopbits not in _STOPBITS:
        raise ValueError(f"serial stop bits must be 1, 1.5 or 2, not {stopbits!r}")
    return SerialSettings(
        port=port,
        baudrate=number("baud", 9600),
        bytesize=number("bytesize", 8),
        parity=options.get("parity", "N").upper(),
        stopbits=_STOPBITS[stopbits],
        rtscts=flag("rtscts"),
        xonxoff=flag("xonxoff"),
    )


class SerialTransport:
    """A printer on a serial port; two-way, so it can answer status queries.

    `port` may also be a pyserial URL (`loop://`, `socket://...`) when code,
    not settings, builds the transport.
    """

    def __init__(self, settings: SerialSettings | str, *, timeout: float = 10.0, **options: object) -> None:
        self.settings = settings if isinstance(settings, SerialSettings) else SerialSettings(settings, **options)  # type: ignore[arg-type]
        self.timeout = timeout

    def __repr__(self) -> str:
        s = self.settings
        return f"SerialTransport({s.port!r}, {s.baudrate} {s.bytesize}{s.parity}{s.stopbits:g})"

    @property
    def _where(self) -> str:
        return self.settings.port

    def _open(self) -> serial.SerialBase:
        import serial

        s = self.settings
        try:
            port = serial.serial_for_url(
                s.port,
                baudrate=s.baudrate,
                bytesize=s.bytesize,
                parity=s.parity,
                stopbits=s.stopbits,
                rtscts=s.rtscts,
                xonxoff=s.xonxoff,
                timeout=_QUIET_S,
                write_timeout=self.timeout,
                do_not_open=True,
            )
            port.open()
        except (serial.SerialException, OSError, ValueError) as exc:
            raise PrinterOffline(
                f"Could not open the serial printer port {self._where} ({_reason(exc)}). Check the "
                "cable, that the printer is on and that no other program uses the port, then print again."
            ) from None
        return port

    def _write(self, port: serial.SerialBase, data: bytes, name: str) -> None:
        import serial

        view = memoryview(data)
        try:
            for start in range(0, len(view), _CHUNK):
                port.write(view[start : start + _CHUNK])
            port.flush()
        except serial.SerialTimeoutException:
            raise PrinterConnectionLost(
                f"The serial printer on {self._where} stopped taking data while label {name} was being "
                f"sent (nothing for {self.timeout:g} s); it may be out of paper or paused, and part of the "
                "label may have printed. Check the printer, then print again."
            ) from None
        except (serial.SerialException, OSError) as exc:
            raise PrinterConnectionLost(
                f"The serial printer on {self._where} was disconnected while label {name} was being sent "
                f"({_reason(exc)}); part of it may have printed. Check the cable, then print again."
            ) from None

    def send(self, data: bytes, *, name: str) -> None:
        port = self._open()
        try:
            self._write(port, data, name)
        finally:
            port.close()
        log.info("sent %s (%d bytes) to %s", name, len(data), self._where)

    def query(self, data: bytes, *, timeout: float, complete: Completion | None = None) -> bytes:
        import serial

        port = self._open()
        try:
            port.reset_input_buffer()
            self._write(port, data, "status query")
            answer = bytearray()
            deadline = time.monotonic() + timeout
            while (left := deadline - time.monotonic()) > 0:
                port.timeout = min(left, _QUIET_S) if answer else min(left, 0.5)
                try:
                    chunk = port.read(1)  # returns as soon as the printer starts answering
                    if chunk and port.in_waiting:
                        chunk += port.read(port.in_waiting)
                except (serial.SerialException, OSError) as exc:
                    raise PrinterConnectionLost(
                        f"The serial printer on {self._where} was disconnected while answering ({_reason(exc)})."
                    ) from None
                if chunk:
                    answer += chunk
                    if complete is not None and complete(bytes(answer)):
                        break  # the whole answer is in: no need to wait for silence
                elif answer:
                    break
            return bytes(answer)
        finally:
            port.close()


def _reason(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
