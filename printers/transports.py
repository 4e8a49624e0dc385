"""Transports: the only code that touches a printer.

A transport takes finished printer bytes and returns only when the device (or
the OS on its behalf) has accepted all of them, or raises a `PrinterError`
whose message a packer can act on. Nothing connects at import or construction.
"""

from __future__ import annotations

import logging
import os
import re
import socket
import tempfile
import time
import urllib.parse
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Protocol, runtime_checkable

from printers.errors import PrinterConnectionLost, PrinterError, PrinterOffline
from printers.serial_port import SerialTransport, serial_settings_from_uri
from printers.spooler import CupsTransport, WindowsSpoolerTransport
from printers.usb import UsbLpTransport, UsbTransport

Completion = Callable[[bytes], bool]  # "this is the whole answer", so a query need not wait

__all__ = [
    "CupsTransport",
    "FolderTransport",
    "MemoryTransport",
    "SerialTransport",
    "TcpTransport",
    "Transport",
    "TwoWay",
    "UsbLpTransport",
    "UsbTransport",
    "WindowsSpoolerTransport",
    "transport_from_uri",
]

log = logging.getLogger(__name__)

DEFAULT_RAW_PORT = 9100
_CLOSE_WAIT_S = 2.0  # how long to wait for the printer to close after our last byte


class Transport(Protocol):
    def send(self, data: bytes, *, name: str) -> None:
        """Deliver one job; `name` identifies it (the parcel number)."""
        ...


@runtime_checkable
class TwoWay(Protocol):
    """A transport the printer can answer on (status queries)."""

    def query(self, data: bytes, *, timeout: float, complete: Completion | None = None) -> bytes:
        """Send `data` and return what the printer answers within `timeout` (b"" for nothing).

        Raises `PrinterOffline` when the printer cannot be reached at all.
        """
        ...


_QUIET_S = 0.15  # after an answer starts, this much silence means it is complete


class TcpTransport:
    """Raw TCP ("JetDirect", port 9100), the way Zebra and most label printers listen."""

    def __init__(self, host: str, port: int = DEFAULT_RAW_PORT, *, timeout: float = 5.0) -> None:
        self.host = host
        self.port = port
        self.timeout = timeout

    def __repr__(self) -> str:
        return f"TcpTransport({self.host!r}, {self.port})"

    @property
    def _where(self) -> str:
        return f"{self.host}:{self.port}"

    def send(self, data: bytes, *, name: str) -> None:
        try:
            sock = socket.create_connection((self.host, self.port), timeout=self.timeout)
        except TimeoutError:
            raise PrinterOffline(
                f"Printer at {self._where} did not answer within {self.timeout:g} s. "
                "Check that it is switched on and on the network, then print again."
            ) from None
        except ConnectionRefusedError:
            raise PrinterOffline(
                f"Printer at {self._where} refused the connection. Check that it is "
                "switched on and that the printer address in Settings is right, then print again."
            ) from None
        except ConnectionResetError:
            raise PrinterOffline(
                f"Printer at {self._where} hung up before taking the label; it may be "
                "restarting or busy with another computer. Wait a moment, then print again."
            ) from None
        except OSError as exc:  # DNS failure, no route, network down
            raise PrinterOffline(
                f"Cannot reach the printer at {self._where} ({exc.strerror or exc}). "
                "Check the network cable or Wi-Fi and the printer address, then print again."
            ) from None
        with sock:
            try:
                sock.sendall(data)
                sock.shutdown(socket.SHUT_WR)
            except OSError as exc:
                raise self._lost(name, exc) from None
            self._wait_for_close(sock, name)
        log.info("sent %s (%d bytes) to %s", name, len(data), self._where)

    def query(self, data: bytes, *, timeout: float, complete: Completion | None = None) -> bytes:
        """Zebra and most network label printers answer `~HS` on the same connection."""
        try:
            sock = socket.create_connection((self.host, self.port), timeout=min(timeout, self.timeout))
        except OSError as exc:
            raise PrinterOffline(
                f"Printer at {self._where} cannot be reached ({getattr(exc, 'strerror', None) or exc or 'timed out'}). "
                "Check that it is switched on and on the network."
            ) from None
        answer = bytearray()
        with sock:
            try:
                sock.sendall(data)
                deadline = time.monotonic() + timeout
                while (left := deadline - time.monotonic()) > 0:
                    sock.settimeout(min(left, _QUIET_S) if answer else left)
                    try:
                        chunk = sock.recv(4096)
                    except TimeoutError:
                        if answer:
                            break
                        continue
                    if not chunk:
                        break
                    answer += chunk
                    if complete is not None and complete(bytes(answer)):
                        break  # the whole answer is in: no need to wait for silence
            except OSError as exc:
                if not answer:
                    raise PrinterConnectionLost(
                        f"The connection to the printer at {self._where} dropped while asking for its "
                        f"status ({exc.strerror or exc})."
                    ) from None
        return bytes(answer)

    def _wait_for_close(self, sock: socket.socket, name: str) -> None:
        """Give the printer a moment to read everything and close its end.

        A reset here means the printer closed with our bytes unread: the job is
        not complete. A printer that keeps the connection open is fine: the OS
        has the bytes.
        """
        sock.settimeout(min(self.timeout, _CLOSE_WAIT_S))
        try:
            while sock.recv(4096):
                pass  # some printers answer with status; nothing we need
        except TimeoutError:
            log.debug("printer %s kept the connection open after %s", self._where, name)
        except OSError as exc:
            raise self._lost(name, exc) from None

    def _lost(self, name: str, exc: OSError) -> PrinterConnectionLost:
        log.warning("connection to %s lost while sending %s: %s", self._where, name, exc)
        return PrinterConnectionLost(
            f"The connection to the printer at {self._where} dropped while label {name} "
            "was being sent; part of it may have printed. Check the printer, remove any "
            "partial label, then print again."
        )


