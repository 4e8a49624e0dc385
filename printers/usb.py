"""USB printers: through libusb (pyusb) or the Linux `usblp` device file.

Both open the device only inside `send`/`query` and let it go afterwards, so a
printer unplugged between labels is found again when it comes back.
"""

from __future__ import annotations

import errno
import logging
import os
import select
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from printers.errors import PrinterConnectionLost, PrinterError, PrinterOffline

__all__ = ["UsbLpTransport", "UsbTransport"]

log = logging.getLogger(__name__)

_CHUNK = 16 * 1024
Completion = Callable[[bytes], bool]  # "this is the whole answer": stop waiting
_QUIET_S = 0.15  # after an answer starts, this much silence means it is complete


class UsbTransport:
    """A USB printer found by vendor/product id (and serial, when several are attached).

    Writes to the first bulk OUT endpoint of the printer interface; reads status
    from the bulk IN endpoint when the printer has one. `backend` is pyusb's
    backend (libusb by default); tests pass a stand-in device there.
    """

    def __init__(
        self,
        vendor_id: int,
        product_id: int,
        serial: str | None = None,
        *,
        timeout: float = 10.0,
        interface: int = 0,
        backend: Any = None,
    ) -> None:
        if not (0 <= vendor_id <= 0xFFFF and 0 <= product_id <= 0xFFFF):
            raise ValueError(f"USB ids must be 0000-FFFF, got {vendor_id:#x}:{product_id:#x}")
        self.vendor_id = vendor_id
        self.product_id = product_id
        self.serial = serial or None
        self.timeout = timeout
        self.interface = interface
        self._backend = backend

    def __repr__(self) -> str:
        return f"UsbTransport({self._where})"

    @property
    def _where(self) -> str:
        ids = f"{self.vendor_id:04X}:{self.product_id:04X}"
        return f"{ids} (serial {self.serial})" if self.serial else ids

    # -- device handling -------------------------------------------------

    def _find(self) -> Any:
        import usb.core
        import usb.util

        try:
            found = list(
                usb.core.find(find_all=True, idVendor=self.vendor_id, idProduct=self.product_id, backend=self._backend)
            )
        except usb.core.NoBackendError:
            raise PrinterOffline(
                "USB printing needs the libusb library, which is not installed on this computer. "
                "Install libusb (or use the printer's network or system print queue), then print again."
            ) from None
        except usb.core.USBError as exc:
            raise PrinterOffline(
                f"Could not list the USB devices ({exc}). Reconnect the printer, then print again."
            ) from None
        if self.serial is not None:
            found = [dev for dev in found if _serial_of(dev) == self.serial]
        if not found:
            raise PrinterOffline(
                f"The USB printer {self._where} is not connected. Check the USB cable and that "
                "the printer is switched on, then print again."
            )
        return found[0]

    def _open(self) -> tuple[Any, Any, Any | None]:
        """Claim the printer interface; returns (device, OUT endpoint, IN endpoint or None)."""
        import usb.core
        import usb.util

        dev = self._find()
        try:
            try:
                if dev.is_kernel_driver_active(self.interface):
                    dev.detach_kernel_driver(self.interface)  # Linux usblp holds it otherwise
            except (NotImplementedError, usb.core.USBError):
                pass  # not supported on this platform, or nothing attached
            try:
                cfg = dev.get_active_configuration()
            except usb.core.USBError:
                dev.set_configuration()
                cfg = dev.get_active_configuration()
            intf = cfg[(self.interface, 0)]
            usb.util.claim_interface(dev, self.interface)
        except usb.core.USBError as exc:
            usb.util.dispose_resources(dev)
            raise self._offline(exc) from None
        except (KeyError, IndexError):
            usb.util.dispose_resources(dev)
            raise PrinterOffline(
                f"The USB device {self._where} has no printer interface {self.interface}; "
                "check the printer address in Settings."
            ) from None

        def bulk(direction: int) -> Any | None:
            return usb.util.find_descriptor(
                intf,
                custom_match=lambda ep: (
                    usb.util.endpoint_direction(ep.bEndpointAddress) == direction
                    and usb.util.endpoint_type(ep.bmAttributes) == usb.util.ENDPOINT_TYPE_BULK
                ),
            )

        out_ep, in_ep = bulk(usb.util.ENDPOINT_OUT), bulk(usb.util.ENDPOINT_IN)
        if out_ep is None:
            self._close(dev)
            raise PrinterOffline(f"The USB device {self._where} does not accept print data; is it a printer?")
        return dev, out_ep, in_ep

    def _close(self, dev: Any) -> None:
        import usb.core
        import usb.util

        try:
            usb.util.release_interface(dev, self.interface)
        except usb.core.USBError:
            pass
        usb.util.dispose_resources(dev)

    def _offline(self, exc: Exception) -> PrinterOffline:
        if getattr(exc, "errno", None) in (errno.EACCES, errno.EPERM):
            return PrinterOffline(
                f"This computer's user may not use the USB printer {self._where}. Ask the administrator "
                "to allow access (on Linux: a udev rule or the 'lp' group), then print again."
            )
        if getattr(exc, "errno", None) == errno.EBUSY:
            return PrinterOffline(
                f"The USB printer {self._where} is in use by another program (a print spooler?). "
                "Close it or print through the system queue, then print again."
            )
        return PrinterOffline(f"Could not open the USB printer {self._where} ({exc}). Reconnect it, then print again.")

    def _write(self, out_ep: Any, data: bytes, name: str) -> None:
        import usb.core

        timeout_ms = int(self.timeout * 1000)
        view = memoryview(data)
        sent = 0
        try:
            while sent < len(view):
                sent += out_ep.write(view[sent : sent + _CHUNK], timeout_ms)
        except usb.core.USBTimeoutError:
            raise PrinterConnectionLost(
                f"The USB printer {self._where} stopped taking data while label {name} was being sent "
                f"(nothing for {self.timeout:g} s); it may be out of paper or paused and part of the "
                "label may have printed. Check the printer, then print again."
            ) from None
        except usb.core.USBError as exc:
            raise PrinterConnectionLost(
                f"The USB printer {self._where} was disconnected while label {name} was being sent "
                f"({exc}); part of it may have printed. Check the cable and the printer, then print again."
            ) from None

    # -- Transport / TwoWay ----------------------------------------------

    def send(self, data: bytes, *, name: str) -> None:
        dev, out_ep, _ = self._open()
        try:
            self._write(out_ep, data, name)
        finally:
            self._close(dev)
        log.info("sent %s (%d bytes) to USB %s", name, len(data), self._where)

    def query(self, data: bytes, *, timeout: float, complete: Completion | None = None) -> bytes:
        import usb.core

        dev, out_ep, in_ep = self._open()
        try:
            if in_ep is None:
                raise PrinterError(f"The USB printer {self._where} cannot report its status (no way back).")
            self._write(out_ep, data, "status query")
            answer = bytearray()
            deadline = time.monotonic() + timeout
            while (left := deadline - time.monotonic()) > 0:
                wait = min(left, _QUIET_S) if answer else left
                try:
                    chunk = in_ep.read(in_ep.wMaxPacketSize or 64, max(1, int(wait * 1000)))
                except usb.core.USBTimeoutError:
                    if answer:
                        break
                    continue
                except usb.core.USBError as exc:
                    raise PrinterConnectionLost(
                        f"The USB printer {self._where} was disconnected while answering ({exc})."
                    ) from None
                answer += bytes(chunk)
                if complete is not None and complete(bytes(answer)):
                    break  # the whole answer is in: no need to wait for silence
            return bytes(answer)
        finally:
            self._close(dev)


