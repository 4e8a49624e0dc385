"""An application font whose fallback list always reaches a CJK face.

Recipient names arrive in any script; a label or table showing boxes for 王 or 李
is a packing error waiting to happen. The fonts the labels use (``resources/fonts``:
DejaVu Sans, Noto Sans CJK SC) are registered with Qt at start and put at the end of
the application font's family list, so a PC without any CJK font still draws Chinese,
Japanese and Korean; an installed CJK family comes before the bundled one.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from printers.typeset import FONT_DIR

log = logging.getLogger(__name__)
_bundled: list[str] = []

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


def register_bundled_fonts() -> list[str]:
    """Make the fonts in ``resources/fonts`` known to Qt (once per process); their families.

    The CJK face is 10 MB and takes ~50-100 ms to register: only when no CJK family is
    installed (an installed one draws the same characters).
    """
    if not _bundled:
        have_cjk = bool(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))
        for path in sorted(FONT_DIR.glob("*.[ot]tf")):
            if have_cjk and "CJK" in path.name:
                continue
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id < 0:
                log.warning("could not load the bundled font %s", path.name)
                continue
            _bundled.extend(f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in _bundled)
    return list(_bundled)


def apply_font_fallback(app: QApplication) -> list[str]:
    """The platform's UI font first, then a Latin and the CJK families, the bundled ones last; returns the list."""
    bundled = register_bundled_fonts()
    installed = set(QFontDatabase.families())
    font = QFont(app.font())
    chain = [font.family()] if font.family() in installed else []
    chain += [f for f in LATIN_FAMILIES if f in installed and f not in chain and f not in bundled][:1]
    chain += [f for f in CJK_FAMILIES if f in installed and f not in bundled]
    chain += [f for f in bundled if f not in chain]  # always there: the app's own
    font.setFamilies(chain)
    app.setFont(font)
    return chain
