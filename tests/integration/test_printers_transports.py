"""Labels reach a real network printer stand-in or a folder intact, and failures say what to do."""

from __future__ import annotations

import os
import pathlib
import socket
import struct
import threading
from collections.abc import Callable, Iterator

import pytest

from printers.errors import PrinterConnectionLost, PrinterError, PrinterOffline
from printers.transports import (
    FolderTransport,
    MemoryTransport,
    TcpTransport,
    transport_from_uri,
)

JOB = b"^XA^FO20,20^A0N,40,40^FDhello^FS^XZ"


class Listener:
    """A one-connection TCP printer stand-in on 127.0.0.1 running `handle` in a thread."""

    def __init__(self, handle: Callable[[socket.socket], bytes]) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.received = b""
        self.thread = threading.Thread(target=self._run, args=(handle,), daemon=True)
        self.thread.start()

    def _run(self, handle: Callable[[socket.socket], bytes]) -> None:
        conn, _ = self.server.accept()
        with conn:
            self.received = handle(conn)

    def close(self) -> None:
        self.thread.join(timeout=5)
        self.server.close()


def _read_all_then_close(conn: socket.socket) -> bytes:
    chunks = []
    while chunk := conn.recv(65536):
        chunks.append(chunk)
    return b"".join(chunks)


def _reset(conn: socket.socket) -> None:
    """Close with RST (SO_LINGER 0), as a printer losing power or rebooting does."""
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


@pytest.fixture
def listener() -> Iterator[Callable[[Callable[[socket.socket], bytes]], Listener]]:
    started: list[Listener] = []

    def start(handle: Callable[[socket.socket], bytes]) -> Listener:
        started.append(Listener(handle))
        return started[-1]

    yield start
    for item in started:
        item.close()


def _closed_port() -> int:
    with socket.create_server(("127.0.0.1", 0)) as s:
        return s.getsockname()[1]


def test_tcp_printer_receives_every_byte_exactly(listener) -> None:
    printer = listener(_read_all_then_close)
    job = os.urandom(3_000_000) + JOB

    TcpTransport("127.0.0.1", printer.port).send(job, name="P-1")
    printer.close()

    assert printer.received == job


def test_printer_that_keeps_the_connection_open_still_counts_as_printed(listener) -> None:
    done = threading.Event()

    def read_and_hold(conn: socket.socket) -> bytes:
        data = conn.recv(65536)
        done.wait(5)
        return data

    printer = listener(read_and_hold)
    TcpTransport("127.0.0.1", printer.port, timeout=0.3).send(JOB, name="P-1")
    done.set()
    printer.close()
    assert printer.received == JOB


def test_switched_off_printer_is_reported_offline() -> None:
    port = _closed_port()
    with pytest.raises(PrinterOffline) as err:
        TcpTransport("127.0.0.1", port, timeout=2).send(JOB, name="P-1")
    assert f"127.0.0.1:{port}" in str(err.value)
    assert "refused" in str(err.value) and "print again" in str(err.value)


def test_unknown_printer_host_is_reported_offline() -> None:
    with pytest.raises(PrinterOffline, match="Cannot reach the printer at no-such-printer.invalid:9100"):
        TcpTransport("no-such-printer.invalid", timeout=2).send(JOB, name="P-1")


@pytest.mark.parametrize("job_size", [len(JOB), 8_000_000])
def test_printer_that_hangs_up_at_once_is_reported(listener, job_size: int) -> None:
    def hang_up(conn: socket.socket) -> bytes:
        _reset(conn)
        return b""

    printer = listener(hang_up)
    with pytest.raises(PrinterError) as err:
        TcpTransport("127.0.0.1", printer.port).send(b"x" * job_size, name="P-7")
    # Offline if the hang-up beat the connect (nothing sent), lost otherwise.
    assert f"127.0.0.1:{printer.port}" in str(err.value) and "print again" in str(err.value)
    if isinstance(err.value, PrinterConnectionLost):
        assert "P-7" in str(err.value) and "may have printed" in str(err.value)