def _serial_of(dev: Any) -> str | None:
    import usb.core
    import usb.util

    try:
        return usb.util.get_string(dev, dev.iSerialNumber) if dev.iSerialNumber else None
    except (usb.core.USBError, ValueError, NotImplementedError):
        return None  # no permission to open the device, or no language ids


class UsbLpTransport:
    """The Linux `usblp` kernel driver's device file, e.g. `/dev/usb/lp0`: plain writes."""

    def __init__(self, path: str | Path, *, timeout: float = 10.0) -> None:
        self.path = Path(path)
        self.timeout = timeout

    def __repr__(self) -> str:
        return f"UsbLpTransport({str(self.path)!r})"

    def _open(self, flags: int) -> int:
        try:
            return os.open(self.path, flags | os.O_APPEND | getattr(os, "O_NOCTTY", 0))
        except FileNotFoundError:
            raise PrinterOffline(
                f"No USB printer at {self.path}. Check the USB cable and that the printer is "
                "switched on, then print again."
            ) from None
        except PermissionError:
            raise PrinterOffline(
                f"This computer's user may not write to the USB printer {self.path}. Ask the "
                "administrator to add the user to the 'lp' group, then print again."
            ) from None
        except OSError as exc:
            raise PrinterOffline(
                f"Could not open the USB printer {self.path} ({exc.strerror or exc}). Reconnect it, then print again."
            ) from None

    def _write(self, fd: int, data: bytes, name: str) -> None:
        view = memoryview(data)
        sent = 0
        try:
            while sent < len(view):
                sent += os.write(fd, view[sent : sent + _CHUNK])
        except OSError as exc:
            raise PrinterConnectionLost(
                f"The USB printer {self.path} stopped while label {name} was being sent "
                f"({exc.strerror or exc}); part of it may have printed. Check the cable, paper and "
                "the printer, then print again."
            ) from None

    def send(self, data: bytes, *, name: str) -> None:
        fd = self._open(os.O_WRONLY)
        try:
            self._write(fd, data, name)
        finally:
            os.close(fd)
        log.info("sent %s (%d bytes) to %s", name, len(data), self.path)

    def query(self, data: bytes, *, timeout: float, complete: Completion | None = None) -> bytes:
        """Bidirectional printers answer on the same file; others stay silent."""
        fd = self._open(os.O_RDWR)
        try:
            self._write(fd, data, "status query")
            answer = bytearray()
            deadline = time.monotonic() + timeout
            while (left := deadline - time.monotonic()) > 0:
                ready, _, _ = select.select([fd], [], [], min(left, _QUIET_S) if answer else left)
                if not ready:
                    if answer:
                        break
                    continue
                try:
                    chunk = os.read(fd, 4096)
                except OSError as exc:
                    raise PrinterConnectionLost(
                        f"The USB printer {self.path} stopped while answering ({exc})."
                    ) from None
                if not chunk:
                    if answer:
                        break
                    time.sleep(min(0.05, max(left, 0)))  # usblp returns 0 while the printer has nothing
                    continue
                answer += chunk
                if complete is not None and complete(bytes(answer)):
                    break  # the whole answer is in: no need to wait for silence
            return bytes(answer)
        finally:
            os.close(fd)
