"""Finding printers the packer can pick from instead of typing an address.

Every probe is best effort: a missing libusb, a missing `lpstat`, or no
permission yields an empty list and a logged reason, never an exception.
"""

from __future__ import annotations

import glob
import logging
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from typing import Any

__all__ = [
    "LABEL_PRINTER_VENDORS",
    "DiscoveredPrinter",
    "discover_all",
    "discover_cups",
    "discover_serial",
    "discover_usb",
    "discover_usblp",
]

log = logging.getLogger(__name__)

USB_CLASS_PRINTER = 7
LABEL_PRINTER_VENDORS: dict[int, str] = {
    0x0A5F: "Zebra",
    0x1203: "TSC",
    0x0483: "Xprinter",  # STMicro ids, used by Xprinter and other clones
    0x1FC9: "Xprinter",  # NXP ids, likewise
    0x20D1: "HPRT",
    0x2D37: "iDPRT",
    0x04B8: "Epson",
    0x0519: "Star",
    0x1504: "Bixolon",
    0x0DD4: "Custom",
    0x154F: "SNBC",
    0x0FE6: "ICS Advent (POS clones)",
    0x28E9: "GoDEX/clones",
    0x195F: "GoDEX",
    0x0416: "Winbond (POS clones)",
    0x04F9: "Brother",
}
_SAFE = re.compile(r"[A-Za-z0-9._-]{1,126}\Z")
_QUEUE = re.compile(r"[A-Za-z0-9_.-]+\Z")


@dataclass(frozen=True)
class DiscoveredPrinter:
    """A printer found on this computer; `uri` can go straight into a printer profile."""

    uri: str
    description: str


def discover_all() -> list[DiscoveredPrinter]:
    found: list[DiscoveredPrinter] = []
    for probe in (discover_usb, discover_usblp, discover_cups, discover_serial):
        found += probe()
    return found


def discover_usb(backend: Any = None) -> list[DiscoveredPrinter]:
    """USB printers (device or interface class 7) and known label-printer vendors."""
    try:
        import usb.core
        import usb.util

        devices = list(usb.core.find(find_all=True, backend=backend))
    except Exception as exc:  # noqa: BLE001 -- no libusb backend, no permission, broken bus: not a bug of ours
        log.info("USB printer discovery skipped: %s: %s", type(exc).__name__, exc)
        return []
    found = []
    for dev in devices:
        try:
            vendor = LABEL_PRINTER_VENDORS.get(dev.idVendor)
            if vendor is None and not _is_printer_class(dev):
                continue
            ids = f"{dev.idVendor:04X}:{dev.idProduct:04X}"
            product = _string(dev, "product") or "USB printer"
            maker = _string(dev, "manufacturer") or vendor or ""
            serial = _string(dev, "serial_number")
            uri = f"usb://{ids}/{serial}" if serial and _SAFE.match(serial) else f"usb://{ids}"
            found.append(DiscoveredPrinter(uri, " ".join(x for x in (maker, product, f"(USB {ids})") if x)))
        except Exception as exc:  # noqa: BLE001 -- one odd device must not hide the others
            log.info("skipping a USB device during discovery: %s: %s", type(exc).__name__, exc)
    return found


def _is_printer_class(dev: Any) -> bool:
    if dev.bDeviceClass == USB_CLASS_PRINTER:
        return True
    try:
        return any(intf.bInterfaceClass == USB_CLASS_PRINTER for cfg in dev for intf in cfg)
    except Exception:  # noqa: BLE001 -- descriptors unreadable: not a printer we can use
        return False


def _string(dev: Any, attr: str) -> str | None:
    try:
        value = getattr(dev, attr)
    except Exception:  # noqa: BLE001 -- reading strings opens the device: often not permitted
        return None
    return value.strip() if isinstance(value, str) and value.strip() else None


def discover_usblp(pattern: str = "/dev/usb/lp*") -> list[DiscoveredPrinter]:
    """Printers the Linux usblp driver holds."""
    found = []
    for path in sorted(glob.glob(pattern)):
        if not re.fullmatch(r"/dev/usb/lp[0-9]{1,3}", path):
            continue
        usable = os.access(path, os.W_OK)
        note = "" if usable else " — no permission (add the user to the 'lp' group)"
        if not usable:
            log.info("USB printer %s found, but this user may not write to it", path)
        found.append(DiscoveredPrinter(f"usblp://{path}", f"USB printer {path}{note}"))
    return found


def discover_cups(lpstat: str = "lpstat", timeout: float = 5.0) -> list[DiscoveredPrinter]:
    """CUPS queues, with the device each one prints to."""
    exe = shutil.which(lpstat)
    if exe is None:
        log.info("CUPS discovery skipped: %s is not installed", lpstat)
        return []
    env = {**os.environ, "LC_ALL": "C"}
    try:
        names = subprocess.run([exe, "-e"], capture_output=True, timeout=timeout, check=False, env=env)
        devices = subprocess.run([exe, "-v"], capture_output=True, timeout=timeout, check=False, env=env)
    except (OSError, subprocess.SubprocessError) as exc:
        log.info("CUPS discovery failed: %s: %s", type(exc).__name__, exc)
        return []
    if names.returncode != 0:
        log.info("lpstat -e failed: %s", names.stderr.decode(errors="replace").strip())
        return []
    device_of: dict[str, str] = {}
    for line in devices.stdout.decode(errors="replace").splitlines():
        match = re.match(r"device for (\S+):\s*(\S+)", line)
        if match:
            device_of[match[1]] = _without_credentials(match[2])
    found = []
    for queue in names.stdout.decode(errors="replace").split():
        if not _QUEUE.match(queue):
            log.info("skipping CUPS queue %r: its name cannot be used safely", queue)
            continue
        where = f" → {device_of[queue]}" if queue in device_of else ""
        found.append(DiscoveredPrinter(f"cups://{queue}", f"CUPS queue {queue}{where}"))
    return found


def _without_credentials(uri: str) -> str:
    """Device URIs may carry `user:password@`; never show or log them."""
    return re.sub(r"//[^/@]*@", "//", uri)


def discover_serial() -> list[DiscoveredPrinter]:
    """Serial ports (printers do not identify themselves on serial: the packer picks)."""
    try:
        from serial.tools import list_ports

        ports = list_ports.comports()
    except Exception as exc:  # noqa: BLE001 -- platform enumeration failures are not ours
        log.info("serial port discovery failed: %s: %s", type(exc).__name__, exc)
        return []
    found = []
    for port in ports:
        device = port.device
        if not re.fullmatch(r"(/dev/[A-Za-z0-9_.+-]+(/[A-Za-z0-9_.+-]+)*|COM[0-9]{1,3})", device or ""):
            continue
        uri = f"serial://{device}"  # serial:///dev/ttyUSB0 or serial://COM3
        desc = port.description if port.description and port.description != "n/a" else "serial port"
        found.append(DiscoveredPrinter(uri + "?baud=9600", f"{desc} ({device})"))
    return found
