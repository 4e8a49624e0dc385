"""Confirmation files: exact file content, and export -> upload -> mark-sent on a real database."""

from __future__ import annotations

import datetime as dt
import json
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from app import confirmation_files
from app.cli import main
from app.cli.demo import DEMO_SHOP
from app.confirmation_files import FileRow, render
from app.errors import InvalidInput
from db.models import AuditEvent, Order, OutboxJob, Parcel

DAY = dt.date(2025, 3, 14)
ROWS = [
    FileRow(
        "P00000001",
        "302-1111111-2222222",
        "302-1111111-2222222",
        "05015851154158",
        "MUG-BLU",
        2,
        "DHL",
        "JJD000390007",
        DAY,
        "Standard",
    ),
    FileRow(
        "P00000001",
        "302-1111111-2222222",
        "302-1111111-2222222",
        "05015851154159",
        '=HYPERLINK("x")',
        1,
        "DHL",
        "JJD000390007",
        DAY,
        "Standard",
    ),
    FileRow(
        "P00000002",
        "302-3333333-4444444",
        "302-3333333-4444444",
        "06015851154100",
        "TEA",
        1,
        "@Evil\tCarrier\nLtd",
        "+4930",
        DAY,
        "",
        partial=True,
    ),
]


def test_amazon_flat_file_exact_content() -> None:
    assert render("amazon", ROWS).decode() == (
        "order-id\torder-item-id\tquantity\tship-date\tcarrier-code\tcarrier-name\ttracking-number\tship-method\r\n"
        "302-1111111-2222222\t05015851154158\t2\t2025-03-14\tDHL\t\tJJD000390007\tStandard\r\n"
        "302-1111111-2222222\t05015851154159\t1\t2025-03-14\tDHL\t\tJJD000390007\tStandard\r\n"
        "302-3333333-4444444\t06015851154100\t1\t2025-03-14\tOther\t'@Evil Carrier Ltd\t'+4930\t\r\n"
    )


def test_csv_formats_exact_content_and_no_formula_injection() -> None:
    assert render("woocommerce", ROWS[1:]).decode() == (
        "order_id,tracking_provider,tracking_number,date_shipped,status_shipped,sku,qty\r\n"
        '302-1111111-2222222,DHL,JJD000390007,14-03-2025,1,"\'=HYPERLINK(""x"")",1\r\n'
        "302-3333333-4444444,'@Evil Carrier Ltd,'+4930,14-03-2025,2,TEA,1\r\n"
    )
    assert render("ebay", ROWS[:1]).decode() == (
        "Order ID,Line Item ID,Logistics Status,Shipment Carrier,Shipment Tracking\r\n"
        "302-1111111-2222222,05015851154158,SHIPPED,DHL,JJD000390007\r\n"
    )
    assert (
        render("shopify", ROWS[:1]).decode()
        == render("aliexpress", ROWS[:1]).decode()
        == (
            "order_id,order_number,line_id,sku,quantity,carrier,tracking_number,ship_date,package_reference\r\n"
            "302-1111111-2222222,302-1111111-2222222,05015851154158,MUG-BLU,2,DHL,JJD000390007,2025-03-14,P00000001\r\n"
        )
    )


def test_a_file_reads_back_to_its_orders_and_tracking_numbers() -> None:
    assert confirmation_files.read_pairs("amazon", render("amazon", ROWS)) == {
        ("302-1111111-2222222", "JJD000390007"),
        ("302-3333333-4444444", "+4930"),
    }
    with pytest.raises(InvalidInput, match="not a woocommerce confirmation file"):
        confirmation_files.read_pairs("woocommerce", render("amazon", ROWS))
    with pytest.raises(InvalidInput, match="unknown confirmation file format"):
        render("etsy", ROWS)


@dataclass(frozen=True)
class Shipped:
    id: int
    number: str
    tracking_number: str


def _ship_three(ws, simulator) -> list[Shipped]:  # type: ignore[no-untyped-def]
    """Three parcels scanned out, their API confirmations queued but not sent yet."""
    ws.sync.pull()
    ws.orders.approve(None)
    ws.carriers.request_waybills(None)
    ws.outbox.run_until_idle()
    with ws.db.reader() as uow:
        rows = uow.session.execute(
            select(Parcel.id, Parcel.number, Parcel.tracking_number)
            .join(Order, Parcel.order_id == Order.id)
            .where(Parcel.status == "labelled", Order.marketplace_order_id != simulator.marketplace.cancel_after_label)
            .order_by(Parcel.id)
            .limit(3)
        ).all()
    labelled = [Shipped(*row) for row in rows]
    job = ws.printing.create_print_job([p.id for p in labelled], "memory://")
    assert ws.printing.run_print_job(job).status == "sent"  # a one-way printer cannot say what printed
    assert ws.printing.confirm_print_job(job).status == "done"  # the user saw the labels come out
    for parcel in labelled:
        assert ws.bench.scan(parcel.tracking_number).kind == "shipped"
    return labelled


