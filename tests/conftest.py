"""Shared fixtures: real SQLite files, the real PostgreSQL, and the simulator on loopback."""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from app.settings import Settings

# Qt's per-user settings (the scanner's port, the wedge calibration, column choices) of the
# processes the tests start go to a folder of this run, never to the user's home.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="shipbench-tests-config-")

PG_ADMIN_URL = os.environ.get("SHIPBENCH_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing a test does lands in the user's real data folder."""
    monkeypatch.setenv("SHIPBENCH_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture(autouse=True)
def _isolated_qt_settings(tmp_path: Path) -> None:
    """Each test starts with Qt's per-user settings empty: a scanner port or a calibration
    one test saved never starts a reader thread or changes a verdict in the next."""
    from PySide6.QtCore import QSettings

    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(tmp_path / "qt-settings"))


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'shipbench.db'}"


def _pg_admin():  # type: ignore[no-untyped-def]
    engine = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 3})
    try:
        with engine.connect() as conn:
            conn.execute(text("select 1"))
    except Exception as exc:
        engine.dispose()
        reason = f"PostgreSQL not reachable at {PG_ADMIN_URL}: {type(exc).__name__}"
        if os.environ.get("CI"):
            pytest.fail(reason + " (CI must run the PostgreSQL tests)")
        pytest.skip(reason)
    return engine


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test, dropped afterwards."""
    admin = _pg_admin()
    name = f"shipbench_test_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'shipbench.db'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture
def simulator():  # type: ignore[no-untyped-def]
    from app.simulator import Simulator

    with Simulator() as sim:
        yield sim


@pytest.fixture
def workstation(sqlite_url: str, simulator, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A workstation on a fresh SQLite file, seeded for the simulator, orders not yet pulled."""
    from app.bootstrap import build
    from app.cli.demo import seed

    ws = build(Settings(db_url=sqlite_url, data_dir=tmp_path / "data", station="bench-1", user="alice"))
    seed(ws, simulator.url)
    try:
        yield ws
    finally:
        ws.close()
