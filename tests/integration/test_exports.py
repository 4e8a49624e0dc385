"""Every export is formula-safe, and Shipbench reads its own export back unchanged."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from app.exports import csv_text, safe_cell, unsafe_cell, write_xlsx

HOSTILE = ['=HYPERLINK("http://evil","click")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\t=1+1", "\r=1+1"]


def test_a_product_named_like_a_formula_exports_as_text_and_imports_back_the_same(
    workstation: Any, tmp_path: Path
) -> None:
    workstation.products.save_product({"sku": "EVIL-1", "name": HOSTILE[0], "bin_location": "@A1"})
    out = tmp_path / "products.csv"
    workstation.imports.export_products(out)
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = {r["sku"]: r for r in csv.DictReader(f)}
    assert rows["EVIL-1"]["name"] == "'" + HOSTILE[0]  # a spreadsheet shows it as text
    assert rows["EVIL-1"]["bin_location"] == "'@A1"
    workstation.imports.import_products(out)
    again = workstation.products.search_products("EVIL-1")[0]
    assert again["name"] == HOSTILE[0]


def test_no_cell_of_the_writers_starts_like_a_formula(tmp_path: Path) -> None:
    text = csv_text(["name"], [[h] for h in HOSTILE])
    for row in list(csv.reader(text.splitlines()))[1:]:
        assert row[0].startswith("'") and not row[0][1:].startswith(("\t", "\r", "\n"))
    path = tmp_path / "x.xlsx"
    write_xlsx(path, ["name", "qty"], [[h, -3] for h in HOSTILE])
    sheet = load_workbook(path).active
    assert sheet is not None
    values = [(c.value, c.data_type) for row in sheet.iter_rows(min_row=2) for c in row]
    assert all(dt == "s" and str(v).startswith("'") for v, dt in values[0::2])  # text, never a formula
    assert values[1] == (-3, "n")  # numbers stay numbers
    assert [unsafe_cell(safe_cell(h)) for h in HOSTILE[:4]] == HOSTILE[:4]
