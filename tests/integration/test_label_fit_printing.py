"""A label that cannot show what the carrier needs is not printed (issue #12).

The parcel's order says why ("address too long for the 100×100 label"), the batch lists it
as not printed, and the other labels print. The printer emulator's log of labels that left
the print head is the ground truth.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import delete

from app.errors import NotAllowed
from app.workstation import Workstation
from db.models import Label
from printers.profiles import PrinterProfile
from tests.fakes.printer_emulator import PrinterEmulator
from tests.integration.test_print_batches import SPL, labelled_workstation, tracking_of
from tests.zpl_decode import decode_zpl, zpl_text_lines

REASON = "address too long for the 100×100 label"


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workstation]:
    yield from labelled_workstation(tmp_path, 12)


def _make_address_too_long(ws: Workstation, parcel_id: int) -> tuple[str, str, int]:
    """A street nobody could print on 100×100 (a data-entry accident: the street pasted 30 times),
    on a parcel whose carrier sent no label of its own (a tracking number from a pool): Shipbench
    draws its label."""
    with ws.db.uow() as uow:
        parcel = uow.parcels.get(parcel_id)
        assert parcel is not None and parcel.tracking_number
        parcel.order.ship_address1 = "Straße der Pariser Kommune " * 30
        uow.session.execute(delete(Label).where(Label.parcel_id == parcel_id))
        uow.commit()
        return parcel.number, parcel.tracking_number, parcel.order_id


def _reasons(ws: Workstation, order_id: int) -> list[str]:
    return list(ws.queues.order_detail(order_id)["reasons"])


def test_an_address_too_long_for_the_label_is_not_printed_and_the_order_says_why(ws: Workstation) -> None:
    ids = ws.printing.printable_parcels(None)
    number, tracking, order_id = _make_address_too_long(ws, ids[0])
    with PrinterEmulator(seconds_per_label=SPL) as emu:
        ws.printing.save_printer(
            PrinterProfile("Compact", emu.uri, width_mm=100, height_mm=100), template="shipping-100x100"
        )
        job = ws.printing.create_print_job(ids, emu.uri)
        result = ws.printing.run_print_job(job)
        printed = [tracking_of(label) for label in emu.payloads]
        assert result.status == "done"
        assert result.left_out == (f"{number}: {REASON}",)
        assert tracking not in printed and len(printed) == len(ids) - 1
        assert REASON in _reasons(ws, order_id)
        states = {p["number"]: p["state"] for p in ws.queues.parcels_summary()}
        assert states[number] == "labelled"  # still waiting in the Print queue
        for label in emu.payloads[:3]:  # the others are the carrier's own labels, as they came
            assert tracking_of(label) in decode_zpl(label)
        # asked again for that parcel alone: refused, with the reason, and nothing prints
        with pytest.raises(NotAllowed, match=re.escape(REASON)):
            ws.printing.create_print_job([ids[0]], emu.uri)
        assert len(emu.payloads) == len(ids) - 1
        listed = next(j for j in ws.printing.print_jobs() if j.id == job)
        assert listed.left_out == (f"{number}: {REASON}",)


def test_once_the_address_is_fixed_it_prints_and_the_reason_goes(ws: Workstation) -> None:
    ids = ws.printing.printable_parcels(None)
    number, tracking, order_id = _make_address_too_long(ws, ids[0])
    with PrinterEmulator(seconds_per_label=SPL) as emu:
        ws.printing.save_printer(
            PrinterProfile("Compact", emu.uri, width_mm=100, height_mm=100), template="shipping-100x100"
        )
        with pytest.raises(NotAllowed, match=re.escape(REASON)):
            ws.printing.create_print_job([ids[0]], emu.uri)
        assert REASON in _reasons(ws, order_id)
        # shortened to something real (the street once): now it fits, prints, and the reason is answered
        with ws.db.uow() as uow:
            parcel = uow.parcels.get(ids[0])
            assert parcel is not None
            parcel.order.ship_address1 = "Straße der Pariser Kommune 12, Hinterhaus, 3. Obergeschoss links"
            uow.commit()
        result = ws.printing.run_print_job(ws.printing.create_print_job([ids[0]], emu.uri))
        assert result.status == "done" and result.left_out == ()
        assert len(emu.payloads) == 1 and tracking in decode_zpl(emu.payloads[0])
        shown = zpl_text_lines(emu.payloads[0])
        assert any(re.fullmatch(r"[A-Z]{2}", line) for line in shown), shown  # the country
        assert REASON not in _reasons(ws, order_id)
