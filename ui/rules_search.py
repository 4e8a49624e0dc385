"""The main window's part for the search box, the Review queue's filter bar, and the rules.

- a search box in the toolbar: results drop down under it; a click shows the order in
  its queue tab with its details;
- a filter bar above the Review table (shop, country, shipping method, reason, deadline,
  tag, most urgent first);
- Orders → Rules… (the editor, see ``ui.rules_editor``) and Orders → Dry run rules on the
  selected orders (the explanation per order).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.queries import REASON_KINDS, QueueFilter
from ui.changes import Changes
from ui.i18n import plural
from ui.messages import error_text, message_text, param_text, term_text
from ui.operations import run_in_background

if TYPE_CHECKING:
    from app.search import SearchHit
    from ui.main_window import MainWindow

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 250


def _t(text: str) -> str:
    return QCoreApplication.translate("RulesSearch", text)


# --- the search box ------------------------------------------------------------------


class SearchResults(QTreeWidget):
    """The drop-down under the search box: order, queue, recipient, what matched.

    A child of the main window laid over its content (not a popup window), so it never
    grabs the keyboard; Escape or choosing an order closes it.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.hide()
        self.setFrameShape(QTreeWidget.Shape.Box)
        self.setColumnCount(4)
        self.setHeaderLabels([_t("Order"), _t("Queue"), _t("Recipient"), _t("Matched")])
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.header().setStretchLastSection(True)
        for column, width in enumerate((170, 80, 150)):
            self.setColumnWidth(column, width)
        self.resize(720, 320)


class SearchBox(QObject):
    """The toolbar's search field; searching runs off the GUI thread."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.edit = QLineEdit(window)
        self.edit.setObjectName("search")
        self.edit.setPlaceholderText(_t("Search orders, tracking, SKU… (Ctrl+F)"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setMinimumWidth(280)
        self.results = SearchResults(window)
        self.results.itemActivated.connect(self._chosen)
        self.results.itemClicked.connect(self._chosen)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.search_now)
        self.edit.textEdited.connect(lambda _text: self.timer.start())
        self.edit.returnPressed.connect(self.search_now)
        self.hits: list[SearchHit] = []
        self._asked = ""
        self.results.installEventFilter(self)
        self.edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        escape = event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape  # type: ignore[attr-defined]
        if escape and self.results.isVisible():
            self.results.hide()
            self.edit.setFocus()
            return True
        return False

    def search_now(self) -> None:
        self.timer.stop()
        text = self.edit.text().strip()
        self._asked = text
        if not text:
            self.results.hide()
            return
        run_in_background(self.window, lambda: self.window.ws.queues.search(text), lambda hits: self._show(text, hits))

    def _show(self, text: str, hits: list[SearchHit]) -> None:
        if text != self._asked:
            return  # a newer search is on its way
        self.hits = hits
        self.results.clear()
        if not hits:
            item = QTreeWidgetItem([_t("Nothing found for “%1”").replace("%1", text)])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addTopLevelItem(item)
        from ui.main_window import queue_label

        for hit in hits:
            item = QTreeWidgetItem([hit.number, queue_label(hit.queue), hit.recipient, _matched(hit)])
            item.setData(0, Qt.ItemDataRole.UserRole, hit.order_id)
            item.setToolTip(3, _matched(hit))
            self.results.addTopLevelItem(item)
        below = self.window.mapFromGlobal(self.edit.mapToGlobal(QPoint(0, self.edit.height() + 2)))
        width = min(self.results.width(), self.window.width() - 16)
        rows = max(1, self.results.topLevelItemCount())
        height = min(320, self.results.header().height() + rows * self.results.sizeHintForRow(0) + 8)
        self.results.setGeometry(max(8, below.x() + self.edit.width() - width), below.y(), width, height)
        self.results.show()
        self.results.raise_()
        self.results.setFocus()
        if hits:
            self.results.setCurrentItem(self.results.topLevelItem(0))

    def _chosen(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        order_id = item.data(0, Qt.ItemDataRole.UserRole)
        hit = next((h for h in self.hits if h.order_id == order_id), None)
        if hit is None:
            return
        self.results.hide()
        show_order(self.window, hit.queue, hit.order_id)


def _matched(hit: SearchHit) -> str:
    return "; ".join(f"{_t(field)}: {value}" for field, value in hit.matched)


def show_order(window: MainWindow, queue: str, order_id: int) -> None:
    """Bring the order's queue tab to the front with the order selected (a filter hiding it is cleared)."""
    from ui.main_window import QUEUE_TABS

    queues = [q for q, _ in QUEUE_TABS]
    if queue not in queues:
        return
    model = window.models[queue]
    if model.filtered and queue == "review":
        window.review_filters.clear()
    window.changed(Changes.of(queue))  # the order may have moved there since the tab was read
    window.tabs.setCurrentIndex(queues.index(queue))
    row = window.ws.queues.queue_row(queue, order_id)
    view = window.views[queue]
    if row is None or row >= model.rowCount():
        return
    index = model.index(row, 0)
    view.setCurrentIndex(index)
    view.selectRow(row)
    view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
    view.setFocus()


