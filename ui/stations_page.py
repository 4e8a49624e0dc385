"""Settings → Stations: the PCs sharing this database, with their last heartbeat.

Each running station writes a heartbeat every 10 s (``ws.stations``): what runs there (the
GUI, a sync worker), who is signed in, its printer and scanner settings, the accounts whose
secrets it holds and the accounts it sends for. The table re-reads every 5 s while open.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from app.services.stations import StationView
    from app.workstation import Workstation

GREEN, GREY = "#1b8a3a", "#5f6368"


class StationsDialog(QDialog):
    def __init__(self, ws: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("Stations"))
        self.resize(900, 360)
        headers = [
            self.tr("Station"),
            self.tr("State"),
            self.tr("Last heartbeat"),
            self.tr("Runs"),
            self.tr("User"),
            self.tr("Printer"),
            self.tr("Scanner"),
            self.tr("Sends for"),
        ]
        self.table = QTableWidget(0, len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        note = QLabel(
            self.tr(
                "Every running station writes a heartbeat every 10 seconds. A station not heard from "
                "for 30 seconds is shown stopped; its outbox jobs are taken over when their lease runs out."
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.timer = QTimer(self)
        self.timer.setInterval(5000)
        self.timer.timeout.connect(self.reload)
        self.timer.start()
        self.reload()

    def reload(self) -> None:
        stations = self.ws.stations.stations()
        senders = self.ws.stations.senders()
        names = self.ws.stations.account_names()
        self.table.setRowCount(len(stations))
        for row, station in enumerate(stations):
            sends_for = sorted(self._account(a, names) for a, name in senders.items() if name == station.name)
            cells = self._cells(station, sends_for)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 1:
                    item.setForeground(QColor(GREEN if station.live else GREY))
                self.table.setItem(row, column, item)

    def _account(self, account: str, names: dict[str, tuple[str, str]]) -> str:
        """``shop:1`` → "shop Demo Marketplace", in the user's language (an account since deleted: its key)."""
        kind, name = names.get(account, ("", account))
        if kind == "shop":
            return self.tr("shop %1").replace("%1", name)
        if kind == "carrier":
            return self.tr("carrier %1").replace("%1", name)
        return name

    def _cells(self, station: StationView, sends_for: list[str]) -> list[str]:
        name = station.name + (" " + self.tr("(this station)") if station.this else "")
        state = self.tr("running") if station.live else self.tr("stopped")
        if station.seen_at is None:
            seen = self.tr("never")
        else:
            seen = station.seen_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            ago = (dt.datetime.now(dt.UTC) - station.seen_at).total_seconds()
            if ago < 120:
                seen += " " + self.tr("(%1 s ago)").replace("%1", str(max(0, int(ago))))
        runs = ", ".join({"gui": self.tr("window"), "worker": self.tr("sync worker")}.get(r, r) for r in station.runs)
        info = station.info
        scanner = info.get("scanner") or {}
        scanner_text = str(scanner.get("serial") or "") if isinstance(scanner, dict) else ""
        if isinstance(scanner, dict) and not scanner_text:
            scanner_text = self.tr("keyboard") if scanner else ""
        return [
            name,
            state,
            seen,
            runs,
            str(info.get("user") or ""),
            str(info.get("printer") or ""),
            scanner_text,
            ", ".join(sends_for),
        ]
