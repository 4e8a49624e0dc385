"""Finding printers: USB by interface class, and the network without drivers (issue #13)."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from printers.discovery import DiscoveredPrinter, discover_all, discover_usb
from printers.netdiscovery import MDNS_SERVICE, decode_zebra_answer, discover_mdns, discover_zebra
from printers.transports import TcpTransport, transport_from_uri
from printers.usb import UsbTransport
from tests.fakes.printer_emulator import PrinterEmulator
from tests.fakes.zebra_discovery import ZebraDiscoveryResponder

# -- USB: the interface class decides, never the vendor id -------------------------------


def usb_device(
    root: Path, name: str, ids: tuple[int, int], interface_classes: list[int], device_class: int = 0, **strings: str
) -> None:
    """A device folder as Linux's sysfs shows it, with one folder per interface."""
    dev = root / name
    dev.mkdir(parents=True)
    (dev / "idVendor").write_text(f"{ids[0]:04x}\n")
    (dev / "idProduct").write_text(f"{ids[1]:04x}\n")
    (dev / "bDeviceClass").write_text(f"{device_class:02x}\n")
    for key, value in strings.items():
        (dev / key).write_text(value + "\n")
    for n, cls in enumerate(interface_classes):
        intf = root / f"{name}:1.{n}"
        intf.mkdir()
        (intf / "bInterfaceClass").write_text(f"{cls:02x}\n")


def test_usb_discovery_calls_a_device_a_printer_only_when_its_interface_says_so(tmp_path: Path) -> None:
    sysfs = tmp_path / "devices"
    usb_device(sysfs, "usb1", (0x1D6B, 0x0002), [0x09], device_class=0x09, product="xHCI Host Controller")
    # An ST-LINK debugger: STMicro's vendor id, as on many Xprinters, but a vendor-specific interface.
    usb_device(sysfs, "1-1", (0x0483, 0x3748), [0xFF], manufacturer="STMicroelectronics", product="STM32 STLink")
    # An Xprinter on the same vendor id whose interface is a printer's (class 07).
    usb_device(sysfs, "1-2", (0x0483, 0x5743), [0x07], product="XP-470B", serial="XP2024A1")
    # A keyboard from a known label-printer maker's id range is still a keyboard.
    usb_device(sysfs, "1-3", (0x0A5F, 0x0099), [0x03], product="Keyboard")
    # A composite device: HID plus a printer interface.
    usb_device(sysfs, "1-4", (0x0A5F, 0x0181), [0x03, 0x07], manufacturer="Zebra Technologies", product="ZTC ZD420")

    found = discover_usb(sysfs=sysfs)

    assert found == [
        DiscoveredPrinter("usb://0483:5743/XP2024A1", "Xprinter XP-470B (USB 0483:5743)"),
        DiscoveredPrinter("usb://0A5F:0181", "Zebra Technologies ZTC ZD420 (USB 0A5F:0181)"),
    ]
    assert all(isinstance(transport_from_uri(p.uri), UsbTransport) for p in found)


def test_usb_discovery_keeps_device_strings_from_driving_anything(tmp_path: Path) -> None:
    sysfs = tmp_path / "devices"
    usb_device(sysfs, "2-1", (0x1203, 0x0230), [0x07], product="TSC\x1b[2J TE200", serial="../../etc")
    (printer,) = discover_usb(sysfs=sysfs)
    assert printer.uri == "usb://1203:0230"  # a serial that is not a plain word is left out of the address
    assert "\x1b" not in printer.description and printer.description.startswith("TSC")


def test_usb_discovery_without_a_usb_bus_finds_nothing(tmp_path: Path) -> None:
    (tmp_path / "devices").mkdir()
    assert discover_usb(sysfs=tmp_path / "devices") == []


# -- Zebra's UDP discovery (port 4201) ----------------------------------------------------


