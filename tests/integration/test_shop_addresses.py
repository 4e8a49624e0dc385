"""The shop's warehouses: one default, on SQLite and PostgreSQL; it is the shipper carriers receive."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select

from app.bootstrap import build
from app.errors import InvalidInput, NotAllowed
from app.settings import Settings
from app.shop import ShopProfile, WarehouseAddress
from app.waybills import request_from_payload
from db.models import Label, OutboxJob

SHENZHEN = WarehouseAddress(
    name="Shenzhen", contact="Li Wei", lines=("88 Minzhi Avenue",), city="Shenzhen", postcode="518131", country="cn"
)
HAMBURG = WarehouseAddress(
    name="Hamburg", contact="Jonas Weber", lines=("Kai 1",), city="Hamburg", postcode="20457", country="DE"
)


def test_several_warehouses_one_default_and_the_assistant_only_on_an_empty_database(
    db_url: str, tmp_path: Path
) -> None:
    ws = build(Settings(db_url=db_url, data_dir=tmp_path / "data", station="desk", user="owner"))
    try:
        assert ws.shop.needs_setup() and ws.shop.ship_from() is None
        first = ws.shop.set_warehouse(SHENZHEN)
        assert first.is_default and first.country == "CN"  # the first one is the default, tidied
        assert not ws.shop.needs_setup()
        ws.shop.set_warehouse(HAMBURG)
        assert [(w.name, w.is_default) for w in ws.shop.warehouses()] == [("Shenzhen", True), ("Hamburg", False)]
        with pytest.raises(InvalidInput, match="default warehouse"):
            ws.shop.remove_warehouse("Shenzhen")
        ws.shop.make_default("Hamburg")
        assert ws.shop.ship_from() is not None and ws.shop.ship_from().name == "Hamburg"  # type: ignore[union-attr]
        ws.shop.remove_warehouse("Shenzhen")
        renamed = ws.shop.set_warehouse(replace(ws.shop.warehouses()[0], name="Hamburg Hafen"))
        assert [w.name for w in ws.shop.warehouses()] == ["Hamburg Hafen"] and renamed.is_default

        ws.bench.add_user("pat", "packer", "4321")
    finally:
        ws.close()
    packer = build(Settings(db_url=db_url, data_dir=tmp_path / "data", station="desk", user="pat"))
    try:
        with pytest.raises(NotAllowed, match="admin"):
            packer.shop.set_warehouse(SHENZHEN)
    finally:
        packer.close()


def test_the_default_warehouse_is_the_shipper_the_carrier_receives(workstation, simulator) -> None:  # type: ignore[no-untyped-def]
    ws = workstation
    ws.shop.set_warehouse(HAMBURG, default=True)
    ws.shop.set_profile(ShopProfile(name="Bench GmbH", eori="DE123456789012345"))
    ws.sync.pull()
    (order_id,) = ws.queues.resolve(["MP-10001"])
    ws.orders.approve([order_id])
    ws.carriers.request_waybills([order_id])
    ws.outbox.run_until_idle()
    with ws.db.reader() as uow:
        payload = uow.session.scalar(select(OutboxJob.payload).where(OutboxJob.kind == "request_waybill"))
        label = uow.session.scalar(select(Label.data).where(Label.source == "carrier"))
    request = request_from_payload(payload)
    assert (request.sender["name"], request.sender["city"], request.sender["country"]) == (
        "Jonas Weber",
        "Hamburg",
        "DE",
    )
    assert request.sender["lines"] == ["Kai 1"]
    assert request.tax_ids.get("EORI") == "DE123456789012345"  # the shop's own, where the account has none
    # The carrier's label (the simulator draws it from what it was sent) shows the new FROM block.
    assert label is not None and b"Jonas Weber" in label and b"20457" in label
