"""No English left in the Chinese GUI: a walk through every screen in zh_CN (issue #15).

The main window starts in Chinese over the demo with orders in every queue; the walk opens
each queue tab with its orders' detail and every Orders entry they enable, the scan
station's modes and verdicts, the scanner test listening on a loopback port, the print
jobs, the reports, the sync dock, every marketplace's and carrier's account form, every
menu and toolbar entry that opens a screen without changing anything (dialogs, wizards'
pages, message boxes, file dialogs) with the dialogs their "…" buttons open, and the About
box, and reads every text a user sees there: window titles, labels, buttons, group boxes, tabs,
table headers and cells, combo items, placeholders, tool tips, menus, the status bar and
the charts. A text fails when it holds an English word that is not data: an order number,
an SKU, a name or an address from the demo, a carrier's or a platform's brand, a unit,
a printer language, a tracking number, a URL or a file path.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDockWidget,
    QFileDialog,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QStatusBar,
    QTabBar,
    QTextEdit,
    QToolBar,
    QWidget,
    QWizard,
)
from sqlalchemy import select

from app.workstation import Workstation
from ui.i18n import install_translator, remove_translator

# Words that are data or names in any language: brands (platforms, carriers, printers),
# units, standards and printer languages, as a seller sees them in a Chinese ERP too.
ALLOWED_WORDS = {
    # the product and the platforms
    "shipbench", "amazon", "ebay", "shopify", "aliexpress", "woocommerce", "wordpress",
    "sp", "api", "lwa", "runame", "app", "id", "ids", "key", "token", "oauth",
    # carriers and their services as the carriers name them
    "yunexpress", "px", "yanwen", "ups", "fedex", "dhl", "express", "usps", "ems", "epacket",
    "cainiao", "sf", "china", "post",
    # printer languages, connections, barcodes, file types
    "zpl", "tspl", "esc", "pos", "epl", "pdf", "png", "csv", "xlsx", "xls", "txt", "tsv", "json",
    "usb", "tcp", "ip", "lan", "cups", "dpi", "qr", "ean", "upc", "gs", "sscc", "utf", "gbk", "gb",
    "zebra", "tsc", "xprinter", "godex", "honeywell", "datamatrix",
    # units, currencies, standards, tax ids
    "g", "kg", "mm", "cm", "in", "lb", "oz", "ms", "kb", "mb", "usd", "eur", "cny", "rmb", "gbp",
    "hs", "ioss", "vat", "eori", "ddp", "ddu", "iso", "sku", "skus", "pin", "utc", "ok", "sla",
    "url", "http", "https", "www", "com", "localhost", "sqlite", "postgresql", "qt",
    # the keyboard and the station's function keys
    "selling", "partner", "pyserial", "jis", "sig", "latin", "ascii", "ansi", "vip", "excel",
    "ctrl", "shift", "alt", "return", "enter", "tab", "space", "f",
}  # fmt: skip

# The account forms name each value as the platform's developer portal does, in English
# (a seller copies "Client secret" from a page that says "Client secret"): allowed there only.
ACCOUNT_FORMS = ("AccountsDialog", "CarrierSetupDialog")
PLATFORM_WORDS = {
    "admin", "app", "apps", "application", "client", "secret", "cert", "consumer", "site", "shipment",
    "tracking", "keys", "my", "projects", "credentials", "user", "tokens", "get", "token", "from", "via",
    "your", "mydhl", "wc", "open", "platform", "customer", "portal", "developer", "developers", "settings",
}  # fmt: skip

# Texts shown as they are in every language: the language chooser names each language in itself.
ALLOWED_TEXTS = {"English"}

# Whole pieces of text that are data: URLs, e-mail addresses, paths, numbers with letters
# (tracking numbers, order numbers, SKUs, parcel numbers, S10 numbers), keyboard shortcuts.
DATA = re.compile(
    r"[a-z][a-z0-9+.-]*://\S*"  # a URL (sqlite:///…, https://…)
    r"|\S+@\S+"  # an e-mail address
    r"|\*\.\w+"  # a file name pattern (*.prn)
    r"|(?:[A-Za-z]:)?[\\/][\w.\\/-]+"  # a file path
    r"|\b[^\W_]*\d\w*"  # a word with a digit in it
    r"|\b\w[\w-]*(?:\.\w[\w-]*)+"  # a host name, a dotted identifier (amzn1.application-oa2-client)
    r"|\b\w+_\w*"  # an identifier (read_orders, shpat_…)
    r"|\b\w+\|"  # a token's prefix (Atzr|…)
    r"|\b[A-Z]{2,}[\w-]*\b"  # a code in capitals (SKUs, country codes, acronyms)
)
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
HTML_TAG = re.compile(r"<[^>]+>|&[a-z]+;")

# Menu and toolbar entries that change something (approve, request, print, merge…), or
# leave the application, by where each area keeps them: the walk does not trigger them.
CHANGES_SOMETHING = (
    "approve_action",
    "waybill_action",
    "print_action",
    "sync_action",
    "menus.quit_action",
    "order_desk.merge_action",
    "order_desk.unmerge_action",
    "order_desk.release_action",
    "order_desk.recheck_action",
    "rules_area.apply_action",
    "carrier_views.action_pool",
    "carrier_views.action_retry",
)
# Buttons that open the browser rather than a dialog.
LEAVES_THE_APP = {"oauth_connect"}


# --- reading what is on the screen ---------------------------------------------------


def _plain(text: str) -> str:
    return HTML_TAG.sub(" ", text).replace("&", "")


def _model_texts(model: QAbstractItemModel | None, rows: int = 40) -> Iterator[str]:
    if model is None:
        return
    for section in range(_columns(model, QModelIndex())):
        yield str(model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
    yield from _cells(model, QModelIndex(), rows, depth=0)


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # a list model: one column, its count private in PySide
        return 1


def _cells(model: QAbstractItemModel, parent: QModelIndex, rows: int, depth: int) -> Iterator[str]:
    for row in range(min(model.rowCount(parent), rows)):
        for column in range(_columns(model, parent)):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = index.data(role)
                if isinstance(value, str):
                    yield value
            if depth < 2 and column == 0 and _has_rows(model, index):
                yield from _cells(model, index, rows, depth + 1)


def _has_rows(model: QAbstractItemModel, index: QModelIndex) -> bool:
    try:
        return model.rowCount(index) > 0
    except TypeError:
        return False


def _actions(actions: Iterable[QAction]) -> Iterator[str]:
    for action in actions:
        if action.isSeparator() or not action.isVisible():
            continue
        yield action.text()
        yield action.toolTip() if action.toolTip() != action.text().replace("&", "") else ""
        if action.menu() is not None:
            yield from _actions(action.menu().actions())


def widget_texts(widget: QWidget) -> Iterator[str]:
    """The texts one widget shows (not its children's)."""
    if widget.isWindow() or isinstance(widget, QDockWidget):
        yield widget.windowTitle()
    yield widget.toolTip()
    if isinstance(widget, QLabel):
        yield widget.text()
    elif isinstance(widget, QAbstractButton):
        yield widget.text()
    elif isinstance(widget, QGroupBox):
        yield widget.title()
    elif isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield widget.tabText(i)
            yield widget.tabToolTip(i)
    elif isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield widget.itemText(i)
        yield widget.placeholderText()
    elif isinstance(widget, QLineEdit):
        yield widget.placeholderText()
    elif isinstance(widget, QTextEdit):
        yield widget.toPlainText() if widget.isReadOnly() else widget.placeholderText()
    elif isinstance(widget, QPlainTextEdit):
        yield widget.toPlainText() if widget.isReadOnly() else widget.placeholderText()
    elif isinstance(widget, QAbstractItemView) and not isinstance(widget.parent(), QComboBox):
        model = widget.model()
        if isinstance(widget.window(), QFileDialog):  # file and folder names are data; the headers are not
            yield from _model_texts(model, rows=0)
        else:
            yield from _model_texts(model)
    elif isinstance(widget, QAbstractSpinBox):
        yield widget.specialValueText()
        if isinstance(widget, QSpinBox):
            yield widget.prefix()
            yield widget.suffix()
    elif isinstance(widget, QStatusBar):
        yield widget.currentMessage()
    elif isinstance(widget, QWizard):
        for button in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.CommitButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
        ):
            yield widget.buttonText(button)
        for page_id in widget.pageIds():
            page = widget.page(page_id)
            yield page.title()
            yield page.subTitle()
    if isinstance(widget, (QMenu, QToolBar)) or widget.isWindow():
        yield from _actions(QWidget.actions(widget))
    if type(widget).__name__ == "QChartView":
        yield from _chart_texts(widget)


