"""Fake printers that behave like the real ones on the wire.

`FakeTcpPrinter` is a raw-TCP (port 9100) Zebra stand-in on 127.0.0.1: it records
every job, prints labels (one per `^XZ`), answers `~HS` like a real printer, and can
drop the connection at the Nth job or run out of paper after N labels.
`FakeSerialPrinter` is an ESC/POS receipt printer behind a pty: it records the bytes
and answers the real-time status queries `DLE EOT n`.
"""

from __future__ import annotations

import os
import select
import socket
import struct
import threading
import time
import tty
from types import TracebackType
from typing import Self

__all__ = ["ESCPOS_ANSWERS", "HS_ANSWERS", "FakeSerialPrinter", "FakeTcpPrinter"]


def _hs(paper_out: int = 0, pause: int = 0, head_up: int = 0, ribbon_out: int = 0, remaining: int = 0) -> bytes:
    """A `~HS` answer as a ZD420 on 203 dpi sends it (9600 8N1, 1245-dot label, tear-off)."""
    return (
        f"\x02030,{paper_out},{pause},1245,000,0,0,0,000,0,0,0\x03\r\n"
        f"\x02000,0,{head_up},{ribbon_out},0,2,4,0,{remaining:08d},1,000\x03\r\n"
        "\x021234,0\x03\r\n"
    ).encode("ascii")


HS_ANSWERS: dict[str, bytes] = {
    "ready": _hs(),
    # A Zebra that runs out of media sets the paper-out flag and pauses itself.
    "paper_out": _hs(paper_out=1, pause=1),
    "head_open": _hs(head_up=1),
    "paused": _hs(pause=1),
    "ribbon_out": _hs(ribbon_out=1, pause=1),
}

# One answer byte per DLE EOT n (n = 1..4), as an Epson TM-T20 sends them.
ESCPOS_ANSWERS: dict[str, dict[int, int]] = {
    "ready": {1: 0x16, 2: 0x12, 3: 0x12, 4: 0x12},
    "paper_out": {1: 0x1E, 2: 0x32, 3: 0x12, 4: 0x7E},
    "cover_open": {1: 0x1E, 2: 0x16, 3: 0x12, 4: 0x12},
    "paper_near_end": {1: 0x16, 2: 0x12, 3: 0x12, 4: 0x1E},
}


