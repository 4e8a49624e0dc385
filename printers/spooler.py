"""The operating system's print queue: CUPS raw queues and the Windows spooler.

The job is handed over as raw printer bytes (ZPL, TSPL, ...) so the driver does
not re-render it. Queue and printer names come from settings, so they are
validated and passed as single arguments: nothing here ever runs a shell.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import sys

from printers.errors import PrinterConnectionLost, PrinterOffline

__all__ = ["CupsTransport", "WindowsSpoolerTransport", "check_cups_queue", "check_windows_printer"]

log = logging.getLogger(__name__)

_QUEUE = re.compile(r"[A-Za-z0-9_.-]+\Z")
_TITLE_UNSAFE = re.compile(r"[^A-Za-z0-9._ -]")


def check_cups_queue(queue: str) -> str:
    """The queue name, if it is a plain CUPS queue name; ValueError otherwise."""
    if not _QUEUE.match(queue) or queue.startswith("-") or len(queue) > 127:
        raise ValueError(
            f"printer queue name {queue!r} may only contain letters, digits, '.', '_' and '-' "
            "(and must not start with '-')"
        )
    return queue


def check_windows_printer(name: str) -> str:
    """A Windows printer name as shown in Settings > Printers; ValueError if it cannot be one."""
    if not name or name != name.strip() or len(name) > 220 or any(ord(c) < 32 or c == "\x7f" for c in name):
        raise ValueError(
            f"Windows printer name {name!r} must be 1-220 printable characters without leading/trailing spaces"
        )
    if "," in name:
        raise ValueError(f"Windows printer name {name!r} must not contain ','")
    return name


class CupsTransport:
    """A CUPS (Linux, macOS) queue, fed raw with `lp -d QUEUE -o raw`."""

    def __init__(self, queue: str, *, timeout: float = 30.0, lp: str = "lp") -> None:
        self.queue = check_cups_queue(queue)
        self.timeout = timeout
        self._lp = lp

    def __repr__(self) -> str:
        return f"CupsTransport({self.queue!r})"

    def send(self, data: bytes, *, name: str) -> None:
        lp = shutil.which(self._lp)
        if lp is None:
            raise PrinterOffline(
                "The system print queue (CUPS, the 'lp' command) is not installed on this computer. "
                "Install CUPS or choose another printer connection in Settings."
            )
        title = _TITLE_UNSAFE.sub("_", name)[:80] or "label"
        argv = [lp, "-d", self.queue, "-o", "raw", "-t", title]
        env = {**os.environ, "LC_ALL": "C"}  # messages we can log and match
        try:
            done = subprocess.run(argv, input=data, capture_output=True, timeout=self.timeout, check=False, env=env)
        except subprocess.TimeoutExpired:
            raise PrinterConnectionLost(
                f"The print queue {self.queue} did not confirm label {name} within {self.timeout:g} s; it "
                "may still print. Check the queue and the printer before printing again."
            ) from None
        except OSError as exc:
            raise PrinterOffline(f"Could not start the print command ({exc.strerror or exc}).") from None
        if done.returncode != 0:
            reason = done.stderr.decode("utf-8", "replace").strip() or f"exit status {done.returncode}"
            log.warning("lp refused %s for %s: %s", name, self.queue, reason)
            raise PrinterOffline(
                f"The print queue {self.queue} did not take label {name} ({reason}). Check that the "
                "queue exists and accepts jobs (CUPS printer settings), then print again."
            )
        log.info(
            "queued %s (%d bytes) on %s: %s", name, len(data), self.queue, done.stdout.decode(errors="replace").strip()
        )


class WindowsSpoolerTransport:
    """A Windows printer, fed through the spooler with the RAW data type (needs pywin32)."""

    def __init__(self, printer: str) -> None:
        self.printer = check_windows_printer(printer)

    def __repr__(self) -> str:
        return f"WindowsSpoolerTransport({self.printer!r})"

    def send(self, data: bytes, *, name: str) -> None:
        if sys.platform != "win32":
            raise PrinterOffline(
                f"The printer {self.printer!r} is a Windows printer queue; Windows print queues work only "
                "on Windows. Choose a USB, network or CUPS connection for this printer in Settings."
            )
        try:
            import pywintypes
            import win32print
        except ImportError:
            raise PrinterOffline(
                "Printing through Windows print queues needs the pywin32 package, which is not installed. "
                "Reinstall Shipbench or choose a network/USB connection."
            ) from None
        try:
            handle = win32print.OpenPrinter(self.printer)
        except pywintypes.error as exc:
            raise PrinterOffline(
                f"Windows does not know the printer {self.printer!r} ({exc.strerror}). Check its name in "
                "Windows Settings > Printers, then print again."
            ) from None
        try:
            try:
                win32print.StartDocPrinter(handle, 1, (name, None, "RAW"))
            except pywintypes.error as exc:
                raise PrinterOffline(
                    f"The printer {self.printer!r} did not take label {name} ({exc.strerror})."
                ) from None
            try:
                win32print.StartPagePrinter(handle)
                written = win32print.WritePrinter(handle, data)
                win32print.EndPagePrinter(handle)
                if written != len(data):
                    raise PrinterConnectionLost(
                        f"Windows took only {written} of {len(data)} bytes of label {name} for {self.printer!r}; "
                        "part of it may have printed. Check the printer, then print again."
                    )
            except pywintypes.error as exc:
                raise PrinterConnectionLost(
                    f"Sending label {name} to {self.printer!r} failed ({exc.strerror}); part of it may have "
                    "printed. Check the printer, then print again."
                ) from None
            finally:
                try:
                    win32print.EndDocPrinter(handle)
                except pywintypes.error as exc:
                    log.warning("EndDocPrinter failed for %s: %s", self.printer, exc)
        finally:
            win32print.ClosePrinter(handle)
        log.info("spooled %s (%d bytes) to %s", name, len(data), self.printer)
