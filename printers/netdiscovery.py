"""Network printers found without drivers: Zebra's UDP discovery and mDNS/DNS-SD.

Both ask the local network once and listen for a bounded time (`timeout`, 1.2 s;
under 2 s in all), so a shop without such printers waits no longer than that. What a printer
says about itself (names, models) is shown, never obeyed: the address offered is the
one its answer came from, and only its port number is read from the answer.
"""

from __future__ import annotations

import ipaddress
import logging
import select
import socket
import time
from collections.abc import Iterable
from dataclasses import dataclass

from printers.discovery import DiscoveredPrinter

__all__ = [
    "MDNS_SERVICE",
    "ZEBRA_DISCOVERY_PORT",
    "ZEBRA_QUERY",
    "ZebraAnswer",
    "decode_zebra_answer",
    "discover_mdns",
    "discover_zebra",
]

log = logging.getLogger(__name__)

# -- Zebra's discovery (ZebraNet, Link-OS) ---------------------------------------------
#
# The query is the six bytes `.,:` 01 00 00 sent to UDP port 4201 (broadcast or to one
# host); each Zebra print server answers to the sender's port with a packet opening
# `:,.` and a discovery version byte: 3 is the older fixed layout, 4 the "advanced" one
# Link-OS printers send. Offsets below are those of Zebra's SDK packet decoders
# (DiscoveryPacketDecoderLegacy / DiscoveryPacketDecoderAdvanced).

ZEBRA_DISCOVERY_PORT = 4201
ZEBRA_QUERY = b".,:\x01\x00\x00"
_ZEBRA_MAGIC = b":,."
_LEGACY, _ADVANCED = 3, 4
# version → (minimum length, {field: (offset, size)})
_LAYOUTS: dict[int, tuple[int, dict[str, tuple[int, int]]]] = {
    _LEGACY: (
        375,
        {
            "product_name": (12, 20),
            "firmware": (39, 10),
            "serial": (60, 10),
            "ip": (72, 4),
            "system_name": (84, 25),
        },
    ),
    _ADVANCED: (
        0x15A,  # through the port field: the SDK reads further, we need no more
        {
            "system_name": (0x0D, 0x3F),
            "product_name": (0x4C, 0x20),
            "firmware": (0x6C, 0x10),
            "serial": (0xBC, 0x20),  # the device's unique id: its serial number
            "ip": (0x14C, 4),
            "port": (0x158, 2),
        },
    ),
}
# Zebra's mobile printers listen on 6101 instead of 9100 (the SDK's rule for old answers).
_MOBILE_PREFIXES = ("QL", "RW", "MZ", "P4T", "MQ", "MU")


@dataclass(frozen=True)
class ZebraAnswer:
    """What one Zebra print server said about itself (text made safe to show)."""

    product_name: str
    system_name: str
    serial: str
    firmware: str
    reported_ip: str
    port: int


def decode_zebra_answer(packet: bytes) -> ZebraAnswer | None:
    """A discovery answer, or None for anything else (short, unknown version, not Zebra)."""
    if not packet.startswith(_ZEBRA_MAGIC) or len(packet) < 4:
        return None
    layout = _LAYOUTS.get(packet[3])
    if layout is None or len(packet) < layout[0]:
        return None
    fields = layout[1]

    def text(name: str) -> str:
        offset, size = fields[name]
        return _safe_text(packet[offset : offset + size])

    ip_at = fields["ip"][0]
    product = text("product_name")
    if "port" in fields:
        port = int.from_bytes(packet[fields["port"][0] : fields["port"][0] + 2], "big")
    else:
        port = 6101 if product.startswith(_MOBILE_PREFIXES) else 9100
    if not 0 < port < 65536:
        port = 9100
    return ZebraAnswer(
        product_name=product,
        system_name=text("system_name"),
        serial=text("serial"),
        firmware=text("firmware"),
        reported_ip=str(ipaddress.IPv4Address(packet[ip_at : ip_at + 4])),
        port=port,
    )


def discover_zebra(
    targets: Iterable[tuple[str, int]] = (("255.255.255.255", ZEBRA_DISCOVERY_PORT),),
    *,
    timeout: float = 1.2,
    repeats: int = 3,
) -> list[DiscoveredPrinter]:
    """Zebra printers that answer the discovery query within `timeout` seconds.

    The query goes out `repeats` times (UDP may drop one); each printer is listed once.
    """
    found: dict[str, DiscoveredPrinter] = {}
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
            sock.bind(("", 0))
            targets = list(targets)
            deadline = time.monotonic() + timeout
            for n in range(repeats):
                for target in targets:
                    try:
                        sock.sendto(ZEBRA_QUERY, target)
                    except OSError as exc:  # no route, no broadcast on this network
                        if n == 0:
                            log.info("Zebra discovery could not ask %s: %s", target[0], exc)
                _collect(sock, found, until=min(deadline, time.monotonic() + timeout / (repeats * 2)))
            _collect(sock, found, until=deadline)
    except OSError as exc:
        log.info("Zebra discovery skipped: %s", exc)
    return list(found.values())


