"""USB, serial, CUPS and Windows transports, status over real stand-ins, and discovery."""

from __future__ import annotations

import os
import pathlib
import stat
import sys
import time

import pytest

from printers.discovery import (
    DiscoveredPrinter,
    discover_all,
    discover_cups,
    discover_serial,
    discover_usb,
    discover_usblp,
)
from printers.errors import PrinterConnectionLost, PrinterError, PrinterOffline
from printers.serial_port import (
    SerialSettings,
    SerialTransport,
    serial_settings_from_uri,
)
from printers.spooler import CupsTransport, WindowsSpoolerTransport
from printers.status import check_status
from printers.transports import TcpTransport, TwoWay, transport_from_uri
from printers.usb import UsbLpTransport, UsbTransport
from tests.fakes.printers import FakeSerialPrinter, FakeTcpPrinter

LABEL = b"^XA^FO20,20^A0N,40,40^FDP-%d^FS^XZ"


def label(n: int) -> bytes:
    return LABEL % n


# -- the fake network printer and ~HS -----------------------------------------


@pytest.mark.parametrize("state", ["ready", "paper_out", "head_open", "paused", "ribbon_out"])
def test_network_printer_status_is_read_from_its_host_status_answer(state: str) -> None:
    with FakeTcpPrinter(state) as printer:
        status = check_status(transport_from_uri(printer.uri), "zpl", timeout=2)
    assert status.state == state
    assert printer.status_queries == 1 and printer.jobs == []


def test_network_printer_that_stays_silent_is_offline_not_ready() -> None:
    with FakeTcpPrinter(silent=True) as printer:
        started = time.monotonic()
        status = check_status(TcpTransport(printer.host, printer.port), "zpl", timeout=0.5)
    assert status.state == "offline" and "not answering" in status.message
    assert time.monotonic() - started < 2


def test_switched_off_network_printer_status_is_offline() -> None:
    with FakeTcpPrinter() as printer:
        port = printer.port
    status = check_status(TcpTransport("127.0.0.1", port, timeout=1), "zpl", timeout=1)
    assert status.state == "offline" and f"127.0.0.1:{port}" in status.message


def test_fake_printer_runs_out_of_paper_after_n_labels() -> None:
    with FakeTcpPrinter(paper_out_after=3) as printer:
        transport = TcpTransport(printer.host, printer.port)
        states = []
        for n in range(1, 6):
            transport.send(label(n), name=f"P-{n}")
            states.append(check_status(transport, "zpl", timeout=2).state)
    assert states == ["ready", "ready", "paper_out", "paper_out", "paper_out"]
    assert printer.printed == [label(n) for n in (1, 2, 3)]
    assert printer.unprinted == [label(4), label(5)]


def test_fake_printer_counts_every_label_of_a_multi_label_job() -> None:
    with FakeTcpPrinter(paper_out_after=2) as printer:
        TcpTransport(printer.host, printer.port).send(label(1) + b"\r\n" + label(2) + label(3), name="batch")
    assert printer.printed == [label(1), label(2)] and printer.unprinted == [label(3)]


def test_fake_printer_drops_the_connection_at_the_nth_job() -> None:
    with FakeTcpPrinter(drop_at_job=2) as printer:
        transport = TcpTransport(printer.host, printer.port)
        transport.send(label(1), name="P-1")
        with pytest.raises(PrinterError) as err:
            transport.send(label(2) * 2000, name="P-2")
        transport.send(label(3), name="P-3")
    assert isinstance(err.value, PrinterConnectionLost) and "P-2" in str(err.value)
    assert printer.jobs == [label(1), label(3)]
    assert printer.dropped_jobs and label(2).startswith(printer.dropped_jobs[0][:10])


# -- serial -------------------------------------------------------------------


def test_serial_printer_receives_every_byte() -> None:
    job = bytes(range(256)) * 40 + b"\x1b@Hello\n\x1dV\x42\x00"
    with FakeSerialPrinter() as printer:
        SerialTransport(printer.port, baudrate=115200).send(job, name="SLIP-1")
        deadline = time.monotonic() + 5
        while len(printer.received) < len(job) and time.monotonic() < deadline:
            time.sleep(0.02)
    assert printer.data == job


