"""Remarks on a real parcel's label (#18): its order's seller and buyer notes and what to pick from which bin."""

from __future__ import annotations

from tests.zpl_decode import zpl_text_lines


def test_a_parcels_label_carries_its_remarks_only_where_the_template_asks(workstation) -> None:  # type: ignore[no-untyped-def]
    ws = workstation
    ws.sync.pull()
    product = ws.products.search_products("MUG-RED")[0]
    ws.products.save_product({"id": product["id"], "bin_location": "A-03-2"})
    order = next(
        o
        for o in ws.queues.orders_summary("review")
        if not o["reasons"] and any(ln["sku"] == "MUG-RED" for ln in o["lines"])
    )
    ws.orders.set_note(order["id"], "seller_note", "Gift wrap, no invoice")
    ws.orders.approve([order["id"]])
    ws.carriers.request_waybills([order["id"]])
    ws.outbox.run_until_idle()
    (parcel,) = [p for p in ws.queues.parcels_summary() if p["order"] == order["number"]]

    lines = zpl_text_lines(ws.printing.render_parcel_label(parcel["number"], "zpl", template="shipping-4x6-remarks"))
    assert "Note: Gift wrap, no invoice" in lines
    pick = next(line for line in lines if line.startswith("Pick: "))
    assert "MUG-RED @A-03-2" in pick
    plain = zpl_text_lines(ws.printing.render_parcel_label(parcel["number"], "zpl", template="shipping-4x6"))
    assert not any(line.startswith(("Pick: ", "Note: ")) for line in plain)
