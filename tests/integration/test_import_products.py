"""Products, pairings and stock counts from files; products back out to CSV."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.importing.report import ImportRefused
from db.models import Order, Product, SkuPairing, StockMovement

PRODUCTS = (
    "sku,name,name_zh,barcodes,weight_grams,length_mm,width_mm,height_mm,bin_location,customs_name_en,"
    "customs_name_zh,hs_code,declared_value,declared_currency,origin_country,has_battery,has_liquid,has_magnet,"
    "low_stock_threshold\n"
    "CUP-01,Bamboo cup,竹杯,690123456789;690123456790x6,120,90,90,110,B-01-01,Bamboo cup,竹杯,441990,3.50,USD,CN,no,no,no,5\n"
    'PB-10K,"Power bank 10,000 mAh",移动电源,6901234567892,230,,,,B-01-02,Power bank,移动电源,850760,12,USD,CN,yes,no,no,\n'
)


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def product(ws: Any, sku: str) -> Product:
    with ws.db.reader() as uow:
        p = uow.session.scalar(select(Product).where(Product.sku == sku))
        assert p is not None
        codes = sorted((b.code, b.pack_quantity) for b in p.barcodes)
        uow.session.expunge(p)
        p.codes = codes  # type: ignore[attr-defined]
        return p


def test_products_import_export_round_trip(workstation: Any, tmp_path: Path) -> None:
    r = workstation.imports.import_products(write(tmp_path / "p.csv", PRODUCTS, "gb18030"))
    assert (r.new, r.updated) == (2, 0)
    cup = product(workstation, "CUP-01")
    assert (cup.name_zh, cup.weight_grams, cup.hs_code, str(cup.declared_value), cup.low_stock_threshold) == (
        "竹杯",
        120,
        "441990",
        "3.50",
        5,
    )
    assert cup.codes == [("690123456789", 1), ("690123456790", 6)]  # type: ignore[attr-defined]
    assert product(workstation, "PB-10K").has_battery is True

    out = tmp_path / "export.csv"
    total = workstation.imports.export_products(out)
    assert total == 12  # ten demo products and the two new ones
    again = workstation.imports.import_products(out)
    assert (again.new, again.updated, again.unchanged) == (0, 0, 12)
    assert "690123456790x6" in out.read_text(encoding="utf-8-sig")


def test_products_upsert_by_sku_only_the_columns_given(workstation: Any, tmp_path: Path) -> None:
    workstation.imports.import_products(write(tmp_path / "p.csv", PRODUCTS))
    r = workstation.imports.import_products(write(tmp_path / "w.csv", "sku,weight_grams\nCUP-01,130\n"))
    assert (r.new, r.updated) == (0, 1)
    cup = product(workstation, "CUP-01")
    assert (cup.weight_grams, cup.name, cup.hs_code) == (130, "Bamboo cup", "441990")


def test_a_bad_products_file_changes_nothing_and_says_where(workstation: Any, tmp_path: Path) -> None:
    text = (
        "sku,name,barcodes,weight_grams,origin_country,has_battery\n"
        "NEW-1,New thing,111,12,CN,no\n"
        "NEW-2,,,1,CN,no\n"
        "MUG-BLU,Mug,6951234501143,abc,ZZ,maybe\n"
        "NEW-1,Again,,1,CN,no\n"
    )
    with pytest.raises(ImportRefused) as refused:
        workstation.imports.import_products(write(tmp_path / "bad.csv", text))
    got = sorted((e.row, e.column, e.problem.split(" ")[0]) for e in refused.value.errors)
    assert got == [
        (3, "name", "missing"),
        (4, "barcodes", "barcode"),  # belongs to MUG-RED
        (4, "has_battery", "not"),
        (4, "origin_country", "unknown"),
        (4, "weight_grams", "not"),
        (5, "sku", "SKU"),
    ]
    with workstation.db.reader() as uow:
        assert uow.session.scalar(select(func.count(Product.id)).where(Product.sku.like("NEW-%"))) == 0


def test_pairings_bundle_and_shop_specific(workstation: Any, tmp_path: Path) -> None:
    workstation.sync.pull()
    text = (
        "marketplace_sku,shop,sku,quantity\n"
        "LEGACY-SKU-9,,MUG-BLU,1\n"
        "LEGACY-SKU-9,,COASTER-4,2\n"
        "GIFT-SET,Demo Marketplace,TEA-GRN-100,1\n"
    )
    r = workstation.imports.import_pairings(write(tmp_path / "pairings.csv", text))
    assert (r.pairings, r.marketplace_skus) == (3, 2)
    assert r.orders_rechecked >= 1
    with workstation.db.reader() as uow:
        s = uow.session
        legacy = s.scalars(select(SkuPairing).where(SkuPairing.marketplace_sku == "LEGACY-SKU-9")).all()
        assert sorted((p.product.sku, p.quantity, p.shop_id) for p in legacy) == [
            ("COASTER-4", 2, None),
            ("MUG-BLU", 1, None),
        ]
        unpaired = s.scalar(
            select(func.count(Order.id)).where(Order.review_reasons.like("%unpaired SKU LEGACY-SKU-9%"))
        )
        assert unpaired == 0

    bad = "marketplace_sku,shop,sku,quantity\nX,No Such Shop,MUG-BLU,1\nY,,NOPE,1\nZ,,MUG-BLU,0\n"
    with pytest.raises(ImportRefused) as refused:
        workstation.imports.import_pairings(write(tmp_path / "bad.csv", bad))
    assert [(e.row, e.column) for e in refused.value.errors] == [(2, "shop"), (3, "sku"), (4, "quantity")]


def test_stock_count_adjusts_to_the_count_once(workstation: Any, tmp_path: Path) -> None:
    f = write(tmp_path / "count-2024-03.csv", "sku,counted\nMUG-BLU,7\nLAMP-USB,0\nPEN-GEL-BLK,100\n")
    r = workstation.imports.import_stock_count(f)
    assert r.adjusted + r.unchanged == 3
    again = workstation.imports.import_stock_count(f)
    assert (again.adjusted, again.unchanged) == (0, 3)
    with workstation.db.reader() as uow:
        s = uow.session
        mug = s.scalar(select(Product.id).where(Product.sku == "MUG-BLU"))
        on_hand = s.scalar(select(func.sum(StockMovement.on_hand_delta)).where(StockMovement.product_id == mug))
        assert on_hand == 7
        reasons = set(s.scalars(select(StockMovement.reason).where(StockMovement.kind == "adjust")))
        assert reasons == {"stock count count-2024-03.csv"}

    with pytest.raises(ImportRefused) as refused:
        workstation.imports.import_stock_count(
            write(tmp_path / "bad.csv", "sku,counted\nMUG-BLU,-1\nNOPE,1\nMUG-RED,\n")
        )
    assert [(e.row, e.column) for e in refused.value.errors] == [(2, "counted"), (3, "sku"), (4, "counted")]
