"""Translatable strings with an English plural that reads right before any translation exists."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def plural(context: str, one: str, many: str, n: int) -> str:
    """``%n`` becomes ``n``; both forms are extractable, a translator may merge them."""
    return QCoreApplication.translate(context, one if n == 1 else many, "", n)
