"""A Zebra print server's discovery side on loopback UDP, answering as a Zebra would.

Independent of `printers/`: the packets are laid out here from Zebra's SDK decoders
(legacy version 3, "advanced" version 4) and from a capture of a ZebraNet print server
answering `.,:` 01 00 00 on port 4201. It answers each query it receives, to the port the
query came from, and ignores anything else (as printers do).
"""

from __future__ import annotations

import socket
import threading
from typing import Literal, Self

__all__ = ["ZebraDiscoveryResponder"]

QUERY = b".,:\x01\x00\x00"


def _put(packet: bytearray, offset: int, size: int, value: bytes) -> None:
    packet[offset : offset + size] = value[:size].ljust(size, b"\x00")


class ZebraDiscoveryResponder:
    def __init__(
        self,
        *,
        version: Literal[3, 4] = 4,
        product: str = "ZD420-203dpi",
        system_name: str = "ZBR4262077",
        serial: str = "D2J184501234",
        firmware: str = "V84.20.18Z",
        reported_ip: str = "10.1.0.158",
        port: int = 9100,
        extra: bytes = b"",
    ) -> None:
        self.version, self.queries = version, 0
        self.answer = self._packet(product, system_name, serial, firmware, reported_ip, port) + extra
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.settimeout(0.05)
        self.host, self.port = self._sock.getsockname()[:2]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="zebra-discovery", daemon=True)
        self._thread.start()

    def _packet(self, product: str, system_name: str, serial: str, firmware: str, ip: str, port: int) -> bytes:
        if self.version == 3:  # the older ZebraNet layout
            p = bytearray(375)
            p[0:4] = b":,.\x03"
            _put(p, 4, 8, b"79071")  # product number
            _put(p, 12, 20, product.encode())
            _put(p, 32, 7, b"1166A")  # date code
            _put(p, 39, 10, firmware.encode())
            _put(p, 49, 5, b"ZBR")
            _put(p, 54, 6, bytes.fromhex("00074d4108bd"))
            _put(p, 60, 10, serial.encode())
            _put(p, 70, 2, b"\x01\x00")
            _put(p, 72, 4, socket.inet_aton(ip))
            _put(p, 76, 4, socket.inet_aton("255.255.255.0"))
            _put(p, 80, 4, socket.inet_aton("10.1.0.1"))
            _put(p, 84, 25, system_name.encode())
            return bytes(p)
        p = bytearray(0x1A6)  # Link-OS "advanced" layout
        p[0:5] = b":,.\x04\x01"
        _put(p, 0x08, 5, b"ZBR")
        _put(p, 0x0D, 0x3F, system_name.encode())
        _put(p, 0x4C, 0x20, product.encode())
        _put(p, 0x6C, 0x10, firmware.encode())
        _put(p, 0x7C, 0x24, b"Packing bench 2")  # location
        _put(p, 0xBC, 0x20, serial.encode())
        _put(p, 0x144, 6, bytes.fromhex("00074d4108bd"))
        _put(p, 0x14C, 4, socket.inet_aton(ip))
        _put(p, 0x150, 4, socket.inet_aton("255.255.255.0"))
        _put(p, 0x154, 4, socket.inet_aton("10.1.0.1"))
        _put(p, 0x158, 2, port.to_bytes(2, "big"))
        return bytes(p)

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                data, sender = self._sock.recvfrom(2048)
            except TimeoutError:
                continue
            except OSError:
                return
            if data == QUERY:
                self.queries += 1
                self._sock.sendto(self.answer, sender)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._sock.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
