"""The main window's part for the import wizard (files → orders, products, pairings, stock counts)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def install(window: MainWindow) -> None:
    """Add this area's menu entries, tabs and docks to the main window."""
