"""How fresh the marketplace data is, next to the entry box: a stale sync can hide an interception.

While the database cannot be reached the same label says so (the status bar is hidden in
full screen): "Database connection lost — reconnecting…", until the window reads again.

A mixin of ``ScanStation``: its texts are translated in the ``ScanStation`` context.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from app.workstation import Status
from ui.i18n import plural
from ui.station_verdict import INK

CONTEXT = "ScanStation"

STALE_MINUTES = 15


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _ago(when: dt.datetime, now: dt.datetime) -> int:
    """Whole minutes since ``when`` (stored in UTC; naive values are UTC too)."""
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max(0, int((now - when).total_seconds() // 60))


def _style(label: QLabel, style: str) -> None:
    if label.styleSheet() != style:  # every 2 s: unchanged, it costs no re-polish and repaint
        label.setStyleSheet(style)


def _tip(label: QLabel, tip: str) -> None:
    if label.toolTip() != tip:
        label.setToolTip(tip)


def _text(label: QLabel, text: str) -> None:
    if label.text() != text:
        label.setText(text)


class SyncFreshness:
    """Keeps the ``freshness`` label in step with the workstation's status."""

    freshness: QLabel

    def update_status(self, status: Status, now: dt.datetime | None = None) -> None:
        """How fresh the marketplace data is: a cancel not pulled yet cannot turn a scan red."""
        now = now or dt.datetime.now(dt.UTC)
        shops = [r for r in status.remotes if r.kind == "shop"]
        offline = any(r.online is False for r in shops)
        syncs = [r.last_sync for r in shops if r.last_sync is not None]
        warning = _t("An interception could be missing: a cancelled order may still scan green.")
        if not syncs:
            _text(self.freshness, _t("Orders not synced yet"))
            _style(self.freshness, f"color: {INK['red']}; font-weight: bold;")
            _tip(self.freshness, warning)
            return
        minutes = _ago(min(syncs), now)
        if minutes < 1:
            text = _t("Orders synced just now")
        else:
            text = plural("ScanStation", "Orders last synced %n min ago", "Orders last synced %n min ago", minutes)
        if offline:
            _text(self.freshness, _t("Marketplace offline — %1").replace("%1", text))
            _style(self.freshness, f"color: {INK['red']}; font-weight: bold;")
            _tip(self.freshness, _t("The marketplace cannot be reached.") + " " + warning)
        elif minutes >= STALE_MINUTES:
            _text(self.freshness, text)
            _style(self.freshness, f"color: {INK['amber']}; font-weight: bold;")
            _tip(self.freshness, warning)
        else:
            _text(self.freshness, text)
            _style(self.freshness, "color: #555;")
            _tip(self.freshness, "")

    def show_database(self, state: str) -> None:
        """The window's database connection (``ui.db_connection``): lost, reconnected or ok."""
        if state == "lost":
            _text(self.freshness, _t("Database connection lost — reconnecting…"))
            _style(self.freshness, f"color: {INK['red']}; font-weight: bold;")
            _tip(self.freshness, _t("Scans are not recorded until it is back: each one shows red, scan it again."))
        elif state == "reconnected":
            _text(self.freshness, _t("Reconnected to the database"))
            _style(self.freshness, f"color: {INK['green']}; font-weight: bold;")
            _tip(self.freshness, "")
