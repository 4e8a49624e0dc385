"""Verify mode: the bench scale's weight goes on the parcel; a weight far off its contents warns."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from app.workstation import Workstation
from tests.integration.test_scanners_serial import Pty, answer_mt_sics, raw_pty_slave
from tests.ui.test_station_support import mug_bundle
from ui.station_verify import remember_scale


@pytest.fixture
def scale_pty(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> Any:
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    pty = Pty()
    raw_pty_slave(pty)
    yield pty
    pty.close()


def test_weigh_records_the_weight_and_warns_when_it_is_off(
    qtbot: Any, station: Any, ws: Workstation, codes: dict[str, str], scale_pty: Pty
) -> None:
    tracking, _ = mug_bundle(ws)
    station.set_mode("verify")
    station.scan(tracking)
    status = station.verify_panel.weight_status

    station.weigh()
    assert "Set up the scale" in status.text()

    remember_scale(scale_pty.name, "mt-sics", 9600)
    stop = threading.Event()
    answer_mt_sics(scale_pty, [b"S S      0.150 kg\r\n"], stop)  # far lighter than four mugs and coasters
    try:
        with qtbot.waitSignal(station.weighed, timeout=5000) as blocker:
            station.weigh()
    finally:
        stop.set()
    check = blocker.args[0]
    assert check.actual_grams == 150 and check.warning
    assert "lighter" in status.text()
    from sqlalchemy import select

    from db.models import Parcel

    with ws.db.reader() as uow:  # and the parcel now carries the measured weight
        assert uow.session.scalar(select(Parcel.weight_grams).where(Parcel.tracking_number == tracking)) == 150