def _ledger(simulator) -> dict:  # type: ignore[no-untyped-def]
    with urllib.request.urlopen(f"{simulator.url}/mp/_ledger", timeout=5) as resp:
        return json.loads(resp.read())["confirmations"]


def test_export_then_mark_sent_confirms_once_and_withdraws_the_api_jobs(workstation, simulator) -> None:
    ws = workstation
    shipped = _ship_three(ws, simulator)
    numbers = [p.number for p in shipped]
    exported = confirmation_files.export(ws.db, DEMO_SHOP, "amazon")
    assert exported.parcels == numbers
    text = exported.data.decode()
    lines = text.splitlines()
    assert lines[0].split("\t")[0] == "order-id"
    for parcel in shipped:
        assert parcel.tracking_number in text
    # one row per marketplace line of each parcel
    with ws.db.reader() as uow:
        payload_lines = sum(
            len(job.payload["lines"])
            for job in uow.session.scalars(select(OutboxJob).where(OutboxJob.kind == "confirm_shipment"))
        )
    assert len(lines) == 1 + payload_lines

    # one parcel's API confirmation is on the wire right now: it is left for the API
    with ws.db.uow() as uow:
        busy = uow.session.scalar(
            select(OutboxJob).where(OutboxJob.kind == "confirm_shipment", OutboxJob.idempotency_key == numbers[2])
        )
        busy.state = "in_flight"
        uow.commit()
    marked = confirmation_files.mark_sent(ws.db, ws.actor, DEMO_SHOP, "amazon", exported.data, file_name="upload.txt")
    assert marked.parcels == numbers[:2]
    assert [number for number, _ in marked.skipped] == [numbers[2]]
    with ws.db.reader() as uow:
        s = uow.session
        for number in numbers[:2]:
            parcel = s.scalar(select(Parcel).where(Parcel.number == number))
            assert parcel.confirmed_at is not None
            job = s.scalar(
                select(OutboxJob).where(OutboxJob.kind == "confirm_shipment", OutboxJob.idempotency_key == number)
            )
            assert (job.state, job.last_error) == ("cancelled", "confirmed by file upload")
            event = s.scalar(
                select(AuditEvent).where(AuditEvent.parcel_id == parcel.id, AuditEvent.action == "confirmed by file")
            )
            assert event is not None and event.detail == "amazon file upload.txt"
    with ws.db.uow() as uow:
        busy = uow.session.scalar(
            select(OutboxJob).where(OutboxJob.kind == "confirm_shipment", OutboxJob.idempotency_key == numbers[2])
        )
        busy.state = "pending"
        uow.commit()

    # the API sends only the parcel that was not in the uploaded file's marking
    ws.outbox.run_until_idle()
    book = _ledger(simulator)
    assert set(book) == {ws.sync.installation().id + numbers[2]}  # its package reference
    # nothing left to export, and marking the same file again changes nothing
    assert confirmation_files.export(ws.db, DEMO_SHOP, "amazon").parcels == []
    again = confirmation_files.mark_sent(ws.db, ws.actor, DEMO_SHOP, "amazon", exported.data)
    assert again.parcels == [] and len(again.not_found) == 3


def test_the_cli_exports_and_marks_sent(workstation, simulator, tmp_path: Path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ws = workstation
    monkeypatch.setenv("SHIPBENCH_USER", ws.actor.user_name)  # the commands act as the database's user
    shipped = _ship_three(ws, simulator)
    db = ["--db", ws.settings.db_url]
    out = tmp_path / "tracking.csv"
    since = dt.date.today().isoformat()
    assert (
        main(
            [
                *db,
                "confirmations",
                "export",
                "--shop",
                DEMO_SHOP,
                "--format",
                "woocommerce",
                "--out",
                str(out),
                "--since",
                since,
            ]
        )
        == 0
    )
    assert "3 parcels written" in capsys.readouterr().out
    assert (
        out.read_bytes()
        .decode()
        .startswith("order_id,tracking_provider,tracking_number,date_shipped,status_shipped,sku,qty\r\n")
    )
    assert (
        main([*db, "confirmations", "mark-sent", str(out), "--shop", DEMO_SHOP, "--format", "woocommerce", "--json"])
        == 0
    )
    result = json.loads(capsys.readouterr().out)
    assert result["parcels"] == [p.number for p in shipped]
    assert main([*db, "confirmations", "export", "--shop", "Nope", "--format", "amazon", "--out", str(out)]) == 1
    assert "no shop named 'Nope'" in capsys.readouterr().err
