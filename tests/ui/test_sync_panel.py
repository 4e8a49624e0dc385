"""The sync panel: accounts with their state, a failed job with the marketplace's reason, retry."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import keyring
from PySide6.QtCore import Qt

from app import outbox
from app.workstation import Workstation
from tests.integration.test_credentials import MemoryKeyring
from ui.operations import wait_idle

SHOTS = os.environ.get("SHIPBENCH_SHOTS")  # a folder: save screenshots to look at


def shot(widget: Any, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / name))


def failed_job(ws: Workstation) -> int:
    """A confirmation the marketplace refuses: the order does not exist there."""
    with ws.db.uow() as uow:
        job = outbox.enqueue(
            uow.session,
            "confirm_shipment",
            "P-LOST-1",
            {
                "order_id": "MP-NOPE",
                "package_reference": "P-LOST-1",
                "carrier": "Demo Express",
                "tracking_number": "DX123",
                "lines": [],
            },
            shop_id=1,
        )
        uow.commit()
        job_id = job.id
    ws.outbox.run_until_idle()
    return job_id


def test_a_failed_job_shows_its_reason_and_retry_makes_it_wait_again(qtbot: Any, window: Any, ws: Workstation) -> None:
    job_id = failed_job(ws)
    window.sync_dock.show()
    panel = window.sync_panel
    panel.refresh()
    assert panel.state.currentData() == "failed"
    assert panel.jobs.rowCount() == 1
    reason = panel.jobs.item(0, 8).text()
    assert "order MP-NOPE does not exist" in reason
    shop_row = next(
        r for r in range(panel.accounts.rowCount()) if panel.accounts.item(r, 0).text() == "Demo Marketplace"
    )
    assert panel.accounts.item(shop_row, 6).text() == "1"  # failed
    assert panel.accounts.item(shop_row, 2).text() == "online"
    window.resize(1280, 900)
    shot(window, "sync-panel-failed.png")

    assert not panel.retry_button.isEnabled()
    panel.jobs.selectRow(0)
    assert panel.retry_button.isEnabled()
    qtbot.mouseClick(panel.retry_button, Qt.MouseButton.LeftButton)
    assert [j.id for j in ws.sync.jobs("pending")] == [job_id]
    assert panel.jobs.rowCount() == 0  # no longer failed
    assert "1 job(s) will be sent again" in panel.message.text()


def test_cancel_withdraws_a_failed_job(qtbot: Any, window: Any, ws: Workstation) -> None:
    job_id = failed_job(ws)
    window.sync_dock.show()
    panel = window.sync_panel
    panel.refresh()
    panel.jobs.selectRow(0)
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    assert [j.id for j in ws.sync.jobs("cancelled")] == [job_id]


def test_account_dialog_masks_secrets_tests_the_connection_and_says_when_none_are_stored(
    qtbot: Any, window: Any, ws: Workstation
) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        dialog = window.sync_panel.show_accounts()
        assert dialog.name.text() == "Demo Marketplace"
        assert "no credentials" in dialog.credentials_note.text()
        secret = dialog.platform_form.edits["api_key"]
        assert secret.echoMode() == secret.EchoMode.Password
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=10_000)
        assert dialog.result.text().startswith("connected to the marketplace")
        secret.setText("k-live-123456")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.result.text() == "Saved.", timeout=10_000)
        assert ws.sync.shop_accounts()[0]["has_credentials"] is True
        assert dialog.credentials_note.text() == ""
        assert "stored" in dialog.platform_form.edits["api_key"].placeholderText()
        dialog.resize(860, 480)
        shot(dialog, "sync-accounts.png")
        dialog.close()
        wait_idle()
    finally:
        keyring.set_keyring(previous)
