"""Serial scanners and scales against real stand-ins: a pty pair and pyserial's loop://.

The scanner side is the pty master (we write what a scanner would send); the station
opens the slave by its name, as it would open /dev/ttyUSB0.
"""

from __future__ import annotations

import os
import queue
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from scanners.scale import ScaleError, SerialScale
from scanners.serial_source import CONNECTED, DISCONNECTED, SerialScanner

pytestmark = pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs ptys")


class Pty:
    """A pty pair whose master plays the device."""

    def __init__(self) -> None:
        self.master, self.slave = os.openpty()
        self.name = os.ttyname(self.slave)

    def write(self, data: bytes) -> None:
        os.write(self.master, data)

    def close(self) -> None:
        for fd in (self.slave, self.master):
            try:
                os.close(fd)
            except OSError:
                pass


@pytest.fixture
def pty() -> Iterator[Pty]:
    p = Pty()
    yield p
    p.close()


class Recorder:
    def __init__(self) -> None:
        self.scans: queue.Queue[str] = queue.Queue()
        self.statuses: queue.Queue[str] = queue.Queue()
        self.raw: list[bytes] = []

    def next_scan(self, timeout: float = 2.0) -> str:
        return self.scans.get(timeout=timeout)

    def wait_status(self, status: str, timeout: float = 3.0) -> None:
        deadline = time.monotonic() + timeout
        seen = []
        while time.monotonic() < deadline:
            try:
                got = self.statuses.get(timeout=0.05)
            except queue.Empty:
                continue
            seen.append(got)
            if got == status:
                return
        raise AssertionError(f"status {status!r} never came; saw {seen}")


def scanner_for(url: str, rec: Recorder, **kwargs: object) -> SerialScanner:
    return SerialScanner(
        url,
        on_scan=rec.scans.put,
        on_status=rec.statuses.put,
        on_raw=rec.raw.append,
        **kwargs,  # type: ignore[arg-type]
    )


def test_pty_scanner_frames_with_every_terminator_even_split_across_reads(pty: Pty) -> None:
    rec = Recorder()
    scanner = scanner_for(pty.name, rec)
    scanner.start()
    try:
        rec.wait_status(CONNECTED)
        pty.write(b"RF770947603CN\r")
        pty.write(b"P00000042\n")
        pty.write(b"1Z999AA10123456784\r\n")
        pty.write(b"\x02JJD0099999999\x03")
        for piece in (b"9400111899", b"2231000", b"00000\r"):
            pty.write(piece)
            time.sleep(0.02)
        pty.write("&é\"'(\r".encode())
        got = [rec.next_scan() for _ in range(6)]
    finally:
        scanner.stop()
    assert got == [
        "RF770947603CN",
        "P00000042",
        "1Z999AA10123456784",
        "JJD0099999999",
        "9400111899223100000000",
        "&é\"'(",
    ]
    assert b"".join(rec.raw).startswith(b"RF770947603CN\r")


def test_pty_scanner_without_terminator_ends_each_code_on_a_quiet_line(pty: Pty) -> None:
    """A scanner set up with no suffix: two scans a moment apart stay two codes."""
    rec = Recorder()
    scanner = scanner_for(pty.name, rec, frame_timeout=0.1)
    scanner.start()
    try:
        rec.wait_status(CONNECTED)
        for piece in (b"\x02RF7709", b"47603CN"):  # one code split across two writes
            pty.write(piece)
            time.sleep(0.01)
        assert rec.next_scan() == "RF770947603CN"
        time.sleep(0.05)  # the packer scans the next parcel soon after
        pty.write(b"P00000042")
        assert rec.next_scan() == "P00000042"
        pty.write(b"1Z999AA10123456784\r")  # a terminator still ends a code at once
        started = time.monotonic()
        assert rec.next_scan() == "1Z999AA10123456784"
        assert time.monotonic() - started < 0.09
    finally:
        scanner.stop()
    assert rec.scans.empty()


def test_frame_timeout_none_waits_for_the_terminator(pty: Pty) -> None:
    rec = Recorder()
    scanner = scanner_for(pty.name, rec, frame_timeout=None)
    scanner.start()
    try:
        rec.wait_status(CONNECTED)
        pty.write(b"RF7709")
        time.sleep(0.3)
        pty.write(b"47603CN\r")
        assert rec.next_scan() == "RF770947603CN"
    finally:
        scanner.stop()


def test_loop_url_scanner() -> None:
    rec = Recorder()
    scanner = scanner_for("loop://", rec)
    scanner.start()
    try:
        rec.wait_status(CONNECTED)
        port = scanner.port
        assert port is not None
        port.write(b"3318810025\r\nYT2229521272164446\x03")  # type: ignore[attr-defined]
        assert [rec.next_scan(), rec.next_scan()] == ["3318810025", "YT2229521272164446"]
    finally:
        scanner.stop()


