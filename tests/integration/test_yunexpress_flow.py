"""End to end with a YunExpress account: approve, request the waybill through the simulator's
YunExpress face, print the carrier's PDF label to a folder printer, scan its barcode."""

from __future__ import annotations

import json
import urllib.request
from collections.abc import Iterator

import keyring
import pytest
import zplkit
import zxingcpp
from keyring.backend import KeyringBackend
from PIL import Image
from sqlalchemy import select

from app import credentials
from app.simulator.platforms import yunexpress as face
from db.models import CarrierAccount, Label, Parcel, ShippingMethod


def zpl_barcodes(zpl: bytes) -> list[str]:
    """Barcodes of a ZPL job holding the rasterised carrier label (one big ^GF graphic)."""
    doc = zplkit.render(zpl, zplkit.Options(dpi=203), limits=zplkit._native.RenderLimits(graphic_bytes=4_000_000))
    raster = doc.labels[0].rasterize()
    return [r.text for r in zxingcpp.read_barcodes(Image.frombytes("L", (raster.width, raster.height), raster.pixels))]


class MemoryKeyring(KeyringBackend):
    """A real keyring backend that keeps its secrets in this process only."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(before)


def test_a_yunexpress_label_is_printed_and_its_barcode_scans(workstation, simulator, tmp_path, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    ws = workstation
    with ws.db.uow() as uow:
        account = uow.session.scalars(select(CarrierAccount)).one()
        account.carrier = "yunexpress"
        account.name = "YunExpress"
        account.settings = {"customer_code": face.CUSTOMER_CODE}
        for method in uow.session.scalars(
            select(ShippingMethod).where(ShippingMethod.carrier_account_id == account.id)
        ):
            method.code = {"STD": "THPHR", "EXP": "THZXR"}.get(method.code, method.code)
        account_id = account.id
        uow.commit()
    credentials.store("carrier", account_id, {"api_secret": face.API_SECRET})

    ws.sync.pull()
    order_ids = ws.queues.resolve(["MP-10001"])
    assert ws.orders.approve(order_ids).approved
    ws.carriers.request_waybills(order_ids)
    ws.outbox.run_until_idle()

    with ws.db.reader() as uow:
        parcel = uow.session.scalars(select(Parcel).where(Parcel.order_id == order_ids[0])).one()
        number, tracking, status, error = parcel.number, parcel.tracking_number, parcel.status, parcel.waybill_error
        label = uow.session.scalars(select(Label).where(Label.parcel_id == parcel.id)).one()
        parcel_id, label_data = parcel.id, label.data
    assert (status, error) == ("labelled", None)
    assert tracking and label_data.startswith(b"%PDF")
    with urllib.request.urlopen(f"{simulator.url}/carrier/_ledger", timeout=5) as resp:
        shipments = json.loads(resp.read())["shipments"][ws.carriers.shipper_references([number])[number]]
    assert [(s["tracking_number"], s["status"]) for s in shipments] == [(tracking, "created")]
    assert simulator.carrier.notes(shipments[0]["shipment_id"])["face"] == "yunexpress"

    folder = tmp_path / "labels"
    job = ws.printing.create_print_job([parcel_id], "folder://" + str(folder))
    assert ws.printing.run_print_job(job).status == "sent"  # a one-way printer cannot say what printed
    assert ws.printing.confirm_print_job(job).status == "done"  # the user saw the labels come out
    printed = [p.read_bytes() for p in folder.iterdir() if not p.name.startswith(".")]
    assert len(printed) == 1
    assert printed[0].startswith(b"^XA") and b"^GFA" in printed[0]  # the carrier's PDF, rasterised for a ZPL printer
    assert tracking in zpl_barcodes(printed[0])
    assert ws.bench.scan(tracking).kind == "shipped"