@pytest.mark.parametrize(
    ("state", "expected"), [("ready", "ready"), ("paper_out", "paper_out"), ("cover_open", "head_open")]
)
def test_serial_printer_status_from_dle_eot(state: str, expected: str) -> None:
    with FakeSerialPrinter(state) as printer:
        transport = transport_from_uri(printer.uri)
        assert isinstance(transport, TwoWay)
        status = check_status(transport, "escpos", timeout=1)
    assert status.state == expected
    assert printer.queries == [1, 2, 3, 4]


def test_serial_printer_that_never_answers_is_offline() -> None:
    with FakeSerialPrinter(silent=True) as printer:
        status = check_status(SerialTransport(printer.port), "escpos", timeout=0.3)
    assert status.state == "offline"


def test_missing_serial_port_is_offline(tmp_path: pathlib.Path) -> None:
    with pytest.raises(PrinterOffline, match="Could not open the serial printer port /dev/ttyNOPE9"):
        SerialTransport("/dev/ttyNOPE9").send(b"x", name="P-1")


def test_serial_addresses() -> None:
    s = serial_settings_from_uri("serial:///dev/ttyUSB0?baud=19200&parity=e&bytesize=7&stopbits=2&rtscts=1")
    assert s == SerialSettings("/dev/ttyUSB0", 19200, 7, "E", 2, rtscts=True, xonxoff=False)
    assert serial_settings_from_uri("serial:///dev/ttyACM1") == SerialSettings("/dev/ttyACM1")
    assert serial_settings_from_uri("serial://COM3?baud=38400&xonxoff=true").port == "COM3"
    assert serial_settings_from_uri("serial:///dev/serial/by-id/usb-Zebra_ZD420-if00?stopbits=1.5").stopbits == 1.5


@pytest.mark.parametrize(
    "uri",
    [
        "serial:///dev/ttyUSB0?baud=fast",
        "serial:///dev/ttyUSB0?parity=X",
        "serial:///dev/ttyUSB0?bytesize=9",
        "serial:///dev/ttyUSB0?stopbits=3",
        "serial:///dev/ttyUSB0?speed=9600",
        "serial:///dev/ttyUSB0?baud=9600&baud=19200",
        "serial:///dev/../etc/passwd",
        "serial:///etc/passwd",
        "serial://",
        "serial:///dev/tty USB0",
        "serial://COM3/x",
    ],
)
def test_bad_serial_addresses_are_refused(uri: str) -> None:
    with pytest.raises(ValueError, match="unsupported printer address"):
        transport_from_uri(uri)


# -- CUPS -----------------------------------------------------------------------