def test_stop_returns_within_a_second_and_callbacks_cannot_kill_the_reader(pty: Pty) -> None:
    rec = Recorder()

    def explode(code: str) -> None:
        rec.scans.put(code)
        raise RuntimeError("a bug in the app's callback")

    scanner = SerialScanner(pty.name, on_scan=explode, on_status=rec.statuses.put)
    scanner.start()
    rec.wait_status(CONNECTED)
    pty.write(b"AAAA\rBBBB\r")
    assert [rec.next_scan(), rec.next_scan()] == ["AAAA", "BBBB"]
    started = time.monotonic()
    scanner.stop()
    assert time.monotonic() - started < 1.0


def test_a_missing_port_reports_waiting_and_never_raises(tmp_path: Path) -> None:
    rec = Recorder()
    scanner = scanner_for(str(tmp_path / "ttyUSB9"), rec, reconnect_interval=0.05)
    scanner.start()  # must not raise in the caller's thread
    try:
        rec.wait_status(DISCONNECTED)
    finally:
        scanner.stop()


def test_unplug_and_replug(tmp_path: Path) -> None:
    link = tmp_path / "ttyScanner"
    first = Pty()
    link.symlink_to(first.name)
    rec = Recorder()
    scanner = scanner_for(str(link), rec, reconnect_interval=0.05)
    scanner.start()
    second: Pty | None = None
    try:
        rec.wait_status(CONNECTED)
        first.write(b"RF770947603CN\r")
        assert rec.next_scan() == "RF770947603CN"

        first.close()  # unplugged
        link.unlink()
        rec.wait_status(DISCONNECTED)

        second = Pty()  # plugged back in, as a new device node
        link.symlink_to(second.name)
        rec.wait_status(CONNECTED)
        second.write(b"P00000042\r")
        assert rec.next_scan() == "P00000042"
    finally:
        scanner.stop()
        first.close()
        if second is not None:
            second.close()


# --- scales ----------------------------------------------------------------------------


def answer_mt_sics(pty: Pty, answers: list[bytes], stop: threading.Event) -> threading.Thread:
    """A scale: read ``S\\r\\n`` commands from the master, reply with the next answer."""

    def run() -> None:
        buffer = b""
        pending = list(answers)
        while not stop.is_set() and pending:
            try:
                import select

                ready, _, _ = select.select([pty.master], [], [], 0.05)
                if not ready:
                    continue
                buffer += os.read(pty.master, 64)
            except OSError:
                return
            while b"\r\n" in buffer:
                command, buffer = buffer.split(b"\r\n", 1)
                if command == b"S" and pending:
                    os.write(pty.master, pending.pop(0))

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


def raw_pty_slave(pty: Pty) -> None:
    """Turn off echo on the pty so the scale does not read back its own replies."""
    import termios
    import tty

    tty.setraw(pty.slave, termios.TCSANOW)


def test_mt_sics_scale_through_a_pty(pty: Pty) -> None:
    raw_pty_slave(pty)
    stop = threading.Event()
    answer_mt_sics(pty, [b"S I\r\n", b"S D      1.230 kg\r\n", b"S S      1.234 kg\r\n"], stop)
    scale = SerialScale(pty.name, protocol="mt-sics")
    try:
        reading = scale.read_stable(timeout=3.0)
    finally:
        stop.set()
        scale.close()
    assert reading.stable and str(reading.grams) == "1234.000"
    assert reading.raw == "S S      1.234 kg"


def test_mt_sics_overload_is_a_clear_error(pty: Pty) -> None:
    raw_pty_slave(pty)
    stop = threading.Event()
    answer_mt_sics(pty, [b"S +\r\n"] * 50, stop)
    scale = SerialScale(pty.name)
    try:
        with pytest.raises(ScaleError, match="overloaded"):
            scale.read_stable(timeout=0.5)
    finally:
        stop.set()
        scale.close()


def test_silent_scale_times_out_with_a_clear_message(pty: Pty) -> None:
    scale = SerialScale(pty.name)
    try:
        with pytest.raises(ScaleError, match="did not answer within 0.3 s"):
            scale.read_stable(timeout=0.3)
    finally:
        scale.close()


def test_continuous_scale_waits_for_a_stable_frame() -> None:
    scale = SerialScale("loop://", protocol="continuous")
    port = scale._open()  # the loop port is the scale's own line

    def feed() -> None:
        time.sleep(0.1)  # after read_stable has flushed the input
        port.write(b"US,GS,+  1.100kg\r\nUS,GS,+  1.180kg\r\nST,NT,+  1.200kg\r\n")

    threading.Thread(target=feed, daemon=True).start()
    try:
        reading = scale.read_stable(timeout=2.0)
    finally:
        scale.close()
    assert reading.stable and reading.net
    assert str(reading.grams) == "1200.000"


def test_unopenable_scale_port_is_a_scale_error(tmp_path: Path) -> None:
    with pytest.raises(ScaleError, match="cannot be read"):
        SerialScale(str(tmp_path / "nope")).read_stable(timeout=0.2)