_SAFE_NAME_CHARS = re.compile(r"[^A-Za-z0-9._-]")


def _safe_stem(name: str) -> str:
    """A file stem that stays inside the folder, whatever the job name holds."""
    if not name or "/" in name or "\\" in name or "\x00" in name or ".." in name:
        raise ValueError(
            f"job name {name!r} cannot be used as a file name: it must not be empty or contain '/', '\\', '..' or NUL"
        )
    stem = _SAFE_NAME_CHARS.sub("_", name)
    if stem.startswith("."):
        stem = "_" + stem[1:]  # no hidden files
    return stem


class FolderTransport:
    """Writes each job to `<folder>/<name>.<ext>` for spoolers, hot folders and archives.

    The file appears complete or not at all (temp file, fsync, rename), because
    a hot-folder watcher would otherwise print half a label.
    """

    def __init__(self, folder: str | Path, *, extension: str = "zpl") -> None:
        self.folder = Path(folder)
        ext = extension.lstrip(".")
        if not ext or _SAFE_NAME_CHARS.search(ext):
            raise ValueError(f"file extension {extension!r} must be letters, digits, '.', '_' or '-'")
        self.extension = ext

    def __repr__(self) -> str:
        return f"FolderTransport({str(self.folder)!r})"

    def path_for(self, name: str) -> Path:
        """Where a job called `name` is written."""
        return self.folder / f"{_safe_stem(name)}.{self.extension}"

    def send(self, data: bytes, *, name: str) -> None:
        target = self.path_for(name)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=f".{target.stem}.", suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as f:
                    f.write(data)
                    f.flush()
                    os.fsync(f.fileno())
                os.replace(tmp, target)
            except BaseException:
                try:
                    os.unlink(tmp)
                except OSError:
                    pass
                raise
            _fsync_dir(self.folder)
        except OSError as exc:
            raise PrinterError(
                f"Could not write label {name} to the folder {self.folder} "
                f"({exc.strerror or exc}). Check that the folder exists, is writable "
                "and the disk is not full, then print again."
            ) from None
        log.info("wrote %s (%d bytes)", target, len(data))


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (POSIX); not possible on Windows."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class MemoryTransport:
    """In-memory printer for tests and the demo: records every job it is sent."""

    def __init__(self) -> None:
        self.jobs: list[tuple[str, bytes]] = []
        self._failures: list[PrinterError] = []

    def __repr__(self) -> str:
        return f"MemoryTransport({len(self.jobs)} jobs)"

    def fail_next(self, error: PrinterError) -> None:
        """Make the next `send` raise `error` (simulates a jam, power loss, ...)."""
        self._failures.append(error)

    def send(self, data: bytes, *, name: str) -> None:
        if self._failures:
            raise self._failures.pop(0)
        self.jobs.append((name, bytes(data)))