def test_printer_that_resets_mid_job_is_reported(listener) -> None:
    def read_some_then_reset(conn: socket.socket) -> bytes:
        data = conn.recv(65536)
        _reset(conn)
        return data

    printer = listener(read_some_then_reset)
    with pytest.raises(PrinterError) as err:
        TcpTransport("127.0.0.1", printer.port).send(os.urandom(8_000_000), name="P-8")
    assert isinstance(err.value, PrinterConnectionLost)


def test_folder_printer_writes_one_complete_file_per_parcel(tmp_path: pathlib.Path) -> None:
    folder = tmp_path / "spool" / "zebra"
    transport = FolderTransport(folder)

    transport.send(JOB, name="P-2026-000123-1")
    transport.send(b"reprint", name="P-2026-000123-1")
    transport.send(JOB, name="P 2:odd")

    assert sorted(p.name for p in folder.iterdir()) == ["P-2026-000123-1.zpl", "P_2_odd.zpl"]
    assert (folder / "P-2026-000123-1.zpl").read_bytes() == b"reprint"
    assert (folder / "P_2_odd.zpl").read_bytes() == JOB


@pytest.mark.parametrize("name", ["../x", "..", "a/b", "/etc/passwd", "a\\..\\b", "x\x00y", ""])
def test_folder_printer_refuses_names_that_would_leave_the_folder(tmp_path: pathlib.Path, name: str) -> None:
    folder = tmp_path / "spool"
    with pytest.raises(ValueError, match="cannot be used as a file name"):
        FolderTransport(folder).send(JOB, name=name)
    assert sorted(p.name for p in tmp_path.iterdir()) in ([], ["spool"])
    assert not folder.exists() or list(folder.iterdir()) == []


def test_folder_printer_that_cannot_write_says_so(tmp_path: pathlib.Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_bytes(b"")
    with pytest.raises(PrinterError, match="Could not write label P-1 to the folder"):
        FolderTransport(blocker / "labels").send(JOB, name="P-1")


def test_memory_printer_records_jobs_and_can_fail_on_demand() -> None:
    printer = MemoryTransport()
    printer.fail_next(PrinterOffline("Printer is off."))
    with pytest.raises(PrinterOffline):
        printer.send(JOB, name="P-1")
    printer.send(JOB, name="P-1")
    assert printer.jobs == [("P-1", JOB)]


def test_printer_addresses_from_settings(tmp_path: pathlib.Path) -> None:
    tcp = transport_from_uri("tcp://zebra.local:9101")
    assert isinstance(tcp, TcpTransport) and (tcp.host, tcp.port) == ("zebra.local", 9101)
    tcp = transport_from_uri("tcp://10.0.0.5")
    assert isinstance(tcp, TcpTransport) and (tcp.host, tcp.port) == ("10.0.0.5", 9100)
    tcp = transport_from_uri("tcp://[::1]:9100")
    assert isinstance(tcp, TcpTransport) and tcp.host == "::1"

    folder = transport_from_uri(f"folder://{tmp_path}/labels")
    assert isinstance(folder, FolderTransport) and folder.folder == tmp_path / "labels"
    folder = transport_from_uri(str(tmp_path))
    assert isinstance(folder, FolderTransport) and folder.folder == tmp_path
    assert isinstance(transport_from_uri("memory://"), MemoryTransport)


@pytest.mark.parametrize(
    "uri",
    [
        "usb://zebra",
        "lpd://host/queue",
        "10.0.0.5:9100",
        "relative/labels",
        "",
        "tcp://",
        "tcp://host:99999",
        "tcp://host:port",
        "folder://server/share",
        "tcp://host:9100/path",
    ],
)
def test_unsupported_printer_address_explains_the_accepted_forms(uri: str) -> None:
    with pytest.raises(ValueError, match="unsupported printer address .*: use tcp://HOST:PORT or folder:///PATH"):
        transport_from_uri(uri)


def test_a_file_is_not_a_printer_folder(tmp_path: pathlib.Path) -> None:
    existing = tmp_path / "label.zpl"
    existing.write_bytes(b"")
    with pytest.raises(ValueError, match="unsupported printer address"):
        transport_from_uri(str(existing))