@pytest.fixture
def fake_lp(tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> pathlib.Path:
    """An `lp` first in PATH that records its argv and stdin, like CUPS accepting a job."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    script = bin_dir / "lp"
    script.write_text(
        "#!/bin/sh\n"
        f'out="{tmp_path}"\n'
        'for a in "$@"; do printf "%s\\n" "$a"; done > "$out/argv"\n'
        'cat > "$out/stdin"\n'
        'if [ "$2" = "Missing" ]; then echo "lp: The printer or class does not exist." >&2; exit 1; fi\n'
        'echo "request id is $2-42 (0 file(s))"\n'
    )
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    return tmp_path


def test_cups_queue_gets_the_job_raw_and_intact(fake_lp: pathlib.Path) -> None:
    job = bytes(range(256)) * 100 + label(1)
    transport_from_uri("cups://Zebra_ZP450.bench-1").send(job, name="P-2026-1 ; rm -rf /")
    argv = (fake_lp / "argv").read_text().splitlines()
    assert argv == ["-d", "Zebra_ZP450.bench-1", "-o", "raw", "-t", "P-2026-1 _ rm -rf _"]
    assert (fake_lp / "stdin").read_bytes() == job


@pytest.mark.parametrize("queue", [";rm -rf /", "a b", "-dother", "q$(id)", "q`id`", "", "../x", "q\nx"])
def test_cups_queue_names_that_could_be_commands_are_refused_before_anything_runs(
    fake_lp: pathlib.Path, queue: str
) -> None:
    with pytest.raises(ValueError):
        CupsTransport(queue)
    with pytest.raises(ValueError, match="unsupported printer address"):
        transport_from_uri(f"cups://{queue}").send(label(1), name="P-1")
    assert not (fake_lp / "argv").exists()


def test_cups_refusal_is_reported_with_the_reason(fake_lp: pathlib.Path) -> None:
    with pytest.raises(PrinterOffline, match="The print queue Missing did not take label P-1 .*does not exist"):
        CupsTransport("Missing").send(label(1), name="P-1")


def test_no_cups_on_this_computer_is_reported(tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(PrinterOffline, match="CUPS"):
        CupsTransport("Zebra").send(label(1), name="P-1")
    assert discover_cups() == []


def test_cups_discovery_lists_queues_with_their_device(tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lpstat = tmp_path / "lpstat"
    lpstat.write_text(
        "#!/bin/sh\n"
        'if [ "$1" = "-e" ]; then printf "Zebra_ZP450\\nTSC;evil\\nLaser\\n"; exit 0; fi\n'
        'printf "device for Zebra_ZP450: usb://Zebra%%20Technologies/ZTC%%20ZP%%20450?serial=123\\n'
        'device for Laser: ipp://alice:secret@10.0.0.9/ipp/print\\n"\n'
    )
    lpstat.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path))
    assert discover_cups() == [
        DiscoveredPrinter(
            "cups://Zebra_ZP450", "CUPS queue Zebra_ZP450 → usb://Zebra%20Technologies/ZTC%20ZP%20450?serial=123"
        ),
        DiscoveredPrinter("cups://Laser", "CUPS queue Laser → ipp://10.0.0.9/ipp/print"),
    ]


# -- USB ------------------------------------------------------------------------


def test_usblp_writes_the_job_to_the_device_file(tmp_path: pathlib.Path) -> None:
    device = tmp_path / "lp0"
    device.write_bytes(b"")
    printer = UsbLpTransport(device)
    printer.send(label(1), name="P-1")
    printer.send(label(2), name="P-2")
    assert device.read_bytes() == label(1) + label(2)


def test_unplugged_usblp_printer_is_offline(tmp_path: pathlib.Path) -> None:
    with pytest.raises(PrinterOffline, match="No USB printer at .*lp7"):
        UsbLpTransport(tmp_path / "lp7").send(label(1), name="P-1")
    assert not (tmp_path / "lp7").exists()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write anywhere")
def test_usblp_without_permission_says_how_to_fix_it(tmp_path: pathlib.Path) -> None:
    device = tmp_path / "lp0"
    device.write_bytes(b"")
    device.chmod(0o400)
    with pytest.raises(PrinterOffline, match="'lp' group"):
        UsbLpTransport(device).send(label(1), name="P-1")


@pytest.mark.parametrize(
    "uri", ["usblp:///etc/passwd", "usblp:///dev/usb/lp0/../../sda", "usblp://host/dev/usb/lp0", "usblp:///dev/usb/lpX"]
)
def test_usblp_address_must_be_a_printer_device(uri: str) -> None:
    with pytest.raises(ValueError, match="unsupported printer address"):
        transport_from_uri(uri)


def test_usb_addresses() -> None:
    usb = transport_from_uri("usb://0a5f:0181/ZBR4512345")
    assert isinstance(usb, UsbTransport) and (usb.vendor_id, usb.product_id, usb.serial) == (
        0x0A5F,
        0x0181,
        "ZBR4512345",
    )
    assert transport_from_uri("usb://1203:0230").serial is None  # type: ignore[attr-defined]
    lp = transport_from_uri("usblp:///dev/usb/lp0")
    assert isinstance(lp, UsbLpTransport) and lp.path == pathlib.Path("/dev/usb/lp0")
    for bad in ("usb://0A5F", "usb://0A5F:01810", "usb://0A5F:0181/a b", "usb://0A5F:0181/x?y=1", "usb://zebra"):
        with pytest.raises(ValueError, match="usb://VID:PID"):
            transport_from_uri(bad)


def test_usb_printer_absent_is_offline() -> None:
    # Without libusb this says to install it; with libusb, that the printer is not connected.
    with pytest.raises(PrinterOffline, match="libusb|not connected"):
        UsbTransport(0x0A5F, 0xFFFE, "NO-SUCH").send(label(1), name="P-1")


# -- Windows spooler ------------------------------------------------------------


def test_windows_printer_queue_on_another_system_says_windows_only() -> None:
    transport = transport_from_uri("winspool://ZDesigner GK420d (Copy 1)")
    assert isinstance(transport, WindowsSpoolerTransport) and transport.printer == "ZDesigner GK420d (Copy 1)"
    if sys.platform != "win32":
        with pytest.raises(PrinterOffline, match="only on Windows"):
            transport.send(label(1), name="P-1")
    for bad in ("winspool://", "winspool://a\nb", "winspool:// padded"):
        with pytest.raises(ValueError, match="unsupported printer address"):
            transport_from_uri(bad)


def test_unsupported_address_lists_every_accepted_form() -> None:
    with pytest.raises(ValueError) as err:
        transport_from_uri("lpd://host/queue")
    for form in (
        "tcp://HOST:PORT",
        "folder:///PATH",
        "usb://VID:PID[/SERIAL]",
        "usblp:///dev/usb/lp",
        "serial:///dev/ttyUSB0?baud=",
        "cups://QUEUE",
        "winspool://PRINTER NAME",
    ):
        assert form in str(err.value)


# -- discovery ------------------------------------------------------------------


def test_discovery_on_this_machine_returns_lists_without_raising() -> None:
    for found in (discover_usb(), discover_usblp(), discover_cups(), discover_serial(), discover_all()):
        assert isinstance(found, list)
        for printer in found:
            transport_from_uri(printer.uri)  # every discovered address is usable as-is


def test_usblp_discovery_lists_device_files(tmp_path: pathlib.Path) -> None:
    assert discover_usblp(str(tmp_path / "lp*")) == []  # only real /dev/usb/lpN paths are offered


# -- USB through pyusb, against a fake USB bus -------------------------------------


def test_usb_printer_receives_the_job_and_answers_status() -> None:
    from tests.fakes.printers import FakeUsbPrinter

    printer = FakeUsbPrinter(status="paper_out")
    transport = UsbTransport(0x0A5F, 0x0181, "ZBR4512345", backend=printer.backend)
    job = os.urandom(100_000) + label(1)
    transport.send(job, name="P-1")
    assert bytes(printer.received) == job and not printer.claimed
    assert check_status(transport, "zpl", timeout=1).state == "paper_out"


def test_usb_printer_with_another_serial_is_not_used() -> None:
    from tests.fakes.printers import FakeUsbPrinter

    printer = FakeUsbPrinter()
    with pytest.raises(PrinterOffline, match="USB printer 0A5F:0181 \\(serial OTHER\\) is not connected"):
        UsbTransport(0x0A5F, 0x0181, "OTHER", backend=printer.backend).send(label(1), name="P-1")
    assert printer.received == b""


def test_usb_cable_pulled_mid_job_is_connection_lost() -> None:
    from tests.fakes.printers import FakeUsbPrinter

    printer = FakeUsbPrinter(unplug_after=20_000)
    with pytest.raises(PrinterConnectionLost, match="disconnected while label P-9 .*may have printed"):
        UsbTransport(0x0A5F, 0x0181, backend=printer.backend).send(b"x" * 50_000, name="P-9")
    assert len(printer.received) == 20_000


def test_usb_printer_held_by_another_program_is_offline() -> None:
    from tests.fakes.printers import FakeUsbPrinter

    printer = FakeUsbPrinter(busy=True)
    with pytest.raises(PrinterOffline, match="in use by another program"):
        UsbTransport(0x0A5F, 0x0181, backend=printer.backend).send(label(1), name="P-1")


def test_usb_discovery_names_the_printer() -> None:
    from tests.fakes.printers import FakeUsbPrinter

    found = discover_usb(backend=FakeUsbPrinter().backend)
    assert found == [
        DiscoveredPrinter("usb://0A5F:0181/ZBR4512345", "Zebra Technologies ZTC ZD420-203dpi ZPL (USB 0A5F:0181)")
    ]
    assert isinstance(transport_from_uri(found[0].uri), UsbTransport)