_UNSUPPORTED = (
    "use tcp://HOST:PORT or folder:///PATH, usb://VID:PID[/SERIAL] (hex ids), usblp:///dev/usb/lpN, "
    "serial:///dev/ttyUSB0?baud=9600&parity=N&bytesize=8&stopbits=1 (or serial://COM3?...), "
    "cups://QUEUE or winspool://PRINTER NAME"
)
_USB_IDS = re.compile(r"([0-9A-Fa-f]{4}):([0-9A-Fa-f]{4})\Z")
_USB_SERIAL = re.compile(r"[A-Za-z0-9._-]{1,126}\Z")
_USBLP_PATH = re.compile(r"/dev/(usb/lp|usblp|lp)[0-9]{1,3}\Z")


def transport_from_uri(uri: str) -> Transport:
    """Build a transport from the printer address stored in settings.

    Accepts `tcp://host[:port]`, `folder:///abs/path`, an absolute directory
    path, `memory://`, `usb://VID:PID[/SERIAL]`, `usblp:///dev/usb/lp0`,
    `serial:///dev/ttyUSB0?baud=...`, `cups://QUEUE` and `winspool://PRINTER NAME`.
    Nothing is opened here. The address is untrusted: it reaches a device path,
    a queue name or a spooler only after validation, and never a shell.
    """
    text = uri.strip()
    if any(ord(c) < 32 or c == "\x7f" for c in text):
        raise ValueError(f"unsupported printer address {uri!r} (control characters): {_UNSUPPORTED}")
    if "://" not in text:
        return _folder_from_path(uri, text)
    scheme, _, rest = text.partition("://")
    scheme = scheme.lower()
    try:
        if scheme == "winspool":  # printer names have spaces: no URL parsing
            return WindowsSpoolerTransport(urllib.parse.unquote(rest))
        if scheme == "serial":
            return SerialTransport(serial_settings_from_uri(text))
        parsed = urllib.parse.urlsplit(text)
        if scheme in ("usb", "usblp", "cups") and (parsed.query or parsed.fragment):
            raise ValueError("no options allowed")
        if scheme == "usb":
            ids, _, serial = f"{parsed.netloc}{parsed.path}".partition("/")
            match = _USB_IDS.match(ids)
            if not match or (serial and not _USB_SERIAL.match(serial)):
                raise ValueError("bad USB ids")
            return UsbTransport(int(match[1], 16), int(match[2], 16), serial or None)
        if scheme == "usblp":
            if parsed.netloc not in ("", "localhost") or not _USBLP_PATH.match(parsed.path):
                raise ValueError("not a usblp device")
            return UsbLpTransport(parsed.path)
        if scheme == "cups":
            if parsed.path not in ("", "/"):
                raise ValueError("a queue name has no '/'")
            return CupsTransport(parsed.netloc)
    except ValueError as exc:
        raise ValueError(f"unsupported printer address {uri!r} ({exc}): {_UNSUPPORTED}") from None
    parsed = urllib.parse.urlsplit(text)
    if scheme == "tcp":
        try:
            host, port = parsed.hostname, parsed.port
        except ValueError:
            host, port = None, None
        if not host or parsed.path not in ("", "/"):
            raise ValueError(f"unsupported printer address {uri!r}: {_UNSUPPORTED}")
        return TcpTransport(host, port or DEFAULT_RAW_PORT)
    if scheme == "folder":
        if parsed.netloc not in ("", "localhost") or not parsed.path:
            raise ValueError(f"unsupported printer address {uri!r}: {_UNSUPPORTED}")
        return _folder_from_path(uri, urllib.request.url2pathname(parsed.path))
    if scheme == "memory":
        return MemoryTransport()
    raise ValueError(f"unsupported printer address {uri!r}: {_UNSUPPORTED}")


def _folder_from_path(uri: str, path_text: str) -> FolderTransport:
    path = Path(path_text).expanduser() if path_text else None
    if path is None or not path.is_absolute() or (path.exists() and not path.is_dir()):
        raise ValueError(f"unsupported printer address {uri!r}: {_UNSUPPORTED}")
    return FolderTransport(path)
