"""The station's three modes — Ship, Verify, Handover — and how the packer switches them.

Buttons in the mode bar, F5/F6/F7, or command barcodes (``SB-CMD:VERIFY`` …). A mixin of
``ScanStation``: its texts are translated in the ``ScanStation`` context.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
)

from ui.station_verify import VerifyPanel

if TYPE_CHECKING:
    from app.verify import VerifySession

CONTEXT = "ScanStation"

SHIP, VERIFY, HANDOVER = "ship", "verify", "handover"
MODES = (SHIP, VERIFY, HANDOVER)
# Command-sheet words that switch the mode (``SB-CMD:VERIFY`` …).
MODE_WORDS = {"SHIP": SHIP, "VERIFY": VERIFY, "HANDOVER": HANDOVER}
MODE_KEYS = {SHIP: Qt.Key.Key_F5, VERIFY: Qt.Key.Key_F6, HANDOVER: Qt.Key.Key_F7}


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class ModeSwitch:
    """The mode bar, the station's keyboard shortcuts, and ``set_mode``."""

    mode: str
    mode_changed: Any  # Signal(str)
    pages: QStackedWidget
    verdict_box: Any
    verify_panel: VerifyPanel
    verify_session: VerifySession | None
    _layout: QBoxLayout
    _body: QBoxLayout

    if TYPE_CHECKING:

        def font(self) -> QFont: ...
        def show_idle(self) -> None: ...
        def toggle_full_screen(self) -> None: ...
        def acknowledge(self) -> bool: ...
        def set_full_screen(self, on: bool) -> None: ...
        def weigh(self) -> None: ...
        def open_scanner_test(self) -> Any: ...
        def _load_carriers(self) -> None: ...
        def _refresh_handover(self) -> Any: ...

    def _build_mode_bar(self) -> None:
        self.mode_bar = QHBoxLayout()
        self.mode_buttons: dict[str, QPushButton] = {}
        self._mode_group = QButtonGroup(self)
        self._mode_group.setExclusive(True)
        labels = {SHIP: _t("Ship (F5)"), VERIFY: _t("Verify (F6)"), HANDOVER: _t("Handover (F7)")}
        font = QFont(self.font())
        font.setPointSize(13)
        font.setBold(True)
        for mode in MODES:
            button = QPushButton(labels[mode], self)
            button.setCheckable(True)
            button.setFont(font)
            button.setMinimumHeight(40)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setStyleSheet("QPushButton:checked { background-color: #1a73e8; color: white; }")
            button.clicked.connect(lambda _checked=False, m=mode: self.set_mode(m))
            self._mode_group.addButton(button)
            self.mode_buttons[mode] = button
            self.mode_bar.addWidget(button)
        self.mode_bar.addStretch(1)
        self.test_button = QPushButton(_t("Test scanner / scale…"), self)
        self.test_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.test_button.clicked.connect(self.open_scanner_test)
        self.full_screen_button = QPushButton(_t("Full screen (F11)"), self)
        self.full_screen_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.full_screen_button.clicked.connect(self.toggle_full_screen)
        self.mode_bar.addWidget(self.test_button)
        self.mode_bar.addWidget(self.full_screen_button)

    def _build_shortcuts(self) -> None:
        def key(sequence: Qt.Key, slot: Callable[[], object]) -> None:
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.activated.connect(slot)

        for mode, k in MODE_KEYS.items():
            key(k, lambda m=mode: self.set_mode(m))
        key(Qt.Key.Key_F11, self.toggle_full_screen)
        key(Qt.Key.Key_F8, self.weigh)
        key(Qt.Key.Key_Escape, lambda: self.set_full_screen(False))
        key(Qt.Key.Key_Space, self.acknowledge)  # a red verdict seen (the entry box takes its own Space)

    def set_mode(self, mode: str) -> None:
        if mode not in MODES:
            raise ValueError(f"unknown station mode {mode!r}")
        self.mode = mode
        self.mode_buttons[mode].setChecked(True)
        self.pages.setCurrentIndex(MODES.index(mode))
        # Ship: the verdict is everything. Verify / handover: the table below matters as much.
        verdict_share, body_share = (3, 2) if mode == SHIP else (2, 3)
        self._layout.setStretchFactor(self.verdict_box, verdict_share)
        self._layout.setStretchFactor(self._body, body_share)
        if mode == VERIFY:
            self.verify_panel.show_session(self.verify_session)
        elif mode == HANDOVER:
            self._load_carriers()
            self._refresh_handover()
        self.show_idle()
        self.mode_changed.emit(mode)