@pytest.mark.parametrize("version", [3, 4])
def test_a_zebra_answering_the_discovery_query_is_offered_at_the_address_it_answered_from(version: int) -> None:
    with ZebraDiscoveryResponder(version=version, reported_ip="10.1.0.158") as zebra:
        found = discover_zebra([(zebra.host, zebra.port)], timeout=0.5)
        assert zebra.queries >= 1
    assert found == [
        DiscoveredPrinter(
            "tcp://127.0.0.1:9100",
            "Zebra ZD420-203dpi ZBR4262077 (network 127.0.0.1:9100, serial D2J18450"
            + ("12" if version == 3 else "1234")
            + ")",
        )
    ]
    assert isinstance(transport_from_uri(found[0].uri), TcpTransport)


def test_zebra_discovery_lists_each_printer_once_and_reads_the_port_it_gives() -> None:
    with ZebraDiscoveryResponder(port=6101, product="ZQ630") as one, ZebraDiscoveryResponder() as two:
        targets = [(one.host, one.port), (two.host, two.port)]
        found = discover_zebra(targets, timeout=0.5, repeats=3)
    assert sorted(p.uri for p in found) == ["tcp://127.0.0.1:6101", "tcp://127.0.0.1:9100"]


def test_zebra_answers_cannot_smuggle_text_or_addresses() -> None:
    with ZebraDiscoveryResponder(product="ZD\x1b[2J\x07420", system_name="a" * 60) as zebra:
        (found,) = discover_zebra([(zebra.host, zebra.port)], timeout=0.5)
    assert found.uri == "tcp://127.0.0.1:9100"  # the sender, not the 10.1.0.158 the packet claims
    assert "\x1b" not in found.description and "\x07" not in found.description


def test_packets_that_are_not_zebra_answers_are_ignored() -> None:
    assert decode_zebra_answer(b"") is None
    assert decode_zebra_answer(b".,:\x01\x00\x00") is None  # another client's query
    assert decode_zebra_answer(b":,.\x04" + bytes(40)) is None  # cut short
    assert decode_zebra_answer(b":,.\x09" + bytes(500)) is None  # a version we do not know
    answer = decode_zebra_answer(ZebraDiscoveryResponder(version=4, extra=b"more").answer)
    assert answer is not None and answer.reported_ip == "10.1.0.158" and answer.port == 9100


def test_zebra_discovery_with_nobody_answering_ends_within_its_timeout() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as silent:
        silent.bind(("127.0.0.1", 0))
        started = time.monotonic()
        assert discover_zebra([silent.getsockname()], timeout=0.3) == []
        assert time.monotonic() - started < 1.0


# -- mDNS / DNS-SD: _pdl-datastream._tcp ------------------------------------------------


@pytest.fixture
def announced_printer() -> Iterator[PrinterEmulator]:
    """A printer emulator announcing itself over multicast DNS on loopback, as a Zebra does."""
    from zeroconf import ServiceInfo, Zeroconf

    with PrinterEmulator(seconds_per_label=0.01) as printer:
        zc = Zeroconf(interfaces=["127.0.0.1"])
        info = ServiceInfo(
            MDNS_SERVICE,
            f"ZD420 Bench 2.{MDNS_SERVICE}",
            addresses=[socket.inet_aton(printer.host)],
            port=printer.port,
            properties={"ty": "Zebra ZD420-203dpi ZPL\x1b[31m", "product": "(ZD420)"},
            server="zd420-bench.local.",
        )
        zc.register_service(info)
        try:
            yield printer
        finally:
            zc.unregister_service(info)
            zc.close()


def test_a_printer_announcing_raw_port_printing_over_mdns_is_found_and_prints(
    announced_printer: PrinterEmulator,
) -> None:
    found = discover_mdns(timeout=1.5, interfaces=["127.0.0.1"])
    (printer,) = [p for p in found if p.uri == announced_printer.uri]
    assert "ZD420 Bench" in printer.description and "Zebra ZD420-203dpi ZPL" in printer.description
    assert "\x1b" not in printer.description
    transport_from_uri(printer.uri).send(b"^XA^FDhello^FS^XZ", name="test")
    assert announced_printer.wait_printed(1)[0].payload.endswith(b"^XZ")


def test_the_whole_discovery_takes_under_two_seconds() -> None:
    started = time.monotonic()
    found = discover_all()
    assert time.monotonic() - started < 2.5  # the probes run side by side, each bounded
    assert all(transport_from_uri(p.uri) for p in found)
