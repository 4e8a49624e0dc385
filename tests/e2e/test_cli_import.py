"""Files through the command line, as separate processes: orders, products, pairings, stock counts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from app.importing import samples

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str, tmp: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SHIPBENCH_DATA_DIR": str(tmp / "data")}
    db = f"sqlite:///{tmp / 'shipbench.db'}"
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", db, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_import_orders_refuse_with_report_then_accept_then_no_op(tmp_path: Path) -> None:
    good = samples.amazon_report(20)
    bad = tmp_path / "bad.txt"
    bad.write_text(good.replace("\tUSD\t", "\tDOLLARS\t", 1), encoding="utf-8")
    refused = cli("import", str(bad), "--shop", "Amazon US", tmp=tmp_path)
    assert refused.returncode == 2
    assert "not imported, nothing changed" in refused.stderr
    assert "row 2  currency: not a currency code: 'DOLLARS'" in refused.stderr

    report = json.loads(cli("import", str(bad), "--shop", "Amazon US", "--json", tmp=tmp_path).stdout)
    assert report["ok"] is False and report["errors"][0] == {
        "row": 2,
        "column": "currency",
        "problem": "not a currency code: 'DOLLARS' (use e.g. USD, EUR, CNY)",
    }

    f = tmp_path / "amazon.txt"
    f.write_bytes(good.encode("gb18030"))
    done = cli(
        "import", str(f), "--shop", "Amazon US", "--format", "amazon", "--encoding", "gb18030", "--json", tmp=tmp_path
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert (result["new"], result["encoding"], result["format"]) == (20, "gb18030", "amazon")
    again = cli("import", str(f), "--shop", "Amazon US", tmp=tmp_path)
    assert again.returncode == 0 and "0 new, 0 updated, 20 unchanged" in again.stdout

    orders = json.loads(cli("orders", "--json", tmp=tmp_path).stdout)
    assert len(orders) == 20


def test_products_pairings_and_stock_count(tmp_path: Path) -> None:
    products = tmp_path / "products.csv"
    products.write_text("sku,name,barcodes\nCUP-01,Bamboo cup,690123456789;690123456790x6\n", encoding="utf-8")
    r = cli("products", "import", str(products), tmp=tmp_path)
    assert r.returncode == 0 and "1 new" in r.stdout, r.stderr

    out = tmp_path / "export.csv"
    assert cli("products", "export", str(out), tmp=tmp_path).returncode == 0
    assert "690123456790x6" in out.read_text(encoding="utf-8-sig")

    pairings = tmp_path / "pairings.csv"
    pairings.write_text("marketplace_sku,shop,sku,quantity\nCUP-2PACK,,CUP-01,2\n", encoding="utf-8")
    r = cli("pairings", "import", str(pairings), "--json", tmp=tmp_path)
    assert json.loads(r.stdout)["pairings"] == 1

    count = tmp_path / "count.csv"
    count.write_text("sku,counted\nCUP-01,12\n", encoding="utf-8")
    r = cli("stockcount", str(count), tmp=tmp_path)
    assert r.returncode == 0 and "CUP-01: +12" in r.stdout
    bad = tmp_path / "bad.csv"
    bad.write_text("sku,counted\nNOPE,1\n", encoding="utf-8")
    r = cli("stockcount", str(bad), tmp=tmp_path)
    assert r.returncode == 2 and "no product with SKU NOPE" in r.stderr


def test_a_file_that_is_not_a_table_is_one_line(tmp_path: Path) -> None:
    junk = tmp_path / "photo.jpg"
    junk.write_bytes(bytes(range(256)) * 40)
    r = cli("import", str(junk), "--shop", "X", tmp=tmp_path)
    assert r.returncode == 1
    assert r.stderr.strip() == "error: photo.jpg does not look like a CSV, text or Excel file"
