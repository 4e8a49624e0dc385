"""Screenshots of the Reports screen at 1366×768 (offscreen, from a demo run): a week per day
and the shops, in English or Chinese.

Run: ``QT_QPA_PLATFORM=offscreen uv run python -m ui.reports_screenshots docs/screenshots/reports [--lang zh_CN]``

The demo books, prints and ships its parcels in one go; to show a week, the script moves
their times back over the last seven days (orders in, bookings, shipping, a few past
their ship-by) before the screen reads them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

    from app.workstation import Workstation

log = logging.getLogger(__name__)

SIZE = (1366, 768)


def save_reports_screenshots(folder: Path | str, language: str = "en") -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.bootstrap import build
    from app.cli.demo import print_and_confirm, seed
    from app.settings import Settings, default_db_url
    from app.simulator import Simulator
    from ui.launcher import create_application, create_main_window

    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    app = create_application(language=language)
    suffix = "" if language == "en" else f"-{language}"
    saved = [out / f"reports-daily{suffix}.png", out / f"reports-late{suffix}.png"]
    with tempfile.TemporaryDirectory(prefix="shipbench-shots-") as tmp, Simulator(order_count=80) as sim:
        data = Path(tmp)
        ws = build(Settings(db_url=default_db_url(data), data_dir=data, station="bench-1"))
        try:
            seed(ws, sim.url)
            ws.sync.pull()
            ws.orders.approve(None)
            ws.carriers.request_waybills(None)
            ws.outbox.run_until_idle()
            print_and_confirm(ws, data / "labels")
            printed = [p["tracking_number"] for p in ws.queues.parcels_summary() if p["state"] == "printed"]
            keep = max(6, len(printed) // 6)  # some still to go at the day's end
            for code in printed[:-keep]:
                ws.bench.scan(code)
            voids = [p["number"] for p in ws.queues.parcels_summary() if p["state"] == "printed"][:3]
            ws.carriers.void_waybills(voids, "wrong address")
            ws.outbox.run_until_idle()
            _spread_over_a_week(ws)

            window = create_main_window(ws, wedge=False)
            window.resize(*SIZE)
            window.show()
            screen = window.reports
            window.tabs.setCurrentWidget(screen)
            _settle(app)
            window.grab().save(str(saved[0]))
            screen.kind.setCurrentIndex(screen.kind.findData("late"))
            _settle(app)
            window.grab().save(str(saved[1]))
            window.shutdown()
            window.close()
            window.deleteLater()
            _settle(app)
        finally:
            ws.close()
    return saved


def _spread_over_a_week(ws: Workstation) -> None:
    """Demo times moved back over the last seven days, a parcel in five past its ship-by."""
    from sqlalchemy import select

    from db.models import Order, Parcel, Waybill

    now = dt.datetime.now(dt.UTC)
    with ws.db.uow() as uow:
        s = uow.session
        orders = list(s.scalars(select(Order).order_by(Order.id)))
        for i, order in enumerate(orders):
            days = 6 - (i * 7) // max(len(orders), 1)
            order.ordered_at = now - dt.timedelta(days=days, hours=(i * 5) % 9 + 1)
            order.ship_by = order.ordered_at + dt.timedelta(days=2 if i % 5 else 1, hours=-20 if i % 5 == 0 else 0)
        for parcel in s.scalars(select(Parcel).where(Parcel.shipped_at.is_not(None))):
            ordered = parcel.order.ordered_at
            assert ordered is not None
            parcel.shipped_at = min(ordered + dt.timedelta(hours=20 + (parcel.id % 3) * 3), now)
        for waybill in s.scalars(select(Waybill)):
            booked = s.get(Parcel, waybill.parcel_id)
            ordered = booked.order.ordered_at if booked is not None else None
            if ordered is None:
                continue
            waybill.booked_at = ordered + dt.timedelta(hours=2)
            if waybill.refunded_at is not None:
                waybill.refunded_at = waybill.voided_at = ordered + dt.timedelta(hours=5)
        uow.commit()


def _settle(app: QCoreApplication) -> None:
    from ui.operations import wait_idle

    for _ in range(3):
        wait_idle()
        for _ in range(10):
            app.processEvents()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", nargs="?", default="docs/screenshots/reports")
    parser.add_argument("--lang", default="en")
    options = parser.parse_args()
    for path in save_reports_screenshots(options.folder, options.lang):
        print(path)
