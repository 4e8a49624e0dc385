"""The import boundaries of DESIGN.md hold (contracts in pyproject.toml, [tool.importlinter])."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_boundaries_hold() -> None:
    lint = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run([str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "0 broken" in result.stdout


def test_nothing_connects_at_import_time() -> None:
    """Importing every non-Qt module opens no socket, file or database."""
    code = (
        "import socket, sqlite3\n"
        "def refuse(*a, **k): raise AssertionError('connection at import time')\n"
        "socket.socket.connect = refuse; sqlite3.connect = refuse\n"
        "import pkgutil, importlib\n"
        "for pkg in ('app', 'db', 'printers', 'scanners'):\n"
        "    m = importlib.import_module(pkg)\n"
        "    for info in pkgutil.walk_packages(m.__path__, pkg + '.'):\n"
        "        importlib.import_module(info.name)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
