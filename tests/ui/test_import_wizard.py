"""The import wizard: file → detected format and encoding → mapping → preview → import or report."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QTableWidget

from app.importing import samples
from ui.import_wizard import (
    PAGE_FILE,
    PAGE_MAPPING,
    PAGE_PREVIEW,
    PAGE_RESULT,
    ImportWizard,
    save_report,
)


def cells(table: QTableWidget, column: int) -> list[str]:
    return [table.item(r, column).text() for r in range(table.rowCount())]


def open_wizard(qtbot: Any, window: Any, path: Path, shop: str) -> ImportWizard:
    window.import_orders_action.trigger()
    wizard = window.import_wizard
    wizard.shop_combo.setEditText(shop)
    wizard.set_file(path)
    qtbot.waitUntil(lambda: wizard.preview is not None and not wizard.busy, timeout=10_000)
    return wizard


def test_shopify_gb18030_detected_previewed_and_imported(qtbot: Any, window: Any, tmp_path: Path) -> None:
    f = tmp_path / "orders_export.csv"
    f.write_bytes(samples.shopify_export(12, chinese=True).encode("gb18030"))
    reviewed_before = window.ws.queues.queue_counts()["review"]
    wizard = open_wizard(qtbot, window, f, "Shopify CN")
    assert "Shopify orders export" in wizard.detected_label.text()
    assert "gb18030" in wizard.detected_label.text()
    assert "张伟" in [wizard.raw_table.item(0, c).text() for c in range(wizard.raw_table.columnCount())]

    wizard.next_button.click()
    assert wizard.page() == PAGE_PREVIEW
    qtbot.waitUntil(lambda: wizard.import_button.isEnabled(), timeout=10_000)
    assert cells(wizard.preview_table, 1)[:3] == ["#1001", "#1001", "#1002"]
    assert cells(wizard.preview_table, 3)[2] == "李娜"

    wizard.import_button.click()
    qtbot.waitUntil(lambda: wizard.page() == PAGE_RESULT, timeout=10_000)
    assert "12 new" in wizard.result_label.text()
    assert window.ws.queues.queue_counts()["review"] == reviewed_before + 12
    wizard.close_button.click()


def test_changing_the_encoding_previews_again(qtbot: Any, window: Any, tmp_path: Path) -> None:
    f = tmp_path / "report.txt"
    f.write_bytes(samples.amazon_report(3).encode("cp1252", errors="replace"))
    wizard = open_wizard(qtbot, window, f, "Amazon")
    assert "cp1252" in wizard.detected_label.text()
    wizard.encoding_combo.setCurrentIndex(wizard.encoding_combo.findData("utf-8"))
    qtbot.waitUntil(lambda: "not valid utf-8" in wizard.detected_label.text(), timeout=10_000)
    assert not wizard.next_button.isEnabled()
    wizard.encoding_combo.setCurrentIndex(wizard.encoding_combo.findData("latin-1"))
    qtbot.waitUntil(lambda: "latin-1" in wizard.detected_label.text(), timeout=10_000)
    wizard.reject()


def test_generic_file_mapping_preset_and_refusal_report(qtbot: Any, window: Any, tmp_path: Path) -> None:
    f = tmp_path / "erp.csv"
    f.write_bytes(
        "单号,收件人,地址,城市,邮编,国家,SKU,数量,单价\n"
        "E-1,张伟,科技园南路18号,深圳,518057,CN,MUG-BLU,2,9.90\n"
        "E-2,王芳,陆家嘴环路1000号,上海,200120,CN,PEN-GEL-BLK,ten,1.5\n".encode("gb18030")
    )
    wizard = open_wizard(qtbot, window, f, "ERP")
    assert "map the columns" in wizard.detected_label.text()
    wizard.next_button.click()
    assert wizard.page() == PAGE_MAPPING
    assert not wizard.next_button.isEnabled()  # the order id is required and not guessed
    combo = wizard.mapping_combos["order_id"]
    combo.setCurrentIndex(combo.findData("单号"))
    assert wizard.next_button.isEnabled()
    wizard.preset_name.setText("My ERP")
    wizard.save_preset()
    qtbot.waitUntil(lambda: wizard.format_combo.currentData() == "My ERP", timeout=10_000)
    assert "My ERP" in window.ws.imports.import_presets()
    qtbot.waitUntil(lambda: wizard.next_button.isEnabled(), timeout=10_000)

    wizard.next_button.click()
    qtbot.waitUntil(lambda: not wizard.busy and wizard.preview.format == "My ERP", timeout=10_000)
    assert wizard.page() == PAGE_PREVIEW
    assert cells(wizard.preview_errors, 0) == ["3"]
    assert not wizard.import_button.isEnabled()  # the preview already shows a problem

    wizard.import_button.setEnabled(True)  # the file could have problems past the preview too
    wizard.import_button.click()
    qtbot.waitUntil(lambda: wizard.page() == PAGE_RESULT, timeout=10_000)
    assert "Nothing was imported" in wizard.result_label.text()
    assert cells(wizard.report, 1) == ["数量"]
    out = tmp_path / "report.csv"
    assert save_report(wizard, wizard.report.errors, str(out)) == str(out)
    assert out.read_text(encoding="utf-8-sig").splitlines()[1].startswith("3,数量,bad quantity")
    wizard.back_button.click()
    assert wizard.page() == PAGE_FILE
    wizard.reject()


def test_warehouse_menu_imports_products_and_shows_a_report(qtbot: Any, window: Any, tmp_path: Path) -> None:
    files = window.warehouse_files
    good = tmp_path / "products.csv"
    good.write_text("sku,name,barcodes\nCUP-01,Bamboo cup,690123456789x6\n", encoding="utf-8")
    files.import_file("products", str(good))
    qtbot.waitUntil(lambda: files.last_dialog is not None, timeout=10_000)
    assert files.last_dialog.report.isHidden()
    files.last_dialog.accept()

    files.last_dialog = None
    bad = tmp_path / "count.csv"
    bad.write_text("sku,counted\nNOPE,1\n", encoding="utf-8")
    files.import_file("stockcount", str(bad))
    qtbot.waitUntil(lambda: files.last_dialog is not None, timeout=10_000)
    assert cells(files.last_dialog.report, 2) == ["no product with SKU NOPE"]
    files.last_dialog.accept()


def test_a_mixed_encoding_file_shows_where_and_offers_the_encoding_choice(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    f = tmp_path / "report.txt"
    f.write_bytes(samples.amazon_report(5).encode("utf-8").replace("Müller".encode(), b"M\xfcller"))
    window.import_orders_action.trigger()
    wizard = window.import_wizard
    wizard.shop_combo.setEditText("Amazon")
    wizard.set_file(f)
    qtbot.waitUntil(lambda: not wizard.busy and "byte" in wizard.detected_label.text(), timeout=10_000)
    text = wizard.detected_label.text()
    assert (
        text.startswith("the file is UTF-8 text except in 2 place(s)") and "row 3: byte 1077: fc is not UTF-8" in text
    )
    assert "choose the encoding" in text and wizard.preview is None
    assert not wizard.next_button.isEnabled()

    wizard.encoding_combo.setCurrentIndex(wizard.encoding_combo.findData("cp1252"))  # the user's call
    qtbot.waitUntil(lambda: wizard.preview is not None and not wizard.busy, timeout=10_000)
    assert "cp1252" in wizard.detected_label.text()
