"""Stock: ledger levels, receive and adjust, low stock, and the shop's block / warn policy."""

from __future__ import annotations

import pytest

from app.errors import InvalidInput


def test_under_block_an_order_without_stock_waits_and_receiving_frees_it(workstation) -> None:
    ws = workstation
    ws.sync.pull()
    ws.products.set_stock_policy("Demo Marketplace", "block")
    available = ws.products.levels("LAMP-USB")["available"]
    ws.products.adjust_stock("LAMP-USB", -available, "stock count: shelf empty")
    waiting = [o for o in ws.queues.orders_summary("review") if any(ln["sku"] == "LAMP-USB" for ln in o["lines"])]
    assert waiting
    for o in waiting:
        need = sum(ln["quantity"] for ln in o["lines"] if ln["sku"] == "LAMP-USB")
        assert f"not enough stock for LAMP-USB: {need} needed, 0 available" in o["reasons"]
    ids = [o["id"] for o in waiting]
    assert set(ws.orders.approve(ids).refused) == {o["number"] for o in waiting}
    ws.products.receive("LAMP-USB", 100)
    assert all(not any("stock" in r for r in ws.queues.order_detail(i)["reasons"]) for i in ids)


def test_under_warn_approval_goes_ahead_and_the_shortfall_is_recorded(workstation) -> None:
    ws = workstation
    ws.sync.pull()
    ws.products.adjust_stock("LAMP-USB", -ws.products.levels("LAMP-USB")["available"], "stock count")
    order = next(
        o
        for o in ws.queues.orders_summary("review")
        if any(ln["sku"] == "LAMP-USB" for ln in o["lines"]) and not o["reasons"]
    )
    d = ws.queues.order_detail(order["id"])
    assert d["warnings"] and d["warnings"][0].startswith("not enough stock for LAMP-USB")
    result = ws.orders.approve([order["id"]])
    assert result.approved == [order["number"]] and result.warnings[order["number"]] == d["warnings"]
    history = ws.queues.order_detail(order["id"])["history"]
    assert "approved short of stock" in [h["action"] for h in history]
    assert ws.products.levels("LAMP-USB")["available"] < 0


def test_levels_low_stock_and_adjustments(workstation) -> None:
    ws = workstation
    product = ws.products.search_products("PEN-GEL-BLK")[0]
    ws.products.save_product({"id": product["id"], "low_stock_threshold": "50"})
    assert [r.sku for r in ws.products.stock_page(low_only=True)] == []
    ws.products.adjust_stock("PEN-GEL-BLK", -160, "damaged in storage")
    low = ws.products.stock_page(low_only=True)
    assert [(r.sku, r.on_hand, r.available, r.low) for r in low] == [("PEN-GEL-BLK", 40, 40, True)]
    assert ws.products.stock_count() == 10 and len(ws.products.stock_page(offset=8, limit=5)) == 2
    assert ws.products.receive("PEN-GEL-BLK", 20)["on_hand"] == 60
    with pytest.raises(InvalidInput):
        ws.products.adjust_stock("PEN-GEL-BLK", -1, " ")
    with pytest.raises(InvalidInput):
        ws.products.receive("PEN-GEL-BLK", 0)
