"""Screenshots of the scan station at 1366×768: a red verdict waiting for its OK (Ship),
Verify and Handover mode (offscreen, from a demo run), in English or Chinese.

Run: ``QT_QPA_PLATFORM=offscreen uv run python -m ui.station_screenshots docs/screenshots [--lang zh_CN]``
"""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

SIZE = (1366, 768)  # the most common laptop and bench-PC screen


class _Silent:
    def play(self, name: str) -> None:
        pass


def save_station_screenshots(folder: Path | str, language: str = "en") -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from sqlalchemy import select

    from app.bootstrap import build
    from app.cli.demo import print_and_confirm, seed
    from app.settings import Settings, default_db_url
    from app.simulator import Simulator
    from db.models import Order, ProductBarcode
    from scanners.commands import COMMAND_PREFIX
    from ui.launcher import create_application, create_main_window

    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    app = create_application(language=language)
    suffix = "" if language == "en" else f"-{language}"
    saved = [out / f"ship-red{suffix}.png", out / f"verify{suffix}.png", out / f"handover{suffix}.png"]
    with tempfile.TemporaryDirectory(prefix="shipbench-shots-") as tmp, Simulator() as sim:
        data = Path(tmp)
        ws = build(Settings(db_url=default_db_url(data), data_dir=data, station="bench-1"))
        try:
            seed(ws, sim.url)
            ws.sync.pull()
            ws.orders.approve(None)
            ws.carriers.request_waybills(None)
            ws.outbox.run_until_idle()
            print_and_confirm(ws, data / "labels")
            ws.sync.pull()
            with ws.db.reader() as uow:
                s = uow.session
                order = s.scalar(select(Order).where(Order.marketplace_order_id == "MP-10002"))
                tracking = order.parcels[0].tracking_number
                barcodes = {b.product.sku: b.code for b in s.scalars(select(ProductBarcode))}
            printed = [
                p["tracking_number"]
                for p in ws.queues.parcels_summary()
                if p["state"] == "printed" and p["tracking_number"] != tracking
            ]

            window = create_main_window(ws, wedge=False)
            window.resize(*SIZE)
            window.show()
            station = window.scan_station
            station.sound = _Silent()
            window.show_scan_station()
            for code in printed[:2]:
                window.scan(code)
            intercepted = [p["tracking_number"] for p in ws.queues.parcels_summary() if p["state"] == "intercepted"]
            window.scan(intercepted[0] if intercepted else "NOSUCHPARCEL42")
            window.scan(printed[2])  # refused: the red waits for its OK
            station.refresh_figures()
            _settle(app)
            window.grab().save(str(saved[0]))
            window.scan(COMMAND_PREFIX + "OK")

            window.scan(COMMAND_PREFIX + "VERIFY")
            window.scan(tracking)
            session = station.verify_session
            assert session is not None
            first = session.items[0]
            for _ in range(first.quantity):
                window.scan(barcodes[first.sku])
            window.scan(barcodes[session.items[1].sku])
            window.scan(barcodes["LAMP-USB"])  # the red "wrong item" a packer must notice
            station.refresh_figures()
            _settle(app)
            window.grab().save(str(saved[1]))
            window.scan(COMMAND_PREFIX + "OK")

            window.scan(COMMAND_PREFIX + "HANDOVER")
            for code in printed[3:9]:
                window.scan(code)
            station.refresh_figures()
            _settle(app)
            window.grab().save(str(saved[2]))
            window.shutdown()
            window.close()
            window.deleteLater()
            _settle(app)
        finally:
            ws.close()
    return saved


def _settle(app: object) -> None:
    import time

    from ui.operations import wait_idle

    wait_idle()
    for _ in range(10):
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.02)


if __name__ == "__main__":
    logging.basicConfig(level=logging.WARNING)
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default="docs/screenshots")
    parser.add_argument("--lang", default="en", choices=("en", "zh_CN"))
    args = parser.parse_args()
    for p in save_station_screenshots(args.folder, args.lang):
        print(p)
