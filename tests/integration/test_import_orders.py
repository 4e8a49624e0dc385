"""Order files into the database: all or nothing, a re-import is a no-op, a change goes back to Review."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.bootstrap import build
from app.importing import samples
from app.importing.report import ImportRefused
from app.settings import Settings
from db.models import AuditEvent, Order, OrderImport, OrderLine, Shop

HEAD = samples.AMAZON_HEADER


def amazon_file(path: Path, rows: list[dict[str, str]], encoding: str = "utf-8") -> Path:
    head = HEAD + (["order-status"] if any("order-status" in r for r in rows) else [])
    out = io.StringIO()
    w = csv.writer(out, delimiter="\t", lineterminator="\n")
    w.writerow(head)
    for r in rows:
        w.writerow([r.get(h, "") for h in head])
    path.write_bytes(out.getvalue().encode(encoding))
    return path


def row(order: str, item: str, sku: str = "MUG-BLU", **kw: str) -> dict[str, str]:
    base = {
        "order-id": order,
        "order-item-id": item,
        "purchase-date": "2024-03-01T10:20:30+00:00",
        "payments-date": "2024-03-01T10:25:00+00:00",
        "buyer-email": "b@marketplace.amazon.com",
        "buyer-name": "José Núñez",
        "sku": sku,
        "product-name": "Ceramic mug",
        "quantity-purchased": "1",
        "quantity-to-ship": "1",
        "currency": "EUR",
        "item-price": "12.00",
        "ship-service-level": "Standard",
        "recipient-name": "José Núñez",
        "ship-address-1": "Calle Mayor 3, 2º",
        "ship-city": "Córdoba",
        "ship-postal-code": "14001",
        "ship-country": "ES",
    }
    base.update({k.replace("_", "-"): v for k, v in kw.items()})
    return base


def snapshot(ws: Any) -> dict[str, Any]:
    with ws.db.reader() as uow:
        s = uow.session
        return {
            "orders": s.scalar(select(func.count(Order.id))),
            "lines": s.scalar(select(func.count(OrderLine.id))),
            "audit": s.scalar(select(func.count(AuditEvent.id))),
            "imports": s.scalar(select(func.count(OrderImport.id))),
            "updated": sorted((o.id, o.updated_at, o.remote_updated_at, o.queue) for o in s.scalars(select(Order))),
        }


def order(ws: Any, number: str) -> Order:
    with ws.db.reader() as uow:
        o = uow.session.scalar(select(Order).where(Order.number == number))
        assert o is not None
        uow.session.expunge(o)
        return o


def test_amazon_report_in_windows_1252_with_accents(workstation: Any, tmp_path: Path) -> None:
    f = amazon_file(
        tmp_path / "amazon.txt",
        [row("111-1", "A1"), row("111-1", "A2", "MUG-RED"), row("111-2", "B1")],
        encoding="cp1252",
    )
    result = workstation.imports.import_orders(f, "Amazon ES")
    assert (result.format, result.encoding, result.new, result.rows) == ("amazon", "cp1252", 2, 3)
    o = order(workstation, "111-1")
    assert (o.ship_name, o.ship_address1, o.ship_city) == ("José Núñez", "Calle Mayor 3, 2º", "Córdoba")
    assert str(o.total) == "24.00" and o.currency == "EUR"
    with workstation.db.reader() as uow:
        shop = uow.session.scalar(select(Shop).where(Shop.name == "Amazon ES"))
        assert shop is not None and shop.marketplace == "amazon"
        imp = uow.session.scalar(select(OrderImport))
        assert imp is not None and (imp.filename, imp.encoding, imp.new_orders) == ("amazon.txt", "cp1252", 2)


def test_shopify_export_in_gb18030_with_chinese_addresses(workstation: Any, tmp_path: Path) -> None:
    f = tmp_path / "orders_export.csv"
    f.write_bytes(samples.shopify_export(8, chinese=True).encode("gb18030"))
    result = workstation.imports.import_orders(f, "Shopify CN")
    assert (result.format, result.encoding, result.new) == ("shopify", "gb18030", 8)
    o = order(workstation, "#1002")
    assert (o.ship_name, o.ship_address1, o.ship_address2) == ("李娜", "北京市朝阳区建国路88号SOHO现代城", "3号楼1502")
    pending = order(workstation, "#1004")
    assert pending.paid_at is None and "payment not cleared" in pending.review_reasons


def test_utf16_tab_delimited_from_excel(workstation: Any, tmp_path: Path) -> None:
    f = tmp_path / "unicode.txt"
    f.write_bytes(samples.amazon_report(5, chinese=True).encode("utf-16"))
    result = workstation.imports.import_orders(f, "Amazon", encoding=None)
    assert (result.encoding, result.new) == ("utf-16", 5)


def test_the_same_file_again_changes_nothing(workstation: Any, tmp_path: Path) -> None:
    f = tmp_path / "amazon.txt"
    f.write_text(samples.amazon_report(40), encoding="utf-8")
    workstation.imports.import_orders(f, "Amazon US")
    workstation.orders.approve(None)  # some orders leave Review (paired SKUs); others stay
    before = snapshot(workstation)
    again = workstation.imports.import_orders(f, "Amazon US")
    assert (again.new, again.updated, again.unchanged) == (0, 0, 40)
    assert snapshot(workstation) == before


def test_a_changed_order_updates_in_place_and_goes_back_to_review(workstation: Any, tmp_path: Path) -> None:
    rows = [row("111-1", "A1"), row("111-2", "B1")]
    f = amazon_file(tmp_path / "day1.txt", rows)
    workstation.imports.import_orders(f, "Amazon ES")
    approved = workstation.orders.approve(None)
    assert "111-1" in approved.approved, approved.refused
    audit_before = snapshot(workstation)["audit"]

    rows[0] = row("111-1", "A1", ship_address_1="Calle Nueva 9")
    result = workstation.imports.import_orders(amazon_file(tmp_path / "day2.txt", rows), "Amazon ES")
    assert (result.new, result.updated, result.unchanged) == (0, 1, 1)
    o = order(workstation, "111-1")
    assert o.queue == "review"
    assert "changed on marketplace: address" in o.review_reasons.splitlines()
    assert o.ship_address1 == "Calle Nueva 9"
    assert snapshot(workstation)["audit"] > audit_before
    assert order(workstation, "111-2").queue == "waybill"  # untouched


def test_changed_lines_of_an_order_in_review_are_replaced(workstation: Any, tmp_path: Path) -> None:
    rows = [row("111-1", "A1", "LEGACY-SKU-9")]  # unpaired: stays in Review
    workstation.imports.import_orders(amazon_file(tmp_path / "day1.txt", rows), "Amazon ES")
    rows.append(row("111-1", "A2", "MUG-RED"))
    assert workstation.imports.import_orders(amazon_file(tmp_path / "day2.txt", rows), "Amazon ES").updated == 1
    o = order(workstation, "111-1")
    with workstation.db.reader() as uow:
        skus = list(uow.session.scalars(select(OrderLine.sku).where(OrderLine.order_id == o.id).order_by(OrderLine.id)))
    assert skus == ["LEGACY-SKU-9", "MUG-RED"]
    assert "changed on marketplace: lines" in o.review_reasons.splitlines()


def test_a_cancelled_order_in_the_file_is_cancelled(workstation: Any, tmp_path: Path) -> None:
    workstation.imports.import_orders(amazon_file(tmp_path / "a.txt", [row("111-1", "A1")]), "Amazon ES")
    workstation.orders.approve(None)
    workstation.imports.import_orders(
        amazon_file(tmp_path / "b.txt", [row("111-1", "A1", order_status="Cancelled")]), "Amazon ES"
    )
    assert order(workstation, "111-1").queue == "cancelled"


def test_one_bad_row_and_nothing_is_imported(workstation: Any, tmp_path: Path) -> None:
    good = [row(f"111-{n}", "A1") for n in range(30)]
    bad = good[:10] + [row("111-x", "X1", quantity_to_ship="-2", ship_country="Narnia")] + good[10:]
    before = snapshot(workstation)
    with pytest.raises(ImportRefused) as refused:
        workstation.imports.import_orders(amazon_file(tmp_path / "bad.txt", bad), "New Shop")
    assert sorted((e.row, e.column) for e in refused.value.errors) == [(12, "quantity-to-ship"), (12, "ship-country")]
    assert snapshot(workstation) == before
    with workstation.db.reader() as uow:
        assert uow.session.scalar(select(Shop).where(Shop.name == "New Shop")) is None


def test_generic_csv_through_a_saved_preset_and_xlsx(workstation: Any, tmp_path: Path) -> None:
    from openpyxl import Workbook

    header = ["单号", "收件人", "地址", "城市", "邮编", "国家", "SKU", "数量", "单价"]
    data = [
        ["E-1", "张伟", "科技园南路18号", "深圳", "518057", "CN", "MUG-BLU", "2", "9.90"],
        ["E-1", "", "", "", "", "", "LAMP-USB", "1", "30"],
        ["E-2", "王芳", "陆家嘴环路1000号", "上海", "200120", "CN", "PEN-GEL-BLK", "10", "1.5"],
    ]
    f = tmp_path / "erp.csv"
    f.write_bytes(("\n".join(",".join(r) for r in [header, *data]) + "\n").encode("gb18030"))
    preview = workstation.imports.preview_import(f)
    assert preview.format is None and preview.mapping["ship_name"] == "收件人"
    with pytest.raises(ImportRefused, match="map the columns"):
        workstation.imports.import_orders(f, "ERP")
    mapping = dict(preview.mapping, order_id="单号")
    workstation.imports.save_import_preset("My ERP", mapping, {"encoding": "gb18030"})
    assert workstation.imports.import_presets()["My ERP"]["mapping"]["order_id"] == "单号"
    preview = workstation.imports.preview_import(f)
    assert preview.format == "My ERP"
    assert [(r["order"], r["sku"], r["row"]) for r in preview.rows] == [
        ("E-1", "MUG-BLU", 2),
        ("E-1", "LAMP-USB", 3),
        ("E-2", "PEN-GEL-BLK", 4),
    ]
    assert workstation.imports.import_orders(f, "ERP").new == 2
    assert str(order(workstation, "E-1").total) == "49.80"

    book = Workbook()
    sheet = book.active
    sheet.append(header)
    sheet.append(["E-3", "陈静", "信义路五段7号", "台北", "110", "TW", "MUG-RED", 1, 12.5])
    book.save(tmp_path / "erp.xlsx")
    result = workstation.imports.import_orders(tmp_path / "erp.xlsx", "ERP", format="My ERP")
    assert (result.new, result.encoding) == (1, "xlsx")
    workstation.imports.delete_import_preset("My ERP")
    assert workstation.imports.import_presets() == {}


def test_import_on_postgresql_and_sqlite_same_outcome(db_url: str, tmp_path: Path) -> None:
    ws = build(Settings(db_url=db_url, data_dir=tmp_path / "data"))
    try:
        f = tmp_path / "amazon.txt"
        f.write_text(samples.amazon_report(30), encoding="utf-8")
        assert ws.imports.import_orders(f, "Amazon US").new == 30
        before = snapshot(ws)
        assert ws.imports.import_orders(f, "Amazon US").unchanged == 30
        assert snapshot(ws) == before
        f.write_text(samples.amazon_report(30).replace("1 Main St", "2 Main St"), encoding="utf-8")
        assert ws.imports.import_orders(f, "Amazon US").updated == 6  # every fifth order lives on Main St
    finally:
        ws.close()


def test_changed_lines_of_an_approved_order_send_it_back_to_review(workstation: Any, tmp_path: Path) -> None:
    """A line dropped and one added after approval: the parcel is withdrawn, the lines follow the file."""
    workstation.imports.import_orders(
        amazon_file(tmp_path / "day1.txt", [row("111-1", "A1"), row("111-1", "A2", "MUG-RED")]), "Amazon ES"
    )
    assert workstation.orders.approve(None).approved == ["111-1"]
    assert order(workstation, "111-1").queue == "waybill"
    changed = [
        row("111-1", "A2", "MUG-RED", quantity_purchased="2", quantity_to_ship="2"),
        row("111-1", "A3", "MUG-BLU"),
    ]
    assert workstation.imports.import_orders(amazon_file(tmp_path / "day2.txt", changed), "Amazon ES").updated == 1
    o = order(workstation, "111-1")
    assert o.queue == "review"
    assert "changed on marketplace: lines" in o.review_reasons.splitlines()
    with workstation.db.reader() as uow:
        lines = uow.session.execute(
            select(OrderLine.remote_line_id, OrderLine.sku, OrderLine.quantity)
            .where(OrderLine.order_id == o.id, OrderLine.quantity > 0)
            .order_by(OrderLine.remote_line_id)
        ).all()
    assert [tuple(x) for x in lines] == [("A2", "MUG-RED", 2), ("A3", "MUG-BLU", 1)]
    assert workstation.orders.approve(None).approved == ["111-1"]  # approvable again, one live parcel


def test_a_shop_whose_orders_come_from_files_is_not_pulled(workstation: Any, tmp_path: Path) -> None:
    """No Amazon API keys behind a file-imported shop: a sync must not report it as failing."""
    workstation.imports.import_orders(amazon_file(tmp_path / "a.txt", [row("111-1", "A1")]), "Amazon ES")
    assert "Amazon ES" not in workstation.sync.pull()
