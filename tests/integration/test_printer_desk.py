"""Printers as a seller sets them up: profiles, status, test print, every language, documents."""

from __future__ import annotations

import io
from pathlib import Path

import pypdfium2
import pytest
import zxingcpp
from PIL import Image
from sqlalchemy import select

from app.errors import InvalidInput, PrintFailed
from app.workstation import Workstation
from db.models import Label, Parcel
from printers.profiles import PrinterProfile
from printers.render_pdf import render_pdf
from tests.fakes.printers import FakeTcpPrinter
from tests.zpl_decode import decode_zpl


def labelled(ws: Workstation) -> list[dict]:
    ws.sync.pull()
    ws.orders.approve(None)
    ws.carriers.request_waybills(None)
    ws.outbox.run_until_idle()
    return [p for p in ws.queues.parcels_summary() if p["state"] == "labelled"]


def decode_png(data: bytes) -> list[str]:
    return [r.text for r in zxingcpp.read_barcodes(Image.open(io.BytesIO(data)))]


def decode_pdf(data: bytes) -> list[str]:
    pdf = pypdfium2.PdfDocument(data)
    return [r.text for page in pdf for r in zxingcpp.read_barcodes(page.render(scale=300 / 72).to_pil())]


def test_a_printer_profile_is_saved_checked_and_test_printed(workstation: Workstation) -> None:
    ws = workstation
    with FakeTcpPrinter() as fake:
        pid = ws.printing.save_printer(PrinterProfile(name="Zebra bench 1", uri=fake.uri, language="zpl", dpi=203))
        (info,) = ws.printing.printers()
        assert (info.name, info.language, info.template) == ("Zebra bench 1", "zpl", "shipping-4x6")
        assert ws.printing.printer_status(pid).state == "ready"
        ws.printing.test_print(pid)
        fake.wait_for(1)
        assert decode_zpl(fake.jobs[-1])  # the test label's barcode scans
        fake.status = "paper_out"
        assert ws.printing.printer_status(pid).state == "paper_out"
    with pytest.raises(InvalidInput, match="already called"):
        ws.printing.save_printer(PrinterProfile(name="Zebra bench 1", uri="folder:///tmp/x"))
    with pytest.raises(ValueError, match="dpi"):
        PrinterProfile(name="bad", uri="folder:///tmp/x", dpi=150)
    with pytest.raises(PrintFailed):
        ws.printing.test_print(pid)  # the fake printer is gone: offline, said plainly


@pytest.mark.parametrize("language", ["zpl", "png", "pdf"])
def test_a_parcel_label_renders_in_each_language_and_scans(workstation: Workstation, language: str) -> None:
    parcel = labelled(workstation)[0]
    data = workstation.printing.render_parcel_label(parcel["number"], language, template="shipping-100x150")
    decode = {"zpl": decode_zpl, "png": decode_png, "pdf": decode_pdf}[language]
    assert parcel["tracking_number"] in decode(data)


def test_a_carrier_pdf_label_is_rasterised_for_a_tspl_printer(workstation: Workstation, tmp_path: Path) -> None:
    ws = workstation
    parcel = labelled(ws)[0]
    with ws.db.uow() as uow:  # stand-in for a carrier's PDF label: draw one
        p = uow.session.scalar(select(Parcel).where(Parcel.number == parcel["number"]))
        from app import labels

        pdf = render_pdf(labels.own_label(uow.session, p, template="shipping-4x6"))
        uow.session.add(Label(parcel_id=p.id, format="pdf", source="carrier", data=pdf))
        uow.commit()
    out = tmp_path / "tspl"
    ws.printing.save_printer(PrinterProfile(name="Xprinter", uri=f"folder://{out}", language="tspl", dpi=203))
    job = ws.printing.create_print_job(
        [ws.printing.parcels_by_number([parcel["number"]])[0]], ws.printing.printers()[0].uri
    )
    assert ws.printing.run_print_job(job).status == "sent"  # a one-way printer cannot say what printed
    assert ws.printing.confirm_print_job(job).status == "done"  # the user saw the labels come out
    (written,) = out.glob("*")
    body = written.read_bytes()
    assert body.startswith(b"SIZE ") and b"BITMAP" in body and body.rstrip().endswith(b"PRINT 1,1")
    assert b"TEXT" not in body  # the carrier's label is sent as it looks, not redrawn by us


def test_pick_list_and_packing_slips_scan(workstation: Workstation) -> None:
    ws = workstation
    parcels = labelled(ws)[:5]
    ids = ws.printing.parcels_by_number([p["number"] for p in parcels])
    pick = ws.printing.document("pick_list", ids)
    assert pick.startswith(b"%PDF")
    slips = ws.printing.document("packing_slips", ids)
    assert {p["number"] for p in parcels} <= set(decode_pdf(slips))
    assert ws.printing.document("pick_list", ids, fmt="escpos").startswith(b"\x1b@")
    with pytest.raises(InvalidInput):
        ws.printing.document("pick_list", [])