class FakeTcpPrinter:
    """A network label printer on 127.0.0.1:<free port>; use as a context manager."""

    def __init__(
        self,
        status: str = "ready",
        *,
        drop_at_job: int | None = None,
        paper_out_after: int | None = None,
        silent: bool = False,
    ) -> None:
        if status not in HS_ANSWERS:
            raise ValueError(f"status must be one of {sorted(HS_ANSWERS)}")
        self.status = status
        self.drop_at_job = drop_at_job
        self.paper_out_after = paper_out_after
        self.silent = silent  # never answers ~HS (a printer in a bad state, or not a Zebra)
        self.jobs: list[bytes] = []  # complete jobs, in arrival order (status queries removed)
        self.dropped_jobs: list[bytes] = []  # what arrived of a job before the fake hung up
        self.printed: list[bytes] = []  # each printed label, `^XA...^XZ`
        self.unprinted: list[bytes] = []  # labels that arrived while out of paper
        self.status_queries = 0
        self._job_count = 0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._server = socket.create_server(("127.0.0.1", 0))
        self._server.settimeout(0.05)
        self.host, self.port = self._server.getsockname()[:2]
        self._thread = threading.Thread(target=self._serve, name="fake-tcp-printer", daemon=True)
        self._thread.start()

    @property
    def uri(self) -> str:
        return f"tcp://{self.host}:{self.port}"

    @property
    def current_status(self) -> str:
        with self._lock:
            if (
                self.paper_out_after is not None
                and len(self.printed) >= self.paper_out_after
                and self.status == "ready"
            ):
                return "paper_out"
            return self.status

    def wait_for(self, count: int, timeout: float = 10.0) -> list[bytes]:
        """The first ``count`` jobs, once they have all arrived."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                if len(self.jobs) >= count:
                    return list(self.jobs)
            time.sleep(0.01)
        raise AssertionError(f"printer received {len(self.jobs)} jobs, expected {count}")

    def load_paper(self) -> None:
        """The packer loads a new roll: labels that arrived while out of paper are discarded."""
        with self._lock:
            self.paper_out_after = None
            self.unprinted.clear()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._server.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the printer ------------------------------------------------------

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with conn:
                self._handle(conn)

    def _handle(self, conn: socket.socket) -> None:
        conn.settimeout(0.05)
        data = bytearray()
        counted = False
        while not self._stop.is_set():
            try:
                chunk = conn.recv(65536)
            except TimeoutError:
                continue
            except OSError:
                break
            if not chunk:
                break
            data += chunk
            while (at := data.find(b"~HS")) >= 0:
                del data[at : at + 3]
                with self._lock:
                    self.status_queries += 1
                if not self.silent:
                    conn.sendall(HS_ANSWERS[self.current_status])
            if data.strip() and not counted:
                counted = True
                self._job_count += 1
                if self._job_count == self.drop_at_job:
                    self.dropped_jobs.append(bytes(data))
                    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    return  # closing now sends RST: the printer lost power
        if data.strip():
            self._print(bytes(data))

    def _print(self, job: bytes) -> None:
        with self._lock:
            self.jobs.append(job)
            start = 0
            while (end := job.find(b"^XZ", start)) >= 0:
                label = job[start : end + 3].strip()
                start = end + 3
                if self.paper_out_after is not None and len(self.printed) >= self.paper_out_after:
                    self.unprinted.append(label)
                else:
                    self.printed.append(label)


class FakeSerialPrinter:
    """An ESC/POS printer on the far end of a pty; `port` is the path to open."""

    def __init__(self, status: str = "ready", *, silent: bool = False) -> None:
        if status not in ESCPOS_ANSWERS:
            raise ValueError(f"status must be one of {sorted(ESCPOS_ANSWERS)}")
        self.status = status
        self.silent = silent
        self.received = bytearray()  # every byte, queries included
        self.queries: list[int] = []  # n of each DLE EOT n answered
        self._master, self._slave = os.openpty()
        tty.setraw(self._slave)
        self.port = os.ttyname(self._slave)
        self._pending = bytearray()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="fake-serial-printer", daemon=True)
        self._thread.start()

    @property
    def uri(self) -> str:
        return f"serial://{self.port}?baud=9600"

    @property
    def data(self) -> bytes:
        """What was printed: everything except the status queries."""
        with self._lock:
            out = bytes(self.received)
        for n in range(1, 5):
            out = out.replace(b"\x10\x04" + bytes([n]), b"")
        return out

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        os.close(self._master)
        os.close(self._slave)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def _serve(self) -> None:
        while not self._stop.is_set():
            ready, _, _ = select.select([self._master], [], [], 0.05)
            if not ready:
                continue
            try:
                chunk = os.read(self._master, 65536)
            except OSError:
                return
            with self._lock:
                self.received += chunk
            self._pending += chunk
            while (at := self._pending.find(b"\x10\x04")) >= 0 and at + 2 < len(self._pending):
                n = self._pending[at + 2]
                del self._pending[: at + 3]
                if 1 <= n <= 4 and not self.silent:
                    self.queries.append(n)
                    os.write(self._master, bytes([ESCPOS_ANSWERS[self.status][n]]))
            if self._pending.find(b"\x10\x04") < 0:
                keep = 1 if self._pending.endswith(b"\x10") else 0
                del self._pending[: len(self._pending) - keep]


class FakeUsbPrinter:
    """A pyusb backend with one Zebra-like USB printer on it: pass `.backend` where pyusb takes one.

    It speaks the same descriptors, string requests and bulk transfers as libusb,
    so `UsbTransport` runs its real code. `unplug_after` bytes simulates a pulled cable.
    """

    def __init__(
        self,
        vendor_id: int = 0x0A5F,
        product_id: int = 0x0181,
        serial: str = "ZBR4512345",
        *,
        status: str = "ready",
        unplug_after: int | None = None,
        busy: bool = False,
    ) -> None:
        import usb.backend

        self.received = bytearray()
        self.status = status
        self.unplug_after = unplug_after
        self.claimed = False
        self._answer = bytearray()
        fake = self
        strings = {1: "Zebra Technologies", 2: "ZTC ZD420-203dpi ZPL", 3: serial}

        class _Desc:
            def __init__(self, **fields: object) -> None:
                self.__dict__.update(fields)

        device = _Desc(
            bLength=18,
            bDescriptorType=1,
            bcdUSB=0x0200,
            bDeviceClass=0,
            bDeviceSubClass=0,
            bDeviceProtocol=0,
            bMaxPacketSize0=64,
            idVendor=vendor_id,
            idProduct=product_id,
            bcdDevice=0x0100,
            iManufacturer=1,
            iProduct=2,
            iSerialNumber=3,
            bNumConfigurations=1,
            address=5,
            bus=1,
            port_number=2,
            port_numbers=(2,),
            speed=3,
        )
        config = _Desc(
            bLength=9,
            bDescriptorType=2,
            wTotalLength=32,
            bNumInterfaces=1,
            bConfigurationValue=1,
            iConfiguration=0,
            bmAttributes=0xC0,
            bMaxPower=1,
            extra_descriptors=[],
        )
        interface = _Desc(
            bLength=9,
            bDescriptorType=4,
            bInterfaceNumber=0,
            bAlternateSetting=0,
            bNumEndpoints=2,
            bInterfaceClass=7,
            bInterfaceSubClass=1,
            bInterfaceProtocol=2,
            iInterface=0,
            extra_descriptors=[],
        )
        endpoints = [
            _Desc(
                bLength=7,
                bDescriptorType=5,
                bEndpointAddress=0x01,
                bmAttributes=2,
                wMaxPacketSize=64,
                bInterval=0,
                bRefresh=0,
                bSynchAddress=0,
                extra_descriptors=[],
            ),
            _Desc(
                bLength=7,
                bDescriptorType=5,
                bEndpointAddress=0x82,
                bmAttributes=2,
                wMaxPacketSize=64,
                bInterval=0,
                bRefresh=0,
                bSynchAddress=0,
                extra_descriptors=[],
            ),
        ]

        class Backend(usb.backend.IBackend):
            def enumerate_devices(self):  # type: ignore[no-untyped-def]
                yield "printer"

            def get_device_descriptor(self, dev):  # type: ignore[no-untyped-def]
                return device

            def get_configuration_descriptor(self, dev, config):  # type: ignore[no-untyped-def]
                return config_desc(config)

            def get_interface_descriptor(self, dev, intf, alt, config):  # type: ignore[no-untyped-def]
                return interface

            def get_endpoint_descriptor(self, dev, ep, intf, alt, config):  # type: ignore[no-untyped-def]
                return endpoints[ep]

            def open_device(self, dev):  # type: ignore[no-untyped-def]
                if busy:
                    raise usb.core.USBError("Resource busy", errno=16)
                return "handle"

            def close_device(self, handle):  # type: ignore[no-untyped-def]
                pass

            def set_configuration(self, handle, value):  # type: ignore[no-untyped-def]
                pass

            def get_configuration(self, handle):  # type: ignore[no-untyped-def]
                return 1

            def claim_interface(self, handle, intf):  # type: ignore[no-untyped-def]
                fake.claimed = True

            def release_interface(self, handle, intf):  # type: ignore[no-untyped-def]
                fake.claimed = False

            def is_kernel_driver_active(self, handle, intf):  # type: ignore[no-untyped-def]
                return False

            def bulk_write(self, handle, ep, intf, data, timeout):  # type: ignore[no-untyped-def]
                if fake.unplug_after is not None and len(fake.received) + len(data) > fake.unplug_after:
                    fake.received += bytes(data[: max(0, fake.unplug_after - len(fake.received))])
                    raise usb.core.USBError("No such device (it may have been disconnected)", errno=19)
                fake.received += bytes(data)
                if b"~HS" in bytes(data):
                    fake._answer += HS_ANSWERS[fake.status]
                return len(data)

            def bulk_read(self, handle, ep, intf, buff, timeout):  # type: ignore[no-untyped-def]
                if not fake._answer:
                    raise usb.core.USBTimeoutError("Operation timed out", errno=110)
                n = min(len(buff), len(fake._answer))
                for i in range(n):
                    buff[i] = fake._answer[i]
                del fake._answer[:n]
                return n

            def ctrl_transfer(self, handle, bmRequestType, bRequest, wValue, wIndex, data, timeout):  # type: ignore[no-untyped-def]
                index = wValue & 0xFF
                raw = (
                    bytes([4, 3, 0x09, 0x04])
                    if index == 0
                    else (bytes([2 + 2 * len(strings[index]), 3]) + strings[index].encode("utf-16-le"))
                )
                n = min(len(data), len(raw))
                for i in range(n):
                    data[i] = raw[i]
                return n

        def config_desc(index: int) -> object:
            if index != 0:
                raise IndexError(index)
            return config

        self.backend = Backend()
