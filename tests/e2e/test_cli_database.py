"""`--db` never opens what it must not touch: another program's database, or a newer Shipbench's."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.e2e.test_cli import cli


def test_a_database_that_is_not_shipbenchs_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "accounts.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total TEXT)")
        conn.execute("INSERT INTO invoices (total) VALUES ('12.50')")
    result = cli("--db", f"sqlite:///{path}", "status", env_dir=tmp_path / "data", check=False)
    assert result.returncode != 0
    assert "not Shipbench's" in result.stderr and "invoices" in result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    with sqlite3.connect(path) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert tables == {"invoices"}


def test_a_database_from_a_newer_shipbench_says_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    cli("--db", f"sqlite:///{path}", "status", env_dir=tmp_path / "data")
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    result = cli("--db", f"sqlite:///{path}", "status", env_dir=tmp_path / "data", check=False)
    assert result.returncode != 0
    assert "newer version of Shipbench" in result.stderr and "upgrade Shipbench" in result.stderr
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0099_from_the_future",)


def test_an_unsupported_database_scheme_is_one_clear_line(tmp_path: Path) -> None:
    result = cli("--db", "oracle+cx://shop", "status", env_dir=tmp_path / "data", check=False)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    assert "oracle" in result.stderr
