"""Screenshots for the README, from a real demo run (offscreen, no display needed).

Run: ``QT_QPA_PLATFORM=offscreen uv run python -m ui.screenshot docs/screenshots [en|zh_CN]``
(Chinese: ``main-window-zh.png`` and ``scan-station-zh.png``).
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

SIZE = (1280, 800)
KEEP_IN_REVIEW = 14  # so the Review tab still has orders, some with reasons


def save_screenshots(folder: Path | str, language: str = "en") -> list[Path]:
    """Demo workstation → approve, waybills, print, scan (one green, the intercepted red) → PNGs."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QItemSelectionModel

    from app.bootstrap import build
    from app.cli.demo import print_and_confirm, seed
    from app.settings import Settings, default_db_url
    from app.simulator import Simulator
    from ui.changes import Changes
    from ui.launcher import create_application, create_main_window
    from ui.models import REASONS_COLUMN

    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    from ui.i18n import remove_translator

    app = create_application(language=language)
    suffix = "" if language == "en" else "-zh"
    with tempfile.TemporaryDirectory(prefix="shipbench-shots-") as tmp, Simulator() as sim:
        data = Path(tmp)
        ws = build(Settings(db_url=default_db_url(data), data_dir=data, station="bench-1"))
        try:
            seed(ws, sim.url)
            ws.sync.pull()
            review = [row.id for row in ws.queues.queue_page("review", 0, 200)]
            ws.orders.approve(review[:-KEEP_IN_REVIEW])
            ws.carriers.request_waybills(None)
            ws.outbox.run_until_idle()
            print_and_confirm(ws, data / "labels")
            ws.sync.pull()  # the marketplace's scripted cancel arrives: one parcel is intercepted
            ws.outbox.run_until_idle()
            parcels = ws.queues.parcels_summary()
            green = [p["tracking_number"] for p in parcels if p["state"] == "printed"][:3]
            red = [p["tracking_number"] for p in parcels if p["state"] == "intercepted"][:1]

            window = create_main_window(ws, wedge=False)
            window.resize(*SIZE)
            window.show()
            for code in green + red:
                window.scan(code)
            ws.outbox.run_until_idle()  # the confirmations of the green scans
            window.changed(Changes.everything())

            # Main window: the Review tab, an order with a reason (ideally a CJK recipient) selected.
            window.tabs.setCurrentIndex(0)
            model, view = window.models["review"], window.views["review"]
            rows = range(model.rowCount())
            flagged = [r for r in rows if model.index(r, REASONS_COLUMN).data() not in ("review", "")]
            cjk = [r for r in flagged if not model.index(r, 2).data().isascii()]
            row = (cjk or flagged or [0])[0]
            view.selectionModel().setCurrentIndex(
                model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            _settle(app)
            saved = [out / f"main-window{suffix}.png", out / f"scan-station{suffix}.png"]
            window.grab().save(str(saved[0]))

            window.show_scan_station()
            _settle(app)
            window.grab().save(str(saved[1]))
            window.shutdown()
            window.close()
            window.deleteLater()
            _settle(app)
        finally:
            ws.close()
            remove_translator(app)
    for path in saved:
        log.info("saved %s", path)
    return saved


def _settle(app: QApplication) -> None:  # type: ignore[name-defined]  # noqa: F821
    for _ in range(5):
        app.processEvents()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    folder_arg = sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"
    for p in save_screenshots(folder_arg, sys.argv[2] if len(sys.argv) > 2 else "en"):
        print(p)