def _collect(sock: socket.socket, found: dict[str, DiscoveredPrinter], *, until: float) -> None:
    while (left := until - time.monotonic()) > 0:
        ready, _, _ = select.select([sock], [], [], left)
        if not ready:
            return
        try:
            packet, (host, _port) = sock.recvfrom(2048)
        except OSError:
            return
        answer = decode_zebra_answer(packet)
        if answer is None:
            continue
        uri = f"tcp://{host}:{answer.port}"
        if uri in found:
            continue
        name = " ".join(x for x in ("Zebra", answer.product_name, answer.system_name) if x)
        serial = f", serial {answer.serial}" if answer.serial else ""
        found[uri] = DiscoveredPrinter(uri, f"{name} (network {host}:{answer.port}{serial})")


# -- mDNS / DNS-SD: `_pdl-datastream._tcp` (raw port 9100 printing) ----------------------

MDNS_SERVICE = "_pdl-datastream._tcp.local."


def discover_mdns(
    *, timeout: float = 1.2, interfaces: list[str] | None = None, service: str = MDNS_SERVICE
) -> list[DiscoveredPrinter]:
    """Printers that announce raw-port printing over multicast DNS within `timeout` seconds.

    `interfaces` limits the query to those addresses (tests use ["127.0.0.1"]).
    """
    try:
        from zeroconf import IPVersion, ServiceBrowser, ServiceListener, Zeroconf
    except ImportError as exc:
        log.info("mDNS discovery skipped: %s", exc)
        return []

    names: list[str] = []

    class Names(ServiceListener):
        def add_service(self, zc: Zeroconf, type_: str, name: str) -> None:
            names.append(name)

        def update_service(self, zc: Zeroconf, type_: str, name: str) -> None:
            pass

        def remove_service(self, zc: Zeroconf, type_: str, name: str) -> None:
            pass

    deadline = time.monotonic() + timeout
    found: dict[str, DiscoveredPrinter] = {}
    try:
        zc = Zeroconf(interfaces=interfaces) if interfaces is not None else Zeroconf(ip_version=IPVersion.V4Only)
    except Exception as exc:  # noqa: BLE001 -- no multicast on this network, no permission: not ours
        log.info("mDNS discovery skipped: %s: %s", type(exc).__name__, exc)
        return []
    try:
        browser = ServiceBrowser(zc, service, Names())
        # Listen for most of the time allowed (a responder may hold its answer up to a second,
        # RFC 6762 §6); answers carry their address records along, so the names found resolve
        # from the cache in the little time kept for them. Printers answer together: a short
        # quiet spell after the first name ends the listening early.
        listen_until = deadline - min(0.25, timeout * 0.2)
        first_seen: float | None = None
        while (now := time.monotonic()) < listen_until:
            if names and first_seen is None:
                first_seen = now
            if first_seen is not None and now - first_seen > 0.2:
                break
            time.sleep(0.02)
        browser.cancel()
        for name in list(dict.fromkeys(names)):
            left_ms = int((deadline - time.monotonic()) * 1000)
            info = zc.get_service_info(service, name, timeout=max(left_ms, 50))
            if info is None or not info.port:
                continue
            label = _safe_text(name.removesuffix("." + service).encode("utf-8", "replace"))
            model = _safe_text(info.properties.get(b"ty") or info.properties.get(b"product") or b"")
            for address in info.parsed_addresses(IPVersion.V4Only):
                uri = f"tcp://{ipaddress.IPv4Address(address)}:{int(info.port)}"
                what = " — ".join(dict.fromkeys(x for x in (label, model) if x)) or "network printer"
                found.setdefault(uri, DiscoveredPrinter(uri, f"{what} (network {address}:{info.port}, mDNS)"))
    except Exception as exc:  # noqa: BLE001 -- a malformed answer must not break discovery
        log.info("mDNS discovery stopped: %s: %s", type(exc).__name__, exc)
    finally:
        zc.close()
    return list(found.values())


def _safe_text(raw: bytes, limit: int = 64) -> str:
    """Text from the network, made fit to show: up to the first NUL, printable, short."""
    text = raw.split(b"\x00", 1)[0].decode("utf-8", "replace")
    return "".join(ch for ch in text if ch.isprintable()).strip()[:limit]
