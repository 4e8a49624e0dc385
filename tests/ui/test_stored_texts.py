"""Texts the database keeps, shown in the user's language from their stored message codes.

A held order, an order's review reasons, a voided waybill, a failed outbox job, a cancelled
print job and a failed pull are stored through the real services (the simulator, a real
SQLite file); the screens then show them in Chinese under zh_CN and in English under en —
no guessing back from English.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app import outbox
from app.simulator.errors import ApiError
from app.workstation import Workstation
from db.models import Order, OutboxJob, Parcel, PrintJob, Shop
from ui.detail import OrderDetail
from ui.i18n import install_translator, remove_translator
from ui.models import cell_text
from ui.print_queue import PrintJobsModel
from ui.sync_panel import SyncPanel


def _held_by_rule(ws: Workstation) -> int:
    ws.rules.save("Notes first", [{"kind": "buyer_note"}], [{"kind": "hold", "reason": "read the note"}])
    ws.sync.pull()
    with ws.db.reader() as uow:
        order = uow.session.scalars(select(Order).where(Order.status == "on_hold")).first()
        assert order is not None and order.hold_reason_code == "held_by_rule"
        return order.id


def _reasons_cell(ws: Workstation, queue: str, order_id: int) -> str:
    row = next(r for r in ws.queues.queue_page(queue, 0, 500) if r.id == order_id)
    return cell_text(row, "reasons")


def _voided_waybill(ws: Workstation) -> tuple[int, str]:
    """An order booked, then its waybill voided with a reason: the parcel says so."""
    ws.sync.pull()
    ws.orders.approve(None)
    ws.carriers.request_waybills(None)
    ws.outbox.run_until_idle()
    with ws.db.reader() as uow:
        parcel = uow.session.scalars(select(Parcel).where(Parcel.status == "labelled")).first()
        assert parcel is not None
        order_id, number, tracking = parcel.order_id, parcel.number, parcel.tracking_number
    ws.carriers.void_waybills([number], "wrong address")
    ws.outbox.run_until_idle()
    with ws.db.reader() as uow:
        parcel = uow.session.scalars(select(Parcel).where(Parcel.number == number)).one()
        assert parcel.waybill_error_code == "waybill_voided_because", parcel.waybill_error
    return order_id, str(tracking)


def _failed_job(ws: Workstation) -> None:
    """A confirmation the marketplace refuses (no such order there): the job fails with its reason."""
    with ws.db.uow() as uow:
        outbox.enqueue(
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
    ws.outbox.run_until_idle()


def _cancelled_print_job(ws: Workstation, tmp_path: Path) -> int:
    job = ws.printing.create_print_job(ws.printing.printable_parcels(None), "folder://" + str(tmp_path / "labels"))
    ws.printing.cancel_print_job(job)
    return job


def _down(request: Any) -> None:
    if request.path == "/mp/orders":
        raise ApiError(503, "unavailable", "down for maintenance (simulated)")


def _unpaired(ws: Workstation) -> tuple[int, str]:
    """An order waiting in Review for a SKU not paired to a product: the reason is stored with its code."""
    with ws.db.reader() as uow:
        for order in uow.session.scalars(select(Order).where(Order.queue == "review")):
            for said in order.review_reason_codes or []:
                if said["code"] == "unpaired_sku":
                    return order.id, said["params"]["missing"]
    raise AssertionError("the demo has an order with an unpaired SKU")


def _screens(ws: Workstation, held: int, voided: int, print_job: int, review: int) -> dict[str, str]:
    """What each screen shows of the stored texts, in the installed language."""
    detail = OrderDetail()
    panel = SyncPanel(ws)
    panel.state.setCurrentIndex(panel.state.findData("failed"))
    panel.refresh()
    shop_row = next(
        r for r in range(panel.accounts.rowCount()) if panel.accounts.item(r, 0).text() == "Demo Marketplace"
    )
    jobs = PrintJobsModel()
    jobs.set_jobs(ws.printing.print_jobs(), set())
    row = next(r for r, j in enumerate(jobs.jobs) if j.id == print_job)
    shown = {
        "hold": detail.render_html(ws.queues.order_detail(held)),
        "review": _reasons_cell(ws, "review", review),
        "waybill": _reasons_cell(ws, "waybill", voided),
        "waybill detail": detail.render_html(ws.queues.order_detail(voided)),
        "job": panel.jobs.item(0, 8).text(),
        "pull": panel.accounts.item(shop_row, 2).text(),
        "print": jobs.data(jobs.index(row, jobs.PROBLEM), Qt.ItemDataRole.DisplayRole),
    }
    panel.deleteLater()
    detail.deleteLater()
    return shown


def test_stored_texts_show_in_chinese_and_in_english(
    qapp: QApplication, workstation: Workstation, simulator: Any, tmp_path: Path
) -> None:
    ws = workstation
    held = _held_by_rule(ws)
    review, sku = _unpaired(ws)
    voided, tracking = _voided_waybill(ws)
    _failed_job(ws)
    print_job = _cancelled_print_job(ws, tmp_path)
    simulator.on_request = _down
    assert ws.sync.pull()["Demo Marketplace"]["ok"] is False
    with ws.db.reader() as uow:  # each is stored as a code beside its English text
        codes = {
            "hold": uow.session.scalar(select(Order.hold_reason_code).where(Order.id == held)),
            "job": uow.session.scalar(select(OutboxJob.last_error_code).where(OutboxJob.state == "failed")),
            "print": uow.session.scalar(select(PrintJob.error_code).where(PrintJob.id == print_job)),
            "pull": uow.session.scalar(select(Shop.last_pull_error_code)),
        }
    assert codes == {
        "hold": "held_by_rule",
        "job": "remote_answered",
        "print": "print_job_cancelled_left",
        "pull": "remote_answered",
    }

    english = _screens(ws, held, voided, print_job, review)
    assert "on hold: read the note (rule 'Notes first')" in english["hold"].replace("&#x27;", "'")
    assert f"unpaired SKU {sku}" in english["review"].split("; ")
    assert english["waybill"] == f"waybill {tracking} voided: wrong address"
    assert f"waybill {tracking} voided: wrong address" in english["waybill detail"]
    assert english["job"] == "the marketplace answered 404: order MP-NOPE does not exist"
    assert english["pull"] == "offline — the marketplace answered 503: down for maintenance (simulated)"
    assert english["print"].startswith("cancelled with ") and english["print"].endswith(" labels not printed")

    assert install_translator(qapp, "zh_CN") == "zh_CN"
    try:
        shown = _screens(ws, held, voided, print_job, review)
    finally:
        remove_translator(qapp)
    assert "暂缓：read the note（规则“Notes first”）" in shown["hold"]  # the user's own words stay
    assert f"SKU {sku} 未配对" in shown["review"].split("；")
    assert shown["waybill"] == f"运单 {tracking} 已作废：wrong address"
    assert f"运单 {tracking} 已作废：wrong address" in shown["waybill detail"]
    assert shown["job"] == "平台返回 404：order MP-NOPE does not exist"  # the marketplace's words stay
    assert "平台返回 503：down for maintenance (simulated)" in shown["pull"]
    left = english["print"].removeprefix("cancelled with ").removesuffix(" labels not printed")
    assert shown["print"] == f"已取消，{left} 张面单未打印"
