"""Serial (RS-232 / USB-CDC) barcode scanners, read on a thread that survives unplugging.

The scanner sends each code followed by a terminator (CR, LF, CRLF or ETX, sometimes
an STX in front). Some are set up with no terminator at all: then a code ends when the
line stays quiet for ``frame_timeout`` (a scanner sends a code's bytes back to back),
so two codes never glue together into one. A packer unplugs and replugs scanners all day, so a lost port is not
an error: the reader reports "disconnected — waiting for the scanner", tries the port
again every ``reconnect_interval`` and reports "connected" when it is back. Nothing
here ever raises into the caller's thread; callbacks run on the reader thread (the UI
must hop to its own thread).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable

from scanners.reader import ReaderThread, _ignore

__all__ = [
    "FrameSplitter",
    "SerialScanner",
    "decode_code",
    "CONNECTED",
    "DISCONNECTED",
    "STOPPED",
]

log = logging.getLogger(__name__)

CONNECTED = "connected"
DISCONNECTED = "disconnected — waiting for the scanner"
STOPPED = "stopped"

STX = b"\x02"
_MAX_FRAME = 4096  # a runaway stream without terminators must not grow without bound


def decode_code(frame: bytes) -> str:
    """Scanner bytes as text: UTF-8 when valid, else Latin-1 (every byte is a character)."""
    try:
        return frame.decode("utf-8")
    except UnicodeDecodeError:
        return frame.decode("latin-1")


class FrameSplitter:
    """Turns a byte stream into frames, whatever way the reads split it.

    Any terminator ends a frame; empty frames (the LF of a CRLF) are dropped; a leading
    STX is removed.
    """

    def __init__(self, terminators: Iterable[bytes] = (b"\r", b"\n", b"\x03")) -> None:
        self._terminators = tuple(terminators)
        if not self._terminators or any(len(t) == 0 for t in self._terminators):
            raise ValueError("terminators must be non-empty byte strings")
        self._buffer = b""

    def feed(self, chunk: bytes) -> list[bytes]:
        self._buffer += chunk
        frames: list[bytes] = []
        while True:
            cut = self._earliest_terminator()
            if cut is None:
                break
            at, length = cut
            frame, self._buffer = self._buffer[:at], self._buffer[at + length :]
            frame = frame.lstrip(STX)
            if frame:
                frames.append(frame)
        if len(self._buffer) > _MAX_FRAME:
            log.warning("dropping %d bytes without a terminator", len(self._buffer))
            self._buffer = b""
        return frames

    def flush(self) -> bytes | None:
        """The bytes held without a terminator, as a frame (the line went quiet), or None."""
        frame, self._buffer = self._buffer.lstrip(STX), b""
        return frame or None

    @property
    def pending(self) -> bool:
        return bool(self._buffer)

    def reset(self) -> None:
        self._buffer = b""

    def _earliest_terminator(self) -> tuple[int, int] | None:
        best: tuple[int, int] | None = None
        for t in self._terminators:
            at = self._buffer.find(t)
            if at >= 0 and (best is None or at < best[0] or (at == best[0] and len(t) > best[1])):
                best = (at, len(t))
        return best


class SerialScanner(ReaderThread):
    """A scanner on a serial port (or any pyserial URL, e.g. ``loop://`` in tests)."""

    def __init__(
        self,
        url_or_port: str,
        *,
        baudrate: int = 9600,
        bytesize: int = 8,
        parity: str = "N",
        stopbits: float = 1,
        terminators: tuple[bytes, ...] = (b"\r", b"\n", b"\x03"),
        reconnect_interval: float = 1.0,
        frame_timeout: float | None = 0.1,
        on_scan: Callable[[str], object] = _ignore,
        on_status: Callable[[str], object] = _ignore,
        on_raw: Callable[[bytes], object] = _ignore,
    ) -> None:
        super().__init__(reconnect_interval=reconnect_interval, on_scan=on_scan, on_status=on_status)
        if frame_timeout is not None and frame_timeout <= 0:
            raise ValueError("frame_timeout must be positive (or None to wait for a terminator)")
        self._frame_timeout = frame_timeout
        self.thread_name = f"serial-scanner {url_or_port}"
        self.url = url_or_port
        self._settings = {
            "baudrate": baudrate,
            "bytesize": bytesize,
            "parity": parity,
            "stopbits": stopbits,
        }
        self._splitter = FrameSplitter(terminators)
        self._on_raw = on_raw
        self._port: object | None = None

    @property
    def port(self) -> object | None:
        """The open pyserial port, for tests that write to a ``loop://`` port."""
        return self._port

    def _run(self) -> None:
        try:
            while not self._stop.is_set():
                port = self._open()
                if port is None:
                    self._stop.wait(self._reconnect_interval)
                    continue
                try:
                    self._read(port)
                finally:
                    self._port = None
                    _close_quietly(port)
                if not self._stop.is_set():
                    self._stop.wait(self._reconnect_interval)
        except Exception:  # a bug must not kill the bench silently
            log.exception("serial scanner reader crashed")
            self._report(f"failed: see the log ({self.url})")
            return
        self._report(STOPPED)

    def _open(self) -> object | None:
        import serial

        try:
            port = serial.serial_for_url(self.url, timeout=self._read_timeout(), **self._settings)
        except (serial.SerialException, OSError, ValueError) as exc:
            log.debug("cannot open %s: %s", self.url, exc)
            self._report(DISCONNECTED)
            return None
        self._splitter.reset()
        self._port = port
        self._report(CONNECTED)
        return port

    def _read_timeout(self) -> float:
        """How long one read waits: short enough to notice a quiet line in time."""
        if self._frame_timeout is None:
            return 0.05
        return min(0.05, self._frame_timeout / 4)

    def _read(self, port: object) -> None:
        import serial

        last_byte_at = 0.0
        while not self._stop.is_set():
            try:
                waiting = getattr(port, "in_waiting", 0)
                chunk = port.read(waiting or 1)  # type: ignore[attr-defined]
            except (serial.SerialException, OSError) as exc:
                log.info("scanner %s went away: %s", self.url, exc)
                self._report(DISCONNECTED)
                return
            now = time.monotonic()
            if self._quiet_since(last_byte_at, now):
                self._emit_unterminated()
            if not chunk:
                continue
            last_byte_at = now
            self._call(self._on_raw, chunk)
            for frame in self._splitter.feed(chunk):
                self._call(self._on_scan, decode_code(frame))

    def _quiet_since(self, last_byte_at: float, now: float) -> bool:
        timeout = self._frame_timeout
        return timeout is not None and self._splitter.pending and now - last_byte_at >= timeout

    def _emit_unterminated(self) -> None:
        frame = self._splitter.flush()
        if frame is not None:
            log.debug("code of %d bytes ended by a quiet line, no terminator", len(frame))
            self._call(self._on_scan, decode_code(frame))


def _close_quietly(port: object) -> None:
    try:
        port.close()  # type: ignore[attr-defined]
    except Exception:  # closing a vanished device may fail; nothing to do
        log.debug("closing the port failed", exc_info=True)