# --- the Review queue's filter bar ----------------------------------------------------

DEADLINES = (("", "Any deadline"), ("overdue", "Overdue"), ("today", "Due today"), ("24h", "Due in 24 h"))


class ChoiceBox(QComboBox):
    """A combo box that asks for its choices when it opens (they change as orders arrive)."""

    def __init__(self, parent: QWidget, reload: Any) -> None:
        super().__init__(parent)
        self._reload = reload

    def showPopup(self) -> None:
        self._reload(self)
        super().showPopup()


class ReviewFilterBar(QWidget):
    """Filters and urgency sort for the Review queue; the model pages through the filtered query."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.setObjectName("review-filters")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(6)
        layout.addWidget(QLabel(self.tr("Filter:"), self))
        self.shop = ChoiceBox(self, self._load_shops)
        self.country = ChoiceBox(self, self._load_countries)
        self.country.setEditable(True)
        self.country.lineEdit().setPlaceholderText(self.tr("Country"))
        self.country.setToolTip(self.tr("A country code (DE) or a region: EU, EEA, EUROPE, NA"))
        self.method = ChoiceBox(self, self._load_methods)
        self.reason = QComboBox(self)
        self.deadline = QComboBox(self)
        self.tag = ChoiceBox(self, self._load_tags)
        self.urgent = QCheckBox(self.tr("Most urgent first"), self)
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.shop.addItem(self.tr("All shops"), None)
        self.method.addItem(self.tr("Any method"), None)
        self.country.addItem("", "")
        self.tag.addItem(self.tr("Any tag"), "")
        self.reason.addItem(self.tr("Any reason"), "")
        for kind in REASON_KINDS:
            self.reason.addItem(QCoreApplication.translate("ReasonKinds", kind), kind)
        for value, label in DEADLINES:
            self.deadline.addItem(self.tr(label), value)
        for widget, width in (
            (self.shop, 120),
            (self.country, 80),
            (self.method, 120),
            (self.reason, 140),
            (self.deadline, 110),
            (self.tag, 90),
        ):
            widget.setMinimumWidth(width)
            layout.addWidget(widget)
        layout.addWidget(self.urgent)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)
        self.count = QLabel(self)
        layout.addWidget(self.count)
        for combo in (self.shop, self.method, self.reason, self.deadline, self.tag):
            combo.currentIndexChanged.connect(self.apply)
        self.country.lineEdit().editingFinished.connect(self.apply)
        self.country.activated.connect(lambda _i: self.apply())
        self.urgent.toggled.connect(self.apply)
        self.clear_button.clicked.connect(self.clear)
        self._quiet = False

    # choices, asked for when a list opens
    def _refill(self, combo: QComboBox, items: list[tuple[str, Any]]) -> None:
        current = combo.currentData()
        self._quiet = True
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for label, data in items:
            combo.addItem(label, data)
        found = combo.findData(current)
        combo.setCurrentIndex(max(0, found))
        combo.blockSignals(False)
        self._quiet = False

    def _load_shops(self, combo: QComboBox) -> None:
        self._refill(combo, [(name, sid) for sid, name in self.window.ws.queues.shop_names()])

    def _load_methods(self, combo: QComboBox) -> None:
        items: list[tuple[str, Any]] = [(self.tr("No method yet"), 0)]
        items += [(f"{name} ({code})", mid) for mid, code, name in self.window.ws.rules.shipping_methods()]
        self._refill(combo, items)

    def _load_countries(self, combo: QComboBox) -> None:
        text = combo.currentText()
        choices = self.window.ws.queues.filter_choices("review")
        self._refill(combo, [(c, c) for c in ["EU", *choices["countries"]]])
        combo.setEditText(text)

    def _load_tags(self, combo: QComboBox) -> None:
        self._refill(combo, [(t, t) for t in self.window.ws.queues.filter_choices("review")["tags"]])

    def current(self) -> QueueFilter:
        from app.rules import REGIONS

        country = self.country.currentText().strip().upper()
        countries: tuple[str, ...] = ()
        if country:
            countries = tuple(sorted(REGIONS.get(country, {country})))
        return QueueFilter(
            shop_id=self.shop.currentData(),
            countries=countries,
            method_id=self.method.currentData(),
            reason=self.reason.currentData() or "",
            deadline=self.deadline.currentData() or "",
            tag=self.tag.currentData() or "",
            sort="urgency" if self.urgent.isChecked() else "id",
        )

    def apply(self) -> None:
        if self._quiet:
            return
        model = self.window.models["review"]
        flt = self.current()
        if flt == model.filter:
            return
        model.set_filter(flt)
        self.count.setText(self.tr("%1 shown").replace("%1", f"{model.rowCount():,}") if model.filtered else "")
        self.window.detail.show_nothing()

    def clear(self) -> None:
        self._quiet = True
        for combo in (self.shop, self.method, self.reason, self.deadline, self.tag):
            combo.setCurrentIndex(0)
        self.country.setEditText("")
        self.urgent.setChecked(False)
        self._quiet = False
        self.apply()


def _wrap_review_view(window: MainWindow, bar: QWidget) -> None:
    """Put the filter bar above the Review table, in the same tab."""
    view = window.views["review"]
    index = window.tabs.indexOf(view)
    current = window.tabs.currentIndex()
    text = window.tabs.tabText(index)
    holder = QWidget(window)
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    window.tabs.blockSignals(True)
    window.tabs.removeTab(index)
    layout.addWidget(bar)
    layout.addWidget(view, 1)
    view.show()  # the tab widget hid it when the tab went away
    window.tabs.insertTab(index, holder, text)
    window.tabs.setCurrentIndex(current)
    window.tabs.blockSignals(False)


# --- installing -----------------------------------------------------------------------


# Rules set methods, tags and customs, hold, and approve (reserving stock); the editor
# can also apply them to the selected orders.
RULES_APPLIED = Changes.of("review", "waybill", "on_hold", stock=True)
RULES_EDITED = RULES_APPLIED | Changes(rules=True)


class RulesArea(QObject):
    """The search box, the filter bar and the rules' menu entries of one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.search = SearchBox(window)
        spacer = QWidget(window)
        spacer.setSizePolicy(spacer.sizePolicy().horizontalPolicy().Expanding, spacer.sizePolicy().verticalPolicy())
        window.toolbar.addWidget(spacer)
        window.toolbar.addWidget(self.search.edit)
        self.focus_action = window.add_action(
            None,
            "",
            lambda: (self.search.edit.setFocus(), self.search.edit.selectAll()),
            shortcut=QKeySequence(QKeySequence.StandardKey.Find),
        )

        self.filters = ReviewFilterBar(window)
        _wrap_review_view(window, self.filters)

        menu = window.menu_orders
        menu.addSeparator()
        self.rules_action = window.add_action(menu, self.tr("Rules…"), self.show_rules)
        self.dry_run_action = window.add_action(
            menu, self.tr("Dry run rules on the selected orders"), self.dry_run_selected
        )
        self.apply_action = window.add_action(menu, self.tr("Apply rules to the selected orders"), self.apply_selected)
        self.rules_dialog: RulesDialog | None = None
        self.dry_run_dialog: DryRunDialog | None = None

    def show_rules(self) -> RulesDialog:
        dialog = RulesDialog(self.window.ws, self.window, selected=self.window.selected_order_ids)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _r: self.window.changed(RULES_EDITED))
        self.rules_dialog = dialog
        dialog.open()
        return dialog

    def dry_run_selected(self) -> DryRunDialog:
        ids = self.window.selected_order_ids() or None  # nothing selected: every order in Review
        dialog = DryRunDialog(self.window.ws, ids, self.window)
        dialog.finished.connect(dialog.deleteLater)
        self.dry_run_dialog = dialog
        dialog.open()
        return dialog

    def apply_selected(self) -> None:
        ids = self.window.selected_order_ids() or None
        run_in_background(self.window, lambda: self.window.ws.rules.apply(ids), lambda _r: None, changes=RULES_APPLIED)


