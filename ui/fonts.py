"""An application font whose fallback list reaches a CJK face when one is installed.

Recipient names arrive in any script; a label or table showing boxes for 王 or 李
is a packing error waiting to happen.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

CJK_FAMILIES = (
    "Noto Sans CJK SC",
    "Noto Sans CJK JP",
    "Noto Sans CJK TC",
    "Noto Sans CJK KR",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "Microsoft YaHei",
    "PingFang SC",
    "Hiragino Sans GB",
    "Noto Serif CJK SC",
)
LATIN_FAMILIES = ("Noto Sans", "DejaVu Sans", "Segoe UI", "Helvetica Neue", "Arial")


def apply_font_fallback(app: QApplication) -> list[str]:
    """Keep the platform's UI font first, then the installed CJK families; returns the list."""
    installed = set(QFontDatabase.families())
    font = QFont(app.font())
    chain = [font.family()] if font.family() in installed else []
    chain += [f for f in LATIN_FAMILIES if f in installed and f not in chain][:1]
    chain += [f for f in CJK_FAMILIES if f in installed]
    if chain:
        font.setFamilies(chain)
        app.setFont(font)
    if not any(f in installed for f in CJK_FAMILIES):
        log.info("no CJK font installed; Chinese, Japanese or Korean names may show as boxes")
    return chain
