"""A new shop's first start: the setup assistant, never the demo; its address reaches the labels."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWizard

from ui import launcher
from ui.main_window import MainWindow
from ui.setup_assistant import SetupAssistant


def _visible(kind: type) -> list[Any]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def _type(qtbot: Any, edit: QLineEdit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def _click(qtbot: Any, assistant: QWizard, which: QWizard.WizardButton) -> None:
    qtbot.mouseClick(assistant.button(which), Qt.MouseButton.LeftButton)


def label_texts(zpl: bytes) -> list[str]:
    """The text of every ^FH_ field of a ZPL label, as the printer prints it."""
    out = []
    for body in re.findall(rb"\^FH_\^FD(.*?)\^FS", zpl, re.S):
        out.append(re.sub(rb"_([0-9A-Fa-f]{2})", lambda m: bytes([int(m[1], 16)]), body).decode("utf-8"))
    return out


def add_order_with_a_parcel(window: MainWindow) -> str:
    """An order as a marketplace would send it, with its parcel (the label needs one)."""
    from db.models import Order, Parcel, Shop

    with window.ws.db.uow() as uow:
        shop = Shop(name="Etsy", marketplace="woocommerce")
        uow.session.add(shop)
        uow.session.flush()
        order = Order(shop_id=shop.id, marketplace_order_id="E-1", number="E-1", ship_name="Ana Ruiz",
                      ship_address1="Calle Mayor 5", ship_city="Madrid", ship_postcode="28013", ship_country="ES")  # fmt: skip
        uow.session.add(order)
        uow.session.flush()
        uow.session.add(Parcel(number="P-0001", order_id=order.id, tracking_number="LX123456785CN", weight_grams=300))
        uow.commit()
    return "P-0001"


def start_gui(db: Path, exec_: Any, monkeypatch: pytest.MonkeyPatch, *, demo: bool = False) -> int:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    monkeypatch.setattr(QApplication, "exec", exec_)  # the real loop cannot run under pytest-qt
    return launcher.run_gui(argparse.Namespace(db=None if demo else f"sqlite:///{db}", demo=demo, verbose=False))


def test_a_new_shop_sets_itself_up_and_its_labels_carry_the_from_address(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "lotus.db"
    seen: dict[str, Any] = {}

    def as_a_new_user(*_args: Any) -> int:
        qtbot.waitUntil(lambda: bool(_visible(SetupAssistant)))
        assert not _visible(MainWindow)  # the assistant, not the demo (nor an empty window)
        assistant = _visible(SetupAssistant)[0]
        assert assistant.currentPage() is assistant.language_page
        _click(qtbot, assistant, QWizard.WizardButton.NextButton)

        shop = assistant.shop_page.form
        qtbot.keyClicks(shop.name, "Lotus Tea House")
        qtbot.keyClicks(shop.phone, "+86 571 8888 0000")
        qtbot.keyClicks(shop.ioss, "IM1560000123")
        _click(qtbot, assistant, QWizard.WizardButton.NextButton)

        address = assistant.address_page.form
        assert assistant.currentPage() is assistant.address_page
        _type(qtbot, address.warehouse, "Hangzhou warehouse")
        qtbot.keyClicks(address.contact, "Chen Jing")
        qtbot.keyClicks(address.street1, "18 Longjing Road")
        qtbot.keyClicks(address.city, "Hangzhou")
        _click(qtbot, assistant, QWizard.WizardButton.NextButton)
        # No country yet: the page says so and stays.
        assert assistant.currentPage() is assistant.address_page
        assert "country" in assistant.address_page.error.text()
        qtbot.keyClicks(address.postcode, "310013")
        qtbot.keyClicks(address.country, "cn")
        _click(qtbot, assistant, QWizard.WizardButton.NextButton)

        # Marketplaces, carriers, printers, scanner: skipped; each says what is set up.
        for page in ("marketplaces_page", "carriers_page", "printers_page", "scanner_page"):
            assert assistant.currentPage() is getattr(assistant, page)
            _click(qtbot, assistant, QWizard.WizardButton.NextButton)
        assert assistant.currentPage() is assistant.orders_page
        assert "No orders yet" in assistant.orders_page.status.text()
        _click(qtbot, assistant, QWizard.WizardButton.FinishButton)

        qtbot.waitUntil(lambda: bool(_visible(MainWindow)))
        window = _visible(MainWindow)[0]
        seen["title"] = window.windowTitle()
        titles = [m.title().replace("&", "") for m in (a.menu() for a in window.menuBar().actions()) if m]
        seen["menus"] = titles

        window.menus.shop_action.trigger()  # Settings → Shop and addresses…
        dialog = window.menus.dialog
        seen["settings"] = (
            dialog.list.item(0).text(),
            dialog.address_form.street1.text(),
            dialog.address_form.city.text(),
            dialog.profile_form.ioss.text(),
        )
        dialog.reject()

        parcel = add_order_with_a_parcel(window)
        seen["label"] = label_texts(window.ws.printing.render_parcel_label(parcel, "zpl"))
        return 0

    assert start_gui(db, as_a_new_user, monkeypatch) == 0
    assert "demo" not in seen["title"]
    assert seen["menus"][0] == "File" and seen["menus"][-2:] == ["Settings", "Help"]
    assert seen["settings"] == ("Hangzhou warehouse  (default)", "18 Longjing Road", "Hangzhou", "IM1560000123")
    from_block = "\n".join(seen["label"])
    assert "Chen Jing" in from_block and "18 Longjing Road" in from_block
    assert "310013" in from_block and "Hangzhou" in from_block
    assert "Ana Ruiz" in from_block  # and the recipient, of course

    # The next start goes straight to the main window.
    def straight_in(*_args: Any) -> int:
        qtbot.waitUntil(lambda: bool(_visible(MainWindow)))
        seen["again"] = bool(_visible(SetupAssistant))
        return 0

    assert start_gui(db, straight_in, monkeypatch) == 0
    assert seen["again"] is False


def test_set_up_later_opens_the_main_window_and_asks_again_next_time(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "later.db"
    asked: list[bool] = []

    def set_up_later(*_args: Any) -> int:
        qtbot.waitUntil(lambda: bool(_visible(SetupAssistant)))
        asked.append(True)
        _click(qtbot, _visible(SetupAssistant)[0], QWizard.WizardButton.CancelButton)
        qtbot.waitUntil(lambda: bool(_visible(MainWindow)))
        assert "demo" not in _visible(MainWindow)[0].windowTitle()
        return 0

    assert start_gui(db, set_up_later, monkeypatch) == 0
    assert start_gui(db, set_up_later, monkeypatch) == 0  # still empty: the assistant again
    assert asked == [True, True]


def test_demo_stays_the_only_way_into_the_demo(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []

    def look(*_args: Any) -> int:
        qtbot.waitUntil(lambda: bool(_visible(MainWindow)))
        seen.extend(w.windowTitle() for w in _visible(MainWindow))
        seen.extend("assistant" for _ in _visible(SetupAssistant))
        return 0

    assert start_gui(tmp_path / "unused.db", look, monkeypatch, demo=True) == 0
    assert len(seen) == 1 and "demo" in seen[0]


def test_choosing_chinese_reopens_the_assistant_in_chinese_and_is_remembered(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.i18n import remove_translator, saved_language

    monkeypatch.delenv("SHIPBENCH_LANG", raising=False)
    seen: list[str] = []

    def choose_chinese(*_args: Any) -> int:
        qtbot.waitUntil(lambda: bool(_visible(SetupAssistant)))
        first = _visible(SetupAssistant)[0]
        chinese = first.language_page.buttons["zh_CN"]
        # On its label: the button is as wide as the page, its text only at the left.
        qtbot.mouseClick(chinese, Qt.MouseButton.LeftButton, pos=QPoint(12, chinese.height() // 2))
        qtbot.waitUntil(lambda: any(a is not first for a in _visible(SetupAssistant)))
        again = _visible(SetupAssistant)[0]
        seen.append(again.windowTitle())
        seen.append(again.button(QWizard.WizardButton.CancelButton).text())
        return 0

    try:
        assert start_gui(tmp_path / "zh.db", choose_chinese, monkeypatch) == 0
    finally:
        app = QApplication.instance()
        assert app is not None
        remove_translator(app)
    assert seen == ["设置 Shipbench", "稍后设置"]
    assert saved_language() == "zh_CN"


def test_each_later_page_opens_the_existing_dialog_for_its_step(qtbot: Any, tmp_path: Path) -> None:
    from app.bootstrap import build
    from app.settings import Settings

    ws = build(Settings(db_url=f"sqlite:///{tmp_path / 'steps.db'}", data_dir=tmp_path / "data"))
    assistant = SetupAssistant(ws)
    qtbot.addWidget(assistant)
    assistant.show()
    opened = {}
    try:
        for name in ("marketplaces_page", "carriers_page", "printers_page", "scanner_page", "orders_page"):
            page = getattr(assistant, name)
            while assistant.currentPage() is not page:
                assistant.next()
            page.buttons[0].click()
            assert page.dialog is not None
            qtbot.waitUntil(page.dialog.isVisible)
            opened[name] = type(page.dialog).__name__
            page.dialog.reject()
            qtbot.waitUntil(lambda page=page: not page.dialog.isVisible())
    finally:
        assistant.close()
        ws.close()
    assert opened == {
        "marketplaces_page": "AccountsDialog",
        "carriers_page": "CarrierSetupDialog",
        "printers_page": "PrinterSettingsDialog",
        "scanner_page": "ScannerTestDialog",
        "orders_page": "ImportWizard",
    }
