"""Screenshots of the first run: every setup-assistant page, and the main window with each menu open.

Run: ``QT_QPA_PLATFORM=offscreen uv run python -m ui.setup_screenshots docs/screenshots/setup [en|zh_CN]``
(1366×768, the smallest common laptop screen; files end in ``-zh_CN`` for Chinese).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

SIZE = (1366, 768)
ASSISTANT_SIZE = (760, 640)


def _cjk_font() -> None:
    """Without a CJK system font (a bare CI box), use the label font bundled in resources/fonts."""
    from PySide6.QtGui import QFont, QFontDatabase
    from PySide6.QtWidgets import QApplication

    from ui.fonts import CJK_FAMILIES

    if any(f in QFontDatabase.families() for f in CJK_FAMILIES):
        return
    bundled = Path(__file__).resolve().parents[1] / "resources" / "fonts" / "NotoSansCJKsc-Subset.otf"
    font_id = QFontDatabase.addApplicationFont(str(bundled))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    app = QApplication.instance()
    if families and isinstance(app, QApplication):
        font = QFont(app.font())
        font.setFamilies([*font.families(), *families])
        app.setFont(font)


def save_screenshots(folder: Path | str, language: str = "en") -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QPainter

    from app.bootstrap import build
    from app.settings import Settings
    from ui.launcher import create_application, create_main_window
    from ui.setup_assistant import SetupAssistant

    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    suffix = "" if language == "en" else f"-{language}"
    app = create_application(language=language)
    _cjk_font()
    saved: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="shipbench-setup-shots-") as tmp:
        os.environ["SHIPBENCH_DATA_DIR"] = tmp
        ws = build(Settings(db_url=f"sqlite:///{Path(tmp) / 'shop.db'}", data_dir=Path(tmp)))
        assistant = SetupAssistant(ws, language)
        assistant.resize(*ASSISTANT_SIZE)
        assistant.show()
        for n, page_id in enumerate(assistant.pageIds(), start=1):
            while assistant.currentId() != page_id:
                assistant.next()
            app.processEvents()
            path = out / f"assistant-{n}{suffix}.png"
            assistant.grab().save(str(path))
            saved.append(path)
        assistant.close()

        window = create_main_window(ws, wedge=False)
        window.resize(*SIZE)
        window.show()
        app.processEvents()
        path = out / f"main-window{suffix}.png"
        window.grab().save(str(path))
        saved.append(path)
        for name in ("file", "orders", "settings", "help"):
            menu = getattr(window, f"menu_{name}")
            action = menu.menuAction()
            where = window.menuBar().actionGeometry(action).bottomLeft()
            menu.popup(window.menuBar().mapToGlobal(where))
            app.processEvents()
            image = window.grab().toImage()
            painter = QPainter(image)
            painter.drawPixmap(window.mapFromGlobal(menu.pos()) if menu.pos() != QPoint() else where, menu.grab())
            painter.end()
            menu.hide()
            path = out / f"menu-{name}{suffix}.png"
            image.save(str(path))
            saved.append(path)
        from app.shop import WarehouseAddress
        from ui.menus import HelpDialog
        from ui.shop_settings import ShopSettingsDialog

        ws.shop.set_warehouse(
            WarehouseAddress(
                name="Hangzhou",
                contact="Chen Jing",
                company="Lotus Tea House",
                lines=("18 Longjing Road",),
                city="Hangzhou",
                region="Zhejiang",
                postcode="310013",
                country="CN",
                phone="+86 571 8888 0000",
            )  # fmt: skip
        )
        for name, dialog in (
            ("shop-settings", ShopSettingsDialog(ws, window)),
            ("getting-started", HelpDialog(window)),
        ):
            dialog.show()
            app.processEvents()
            path = out / f"{name}{suffix}.png"
            dialog.grab().save(str(path))
            saved.append(path)
            dialog.close()
        window.shutdown()
        window.close()
        ws.close()
    return saved


if __name__ == "__main__":
    for shot in save_screenshots(sys.argv[1] if len(sys.argv) > 1 else ".", sys.argv[2] if len(sys.argv) > 2 else "en"):
        print(shot)
