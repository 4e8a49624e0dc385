"""ESC/POS shipping labels on 80 and 58 mm receipt printers (issue #13).

Demo parcels are printed through a folder printer set up as a receipt printer, and each
job is run through an independent ESC/POS interpreter (`tests/fakes/escpos_paper.py`):
the paper it would print must carry a tracking barcode that decodes, fit the roll, and
open with the same settings block as the printer's test print.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from app.workstation import Workstation
from printers.profiles import PrinterProfile, setup_commands
from printers.render_escpos import render_escpos
from printers.templates import bind, load_template, sample_data
from tests.fakes.escpos_paper import EscposPaper


def labelled(ws: Workstation) -> list[int]:
    ws.sync.pull()
    ws.orders.approve(None)
    ws.carriers.request_waybills(None)
    ws.outbox.run_until_idle()
    return ws.printing.printable_parcels(None)


def files(folder: Path) -> list[bytes]:
    return [p.read_bytes() for p in sorted(folder.iterdir()) if not p.name.startswith(".")]


def codes(image: Image.Image) -> set[str]:
    return {r.text for r in zxingcpp.read_barcodes(image.convert("L"))}


@pytest.mark.parametrize("paper_mm", [80, 58])
def test_demo_parcels_print_on_receipt_paper_with_barcodes_that_decode(
    workstation: Workstation, tmp_path: Path, paper_mm: int
) -> None:
    ws = workstation
    ids = labelled(ws)[:3]
    folder = tmp_path / "receipt"
    profile = PrinterProfile(f"Receipt {paper_mm}", "folder://" + str(folder), "escpos", 203, paper_mm, 200)
    ws.printing.save_printer(profile)  # left on the default template
    assert ws.printing.printers()[0].template == f"shipping-{paper_mm}mm"  # chosen for the roll
    job = ws.printing.create_print_job(ids, profile.uri)
    ws.printing.run_print_job(job)
    labels = files(folder)
    assert len(labels) == 3
    parcels = {p["tracking_number"]: p["number"] for p in ws.queues.parcels_summary() if p["tracking_number"]}
    width = {80: 576, 58: 384}[paper_mm]
    printed = set()
    for data in labels:
        (receipt,) = EscposPaper(paper_mm).feed(data)
        assert receipt.widest_dots <= width and receipt.overflow_dots <= 0  # nothing wider than the paper
        found = codes(receipt.image)
        (tracking,) = found & parcels.keys()  # the tracking number decodes
        assert parcels[tracking] in found  # and so does the parcel number (the QR)
        printed.add(tracking)
    assert len(printed) == 3


def test_native_barcodes_make_a_smaller_job_that_prints_the_same_codes() -> None:
    label = bind(load_template("shipping-80mm"), sample_data(), dpi=203)
    native = render_escpos(label, paper_mm=80)
    image = render_escpos(label, paper_mm=80, native_barcodes=False)
    assert b"\x1dkI" in native and b"\x1d(k" in native  # CODE128 and QR by the printer
    assert b"\x1dk" not in image and b"\x1d(k" not in image
    assert len(native) < len(image)
    printed = {name: EscposPaper(80).feed(job)[0] for name, job in (("native", native), ("image", image))}
    assert codes(printed["native"].image) == codes(printed["image"].image) == {"1Z999AA10123456784", "P-2026-000123-1"}
    assert printed["native"].image.size == printed["image"].image.size  # the bands add up to the label


def test_code_set_c_goes_as_digit_pairs_and_a_brace_is_doubled() -> None:
    data = sample_data()
    data["tracking_number"] = "AB{123456789CN"
    label = bind(load_template("shipping-80mm"), data, dpi=203)
    job = render_escpos(label, paper_mm=80)
    assert b"\x1dkI\x11{BAB{{1{C\x17\x2d\x43\x59{BCN" in job  # 1 in B, then 23 45 67 89 in C
    assert "AB{123456789CN" in codes(EscposPaper(80).feed(job)[0].image)


def test_a_label_wider_than_the_roll_is_refused_with_a_clear_message() -> None:
    from printers.layout import LabelError

    with pytest.raises(LabelError, match=r"a 575-dot wide label does not fit on 384-dot wide receipt paper"):
        render_escpos(bind(load_template("shipping-80mm"), sample_data(), dpi=203), paper_mm=58)


def test_an_escpos_batch_label_opens_with_the_test_prints_settings(workstation: Workstation, tmp_path: Path) -> None:
    ws = workstation
    ids = labelled(ws)[:2]
    folder = tmp_path / "receipt"
    profile = PrinterProfile(
        "Receipt turned",
        "folder://" + str(folder),
        "escpos",
        203,
        80,
        200,
        darkness=-2,
        x_offset=8,
        y_offset=300,
        rotation=180,
    )
    printer_id = ws.printing.save_printer(profile)
    ws.printing.test_print(printer_id)
    (test_print,) = files(folder)
    job = ws.printing.create_print_job(ids, profile.uri)
    ws.printing.run_print_job(job)
    labels = [f for f in files(folder) if f != test_print]
    assert len(labels) == 2

    block = setup_commands(profile)
    assert block == (
        b"\x1b@"  # initialise
        b"\x1dP\xcb\xcb"  # motion units: dots
        b"\x1d(K\x02\x001\xfe"  # print density -2
        b"\x1dL\x08\x00"  # left margin 8 dots
        b"\x1dW\x40\x02"  # print area 576 dots
        b"\x1b{\x01"  # upside down
        b"\x1bJ\xff\x1bJ\x2d"  # 300 dots of paper first
    )
    assert test_print.startswith(block)
    for label in labels:
        assert label.startswith(block)
        assert label.count(b"\x1b@") == 1 and label.count(b"\x1b{") == 1  # nothing resets them later
        paper = EscposPaper(80)
        (receipt,) = paper.feed(label)
        assert paper.density == -2 and paper.upside_down and paper.left == 8
        turned = receipt.image.rotate(180)  # the strip read the right way up
        assert codes(turned)  # still scans, bands in the label's order


def test_an_upside_down_label_is_the_upright_one_turned_round() -> None:
    """ESC { turns each line; the bands go last first, so the strip turned round is the label."""
    label = bind(load_template("shipping-58mm"), sample_data(), dpi=203)
    upright, turned = (
        PrinterProfile("Receipt", "memory://", "escpos", 203, 58, 200, rotation=rotation) for rotation in (0, 180)
    )
    a = EscposPaper(58).feed(render_escpos(label, paper_mm=58, setup=setup_commands(upright)))[0].image
    b = EscposPaper(58).feed(render_escpos(label, paper_mm=58, setup=setup_commands(turned), upside_down=True))[0]
    h = label.height_dots  # the printer's feed to the cutter follows the label in both
    back = b.image.rotate(180)
    assert back.crop((0, back.height - h, 384, back.height)).tobytes() == a.crop((0, 0, 384, h)).tobytes()
    assert "P-2026-000123-1" in codes(a)


@pytest.mark.parametrize(("paper_mm", "code"), [(80, "SHIPBENCH-TEST-203"), (58, "SB-TEST-203")])
def test_the_test_print_fits_the_roll_and_its_barcode_decodes(paper_mm: int, code: str) -> None:
    from printers.profiles import make_test_print

    profile = PrinterProfile("Receipt", "memory://", "escpos", 203, paper_mm, 200)
    (receipt,) = EscposPaper(paper_mm).feed(make_test_print(profile))
    assert receipt.widest_dots <= {80: 576, 58: 384}[paper_mm] and receipt.overflow_dots <= 0
    assert receipt.text[0] == "Receipt" and codes(receipt.image) == {code}
