"""`python -m app.simulator --port 8765 --faults latency=200ms,error=0.1`"""

from __future__ import annotations

import argparse
import logging

from app.simulator.server import Faults, serve_forever


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m app.simulator", description=__doc__)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--faults", default="", help="e.g. latency=200ms,error=0.2,lost_response=0.1")
    parser.add_argument("--orders", type=int, default=60, help="marketplace orders seeded at start")
    args = parser.parse_args(argv)
    try:
        faults = Faults.parse(args.faults)
    except ValueError as exc:
        parser.error(str(exc))
    logging.basicConfig(level=logging.INFO)
    serve_forever(args.port, faults, host=args.host, order_count=args.orders)


if __name__ == "__main__":
    main()
