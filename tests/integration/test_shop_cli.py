"""`shop set-address` / `shop addresses` / `shop set`: the ship-from address can be scripted."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main

ROOT = Path(__file__).resolve().parents[2]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_shop_sets_its_ship_from_address_from_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SHIPBENCH_DATA_DIR", str(tmp_path / "data"))
    db = ["--db", f"sqlite:///{tmp_path / 'shop.db'}"]
    # The real process, as a script would run it, on an empty database.
    done = subprocess.run(
        [sys.executable, "main.py", *db, "shop", "set-address", "--warehouse", "Shenzhen", "--contact", "Li Wei",
         "--company", "Bench Trading", "--street", "88 Minzhi Avenue", "--street", "Longhua District",
         "--city", "Shenzhen", "--postcode", "518131", "--country", "cn", "--phone", "+86 755 2345"],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "saved Shenzhen (default)" in done.stdout

    code, out, _ = run(capsys, *db, "shop", "set-address", "--warehouse", "Hamburg", "--street", "Kai 1",
                       "--city", "Hamburg", "--postcode", "20457", "--country", "DE")  # fmt: skip
    assert code == 0 and "(default)" not in out  # the first warehouse stays the default

    code, out, _ = run(capsys, *db, "shop", "addresses", "--json")
    found = json.loads(out)
    assert [(a["name"], a["is_default"], a["country"]) for a in found] == [
        ("Shenzhen", True, "CN"),
        ("Hamburg", False, "DE"),
    ]
    assert found[0]["lines"] == ["88 Minzhi Avenue", "Longhua District"]

    code, out, _ = run(capsys, *db, "shop", "set-address", "--warehouse", "Hamburg", "--street", "Kai 1",
                       "--city", "Hamburg", "--country", "DE", "--default")  # fmt: skip
    code, out, _ = run(capsys, *db, "shop", "addresses")
    assert out.splitlines()[0].startswith("Hamburg (default): ")

    code, out, _ = run(capsys, *db, "shop", "set", "--name", "Bench Trading", "--ioss", "IM2760000001", "--json")
    assert code == 0 and json.loads(out)["ioss"] == "IM2760000001"
    code, out, _ = run(capsys, *db, "shop", "set", "--eori", "DE123456789012345", "--json")
    assert json.loads(out)["name"] == "Bench Trading"  # what was not named is kept


def test_an_address_carriers_would_refuse_is_one_line_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SHIPBENCH_DATA_DIR", str(tmp_path / "data"))
    db = ["--db", f"sqlite:///{tmp_path / 'shop.db'}"]
    code, _, err = run(capsys, *db, "shop", "set-address", "--street", "x", "--city", "Berlin", "--country", "Germany")
    assert code == 1 and err.strip() == "error: country must be a two-letter code (CN, DE, US), not 'Germany'"
    code, _, err = run(capsys, *db, "shop", "set-address", "--city", "Berlin", "--country", "DE")
    assert code == 1 and "needs street" in err
    code, _, err = run(
        capsys, *db, "shop", "set-address", "--street", "a\x1b[2Jb", "--city", "Berlin", "--country", "DE"
    )
    assert code == 1 and "control characters" in err
    code, out, _ = run(capsys, *db, "shop", "addresses")
    assert out.startswith("no ship-from address yet")
