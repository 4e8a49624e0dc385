"""Parcels: split an order by lines and quantities, merge orders to one buyer, tax ids."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.errors import InvalidInput, NotAllowed
from db.models import Parcel, Setting, StockMovement


def two_line_order(ws) -> dict:  # type: ignore[no-untyped-def]
    return next(o for o in ws.queues.orders_summary("review") if len(o["lines"]) >= 2 and not o["reasons"])


def test_split_makes_parcels_with_the_right_lines_and_reserves_per_parcel(db_url, simulator, tmp_path) -> None:
    from app.bootstrap import build
    from app.cli.demo import seed
    from app.settings import Settings

    ws = build(Settings(db_url=db_url, data_dir=tmp_path / "data"))
    try:
        seed(ws, simulator.url)
        ws.sync.pull()
        with ws.db.uow() as uow:
            uow.session.merge(Setting(key="packaging_grams", value={"grams": 35}))
            uow.commit()
        order = two_line_order(ws)
        lines = ws.orders.order_lines(order["id"])
        first, second = lines[0], lines[1]
        plan = [[(first["id"], first["quantity"])], [(ln["id"], ln["quantity"]) for ln in lines[1:]]]
        numbers = ws.orders.split(order["id"], plan)
        assert len(numbers) == 2
        d = ws.queues.order_detail(order["id"])
        assert d["queue"] == "waybill" and [p["number"] for p in d["parcels"]] == numbers
        assert "split" in [h["action"] for h in d["history"]]
        with ws.db.reader() as uow:
            s = uow.session
            parcels = [s.scalar(select(Parcel).where(Parcel.number == n)) for n in numbers]
            assert [ln.order_line_id for ln in parcels[0].lines] == [first["id"]]
            assert second["id"] in [ln.order_line_id for ln in parcels[1].lines]
            for parcel in parcels:
                goods = sum(ln.quantity * ln.product.weight_grams for ln in parcel.lines)
                assert parcel.weight_grams == goods + 35
                reserved = s.scalars(select(StockMovement).where(StockMovement.parcel_id == parcel.id)).all()
                assert {m.product_id: m.reserved_delta for m in reserved} == {
                    ln.product_id: ln.quantity for ln in parcel.lines
                }
                assert [c.product.sku for c in parcel.customs_lines] == [ln.product.sku for ln in parcel.lines]
        # split again (no waybill yet): everything back in one parcel, old ones voided and released
        again = ws.orders.split(order["id"], [[(ln["id"], ln["quantity"]) for ln in lines]])
        assert [p["state"] for p in ws.queues.order_detail(order["id"])["parcels"]] == ["voided", "voided", "waybill"]
        assert len(again) == 1
        with pytest.raises(InvalidInput):
            ws.orders.split(order["id"], [[(first["id"], first["quantity"])]])  # the other lines left out
        ws.carriers.request_waybills([order["id"]])
        with pytest.raises(NotAllowed):
            ws.orders.split(order["id"], plan)
    finally:
        ws.close()


def test_orders_to_one_buyer_merge_into_one_parcel_and_follow_it(workstation) -> None:
    ws = workstation
    ws.sync.pull()
    orders = [o for o in ws.queues.orders_summary("review") if not o["reasons"]]
    a, b = orders[0], next(o for o in orders[1:] if o["recipient"]["country"] != orders[0]["recipient"]["country"])
    with pytest.raises(NotAllowed, match="different addresses"):
        ws.orders.merge([a["id"], b["id"]])
    r = a["recipient"]
    ws.orders.edit_address(
        b["id"],
        {
            "ship_name": r["name"],
            "ship_address1": r["address1"],
            "ship_address2": r["address2"],
            "ship_city": r["city"],
            "ship_region": r["region"],
            "ship_postcode": r["postcode"],
            "ship_country": r["country"],
            "ship_phone": r["phone"],
        },
    )
    result = ws.orders.merge([a["id"], b["id"]])
    assert result.approved == [a["number"], b["number"]] and not result.refused
    da, db_ = ws.queues.order_detail(a["id"]), ws.queues.order_detail(b["id"])
    assert len(da["parcels"]) == 1 and db_["parcels"] == [] and db_["merged_into"] == a["number"]
    assert da["merged_orders"] == [b["number"]]
    assert db_["queue"] == da["queue"] == "waybill"
    with ws.db.reader() as uow:
        parcel = uow.session.scalar(select(Parcel).where(Parcel.number == da["parcels"][0]["number"]))
        assert {ln.order_line.order_id for ln in parcel.lines} == {a["id"], b["id"]}
    ws.carriers.request_waybills([a["id"]])
    ws.outbox.run_until_idle()
    assert ws.queues.order_detail(b["id"])["queue"] == ws.queues.order_detail(a["id"])["queue"] == "print"


def test_unmerge_before_the_waybill_puts_both_back_in_review(workstation) -> None:
    ws = workstation
    ws.sync.pull()
    a, b = [o for o in ws.queues.orders_summary("review") if not o["reasons"]][:2]
    r = a["recipient"]
    ws.orders.edit_address(b["id"], {f"ship_{k}": v for k, v in r.items()})
    ws.orders.merge([a["id"], b["id"]])
    assert sorted(ws.orders.unmerge(b["id"])) == sorted([a["number"], b["number"]])
    assert {ws.queues.order_detail(i)["queue"] for i in (a["id"], b["id"])} == {"review"}
    assert ws.orders.approve([a["id"], b["id"]]).approved


def test_tax_ids_per_shop_and_destination(workstation) -> None:
    from app import customs

    ws = workstation
    ws.orders.set_tax_id("Demo Marketplace", "EU", "IOSS", "IM1234567890")
    ws.orders.set_tax_id("Demo Marketplace", "GB", "VAT", "GB123456789")
    ws.orders.set_tax_id("Demo Marketplace", "DE", "EORI", "DE1234567")
    with pytest.raises(InvalidInput, match="IOSS"):
        ws.orders.set_tax_id("Demo Marketplace", "EU", "IOSS", "12345")
    with ws.db.reader() as uow:
        assert customs.tax_ids_for(uow.session, 1, "DE") == {"EORI": "DE1234567", "IOSS": "IM1234567890"}
        assert customs.tax_ids_for(uow.session, 1, "GB") == {"VAT": "GB123456789"}
        assert customs.tax_ids_for(uow.session, 1, "US") == {}
    rows = ws.orders.tax_ids("Demo Marketplace")
    assert len(rows) == 3
    ws.orders.delete_tax_id(rows[0]["id"])
    assert len(ws.orders.tax_ids()) == 2
