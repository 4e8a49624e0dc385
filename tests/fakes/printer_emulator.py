"""A thermal label printer on a real loopback socket, written from Zebra's and TSC's manuals.

It is deliberately independent of `printers/`: it is the stand-in the device code is
tested against, so it must not share that code's assumptions.

What it models, because each one breaks a naive "bytes sent = label printed" program:

- a receive buffer that takes a whole batch at once, and a print engine that prints one
  label per `seconds_per_label` (or label length / inches per second);
- paper-out after `labels_on_roll` labels: the printer sets paper-out and pause, the
  labels stay in the buffer, and print after `load_paper()`;
- `power_cycle()`: connections reset, the buffer and the label on the head are lost, the
  label counter (odometer) persists;
- `reset_after_label=n`: the connection that delivered the n-th whole format is reset
  (RST) right after the printer took it; the label prints anyway;
- `die_at_label=n`: when part of the n-th format has arrived the printer freezes: it
  stops reading, answers nothing, never closes;
- answers: ZPL `~HS`, `~HQOD`, `~HI`, SGD `! U1 getvar "..."`; TSPL `<ESC>!?`, `~!T`,
  `~!I`, `~!@`;
- media calibration: ZPL `~JC`, TSPL `GAPDETECT` / `AUTODETECT` (a line of its own, outside
  a job): recorded in `calibrations`; the printer feeds `calibration_feed` blank labels past
  the sensor (the print meters count the paper, the label counter does not: nothing printed).

`printed` is the ground truth: each label that left the print head, in order, with the
time and the odometer after it. One format (`^XA..^XZ`, or a TSPL job ending in
`PRINT`) is one label; `^PQ` quantities are not modelled. A partial format is dropped
when its connection closes.
"""

from __future__ import annotations

import re
import socket
import struct
import threading
import time
from collections import deque
from dataclasses import dataclass
from typing import Literal, Self

__all__ = ["PrintedLabel", "PrinterEmulator"]

Language = Literal["zpl", "tspl"]


@dataclass(frozen=True)
class PrintedLabel:
    payload: bytes
    at: float  # time.monotonic() when the label left the head
    odometer: int  # total label count including this label


_SGD_GETVAR = re.compile(rb'!\s*U1\s+getvar\s+"([^"]*)"')
_TSPL_PRINT = re.compile(rb"(?:^|\n)\s*PRINT\b[^\n]*\n")
_ZPL_MARKERS = (b"^XA", b"~HS", b"~HQ", b"~HI", b"~JC", b"! U1")
_TSPL_CALIBRATION = re.compile(rb"\s*(GAPDETECT|AUTODETECT)\b[^\n]*\n")
_TSPL_QUERIES = (b"\x1b!?", b"~!T", b"~!I", b"~!@")


