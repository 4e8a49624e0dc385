"""Screenshots of the scan station in Verify and Handover mode (offscreen, from a demo run).

Run: ``QT_QPA_PLATFORM=offscreen uv run python -m ui.station_screenshots docs/screenshots``
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

SIZE = (1280, 800)


class _Silent:
    def play(self, name: str) -> None:
        pass


def save_station_screenshots(folder: Path | str) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from sqlalchemy import select

    from app.bootstrap import build
    from app.demo import seed
    from app.settings import Settings, default_db_url
    from app.simulator import Simulator
    from db.models import Order, ProductBarcode
    from scanners.commands import COMMAND_PREFIX
    from ui.launcher import create_application, create_main_window

    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    saved = [out / "verify.png", out / "handover.png"]
    with tempfile.TemporaryDirectory(prefix="shipbench-shots-") as tmp, Simulator() as sim:
        data = Path(tmp)
        ws = build(Settings(db_url=default_db_url(data), data_dir=data, station="bench-1"))
        try:
            seed(ws, sim.url)
            ws.pull()
            ws.approve(None)
            ws.request_waybills(None)
            ws.runner.run_until_idle()
            ws.run_print_job(ws.create_print_job(ws.printable_parcels(None)))
            ws.pull()
            with ws.db.reader() as uow:
                s = uow.session
                order = s.scalar(select(Order).where(Order.marketplace_order_id == "MP-10002"))
                tracking = order.parcels[0].tracking_number
                barcodes = {b.product.sku: b.code for b in s.scalars(select(ProductBarcode))}
            printed = [p["tracking_number"] for p in ws.parcels_summary() if p["state"] == "printed" and p["tracking_number"] != tracking]

            window = create_main_window(ws, wedge=False)
            window.resize(*SIZE)
            window.show()
            station = window.scan_station
            station.sound = _Silent()
            window.show_scan_station()
            for code in printed[:2]:
                window.scan(code)

            window.scan(COMMAND_PREFIX + "VERIFY")
            window.scan(tracking)
            session = station.verify_session
            assert session is not None
            first = session.items[0]
            for _ in range(first.quantity):
                window.scan(barcodes[first.sku])
            window.scan(barcodes[session.items[1].sku])
            window.scan(barcodes["LAMP-USB"])  # the red "wrong item" a packer must notice
            station.figures.refresh()
            _settle(app)
            window.grab().save(str(saved[0]))

            window.scan(COMMAND_PREFIX + "HANDOVER")
            for code in printed[2:8]:
                window.scan(code)
            station.figures.refresh()
            _settle(app)
            window.grab().save(str(saved[1]))
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
    for p in save_station_screenshots(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"):
        print(p)
