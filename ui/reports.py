"""The Reports screen: orders in, shipped, late, postage spent and refunded per day, carrier,
shop or packer, with a chart (Qt Charts), the late orders, the day's end per carrier, and
exports through the one safe writer (``app.reports.export`` → ``app.exports``).

A tab of the main window (``install``), reached from Warehouse → Reports (Ctrl+Shift+R).
The figures are read off the GUI thread whenever the tab is shown or the range changes.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDate, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import reports
from app.reports import CarrierDay, Report
from ui.operations import run_in_background

if TYPE_CHECKING:
    from app.workstation import Workstation
    from ui.main_window import MainWindow

KIND_ORDER = ("daily", "carriers", "shops", "packers", "late")
# Colours that tell the series apart on screen and in print (and pass for colour-blind eyes).
COLOURS = {"orders_in": "#4C78A8", "shipped": "#54A24B", "late": "#E45756", "open": "#F58518", "spent": "#B279A2"}


class ReportsScreen(QWidget):
    """One report at a time: its figures as a chart and a table, and the day's end beside it."""

    def __init__(self, ws: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.report: Report | None = None
        self.today: list[CarrierDay] = []
        self.loading = False

        self.kind = QComboBox()
        for kind in KIND_ORDER:
            self.kind.addItem(self.kind_name(kind), kind)
        self.start = QDateEdit()
        self.end = QDateEdit()
        today = QDate.currentDate()
        for edit, day in ((self.start, today.addDays(-6)), (self.end, today)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(day)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("Export"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        for fmt, text in (("xlsx", self.tr("Excel workbook (.xlsx)")), ("csv", self.tr("CSV")), ("json", "JSON")):
            menu.addAction(text, lambda f=fmt: self.export(f))
        self.export_button.setMenu(menu)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Report")))
        bar.addWidget(self.kind)
        bar.addSpacing(12)
        bar.addWidget(QLabel(self.tr("From")))
        bar.addWidget(self.start)
        bar.addWidget(QLabel(self.tr("to")))
        bar.addWidget(self.end)
        bar.addWidget(self.refresh_button)
        bar.addStretch(1)
        self.status = QLabel()
        bar.addWidget(self.status)
        bar.addWidget(self.export_button)

        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(220)

        self.table = QTableWidget(0, 0)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setMinimumSectionSize(72)

        self.day_end = QTableWidget(0, 3)
        self.day_end.setHorizontalHeaderLabels([self.tr("Carrier"), self.tr("Shipped today"), self.tr("Still to go")])
        self.day_end.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.day_end.verticalHeader().setVisible(False)
        self.day_end.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2):
            self.day_end.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.day_end.verticalHeader().setDefaultSectionSize(24)
        day_box = QGroupBox(self.tr("End of day"))
        day_layout = QVBoxLayout(day_box)
        day_layout.addWidget(self.day_end)
        self.day_note = QLabel()
        self.day_note.setWordWrap(True)
        day_layout.addWidget(self.day_note)

        self.balances = QTableWidget(0, 2)
        self.balances.setHorizontalHeaderLabels([self.tr("Carrier"), self.tr("Balance")])
        self.balances.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.balances.verticalHeader().setVisible(False)
        self.balances.verticalHeader().setDefaultSectionSize(24)
        self.balances.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.balances.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        balance_box = QGroupBox(self.tr("Postage balance"))
        balance_layout = QVBoxLayout(balance_box)
        balance_layout.addWidget(self.balances)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(day_box, 1)
        side_layout.addWidget(balance_box, 1)
        side.setMinimumWidth(280)
        side.setMaximumWidth(380)

        upper = QSplitter(Qt.Orientation.Horizontal)
        upper.addWidget(self.chart_view)
        upper.addWidget(side)
        upper.setStretchFactor(0, 3)
        upper.setStretchFactor(1, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(self.table)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([340, 300])

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

        self.kind.currentIndexChanged.connect(lambda _i: self.refresh())
        self.start.dateChanged.connect(lambda _d: self.refresh())
        self.end.dateChanged.connect(lambda _d: self.refresh())
        self.refresh_button.clicked.connect(self.refresh)

    # --- words -------------------------------------------------------------------------

    def kind_name(self, kind: str) -> str:
        return {
            "daily": self.tr("Per day"),
            "carriers": self.tr("Per carrier"),
            "shops": self.tr("Per shop"),
            "packers": self.tr("Per packer"),
            "late": self.tr("Late orders"),
        }[kind]

    def heading(self, column: str) -> str:
        """A column key of ``Report.columns`` in the user's language."""
        fixed = {
            "day": self.tr("Day"),
            "carrier": self.tr("Carrier"),
            "shop": self.tr("Shop"),
            "packer": self.tr("Packer"),
            "orders_in": self.tr("Orders in"),
            "shipped": self.tr("Shipped"),
            "late": self.tr("Late"),
            "order": self.tr("Order"),
            "ship_by": self.tr("Ship by"),
            "shipped_at": self.tr("Shipped at"),
            "hours_late": self.tr("Hours late"),
            "delivered_at": self.tr("Delivered"),
            "queue": self.tr("Queue"),
        }
        if column in fixed:
            return fixed[column]
        what, _, currency = column.rpartition("_")
        if what == "postage_spent":
            return self.tr("Postage spent (%1)").replace("%1", currency)
        if what == "postage_refunded":
            return self.tr("Refunded (%1)").replace("%1", currency)
        return column

    def key_text(self, key: str) -> str:
        if key:
            return key
        if self.report is not None and self.report.kind == "packers":
            return self.tr("(not shipped yet)")
        return self.tr("(none)")

    # --- reading ----------------------------------------------------------------------

    def range(self) -> tuple[dt.date, dt.date]:
        start, end = self.start.date(), self.end.date()
        return dt.date(start.year(), start.month(), start.day()), dt.date(end.year(), end.month(), end.day())

    def refresh(self) -> None:
        """Read the chosen report and the day's end, off the GUI thread."""
        kind = str(self.kind.currentData())
        start, end = self.range()
        if start > end:
            self.status.setText(self.tr("The start is after the end"))
            return
        self.loading = True
        self.status.setText(self.tr("Reading…"))

        def read() -> tuple[Report, list[CarrierDay], list[dict[str, Any]]]:
            ws = self.ws
            return ws.reports.report(kind, start, end), ws.reports.end_of_day(), ws.postage.balances()

        def done(result: tuple[Report, list[CarrierDay], list[dict[str, Any]]]) -> None:
            self.loading = False
            self.show_report(*result)

        def failed(exc: BaseException) -> None:
            self.loading = False
            self.status.setText(str(exc))

        run_in_background(self, read, done, failed)

    def show_report(
        self, report: Report, today: list[CarrierDay], balances: list[dict[str, Any]] | None = None
    ) -> None:
        self.report, self.today = report, today
        self.status.setText("")
        self._fill_table(report)
        self._fill_chart(report)
        self._fill_day_end(today)
        self._fill_balances(balances or [])

    # --- showing ------------------------------------------------------------------------

    def _fill_table(self, report: Report) -> None:
        columns = report.columns()
        cells = report.table()
        if report.kind != "late" and cells:
            total = report.total
            cells.append(
                [
                    self.tr("Total"),
                    "" if total.orders_in is None else total.orders_in,
                    total.shipped,
                    total.late,
                    *[
                        x
                        for c in report.currencies
                        for x in (total.spent.get(c, Decimal("0.00")), total.refunded.get(c, Decimal("0.00")))
                    ],
                ]
            )
        self.table.clear()
        self.table.setColumnCount(len(columns))
        self.table.setHorizontalHeaderLabels([self.heading(c) for c in columns])
        self.table.setRowCount(len(cells))
        for r, row in enumerate(cells):
            for c, value in enumerate(row):
                text = self.key_text(str(value)) if c == 0 and report.kind != "late" else str(value)
                if report.kind == "late" and columns[c] == "queue":
                    from ui.main_window import queue_label

                    text = queue_label(text) if text in _QUEUES else text
                item = QTableWidgetItem(text)
                if isinstance(value, int | Decimal) and not isinstance(value, bool):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if report.kind != "late" and r == len(cells) - 1 and len(cells) > len(report.rows):
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(r, c, item)
        if not cells:
            self.status.setText(self.tr("Nothing in this range"))

    def _fill_chart(self, report: Report) -> None:
        chart = self.chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        if report.kind == "late":
            # per day of the ship-by: shipped late, and not shipped yet
            days = [report.start + dt.timedelta(days=i) for i in range((report.end - report.start).days + 1)]
            shipped_late = dict.fromkeys(days, 0)
            still_open = dict.fromkeys(days, 0)
            for order in report.late_orders:
                day = order["ship_by"].astimezone().date()
                target = shipped_late if order["shipped_at"] is not None else still_open
                if day in target:
                    target[day] += 1
            categories = [d.isoformat()[5:] for d in days]
            sets = [
                (self.tr("Shipped late"), "late", [shipped_late[d] for d in days]),
                (self.tr("Not shipped, past ship-by"), "open", [still_open[d] for d in days]),
            ]
            chart.setTitle(self.tr("Late orders by ship-by day"))
        else:
            rows = report.rows
            categories = [_short(self.key_text(r.key), report.kind) for r in rows]
            sets = []
            if report.kind in ("daily", "shops"):
                sets.append((self.tr("Orders in"), "orders_in", [r.orders_in or 0 for r in rows]))
            sets += [
                (self.tr("Shipped"), "shipped", [r.shipped for r in rows]),
                (self.tr("Late"), "late", [r.late for r in rows]),
            ]
            chart.setTitle(self.kind_name(report.kind))
        stacked = report.kind == "late"
        bars: QBarSeries | QStackedBarSeries = QStackedBarSeries() if stacked else QBarSeries()
        for name, key, values in sets:
            bar_set = QBarSet(name)
            bar_set.setColor(QColor(COLOURS[key]))
            bar_set.append([float(v) for v in values])  # chart geometry only; the figures stay ints
            bars.append(bar_set)
        chart.addSeries(bars)
        axis_x = QBarCategoryAxis()
        axis_x.append(categories or [""])
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        bars.attachAxis(axis_x)
        axis_y = QValueAxis()
        axis_y.setLabelFormat("%d")
        if stacked:
            top = max([sum(column) for column in zip(*(values for _n, _k, values in sets), strict=True)] or [0])
        else:
            top = max([v for _n, _k, values in sets for v in values] or [0])
        step = max(1, -(-(top + 1) // 4))  # four whole-number steps above the tallest bar
        axis_y.setRange(0, step * 4)
        axis_y.setTickCount(5)
        if not stacked:  # the late chart says what it counts in its legend
            axis_y.setTitleText(self.tr("Parcels and orders"))
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(axis_y)
        if report.kind != "late" and report.currencies:
            self._postage_line(report, categories)

    def _postage_line(self, report: Report, categories: list[str]) -> None:
        """The postage spent in the report's first currency, on its own axis at the right."""
        currency = report.currencies[0]
        line = QLineSeries()
        line.setName(self.tr("Postage spent (%1)").replace("%1", currency))
        line.setColor(QColor(COLOURS["spent"]))
        pen = line.pen()
        pen.setWidth(3)
        line.setPen(pen)
        line.setPointsVisible(True)
        amounts = [r.spent.get(currency, Decimal(0)) for r in report.rows]
        for i, amount in enumerate(amounts):
            line.append(QPointF(i, float(amount)))  # a pixel position, not money
        self.chart.addSeries(line)
        axis_x = QValueAxis()
        axis_x.setRange(-0.5, max(len(categories), 1) - 0.5)
        axis_x.setVisible(False)
        self.chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        line.attachAxis(axis_x)
        axis_money = QValueAxis()
        top = int(max(amounts, default=Decimal(0))) + 1
        magnitude = 10 ** max(0, len(str(top)) - 2)
        step = -(-top // (4 * magnitude)) * magnitude  # a round step: 5, 30, 200 …
        axis_money.setRange(0, step * 4)
        axis_money.setLabelFormat("%d")
        axis_money.setTickCount(5)
        axis_money.setTitleText(currency)
        self.chart.addAxis(axis_money, Qt.AlignmentFlag.AlignRight)
        line.attachAxis(axis_money)

    def _fill_day_end(self, today: list[CarrierDay]) -> None:
        self.day_end.setRowCount(len(today))
        for r, row in enumerate(today):
            cells = [row.carrier or self.tr("(no method)"), str(row.shipped), str(row.to_go)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.day_end.setItem(r, c, item)
        shipped, to_go = sum(r.shipped for r in today), sum(r.to_go for r in today)
        self.day_note.setText(
            self.tr("Today: %1 shipped, %2 still to go").replace("%1", str(shipped)).replace("%2", str(to_go))
        )

    def _fill_balances(self, accounts: list[dict[str, Any]]) -> None:
        self.balances.setRowCount(len(accounts))
        for r, account in enumerate(accounts):
            if account["balance"] is None:
                text = self.tr("not known")
            else:
                text = f"{account['balance']} {account['currency']}".strip()
            if account["low"]:
                text = self.tr("%1 (low)").replace("%1", text)
            name = QTableWidgetItem(account["name"])
            value = QTableWidgetItem(text)
            value.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if account["low"]:
                value.setForeground(QColor("#B00020"))
            tip = {
                "carrier": self.tr("as the carrier last reported it"),
                "prepaid": self.tr("prepaid: lowered by each booking"),
            }.get(account["source"] or "", "")
            value.setToolTip(tip)
            self.balances.setItem(r, 0, name)
            self.balances.setItem(r, 1, value)

    # --- export --------------------------------------------------------------------------

    def export(self, fmt: str) -> None:
        report = self.report
        if report is None:
            return
        suggested = f"report-{report.kind}-{report.start}-{report.end}.{fmt}"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export the report"), suggested)
        if name:
            self.save(report, fmt, name)

    def save(self, report: Report, fmt: str, path: str) -> None:
        header = [self.heading(c) for c in report.columns()]

        def write() -> str:
            from app.exports import write_out

            write_out(path, reports.export(report, fmt, header if fmt != "json" else None))
            return path

        run_in_background(self, write, lambda p: self.status.setText(self.tr("Saved %1").replace("%1", str(p))))


_QUEUES = frozenset({"review", "waybill", "print", "scan", "shipped", "on_hold", "exceptions", "cancelled"})


def _short(text: str, kind: str) -> str:
    """A category under a bar: a day as 12-05, a long name cut."""
    if kind == "daily" and len(text) == 10:
        return text[5:]
    return text if len(text) <= 16 else text[:15] + "…"


def install(window: MainWindow) -> ReportsScreen:
    """The Reports tab, and Warehouse → Reports to open it."""
    screen = ReportsScreen(window.ws, window)
    index = window.add_tab(screen, QCoreApplication.translate("ReportsScreen", "Reports"), detail=False)

    def show() -> None:
        window.tabs.setCurrentIndex(index)

    window.tabs.currentChanged.connect(lambda i: screen.refresh() if i == index else None)
    window.add_action(
        window.menu_warehouse, QCoreApplication.translate("ReportsScreen", "Reports"), show, shortcut="Ctrl+Shift+R"
    )
    return screen