class PrinterEmulator:
    """Use as a context manager; `host`, `port` and `uri` say where it listens."""

    def __init__(
        self,
        language: Language = "zpl",
        *,
        seconds_per_label: float = 0.5,
        inches_per_second: float | None = None,
        label_length_in: float = 6.0,
        labels_on_roll: int | None = None,
        odometer: int = 0,
        model: str = "ZD420",
        dpi: int = 203,
        print_width_dots: int = 832,
        languages: str = "hybrid_xml_zpl",
        firmware: str = "V84.20.18Z",
        sgd: bool = True,
        reset_after_label: int | None = None,
        die_at_label: int | None = None,
        calibration_feed: int = 3,
    ) -> None:
        self.language = language
        self.label_length_in = label_length_in
        self.seconds_per_label = label_length_in / inches_per_second if inches_per_second else seconds_per_label
        self.model, self.dpi, self.print_width_dots = model, dpi, print_width_dots
        self.languages, self.firmware, self.sgd = languages, firmware, sgd
        self.reset_after_label = reset_after_label
        self.die_at_label = die_at_label

        self.printed: list[PrintedLabel] = []
        self.received_formats = 0  # whole formats taken into the buffer, ever
        self.queries: list[bytes] = []  # every status/identity query answered, in order
        self.calibrations: list[bytes] = []  # every media calibration command, in order
        self.calibration_feed = calibration_feed
        self.fed_blank = 0  # blank labels fed by calibrations
        self._label_count = odometer
        self._inches = odometer * label_length_in
        self._paper_left = labels_on_roll
        self._queue: deque[bytes] = deque()
        self._printing: bytes | None = None
        self._partial = 0  # connections holding part of a format
        self.paper_out = False
        self.paused = False
        self.head_open = False
        self._powered = True
        self._dead = False
        self._generation = 0
        self._cond = threading.Condition()
        self._stop = threading.Event()
        self._clients: set[socket.socket] = set()
        self._server = socket.create_server(("127.0.0.1", 0))
        self._server.settimeout(0.05)
        self.host, self.port = self._server.getsockname()[:2]
        self._threads = [
            threading.Thread(target=self._accept, name="emulator-accept", daemon=True),
            threading.Thread(target=self._engine, name="emulator-engine", daemon=True),
        ]
        for t in self._threads:
            t.start()

    # -- what a test sees and does ------------------------------------------------

    @property
    def uri(self) -> str:
        return f"tcp://{self.host}:{self.port}"

    @property
    def label_count(self) -> int:
        with self._cond:
            return self._label_count

    @property
    def payloads(self) -> list[bytes]:
        with self._cond:
            return [p.payload for p in self.printed]

    @property
    def formats_in_buffer(self) -> int:
        with self._cond:
            return len(self._queue)

    def wait_printed(self, count: int, timeout: float = 10.0) -> list[PrintedLabel]:
        deadline = time.monotonic() + timeout
        with self._cond:
            while len(self.printed) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"emulator printed {len(self.printed)} labels, expected {count}")
                self._cond.wait(left)
            return list(self.printed)

    def load_paper(self, labels: int | None = None, *, resume: bool = True) -> None:
        """A new roll goes in; pressing Pause (`resume`) lets the buffered labels print."""
        with self._cond:
            self._paper_left = labels
            self.paper_out = False
            if resume:
                self.paused = False
            self._cond.notify_all()

    def set_paused(self, paused: bool) -> None:
        with self._cond:
            self.paused = paused
            self._cond.notify_all()

    def set_head_open(self, open_: bool) -> None:
        with self._cond:
            self.head_open = open_
            self._cond.notify_all()

    def power_cycle(self, off_for: float = 0.1) -> None:
        """Off and on again: buffer and the label on the head are lost, counters kept."""
        with self._cond:
            self._powered = False
            self._generation += 1
            self._queue.clear()
            self._printing = None
            self.paused = False
            clients, self._clients = list(self._clients), set()
            self._cond.notify_all()
        for conn in clients:
            _reset(conn)
        time.sleep(off_for)
        with self._cond:
            self._powered = True
            self._cond.notify_all()

    def close(self) -> None:
        self._stop.set()
        with self._cond:
            self._cond.notify_all()
            clients = list(self._clients)
        for t in self._threads:
            t.join(timeout=5)
        for conn in clients:
            _reset(conn)
        self._server.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the network side ------------------------------------------------------------

    def _accept(self) -> None:
        while not self._stop.is_set():
            with self._cond:
                dead = self._dead
            if dead:  # a frozen printer leaves new connections in the backlog, unanswered
                time.sleep(0.05)
                continue
            try:
                conn, _ = self._server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            conn.settimeout(0.05)
            with self._cond:
                if not self._powered:
                    _reset(conn)
                    continue
                self._clients.add(conn)
                generation = self._generation
            threading.Thread(target=self._serve, args=(conn, generation), name="emulator-conn", daemon=True).start()

    def _serve(self, conn: socket.socket, generation: int) -> None:
        pending = bytearray()
        holding = False
        try:
            while not self._stop.is_set():
                with self._cond:
                    dead, stale = self._dead, self._generation != generation
                if stale:
                    return
                if dead:  # stop reading; the socket stays open until the test ends
                    time.sleep(0.05)
                    continue
                try:
                    chunk = conn.recv(65536)
                except TimeoutError:
                    continue
                except OSError:
                    return
                if not chunk:
                    return
                pending += chunk
                keep_open, partial = self._consume(conn, pending)
                if partial != holding:
                    holding = partial
                    with self._cond:
                        self._partial += 1 if partial else -1
                if not keep_open:
                    return
        finally:
            with self._cond:
                if holding:
                    self._partial -= 1
                self._clients.discard(conn)
            conn.close()

    def _consume(self, conn: socket.socket, pending: bytearray) -> tuple[bool, bool]:
        """Handle every whole command in `pending`; (keep the connection, a format is partial)."""
        if self.language == "tspl":
            return self._consume_tspl(conn, pending)
        while True:
            hits = [(at, m) for m in _ZPL_MARKERS if (at := pending.find(m)) >= 0]
            if not hits:
                del pending[: max(0, len(pending) - 4)]  # keep what may be the start of a marker
                return True, False
            at, marker = min(hits)
            del pending[:at]
            if marker == b"^XA":
                if self._dies_here():
                    return True, True
                end = pending.find(b"^XZ")
                if end < 0:
                    return True, True
                if not self._take_format(conn, bytes(pending[: end + 3])):
                    return False, False
                del pending[: end + 3]
            elif marker == b"~HS":
                self._answer(conn, b"~HS", self._host_status())
                del pending[:3]
            elif marker == b"~JC":
                self._calibrate(b"~JC")
                del pending[:3]
            elif marker == b"~HI":
                self._answer(conn, b"~HI", self._host_identification())
                del pending[:3]
            elif marker == b"~HQ":
                if len(pending) < 5:
                    return True, False
                kind = bytes(pending[3:5])
                if kind == b"OD":
                    self._answer(conn, b"~HQOD", self._odometer_answer())
                del pending[:5]
            else:  # SGD: one line
                end = pending.find(b"\n")
                if end < 0:
                    return True, False
                line = bytes(pending[: end + 1])
                del pending[: end + 1]
                if self.sgd and (m := _SGD_GETVAR.search(line)):
                    self._answer(conn, line.strip(), b'"' + self._getvar(m.group(1).decode("ascii", "replace")) + b'"')

    def _consume_tspl(self, conn: socket.socket, pending: bytearray) -> tuple[bool, bool]:
        for query in _TSPL_QUERIES:  # status polling commands run at once, wherever they are
            while (at := pending.find(query)) >= 0:
                del pending[at : at + len(query)]
                self._answer(conn, query, self._tspl_answer(query))
        while (m := _TSPL_CALIBRATION.match(pending)) is not None:  # immediate, between jobs
            self._calibrate(m.group(1))
            del pending[: m.end()]
        leftover = bytes(pending).strip()
        if leftover and not any(q.startswith(leftover) for q in _TSPL_QUERIES) and self._dies_here():
            return True, True
        while (m := _TSPL_PRINT.search(pending)) is not None:
            job = bytes(pending[: m.end()]).strip()
            del pending[: m.end()]
            if not self._take_format(conn, job):
                return False, False
        leftover = bytes(pending).strip()
        return True, bool(leftover) and not any(q.startswith(leftover) for q in _TSPL_QUERIES)

    def _dies_here(self) -> bool:
        """The n-th format has begun to arrive: a printer set to die freezes with part of it read."""
        with self._cond:
            if self.die_at_label is not None and self.received_formats + 1 == self.die_at_label:
                self._dead = True
                self._cond.notify_all()
            return self._dead

    def _take_format(self, conn: socket.socket, fmt: bytes) -> bool:
        """Put a whole format in the receive buffer; False when the connection was reset."""
        with self._cond:
            self._queue.append(fmt)
            self.received_formats += 1
            reset = self.received_formats == self.reset_after_label
            self._cond.notify_all()
        if reset:
            with self._cond:
                self._clients.discard(conn)
            _reset(conn)
            return False
        return True

    def _calibrate(self, command: bytes) -> None:
        """The sensor learns the media: blank labels go past it; nothing is printed or counted."""
        with self._cond:
            self.calibrations.append(command)
            self.fed_blank += self.calibration_feed
            self._inches += self.calibration_feed * self.label_length_in
            if self._paper_left is not None:
                self._paper_left = max(0, self._paper_left - self.calibration_feed)
            self._cond.notify_all()

    def _answer(self, conn: socket.socket, query: bytes, answer: bytes) -> None:
        with self._cond:
            self.queries.append(query)
        try:
            conn.sendall(answer)
        except OSError:
            pass

    # -- answers, as the manuals give them -----------------------------------------------

    def _host_status(self) -> bytes:
        """`~HS`: three `<STX>...<ETX><CR><LF>` strings (ZPL II Programming Guide)."""
        with self._cond:
            formats = len(self._queue)
            remaining = 1 if self._printing is not None else 0
            partial = 1 if self._partial else 0
            paper_out, pause, head_up = int(self.paper_out), int(self.paused), int(self.head_open)
        length_dots = round(self.label_length_in * self.dpi)
        return (
            f"\x02030,{paper_out},{pause},{length_dots:04d},{formats:03d},0,0,{partial},000,0,0,0\x03\r\n"
            f"\x02001,0,{head_up},0,0,2,4,0,{remaining:08d},1,000\x03\r\n"
            "\x021234,0\x03\r\n"
        ).encode("ascii")

    def _odometer_answer(self) -> bytes:
        """`~HQOD`: the print meters, a distance (inches by default, `^MA` units), not a label count."""
        with self._cond:
            inches = int(self._inches)
        return (
            "\x02\r\nPRINT METERS\r\n"
            f'   TOTAL NONRESETTABLE:{inches:>15} "\r\n'
            f'   USER RESETTABLE CNTR1:{inches:>13} "\r\n'
            f'   USER RESETTABLE CNTR2:{inches:>13} "\r\n'
            "\x03"
        ).encode("ascii")

    def _host_identification(self) -> bytes:
        """`~HI`: `model,software version,dots per mm,memory,options`."""
        dpmm = {203: 8, 300: 12, 600: 24}.get(self.dpi, round(self.dpi / 25.4))
        return f"\x02{self.model},{self.firmware},{dpmm},8192KB\x03\r\n".encode("ascii")

    def _getvar(self, name: str) -> bytes:
        with self._cond:
            count = self._label_count
        values = {
            "odometer.total_label_count": str(count),
            "device.languages": self.languages,
            "head.resolution.in_dpi": str(self.dpi),
            "ezpl.print_width": str(self.print_width_dots),
            "device.product_name": self.model,
        }
        return values.get(name, "?").encode("ascii")

    def _tspl_answer(self, query: bytes) -> bytes:
        with self._cond:
            if query == b"\x1b!?":  # bit 0 head open, 2 paper out, 4 pause, 5 printing
                bits = (self.head_open * 0x01) | (self.paper_out * 0x04) | (self.paused * 0x10)
                bits |= 0x20 if self._printing is not None else 0
                return bytes([bits])
            km = int(self._inches * 0.0254 / 1000)
        if query == b"~!T":
            return f"{self.model}\r".encode("ascii")
        if query == b"~!I":
            return b"8 bit: 437, 001\r"
        return f"{km}\r".encode("ascii")  # ~!@ mileage: whole kilometres

    # -- the print engine ----------------------------------------------------------------

    def _engine(self) -> None:
        while not self._stop.is_set():
            with self._cond:

                def ready():
                    return self._powered and not self._dead and not self.paused and not self.head_open

                while not self._stop.is_set() and not (self._queue and ready()):
                    self._cond.wait(0.1)
                if self._stop.is_set():
                    return
                if self._paper_left is not None and self._paper_left <= 0:
                    self.paper_out = True
                    self.paused = True  # a Zebra pauses itself when media runs out
                    continue
                label = self._queue.popleft()
                self._printing = label
                generation = self._generation
                done_at = time.monotonic() + self.seconds_per_label
                while (left := done_at - time.monotonic()) > 0 and not self._stop.is_set():
                    if self._generation != generation or self._dead:
                        break
                    self._cond.wait(left)
                if self._generation != generation or self._dead or self._stop.is_set():
                    continue  # power lost mid-label: nothing counted
                self._printing = None
                self._label_count += 1
                self._inches += self.label_length_in
                if self._paper_left is not None:
                    self._paper_left -= 1
                self.printed.append(PrintedLabel(label, time.monotonic(), self._label_count))
                self._cond.notify_all()


def _reset(conn: socket.socket) -> None:
    """Close with RST, the way a printer that loses power or drops a link looks to the host."""
    try:
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        conn.close()
    except OSError:
        pass
