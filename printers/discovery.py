"""Finding printers the packer can pick from instead of typing an address.

Every probe is best effort: a missing libusb, a missing `lpstat`, or no
permission yields an empty list and a logged reason, never an exception. The network
probes (Zebra's discovery, mDNS) are in `printers/netdiscovery.py`.
"""

from __future__ import annotations

import glob
import logging
import os
import re
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
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


def discover_all(*, network: bool = True) -> list[DiscoveredPrinter]:
    """Every probe at once, so the whole look takes as long as the slowest (under 2 s)."""
    from concurrent.futures import ThreadPoolExecutor

    probes: list[Callable[[], list[DiscoveredPrinter]]] = [discover_usb, discover_usblp, discover_cups, discover_serial]
    if network:
        from printers.netdiscovery import discover_mdns, discover_zebra

        probes = [discover_zebra, discover_mdns, *probes]
    with ThreadPoolExecutor(max_workers=len(probes), thread_name_prefix="discovery") as pool:
        results = [pool.submit(probe) for probe in probes]
        found: dict[str, DiscoveredPrinter] = {}
        for result in results:
            for printer in result.result():
                found.setdefault(printer.uri, printer)  # a Zebra answers both ways: its own answer first
    return list(found.values())


SYSFS_USB = Path("/sys/bus/usb/devices")


def discover_usb(backend: Any = None, *, sysfs: Path | str = SYSFS_USB) -> list[DiscoveredPrinter]:
    """USB devices whose device or interface class says *printer* (7).

    The vendor table only names a maker: STMicro's and NXP's ids are on debuggers and
    keyboards as well as on Xprinters, so an id alone never makes a printer. On Linux the
    descriptors come from sysfs (no device is opened, no permission needed); elsewhere, or
    when a pyusb `backend` is given, from pyusb.
    """
    root = Path(sysfs)
    if backend is None and root.is_dir():
        return _discover_usb_sysfs(root)
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
            if not _is_printer_class(dev):
                continue
            found.append(
                _usb_printer(
                    dev.idVendor,
                    dev.idProduct,
                    _string(dev, "manufacturer"),
                    _string(dev, "product"),
                    _string(dev, "serial_number"),
                )
            )
        except Exception as exc:  # noqa: BLE001 -- one odd device must not hide the others
            log.info("skipping a USB device during discovery: %s: %s", type(exc).__name__, exc)
    return found


def _usb_printer(
    vendor_id: int, product_id: int, maker: str | None, product: str | None, serial: str | None
) -> DiscoveredPrinter:
    ids = f"{vendor_id:04X}:{product_id:04X}"
    maker = maker or LABEL_PRINTER_VENDORS.get(vendor_id) or ""
    uri = f"usb://{ids}/{serial}" if serial and _SAFE.match(serial) else f"usb://{ids}"
    return DiscoveredPrinter(uri, " ".join(x for x in (maker, product or "USB printer", f"(USB {ids})") if x))


def _discover_usb_sysfs(root: Path) -> list[DiscoveredPrinter]:
    """Linux: `<bus>-<port>` device folders, their `<bus>-<port>:<cfg>.<intf>` interfaces."""
    found = []
    try:
        entries = sorted(root.iterdir())
    except OSError as exc:
        log.info("USB printer discovery skipped: %s", exc)
        return []
    for dev in entries:
        if ":" in dev.name or not (dev / "idVendor").is_file():
            continue  # an interface, or a root hub's odd entry
        try:
            vendor_id, product_id = int(_sysfs(dev, "idVendor") or "", 16), int(_sysfs(dev, "idProduct") or "", 16)
        except ValueError:
            continue
        classes = [_sysfs(dev, "bDeviceClass")]
        classes += [_sysfs(intf, "bInterfaceClass") for intf in sorted(root.glob(f"{dev.name}:*"))]
        if not any(_hex(c) == USB_CLASS_PRINTER for c in classes):
            continue
        serial = _sysfs(dev, "serial")
        found.append(_usb_printer(vendor_id, product_id, _sysfs(dev, "manufacturer"), _sysfs(dev, "product"), serial))
    return found


def _sysfs(folder: Path, name: str) -> str | None:
    try:
        text = (folder / name).read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return None
    # Strings come from the device itself: keep them printable and short.
    text = "".join(ch for ch in text if ch.isprintable())[:126]
    return text or None


def _hex(value: str | None) -> int | None:
    try:
        return int(value, 16) if value else None
    except ValueError:
        return None


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
