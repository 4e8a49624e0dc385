"""A CLI command loads only what it needs: never Qt, never the libraries of other areas.

Each command runs in its own process, as a user runs it; the process reports the modules
it ended with. Not a timing test: an import that creeps onto the command path (Qt pulled
in by a shared module, openpyxl by a service imported at the top) fails here on any machine.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Runs main.py's main() as `python main.py ARGS…` would, then writes sys.modules to a file.
DRIVER = """
import json, sys
sys.path.insert(0, {root!r})
sys.argv = ["main.py", *{args!r}]
import main
try:
    code = main.main()
except SystemExit as exc:
    code = exc.code
with open({out!r}, "w") as f:
    json.dump(sorted(sys.modules), f)
sys.exit(code)
"""

# Libraries of the GUI, of the file formats, printers, scanners and network areas: none
# of the commands below uses them.
HEAVY = (
    "PySide6",
    "shiboken6",
    "openpyxl",
    "PIL",
    "phonenumbers",
    "zxingcpp",
    "escpos",
    "zeroconf",
    "keyring",
    "karrio",
    "httpx",
    "alembic",
)


def modules_after(tmp_path: Path, *args: str) -> set[str]:
    """The top-level packages loaded by ``main.py ARGS…`` once it has finished (exit 0)."""
    out = tmp_path / "modules.json"
    env = {**os.environ, "SHIPBENCH_DATA_DIR": str(tmp_path / "data"), "SHIPBENCH_USER": "packer"}
    driver = DRIVER.format(root=str(ROOT), args=list(args), out=str(out))
    result = subprocess.run(
        [sys.executable, "-c", driver], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return {name.split(".")[0] for name in json.loads(out.read_text())}


@pytest.mark.parametrize("args", [("--help",), ("classify", "1Z999AA10123456784")])
def test_a_command_without_a_database_loads_neither_qt_nor_sqlalchemy(tmp_path: Path, args: tuple[str, ...]) -> None:
    loaded = modules_after(tmp_path, *args)
    assert "app" in loaded  # the command did run through main.py
    assert not loaded & {*HEAVY, "sqlalchemy"}


def test_status_on_a_database_at_its_schema_loads_no_qt_and_no_other_areas_libraries(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'shop.db'}"
    modules_after(tmp_path, "--db", url, "status")  # creates the database: this one migrates
    loaded = modules_after(tmp_path, "--db", url, "status")
    assert "sqlalchemy" in loaded  # it did open the database
    assert not loaded & set(HEAVY)
