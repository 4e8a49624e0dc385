"""`simulator`: the loopback marketplace and carrier, on a port, until Ctrl+C."""

from __future__ import annotations

import argparse
import errno
from typing import TYPE_CHECKING

from app.cli.registry import arg, command
from app.errors import InvalidInput

if TYPE_CHECKING:
    from app.simulator import Faults


def parse_faults(text: str) -> Faults | None:
    """``--faults latency=200ms,error=0.2,…`` as the simulator's Faults (None: no faults)."""
    from app.simulator import Faults

    try:
        return Faults.parse(text) if text else None
    except ValueError as exc:
        raise InvalidInput(f"--faults: {exc}") from None


@command(
    "simulator",
    help="run the marketplace + carrier simulator",
    args=[
        arg("--port", type=int, default=8765),
        arg("--faults", default="", help="e.g. latency=200ms,error=0.2,lost_response=0.1,throttle=0.1"),
        arg("--orders", type=int, default=60, help="how many orders the marketplace starts with"),
    ],
)
def simulator(args: argparse.Namespace) -> int:
    from app.simulator import serve_forever

    faults = parse_faults(args.faults)
    if not 0 <= args.port <= 65535:
        raise InvalidInput(f"--port must be 0 to 65535, not {args.port}")
    try:
        serve_forever(args.port, faults, order_count=args.orders)
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise InvalidInput(
                f"port {args.port} is already in use (another simulator?); choose another with --port"
            ) from None
        if exc.errno == errno.EACCES:
            raise InvalidInput(
                f"port {args.port} needs administrator rights; choose one above 1023 with --port"
            ) from None
        raise
    return 0
