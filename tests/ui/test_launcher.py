"""Starting the GUI: a database problem is a message and exit code 1, the demo opens a window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from ui import launcher


def test_a_damaged_database_is_a_message_and_exit_1(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    junk = tmp_path / "junk.db"
    junk.write_text("not a database " * 20)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda parent, title, text, *a: shown.append(text)))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    code = launcher.run_gui(argparse.Namespace(db=f"sqlite:///{junk}", demo=False, verbose=False))
    assert code == 1
    assert shown and "damaged" in shown[0]


def test_demo_opens_the_main_window(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    seen: list[str] = []

    def exec_briefly(*_args: Any) -> int:
        # The real loop cannot run here: after quit() Qt ends every later nested loop at once.
        qtbot.wait(300)
        seen.extend(w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible())
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_briefly)
    assert launcher.run_gui(argparse.Namespace(db=None, demo=True, verbose=False)) == 0
    assert any(title.startswith("Shipbench") and "demo" in title for title in seen)


def test_with_no_shop_configured_the_app_opens_the_setup_assistant_not_the_demo(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    seen: list[str] = []

    def exec_briefly(*_args: Any) -> int:
        qtbot.wait(300)
        seen.extend(w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible())
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_briefly)
    empty = tmp_path / "fresh.db"
    assert launcher.run_gui(argparse.Namespace(db=f"sqlite:///{empty}", demo=False, verbose=False)) == 0
    assert seen == ["Set up Shipbench"]
