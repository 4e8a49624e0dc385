"""Pairing marketplace SKUs: bundles, remembered for every order, normalised automatic matches."""

from __future__ import annotations

from sqlalchemy import select

from app import pairing
from db.models import OrderLine, Product, ProductBarcode, SkuPairing


def test_pairing_a_bundle_clears_every_review_order_and_approval_reserves_each_part(workstation) -> None:
    ws = workstation
    ws.sync.pull()
    order_id = ws.queues.resolve(["MP-10003"])[0]
    assert ws.queues.order_detail(order_id)["reasons"] == ["unpaired SKU LEGACY-SKU-9"]
    assert ws.products.unpaired_skus([order_id])[0]["sku"] == "LEGACY-SKU-9"
    mug, tea = (ws.products.search_products(sku)[0]["id"] for sku in ("MUG-WHT", "TEA-GRN-100"))
    lines = ws.queues.order_detail(order_id)["lines"]
    legacy_qty = next(ln["quantity"] for ln in lines if ln["sku"] == "LEGACY-SKU-9")
    before = {sku: ws.products.levels(sku) for sku in ("MUG-WHT", "TEA-GRN-100")}

    assert ws.products.pair("LEGACY-SKU-9", [(mug, 2), (tea, 1)]) == 1  # one Review order rechecked
    d = ws.queues.order_detail(order_id)
    assert d["reasons"] == []
    assert "LEGACY-SKU-9 → MUG-WHT×2 + TEA-GRN-100×1 (every shop)" in [h["detail"] for h in d["history"]]
    assert ws.orders.approve([order_id]).approved
    other = next(ln for ln in lines if ln["sku"] != "LEGACY-SKU-9")
    extra = {sku: (other["quantity"] if other["sku"] == sku else 0) for sku in before}
    assert (
        ws.products.levels("MUG-WHT")["reserved"] - before["MUG-WHT"]["reserved"] == 2 * legacy_qty + extra["MUG-WHT"]
    )
    assert (
        ws.products.levels("TEA-GRN-100")["reserved"] - before["TEA-GRN-100"]["reserved"]
        == legacy_qty + extra["TEA-GRN-100"]
    )
    # remembered: re-pairing for one shop beats the all-shops pairing, unpairing forgets it
    assert [p["sku"] for p in ws.products.pairings_of("LEGACY-SKU-9")] == ["MUG-WHT", "TEA-GRN-100"]
    ws.products.pair_skus("LEGACY-SKU-9", [("MUG-RED", 1)], shop="Demo Marketplace")
    with ws.db.reader() as uow:
        comps = pairing.components_for(uow.session, 1, ["LEGACY-SKU-9"])
    assert [c.sku for c in comps["LEGACY-SKU-9"]] == ["MUG-RED"]
    ws.products.unpair("LEGACY-SKU-9", "Demo Marketplace")
    ws.products.unpair("LEGACY-SKU-9")
    assert ws.products.pairings_of("LEGACY-SKU-9") == []


def test_a_sku_that_differs_only_in_case_spacing_or_dashes_pairs_by_itself(workstation) -> None:
    ws = workstation
    ws.sync.pull()
    order_id = ws.queues.resolve(["MP-10001"])[0]
    with ws.db.uow() as uow:
        line = uow.session.scalar(select(OrderLine).where(OrderLine.order_id == order_id))
        line.sku = " mug_blu "
        uow.session.add(Product(sku="AB-1", name="look-alike one"))
        uow.session.add(Product(sku="AB1", name="look-alike two"))
        uow.commit()
    ws.orders.recheck([order_id])
    assert ws.queues.order_detail(order_id)["reasons"] == []
    assert ws.orders.approve([order_id]).approved
    with ws.db.reader() as uow:
        stored = uow.session.scalars(select(SkuPairing).where(SkuPairing.marketplace_sku == " mug_blu ")).all()
        assert [p.product.sku for p in stored] == ["MUG-BLU"]  # remembered at approval
        # two products normalise to AB1: never guessed between
        assert pairing.components_for(uow.session, 1, ["ab_1"]) == {}


def test_products_are_found_by_sku_name_chinese_name_and_barcode_a_page_at_a_time(workstation) -> None:
    ws = workstation
    pid = ws.products.save_product(
        {"sku": "VASE-01", "name": "Glass vase", "name_zh": "玻璃花瓶", "hs_code": "701391"},
        barcodes=[("4006381333931", 1), ("14006381333938", 6)],
    )
    assert [p["sku"] for p in ws.products.search_products("花瓶")] == ["VASE-01"]
    assert [p["sku"] for p in ws.products.search_products("14006381333938")] == ["VASE-01"]
    assert [p["sku"] for p in ws.products.search_products("vase-01")] == ["VASE-01"]
    assert (
        ws.products.search_products("mug", 0, 2)[0]["sku"] == "MUG-BLU"
        and len(ws.products.search_products("mug", 2, 2)) == 1
    )
    assert ws.products.count_products("mug") == 3
    assert ws.products.product(pid)["barcodes"] == [
        {"code": "4006381333931", "pack_quantity": 1},
        {"code": "14006381333938", "pack_quantity": 6},
    ]
    with ws.db.reader() as uow:
        assert (
            uow.session.scalar(select(ProductBarcode.pack_quantity).where(ProductBarcode.code == "14006381333938")) == 6
        )
