"""Chinese, Japanese and Korean draw on a PC without any CJK font: the bundled fonts are the UI's fallback.

A child process gets a fontconfig whose only font folder is empty, opens the main window in
Chinese and lays out every label, button, tab and header text with the font the widget
uses, checking each character's glyph (glyph 0 is the empty box).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

CHILD = r"""
import json, sys
from pathlib import Path
from PySide6.QtGui import QFontDatabase, QTextLayout
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabBar, QHeaderView
app = QApplication(sys.argv[:1])
before = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
from app.bootstrap import build
from app.cli.demo import seed
from app.settings import Settings
from ui.launcher import create_application, create_main_window
tmp = Path(sys.argv[1])
ws = build(Settings(db_url=f"sqlite:///{tmp / 'x.db'}", data_dir=tmp, station="s", user="alice"))
seed(ws, "http://127.0.0.1:9")
create_application(language="zh_CN")
win = create_main_window(ws, wedge=False)
win.resize(1366, 768)
win.show()
app.processEvents()
texts = []  # (text, font) as each widget draws it
for w in win.findChildren(QLabel) + win.findChildren(QAbstractButton):
    texts.append((w.text(), w.font()))
for bar in win.findChildren(QTabBar):
    texts += [(bar.tabText(i), bar.font()) for i in range(bar.count())]
for header in win.findChildren(QHeaderView):
    model = header.model()
    if model is not None:
        texts += [(str(model.headerData(i, header.orientation()) or ""), header.font()) for i in range(header.count())]
texts.append(("张伟 李娜 さくら 김민준", win.font()))  # recipient names arrive in any script
checked, missing = 0, []
for text, font in texts:
    if not any(ord(c) > 0x2E80 for c in text):
        continue
    checked += 1
    layout = QTextLayout(text, font)
    layout.beginLayout(); layout.createLine(); layout.endLayout()
    for run in layout.glyphRuns():
        if 0 in run.glyphIndexes():
            missing.append((text, run.rawFont().familyName()))
print(json.dumps({"before": before, "checked": checked, "missing": missing,
                  "families": app.font().families()}))
ws.close()
"""


def test_the_chinese_window_has_no_boxes_without_system_cjk_fonts(tmp_path: Path) -> None:
    fonts = tmp_path / "fonts"
    fonts.mkdir()
    conf = tmp_path / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        f"<dir>{fonts}</dir><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FONTCONFIG_FILE": str(conf), "LANGUAGE": "zh_CN"}
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path)], env=env, cwd=root, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr[-3000:]
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["before"] == []  # the PC really has no CJK font
    assert result["checked"] >= 10  # the window is in Chinese
    assert result["missing"] == []
    assert "Noto Sans CJK SC" in result["families"]
