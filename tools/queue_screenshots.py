"""Screenshots of the Review and Print queues at 1366×768 (a shop PC's screen), in English and Chinese.

    QT_QPA_PLATFORM=offscreen uv run python tools/queue_screenshots.py [FOLDER]

Every queue must show order, recipient, country, method, tracking and ship-by without a
horizontal scrollbar (``tests/ui/test_queue_columns.py`` checks it; these are to look at).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

SIZE = (1366, 768)


def main(folder: Path) -> None:
    from app.bootstrap import build
    from app.cli.demo import seed
    from app.settings import Settings
    from app.simulator import Simulator
    from ui.i18n import install_translator, remove_translator
    from ui.launcher import create_application, create_main_window

    folder.mkdir(parents=True, exist_ok=True)
    app = create_application(language="en")
    with tempfile.TemporaryDirectory(prefix="shipbench-queues-") as tmp, Simulator() as sim:
        ws = build(Settings(db_url=f"sqlite:///{Path(tmp) / 'shop.db'}", data_dir=Path(tmp), station="bench-1"))
        try:
            seed(ws, sim.url)
            ws.sync.pull()
            review = [row.id for row in ws.queues.queue_page("review", 0, 200)]
            ws.orders.approve(review[:-14])  # some stay in Review, the rest get waybills
            ws.carriers.request_waybills(None)
            ws.outbox.run_until_idle()
            for language in ("en", "zh_CN"):
                remove_translator(app)
                install_translator(app, language)
                window = create_main_window(ws, wedge=False)
                window.resize(*SIZE)
                window.show()
                for queue in ("review", "print"):
                    window.tabs.setCurrentWidget(window.views[queue])
                    for _ in range(30):
                        app.processEvents()
                    scrolls = window.views[queue].horizontalScrollBar().isVisible()
                    path = folder / f"queue-{queue}-1366x768-{language}.png"
                    window.grab().save(str(path))
                    print(f"{path}: {window.width()}×{window.height()}, horizontal scrollbar: {scrolls}")
                window.shutdown()
                window.deleteLater()
        finally:
            ws.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
