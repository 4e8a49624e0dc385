"""Every printer setting reaches every label: a batch label opens with the same settings block
as the printer's test print, in ZPL and in TSPL (issue #13).

The user calibrates offsets, darkness, speed, rotation and media with the test print; a
batch label that set its own origin or direction would land somewhere else.
"""

from __future__ import annotations

import re
from pathlib import Path

from app.workstation import Workstation
from printers.profiles import PrinterProfile, setup_commands


def labelled(ws: Workstation) -> list[int]:
    ws.sync.pull()
    ws.orders.approve(None)
    ws.carriers.request_waybills(None)
    ws.outbox.run_until_idle()
    return ws.printing.printable_parcels(None)


def files(folder: Path) -> list[bytes]:
    return [p.read_bytes() for p in sorted(folder.iterdir()) if not p.name.startswith(".")]


def zpl_block(label: bytes) -> bytes:
    found = re.match(rb"\^XA(.*?)\^CI28", label, re.S)
    assert found is not None, label[:120]
    return found.group(1)


def tspl_block(job: bytes) -> bytes:
    head, sep, _ = job.partition(b"CLS\r\n")
    assert sep, job[:120]
    return head


def test_a_zpl_batch_label_opens_with_the_test_prints_settings(workstation: Workstation, tmp_path: Path) -> None:
    ws = workstation
    ids = labelled(ws)[:3]
    folder = tmp_path / "zebra"
    profile = PrinterProfile(
        "Zebra",
        "folder://" + str(folder),
        "zpl",
        203,
        101.6,
        152.4,
        darkness=8,
        speed=3,
        x_offset=24,
        y_offset=16,
        rotation=180,
    )
    printer_id = ws.printing.save_printer(profile)
    ws.printing.test_print(printer_id)
    (test_print,) = files(folder)
    job = ws.printing.create_print_job(ids, profile.uri)
    assert ws.printing.run_print_job(job).status == "sent"
    labels = [f for f in files(folder) if f != test_print]
    assert len(labels) == 3

    block = setup_commands(profile)
    assert block == b"^MD8^PR3^LH24,16^PW813^LL1219^POI"
    assert zpl_block(test_print) == block
    for label in labels:
        assert zpl_block(label) == block  # the same settings, in the same format as the label
        assert label.count(b"^XA") == 1  # never a settings format of its own: a counter counts formats
        assert re.findall(rb"\^LH[^\^]*", label) == [b"^LH24,16"]  # nothing resets the origin afterwards
        assert re.findall(rb"\^PO.", label) == [b"^POI"]


def test_a_tspl_batch_label_opens_with_the_test_prints_settings(workstation: Workstation, tmp_path: Path) -> None:
    ws = workstation
    ids = labelled(ws)[:2]
    folder = tmp_path / "tsc"
    for rotation, direction in ((0, b"DIRECTION 0"), (180, b"DIRECTION 1")):
        profile = PrinterProfile(
            f"TSC {rotation}",
            "folder://" + str(folder / str(rotation)),
            "tspl",
            203,
            100,
            150,
            darkness=9,
            speed=4,
            x_offset=16,
            y_offset=8,
            rotation=rotation,
            gap_mm=2.5,
        )
        printer_id = ws.printing.save_printer(profile)
        ws.printing.test_print(printer_id)
        (test_print,) = files(folder / str(rotation))
        job = ws.printing.create_print_job(ids, profile.uri, reprint_reason="" if rotation == 0 else "second printer")
        ws.printing.run_print_job(job)
        ws.printing.confirm_print_job(job)
        labels = [f for f in files(folder / str(rotation)) if f != test_print]
        assert len(labels) == 2

        block = setup_commands(profile)
        assert block == (
            b"SIZE 100 mm,150 mm\r\nGAP 2.5 mm,0 mm\r\nSPEED 4\r\nDENSITY 9\r\n" + direction + b"\r\nREFERENCE 16,8\r\n"
        )
        assert tspl_block(test_print) == block  # the test print and the labels agree on the direction too
        for label in labels:
            assert tspl_block(label) == block
            assert label.count(b"DIRECTION") == 1 and label.count(b"REFERENCE") == 1


def test_shipbenchs_own_zpl_label_opens_with_the_same_block(workstation: Workstation) -> None:
    """The labels above are the carrier's ZPL passed through; our own drawn label is set up the same way."""
    from app import labels
    from printers.layout import Label

    profile = PrinterProfile("Zebra", "memory://", "zpl", 300, 100, 150, x_offset=5, y_offset=7, rotation=180)
    drawn = labels.render(Label(width_mm=100, height_mm=150, dpi=300), "zpl", setup=setup_commands(profile))
    assert zpl_block(drawn) == setup_commands(profile) == b"^LH5,7^PW1200^LL1800^POI"