def install(window: MainWindow) -> RulesArea:
    """Add the search box, the Review filter bar and the rules' menu entries."""
    return RulesArea(window)


# --- the rules editor -----------------------------------------------------------------

# kind -> label; fields: (key, label, type) with type text | list | number | choice:<name>
CONDITIONS: dict[str, tuple[str, tuple[tuple[str, str, str], ...]]] = {
    "shop": ("Shop is one of", (("in", "shops, comma-separated", "list"),)),
    "country": ("Destination in", (("in", "countries or EU, EEA, EUROPE, NA", "list"),)),
    "weight": ("Weight (g) between", (("min", "min g", "number"), ("max", "max g", "number"))),
    "total": (
        "Order total between",
        (("min", "min", "number"), ("max", "max", "number"), ("currency", "currency", "text")),
    ),
    "sku": ("Has a SKU from", (("in", "SKUs, comma-separated", "list"),)),
    "sku_contains": ("A SKU contains", (("text", "text", "text"),)),
    "items": ("Number of items between", (("min", "min", "number"), ("max", "max", "number"))),
    "tags": ("Has tags", (("mode", "", "choice:tags"), ("tags", "tags, comma-separated", "list"))),
    "buyer_note": ("Buyer note", (("present", "", "choice:note"),)),
    "ship_by": ("Ship-by within hours", (("within_hours", "hours", "number"),)),
    "overdue": ("Ship-by is overdue", ()),
    "service_level": ("Requested service is one of", (("in", "expedited, standard, economy", "list"),)),
}
ACTIONS: dict[str, tuple[str, tuple[tuple[str, str, str], ...]]] = {
    "set_method": ("Set shipping method", (("method", "", "choice:method"),)),
    "hold": ("Hold with reason", (("reason", "reason", "text"),)),
    "add_tag": ("Add tag", (("tag", "tag", "text"),)),
    "customs": (
        "Customs defaults (blank fields)",
        (
            ("description_en", "description (EN)", "text"),
            ("description_zh", "description (ZH)", "text"),
            ("hs_code", "HS code", "text"),
            ("value", "value", "number"),
            ("currency", "currency", "text"),
        ),
    ),
    "approve": ("Approve if every check passes", ()),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("RulesEditor", text)


class ClauseRow(QWidget):
    """One condition or action: its kind and the few fields that kind needs (never raw JSON)."""

    def __init__(
        self,
        kinds: dict[str, tuple[str, tuple[tuple[str, str, str], ...]]],
        methods: list[tuple[int, str, str]],
        parent: QWidget,
        value: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.kinds = kinds
        self.methods = methods
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.kind = QComboBox(self)
        for kind, (label, _fields) in kinds.items():
            self.kind.addItem(_tr(label), kind)
        self.kind.setMinimumWidth(210)
        self.layout_.addWidget(self.kind)
        self.fields: dict[str, QWidget] = {}
        self.remove = QPushButton("✕", self)
        self.remove.setToolTip(_tr("Remove"))
        self.remove.setFixedWidth(28)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.remove)
        self.kind.currentIndexChanged.connect(lambda _i: self._build({}))
        value = value or {}
        found = self.kind.findData(value.get("kind"))
        self.kind.blockSignals(True)
        self.kind.setCurrentIndex(max(0, found))
        self.kind.blockSignals(False)
        self._build(value)

    def _build(self, value: dict[str, Any]) -> None:
        for widget in self.fields.values():
            self.layout_.removeWidget(widget)
            widget.deleteLater()
        self.fields = {}
        _label, specs = self.kinds[self.kind.currentData()]
        for position, (key, hint, kind) in enumerate(specs, start=1):
            widget: QWidget
            if kind.startswith("choice:"):
                combo = QComboBox(self)
                for label, data in self._choices(kind[7:]):
                    combo.addItem(label, data)
                current = value.get(key)
                if kind == "choice:tags":
                    current = "all" if value.get("all") else "any"
                elif kind == "choice:note":
                    current = bool(value.get("present", True))
                combo.setCurrentIndex(max(0, combo.findData(current)))
                widget = combo
            else:
                edit = QLineEdit(self)
                edit.setPlaceholderText(_tr(hint))
                raw = value.get(key)
                if key == "tags":
                    raw = value.get("all") or value.get("any")
                if isinstance(raw, list):
                    raw = ", ".join(str(v) for v in raw)
                edit.setText("" if raw is None else str(raw))
                edit.setMinimumWidth(90 if kind == "number" else 160)
                widget = edit
            self.fields[key] = widget
            self.layout_.insertWidget(position, widget)

    def _choices(self, name: str) -> list[tuple[str, Any]]:
        if name == "method":
            return [(f"{label} ({code})", code) for _mid, code, label in self.methods]
        if name == "tags":
            return [(_tr("any of"), "any"), (_tr("all of"), "all")]
        return [(_tr("is present"), True), (_tr("is absent"), False)]

    def value(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind.currentData()}
        _label, specs = self.kinds[out["kind"]]
        mode = "any"
        for key, _hint, kind in specs:
            widget = self.fields[key]
            if isinstance(widget, QComboBox):
                if kind == "choice:tags":
                    mode = widget.currentData()
                else:
                    out[key] = widget.currentData()
                continue
            text = widget.text().strip()  # type: ignore[attr-defined]
            if not text:
                continue
            if kind == "list":
                out["all" if key == "tags" and mode == "all" else ("any" if key == "tags" else key)] = [
                    v.strip() for v in text.split(",") if v.strip()
                ]
            else:
                out[key] = text
        return out


class ClauseList(QWidget):
    def __init__(self, title: str, kinds: dict[str, Any], methods: list[tuple[int, str, str]], parent: QWidget) -> None:
        super().__init__(parent)
        self.kinds, self.methods = kinds, methods
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(QLabel(f"<b>{title}</b>", self))
        head.addStretch(1)
        self.add_button = QPushButton(_tr("Add"), self)
        head.addWidget(self.add_button)
        layout.addLayout(head)
        self.rows_box = QVBoxLayout()
        layout.addLayout(self.rows_box)
        self.rows: list[ClauseRow] = []
        self.add_button.clicked.connect(lambda: self.add({}))

    def add(self, value: dict[str, Any]) -> ClauseRow:
        row = ClauseRow(self.kinds, self.methods, self, value)
        row.remove.clicked.connect(lambda: self._remove(row))
        self.rows.append(row)
        self.rows_box.addWidget(row)
        return row

    def _remove(self, row: ClauseRow) -> None:
        self.rows.remove(row)
        self.rows_box.removeWidget(row)
        row.deleteLater()

    def set_values(self, values: list[dict[str, Any]]) -> None:
        for row in list(self.rows):
            self._remove(row)
        for v in values:
            self.add(v)

    def values(self) -> list[dict[str, Any]]:
        return [r.value() for r in self.rows]


class RulesDialog(QDialog):
    """The rules in the order they run: up/down/enable on the left, the chosen rule on the right."""

    def __init__(self, ws: Any, parent: QWidget | None = None, *, selected: Any = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self._selected = selected or (list)
        self.setWindowTitle(self.tr("Rules"))
        self.resize(1100, 560)
        methods = ws.rules.shipping_methods()
        outer = QHBoxLayout(self)
        left = QVBoxLayout()
        self.list = QListWidget(self)
        self.list.setMinimumWidth(260)
        left.addWidget(QLabel(self.tr("Rules run top to bottom; the first rule to set a field wins."), self))
        left.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New"), self)
        self.up_button = QPushButton(self.tr("Up"), self)
        self.down_button = QPushButton(self.tr("Down"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        for b in (self.new_button, self.up_button, self.down_button, self.delete_button):
            buttons.addWidget(b)
        left.addLayout(buttons)
        outer.addLayout(left)

        right = QVBoxLayout()
        form = QFormLayout()
        self.name = QLineEdit(self)
        self.enabled = QCheckBox(self.tr("Enabled"), self)
        self.enabled.setChecked(True)
        self.stop = QCheckBox(self.tr("Stop here: later rules do not run for an order this rule matched"), self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow("", self.enabled)
        right.addLayout(form)
        self.conditions = ClauseList(self.tr("If all of these hold"), CONDITIONS, methods, self)
        self.actions = ClauseList(self.tr("Then"), ACTIONS, methods, self)
        right.addWidget(self.conditions)
        right.addWidget(self.actions)
        right.addWidget(self.stop)
        right.addStretch(1)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828;")
        right.addWidget(self.message)
        row = QHBoxLayout()
        self.dry_run_button = QPushButton(self.tr("Dry run on the selected orders"), self)
        self.save_button = QPushButton(self.tr("Save rule"), self)
        self.save_button.setDefault(True)
        close = QPushButton(self.tr("Close"), self)
        row.addWidget(self.dry_run_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        row.addWidget(close)
        right.addLayout(row)
        outer.addLayout(right, 1)

        self.rule_id: int | None = None
        self.list.currentRowChanged.connect(self._show)
        self.list.itemChanged.connect(self._toggled)
        self.new_button.clicked.connect(self.new_rule)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.delete_button.clicked.connect(self._delete)
        self.save_button.clicked.connect(self.save)
        self.dry_run_button.clicked.connect(self.dry_run)
        close.clicked.connect(self.accept)
        self.dry_run_dialog: DryRunDialog | None = None
        self.reload()
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.new_rule()

    def reload(self, select_id: int | None = None) -> None:
        self.rules = self.ws.rules.all()
        self.list.blockSignals(True)
        self.list.clear()
        for r in self.rules:
            item = QListWidgetItem(f"{r.position}. {r.name}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if r.enabled else Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        if select_id is not None:
            row = next((i for i, r in enumerate(self.rules) if r.id == select_id), 0)
            self.list.setCurrentRow(row)

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.rules):
            return
        r = self.rules[row]
        self.rule_id = r.id
        self.name.setText(r.name)
        self.enabled.setChecked(r.enabled)
        self.stop.setChecked(r.stop)
        self.conditions.set_values(r.conditions)
        self.actions.set_values(r.actions)
        self.message.clear()

    def new_rule(self) -> None:
        self.rule_id = None
        self.list.clearSelection()
        self.name.setText("")
        self.enabled.setChecked(True)
        self.stop.setChecked(False)
        self.conditions.set_values([{"kind": "country", "in": ["EU"]}])
        self.actions.set_values([{"kind": "set_method"}])
        self.name.setFocus()
        self.message.clear()

    def save(self) -> int | None:
        from app.errors import ShipbenchError

        try:
            rule_id = self.ws.rules.save(
                self.name.text(),
                self.conditions.values(),
                {"do": self.actions.values(), "stop": self.stop.isChecked()},
                rule_id=self.rule_id,
                enabled=self.enabled.isChecked(),
            )
        except ShipbenchError as exc:
            self.message.setText(error_text(exc))
            return None
        self.message.clear()
        self.reload(rule_id)
        return rule_id

    def _toggled(self, item: QListWidgetItem) -> None:
        self.ws.rules.enable(item.data(Qt.ItemDataRole.UserRole), item.checkState() == Qt.CheckState.Checked)
        self.reload(item.data(Qt.ItemDataRole.UserRole))

    def _move(self, delta: int) -> None:
        if self.rule_id is not None:
            self.ws.rules.move(self.rule_id, delta)
            self.reload(self.rule_id)

    def _delete(self) -> None:
        if self.rule_id is not None:
            self.ws.rules.delete(self.rule_id)
            self.reload()
            self.new_rule() if not self.rules else self.list.setCurrentRow(0)

    def dry_run(self) -> DryRunDialog:
        dialog = DryRunDialog(self.ws, self._selected() or None, self)
        dialog.finished.connect(dialog.deleteLater)
        self.dry_run_dialog = dialog
        dialog.open()
        return dialog


_GREEN, _RED, _GREY = QColor("#1b8a3a"), QColor("#c62828"), QColor("#5f6368")


class DryRunDialog(QDialog):
    """Per order: the first rule that matched, each rule's conditions (held or not, with the value), the changes."""

    def __init__(self, ws: Any, order_ids: list[int] | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("Dry run: what the rules would do"))
        self.resize(980, 600)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self.tr("Working…"), self)
        layout.addWidget(self.summary)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Order / rule / condition"), self.tr("Result")])
        self.tree.setColumnWidth(0, 520)
        self.tree.setAlternatingRowColors(True)
        layout.addWidget(self.tree, 1)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.explanations: list[Any] = []
        run_in_background(self, lambda: ws.rules.dry_run(order_ids), self.show_explanations)

    def show_explanations(self, explanations: list[Any]) -> None:
        self.explanations = explanations
        self.tree.clear()
        changing = sum(1 for x in explanations if x.changes)
        conflicts = sum(1 for x in explanations if x.conflicts)
        self.summary.setText(
            plural("DryRunDialog", "%n order", "%n orders", len(explanations))
            + self.tr(": %1 would change, %2 with rules fighting over a field. Nothing has been changed.")
            .replace("%1", str(changing))
            .replace("%2", str(conflicts))
        )
        for x in explanations[:2000]:
            first = x.first_match
            top = QTreeWidgetItem(
                [x.number, self.tr("first match: %1").replace("%1", first) if first else self.tr("no rule matches")]
            )
            top.setForeground(1, _GREEN if first else _GREY)
            for r in x.rules:
                rule_item = QTreeWidgetItem([r.name, self.tr("matches") if r.matched else self.tr("does not match")])
                rule_item.setForeground(1, _GREEN if r.matched else _GREY)
                for c in r.conditions:
                    item = QTreeWidgetItem([message_text(c.message), "✓" if c.held else "✗"])
                    item.setForeground(1, _GREEN if c.held else _RED)
                    rule_item.addChild(item)
                top.addChild(rule_item)
            if x.changes:
                changes = QTreeWidgetItem([self.tr("Would change"), ""])
                for c in x.changes:
                    text = f"{term_text(c.field)}: {param_text(c.old)} → {param_text(c.new_message or c.new)}"
                    verdict = (
                        self.tr("overruled by “%1”").replace("%1", c.overruled_by)
                        if c.overruled_by
                        else self.tr("by “%1”").replace("%1", c.rule)
                    )
                    item = QTreeWidgetItem([text, verdict])
                    item.setForeground(1, _RED if c.overruled_by else _GREEN)
                    if c.overruled_by:
                        item.setForeground(0, _GREY)
                    changes.addChild(item)
                top.addChild(changes)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
            for k in range(top.childCount()):  # a few orders: everything open; many: what changes
                child = top.child(k)
                child.setExpanded(len(explanations) <= 10 or child.text(1) == "")