def _chart_texts(view: Any) -> Iterator[str]:
    chart = view.chart()
    yield chart.title()
    for axis in chart.axes():
        yield axis.titleText()
        if hasattr(axis, "categories"):
            yield from axis.categories()
    for series in chart.series():
        yield series.name()
        for bar_set in getattr(series, "barSets", list)():
            yield bar_set.label()


def screen_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for ``root`` and every descendant not hidden inside it."""
    for widget in [root, *root.findChildren(QWidget)]:
        if not _shown(widget, root):
            continue
        if isinstance(widget, QMenu) and widget is not root:
            continue  # a menu is read from the action that opens it
        where = f"{_window_name(root)} [{type(root).__name__}] › {type(widget).__name__} {widget.objectName()}".rstrip()
        for text in widget_texts(widget):
            if text and text.strip():
                yield where, text
    if isinstance(root, QWizard):  # every page, not only the current one
        for page_id in root.pageIds():
            page = root.page(page_id)
            if not page.isVisible():
                page.initializePage()
                for where, text in screen_texts(page):
                    yield f"{_window_name(root)} › page {page_id} › {where}", text


def _shown(widget: QWidget, root: QWidget) -> bool:
    """Visible inside ``root``, counting every page of a tab widget or a stack as shown."""
    while widget is not root:
        parent = widget.parentWidget()
        if parent is None:
            return False
        if widget.isHidden() and not isinstance(parent, QStackedWidget):
            return False
        widget = parent
    return True


def _window_name(widget: QWidget) -> str:
    return widget.windowTitle() or type(widget).__name__


# --- what counts as English ------------------------------------------------------------


# The columns that hold data a user typed or a marketplace sent: names, addresses, numbers.
DATA_COLUMNS = {
    "carrier_accounts": ("name",),
    "import_presets": ("name",),
    "printers": ("name", "uri"),
    "products": ("sku", "name", "bin_location", "customs_name_en"),
    "product_barcodes": ("code",),
    "rules": ("name",),
    "shops": ("name", "base_url"),
    "stations": ("name",),
    "users": ("name", "badge"),
    "warehouses": ("name", "contact", "company", "city", "region", "postcode", "email"),
    "shipping_methods": ("code", "name"),
    "sku_pairings": ("marketplace_sku",),
    "tax_ids": ("number",),
    "orders": (
        "marketplace_order_id", "number", "buyer_name", "buyer_email", "buyer_note", "ship_name", "ship_company",
        "ship_address1", "ship_address2", "ship_city", "ship_region", "ship_postcode", "requested_service",
        "tags", "seller_note", "service_note",
    ),
    "order_lines": ("sku", "title"),
    "parcels": ("number", "tracking_number", "carrier_shipment_id"),
    "customs_lines": ("description_en",),
    "waybills": ("shipment_id", "tracking_number"),
}  # fmt: skip


def demo_data(ws: Workstation) -> set[str]:
    """Every word stored as data: names, addresses, products, shops, carrier accounts, methods, printers…"""
    from db.models import Base

    words: set[str] = set()
    with ws.db.engine.connect() as conn:
        for name, columns in DATA_COLUMNS.items():
            table = Base.metadata.tables[name]
            for row in conn.execute(select(*(table.c[c] for c in columns))):
                for value in row:
                    if isinstance(value, str):
                        words.update(p.strip("'’").lower() for w in WORD.findall(value) for p in w.split("-"))
    return words


def english_words(text: str, allowed: set[str]) -> list[str]:
    rest = DATA.sub(" ", _plain(text))
    return [w for w in WORD.findall(rest) if any(_english(part, allowed) for part in w.split("-"))]


def _english(word: str, allowed: set[str]) -> bool:
    word = word.strip("'’").lower()
    return len(word) > 1 and word not in allowed and word.removesuffix("'s").removesuffix("’s") not in allowed


def leaks(found: Iterable[tuple[str, str]], allowed: set[str], texts: frozenset[str] = frozenset()) -> list[str]:
    """``texts``: whole texts that are data too (the label templates' file names, typed as they are)."""
    seen: dict[str, str] = {}
    for where, text in found:
        words = allowed | PLATFORM_WORDS if any(f"[{d}]" in where for d in ACCOUNT_FORMS) else allowed
        for line in text.splitlines():
            if line.strip() in ALLOWED_TEXTS | texts:
                continue
            if english_words(line, words) and line not in seen:
                seen[line] = where
    return [f"{where}: {text!r}" for text, where in seen.items()]


# --- the walk --------------------------------------------------------------------------


class Walker:
    """Reads every window the walk opens and closes the ones it opened (modal loops included)."""

    def __init__(self, qtbot: Any, window: Any, allowed: set[str]) -> None:
        self.qtbot = qtbot
        self.window = window
        self.allowed = allowed
        self.found: list[tuple[str, str]] = []
        self.visited: list[str] = []
        self._baseline: set[int] = set()
        self._depth = 0

    def read(self, root: QWidget, label: str = "") -> None:
        self.visited.append(label or _window_name(root))
        self.found.extend(screen_texts(root))

    def _new_windows(self) -> list[QWidget]:
        return [
            w
            for w in QApplication.topLevelWidgets()
            if w.isVisible() and id(w) not in self._baseline and not isinstance(w, QMenu) and w is not self.window
        ]

    def _close_new_windows(self) -> None:
        """A dialog in its own event loop (``exec``, a message box, a file dialog) is read and closed here."""
        for widget in self._new_windows():
            self._read_and_close(widget)

    def _read_and_close(self, widget: QWidget) -> None:
        self._baseline.add(id(widget))
        self.read(widget)
        if self._depth < 1 and type(widget) not in (QMessageBox, QFileDialog, QInputDialog):
            self._open_its_dialogs(widget)
        if isinstance(widget, QDialog):
            widget.reject()
        else:
            widget.close()

    def _open_its_dialogs(self, dialog: QWidget) -> None:
        """The dialogs a dialog opens with a "…" button (Add…, Edit…, Top up…): read and closed too."""
        self._depth += 1
        try:
            for button in dialog.findChildren(QPushButton):
                if (
                    button.isVisible()
                    and button.isEnabled()
                    and button.text().endswith("…")
                    and button.objectName() not in LEAVES_THE_APP
                ):
                    with self._closing():
                        button.click()
                        self.qtbot.wait(5)
                        self._close_new_windows()
        finally:
            self._depth -= 1

    @contextmanager
    def _closing(self) -> Iterator[None]:
        """While inside: windows that open are read and closed, from a timer of its own (Qt does not
        fire a timer again while its slot runs, and a dialog opened from that slot blocks in it)."""
        timer = QTimer()
        timer.setInterval(20)
        timer.timeout.connect(self._close_new_windows)
        timer.start()
        try:
            yield
        finally:
            timer.stop()

    def trigger(self, action: QAction, settle_ms: int = 5) -> None:
        """Trigger a menu or toolbar entry; read every window it opens, then close them.

        ``settle_ms``: how long its outcome may take (work in the background, then a message)."""
        self._baseline = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
        with self._closing():
            action.trigger()
            self.qtbot.wait(settle_ms)
            self._close_new_windows()
        self.visited.append(action.text())


def _menu_actions(menu: QMenu) -> Iterator[QAction]:
    for action in menu.actions():
        if action.isSeparator():
            continue
        if action.menu() is not None:
            yield from _menu_actions(action.menu())
        else:
            yield action


def _changing(window: Any) -> set[int]:
    found = set()
    for path in CHANGES_SOMETHING:
        target = window
        for name in path.split("."):
            target = getattr(target, name)
        assert isinstance(target, QAction), path
        found.add(id(target))
    return found


def _walkable(window: Any, action: QAction) -> bool:
    return id(action) not in _changing(window) and action.isEnabled()


def orders_in_every_queue(ws: Workstation, tmp_path: Path) -> dict[str, str]:
    """Three orders left in Waybill and in Print, one held, the rest printed; one of them
    scanned out, the scripted cancel pulled (an intercepted parcel). Tracking numbers by state."""
    ws.orders.approve(None)
    waybill = ws.queues.queue_ids("waybill")
    ws.carriers.request_waybills(waybill[:-4])
    ws.outbox.run_until_idle()
    ws.orders.hold(waybill[-1:], "买家要求改地址")  # a reason as the seller types it
    printable = ws.printing.printable_parcels(None)
    job = ws.printing.create_print_job(printable[:-3], "folder://" + str(tmp_path / "labels"))
    ws.printing.confirm_print_job(ws.printing.run_print_job(job).job_id)
    ws.sync.pull()
    ws.outbox.run_until_idle()
    codes: dict[str, str] = {}
    for parcel in ws.queues.parcels_summary():
        if parcel["tracking_number"]:
            codes.setdefault(parcel["state"], parcel["tracking_number"])
    ws.bench.scan(codes["printed"])
    return codes


@pytest.fixture
def chinese_window(qapp: QApplication, qtbot: Any, ws: Workstation, tmp_path: Path) -> Iterator[Any]:
    """The main window in Chinese over the demo with parcels printed, shipped, intercepted and held."""
    from ui.launcher import create_main_window

    codes = orders_in_every_queue(ws, tmp_path)
    assert install_translator(qapp, "zh_CN") == "zh_CN"
    window = create_main_window(ws, wedge=False)
    window.walk_codes = (codes["printed"], codes["intercepted"])  # shipped, intercepted
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    try:
        yield window
    finally:
        window.shutdown()
        remove_translator(qapp)


def _orders_actions(window: Any) -> list[QAction]:
    """The Orders menu's entries (its submenus' too) and the toolbar's buttons."""
    actions = list(_menu_actions(window.menu_orders))
    return actions + [
        a for a in window.toolbar.actions() if not a.isSeparator() and a.menu() is None and a not in actions
    ]


def walk_queues(qtbot: Any, walker: Walker, window: Any, *, rows: int, every_time: bool) -> None:
    """Each queue tab with its first ``rows`` orders' detail, and every Orders entry each order enables.

    ``every_time``: the entries again for each order (else each entry once per queue, with the
    first order that enables it)."""
    from ui.main_window import QUEUE_TABS

    for index, (queue, _label) in enumerate(QUEUE_TABS):
        done: set[int] = set()
        window.tabs.setCurrentIndex(index)
        view = window.views[queue]
        model = view.model()
        walker.read(window, window.tabs.tabText(index))
        for row in range(min(model.rowCount(), rows)):
            view.selectRow(row)
            qtbot.wait(10)
            walker.read(window.detail, f"{queue} order {row}")
            for action in _orders_actions(window):
                if _walkable(window, action) and (every_time or id(action) not in done):
                    walker.trigger(action)
                    done.add(id(action))


def walk_import_wizard(qtbot: Any, walker: Walker, window: Any, tmp_path: Path) -> None:
    """File → Import orders with a Shopify export in GB18030: what was detected, the preview of
    the orders, the column mapping; closed before importing. The file's own words are data."""
    from app.importing import samples

    text = samples.shopify_export(3, chinese=True)
    walker.allowed |= {p.lower() for w in WORD.findall(text) for p in w.split("-")}
    path = tmp_path / "orders_export.csv"
    path.write_bytes(text.encode("gb18030"))
    window.import_orders_action.trigger()
    wizard = window.import_wizard
    wizard.set_file(path)
    qtbot.waitUntil(lambda: wizard.preview is not None and not wizard.busy, timeout=10_000)
    walker.read(wizard, "import: detected")
    wizard.next_button.click()
    qtbot.waitUntil(lambda: wizard.import_button.isEnabled(), timeout=10_000)
    walker.read(wizard, "import: preview")
    wizard.back_button.click()
    wizard.format_combo.setCurrentIndex(wizard.format_combo.findData("__mapping__"))
    qtbot.waitUntil(lambda: not wizard.busy, timeout=10_000)
    walker.read(wizard, "import: mapping")
    wizard.close()


def walk_other_screens(qtbot: Any, walker: Walker, window: Any, tmp_path: Path) -> None:
    """The tabs after the queues, the scan station's modes and verdicts, the sync dock, and
    every entry of the other menus."""
    from ui.main_window import QUEUE_TABS

    for index in range(len(QUEUE_TABS), window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(20)
        walker.read(window, window.tabs.tabText(index))

    station = window.scan_station
    window.tabs.setCurrentIndex(window.scan_tab_index)
    for mode in ("verify", "handover", "ship"):
        station.set_mode(mode)
        walker.read(window, f"station {mode}")
    # verdicts that change nothing: an unknown code, a parcel shipped already, an intercepted one
    for code in ("NOT-A-PARCEL-42", *window.walk_codes):
        station.scan(code)
        walker.read(window, f"station verdict {code}")
        station.acknowledge()
    # the scanner test with a serial scanner on a loopback port: its state in words
    panel = station.open_scanner_test()
    not_listening = panel.serial_status.text()
    panel.serial_port.setText("loop://")
    panel.toggle_serial()
    qtbot.waitUntil(lambda: panel.serial_status.text() != not_listening, timeout=5000)
    walker.read(panel, "scanner test listening")
    panel.reject()

    window.sync_dock.show()
    qtbot.wait(20)
    walker.read(window, "sync dock")
    window.sync_dock.hide()

    walk_import_wizard(qtbot, walker, window, tmp_path)

    # every marketplace's and every carrier's account form
    accounts = window.sync_panel.show_accounts()
    carriers = window.carrier_views.show_setup() or window.carrier_views.dialog
    for dialog in (accounts, carriers):
        for i in range(dialog.kind.count()):
            dialog.kind.setCurrentIndex(i)
            qtbot.wait(5)
            walker.read(dialog, f"{dialog.windowTitle()} {dialog.kind.itemData(i)}")
        dialog.reject()

    window.tabs.setCurrentIndex(0)
    for menu in window.menuBar().actions():
        if menu.menu() is None or menu.menu() is window.menu_orders:
            continue
        for action in _menu_actions(menu.menu()):
            if _walkable(window, action):
                walker.trigger(action)


def assert_no_english(walker: Walker, ws: Workstation) -> None:
    problems = leaks(walker.found, walker.allowed, frozenset(ws.printing.label_templates()))
    assert not problems, f"English in the Chinese GUI ({len(problems)}):\n" + "\n".join(problems)


def test_every_screen_reads_chinese(qtbot: Any, ws: Workstation, chinese_window: Any, tmp_path: Path) -> None:
    window = chinese_window
    walker = Walker(qtbot, window, ALLOWED_WORDS | demo_data(ws))
    walker.read(window, "main window")
    walk_queues(qtbot, walker, window, rows=2, every_time=False)
    walk_other_screens(qtbot, walker, window, tmp_path)
    assert len(walker.visited) > 250 and len(walker.found) > 20_000, (len(walker.visited), len(walker.found))
    assert_no_english(walker, ws)


@pytest.mark.slow
def test_every_screen_reads_chinese_for_every_order(
    qtbot: Any, ws: Workstation, chinese_window: Any, tmp_path: Path
) -> None:
    """The long walk: each Orders entry for each of the first ten orders of every queue."""
    window = chinese_window
    walker = Walker(qtbot, window, ALLOWED_WORDS | demo_data(ws))
    walk_queues(qtbot, walker, window, rows=10, every_time=True)
    walk_other_screens(qtbot, walker, window, tmp_path)
    walk_what_changes(qtbot, walker, window)
    assert_no_english(walker, ws)


def walk_what_changes(qtbot: Any, walker: Walker, window: Any) -> None:
    """Last, the entries that change something, on each queue's first order: their messages and
    the status bar (approve refused with its reasons, a merge of one order, a waybill request…)."""
    from ui.main_window import QUEUE_TABS

    entries = [a for a in _orders_actions(window) if id(a) in _changing(window)]
    for index, (queue, _label) in enumerate(QUEUE_TABS):
        window.tabs.setCurrentIndex(index)
        if not window.views[queue].model().rowCount():
            continue
        for action in entries:
            window.views[queue].selectRow(0)
            if action.isEnabled():
                walker.trigger(action, settle_ms=300)
                walker.read(window.statusBar(), f"status after {action.text()}")


# --- the words the walk cannot provoke on a demo: printer faults, scanner states, history --


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[QApplication]:
    assert install_translator(qapp, "zh_CN") == "zh_CN"
    try:
        yield qapp
    finally:
        remove_translator(qapp)


def test_every_printer_status_has_chinese_words(chinese: QApplication) -> None:
    from printers.status import CODES, PrinterStatus, check_status, parse_tspl_status
    from ui.printer_states import TEXTS, status_text

    assert set(CODES) == set(TEXTS)
    jammed_and_out = parse_tspl_status(bytes([0x02 | 0x04]))
    assert jammed_and_out.code == "paper_out"  # out of labels is the more urgent
    assert (
        status_text(jammed_and_out)
        == "打印机缺纸。请装入新的标签纸卷，然后按走纸键。 打印机卡纸。请打开打印机清除卡纸，然后按走纸键。"
    )
    one_way = check_status(object(), "zpl")
    assert one_way.code == "one_way" and not english_words(status_text(one_way), ALLOWED_WORDS)
    assert status_text(PrinterStatus("error", "", {})) == "故障"
    assert status_text(PrinterStatus("error", "a printer's own words", {})) == "a printer's own words"


def test_scanner_states_read_chinese_keeping_the_systems_detail(chinese: QApplication) -> None:
    from ui.scanner_states import scanner_status_text

    assert scanner_status_text("connected") == "已连接"
    assert scanner_status_text("disconnected — waiting for the scanner (No such device)") == (
        "已断开 — 等待扫描枪重新连接 (No such device)"
    )
    assert scanner_status_text("something else") == "something else"


def test_the_history_reads_chinese_keeping_numbers_and_reasons(chinese: QApplication) -> None:
    from ui.audit_texts import action_text, detail_text

    assert action_text("waybill voided") == "运单已作废"
    assert detail_text("voided shipment CS-3") == "已作废运单 CS-3"
    assert detail_text("confirmed by the user (job 12)") == "由用户确认（任务 12）"
    assert detail_text("packed with 1002 in P00000009") == "与 1002 合装在 P00000009 中"
    assert detail_text("LP100000025CN") == "LP100000025CN"
    assert action_text("something new") == "something new"


def test_label_templates_are_named_in_words(chinese: QApplication) -> None:
    from ui.printer_form import template_title

    assert template_title("shipping-100x150") == "运输面单 100 × 150 mm"
    assert template_title("shipping-4x6-remarks") == "运输面单 4 × 6 英寸，带备注"
    assert template_title("shipping-80mm") == "运输面单 80 毫米卷纸"
    assert template_title("my-own-template") == "my-own-template"
