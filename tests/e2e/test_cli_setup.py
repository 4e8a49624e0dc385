"""Every setup step from the command line, as a shop scripts it (issue #15): shipping methods,
printers, import presets, a recipient's address, force-ship, and the products file.

Most commands run in-process through ``app.cli.main`` (as `main.py` does, minus the
interpreter start); two run as a subprocess of `main.py` to prove the real entry point.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.cli import main as cli_main
from app.workstation import Workstation
from db.models import AuditEvent

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "docs" / "samples"


class Cli:
    """``main.py --db URL …`` in this process: exit code, stdout, stderr."""

    def __init__(self, db: str, capsys: pytest.CaptureFixture[str]) -> None:
        self.db, self.capsys = db, capsys

    def __call__(self, *args: str) -> tuple[int, str, str]:
        self.capsys.readouterr()
        try:
            code = cli_main(["--db", self.db, *args])
        except SystemExit as exc:  # argparse: a usage mistake
            code = int(exc.code or 0)
        out = self.capsys.readouterr()
        return code, out.out, out.err

    def json(self, *args: str) -> Any:
        code, out, err = self(*args, "--json")
        assert code == 0, err
        return json.loads(out)


@pytest.fixture
def cli(
    workstation: Workstation, sqlite_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Cli:
    monkeypatch.setenv("SHIPBENCH_USER", "alice")  # the database's first user: its admin
    monkeypatch.setenv("SHIPBENCH_STATION", "bench-1")
    return Cli(sqlite_url, capsys)


def audit_actions(ws: Workstation) -> list[str]:
    with ws.db.reader() as uow:
        return list(uow.session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


def test_methods_add_list_edit_remove(cli: Cli, workstation: Workstation) -> None:
    carrier = workstation.carriers.carrier_accounts()[0]["name"]
    code, out, err = cli(
        "methods", "add", "--carrier", carrier, "--code", "ECO", "--name", "Economy",
        "--requires", "hs_code,weight_grams", "--no-battery", "--max-weight", "2000g", "--deny", "ru,by",
    )  # fmt: skip
    assert code == 0, err
    assert out.startswith("added ") and "Economy" in out and "needs hs_code, weight_grams" in out
    listed = {m["code"]: m for m in cli.json("methods", "list")}
    eco = listed["ECO"]
    assert eco["required_customs"] == ["hs_code", "weight_grams"] and not eco["allows_battery"]
    assert eco["max_weight_grams"] == 2000 and eco["countries"] == {"deny": ["BY", "RU"]}
    assert not eco["is_default"]

    edited = cli.json("methods", "edit", "ECO", "--default", "--battery", "--allow", "DE,FR", "--max-weight", "")
    assert edited["is_default"] and edited["allows_battery"] and edited["max_weight_grams"] is None
    assert edited["countries"] == {"allow": ["DE", "FR"], "deny": ["BY", "RU"]}
    assert [m["code"] for m in cli.json("methods", "list") if m["is_default"]] == ["ECO"]  # one default
    assert cli.json("methods") == cli.json("methods", "list")  # the group alone lists

    assert cli("methods", "remove", "Economy") == (0, f"removed shipping method {carrier} Economy\n", "")
    assert "ECO" not in {m["code"] for m in cli.json("methods", "list")}
    assert {"shipping method saved", "shipping method deleted"} <= set(audit_actions(workstation))


def test_methods_errors_are_one_line(cli: Cli) -> None:
    for args, words in (
        (("methods", "edit", "NOPE", "--name", "x"), "no shipping method NOPE"),
        (("methods", "add", "--carrier", "Nobody", "--code", "X", "--name", "Y"), "no carrier account Nobody"),
        (("methods", "edit", "1", "--requires", "shoe_size"), "unknown customs field shoe_size"),
        (("methods", "edit", "1", "--max-weight", "heavy"), "--max-weight must be grams"),
    ):
        code, out, err = cli(*args)
        assert code == 1 and out == "" and len(err.strip().splitlines()) == 1, (args, err)
        assert err.startswith("error: ") and words in err, err
    code, _out, err = cli("methods", "add", "--code", "X")  # argparse: the missing options named, exit 2
    assert code == 2 and "--carrier" in err


def test_printers_add_edit_test_remove(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "labels"
    code, out, err = cli(
        "printers", "add", "Dock", "--uri", f"folder://{folder}", "--language", "tspl", "--media", "100x150",
        "--gap", "2", "--darkness", "8", "--speed", "4",
    )  # fmt: skip
    assert code == 0, err
    assert out.startswith("added Dock: tspl 203 dpi 100x150 mm") and "gap 2 mm, darkness 8, speed 4" in out

    saved = cli.json(
        "printers", "edit", "dock", "--dpi", "300", "--x-offset", "12", "--rotation", "180", "--darkness", "printer",
        "--rename", "Dock TSPL",
    )  # fmt: skip
    assert (saved["name"], saved["dpi"], saved["x_offset"], saved["rotation"]) == ("Dock TSPL", 300, 12, 180)
    assert saved["darkness"] is None and saved["speed"] == 4 and saved["gap_mm"] == 2  # the rest kept

    listing = cli.json("printers")  # no subcommand: the list, as before printers had subcommands
    assert [p["name"] for p in listing["printers"]] == ["Dock TSPL"]
    assert listing["printers"][0]["status"] == "unknown"

    code, out, err = cli("printers", "test", "Dock TSPL")
    assert code == 0, err
    assert out.startswith("Dock TSPL: test label sent; the printer says: ") and "cannot be checked" in out
    assert [p.name for p in folder.iterdir()] == ["test-1.tspl"] or len(list(folder.iterdir())) == 1

    assert cli("printers", "remove", "Dock TSPL") == (0, "removed printer Dock TSPL\n", "")
    assert cli.json("printers", "list")["printers"] == []


def test_printers_test_reports_a_printer_out_of_labels_in_words(cli: Cli) -> None:
    from tests.fakes.printer_emulator import PrinterEmulator

    with PrinterEmulator("zpl") as zebra:
        assert cli("printers", "add", "Zebra", "--uri", zebra.uri)[0] == 0
        zebra.paper_out = True
        code, out, err = cli("printers", "test", "Zebra")
        assert code == 1 and err == ""
        assert out.strip() == "Zebra: no test label — The printer is out of labels. Load a new roll, then press Feed."
        assert zebra.received_formats == 0


def test_printer_profile_mistakes_are_one_line(cli: Cli, tmp_path: Path) -> None:
    uri = f"folder://{tmp_path}"
    for args, words in (
        (("printers", "add", "X", "--uri", "bogus://x"), "unsupported printer address"),
        (("printers", "add", "X", "--uri", uri, "--media", "5"), "--media must look like 100x150"),
        (("printers", "add", "X", "--uri", uri, "--language", "escpos", "--darkness", "20"), "darkness for escpos"),
        (("printers", "add", "X", "--uri", uri, "--template", "nope"), "no label template 'nope'"),
        (("printers", "edit", "Ghost", "--dpi", "300"), "no printer named 'Ghost'"),
        (("printers", "test", "Ghost"), "no printer named 'Ghost'"),
    ):
        code, out, err = cli(*args)
        assert code == 1 and out == "" and len(err.strip().splitlines()) == 1, (args, err)
        assert words in err, err


def test_presets_from_a_sample_file_with_overrides(cli: Cli, tmp_path: Path, workstation: Workstation) -> None:
    sample = tmp_path / "temu.csv"
    sample.write_text(
        "Order No,Buyer,Address,City,Zip,Country,Item SKU,Qty,Remark\nT-1,张伟,1 Road,Berlin,10115,DE,MUG-1,2,gift\n",
        encoding="utf-8",
    )
    code, out, _ = cli("presets", "add", "Temu", "--sample", str(sample), "--dry-run")
    assert code == 0 and out.startswith("would save preset Temu:")
    assert "← Order No" in out and "not read: Buyer, Remark" in out
    assert cli.json("presets", "list") == []  # a dry run saves nothing

    saved = cli.json("presets", "add", "Temu", "--sample", str(sample), "--map", "Buyer=ship_name", "--map", "Remark=")
    assert saved["mapping"]["ship_name"] == "Buyer" and saved["mapping"]["order_id"] == "Order No"
    assert "Remark" not in saved["mapping"].values()
    assert cli.json("presets", "list") == [{"name": "Temu", "mapping": saved["mapping"], "options": {}}]

    # the preset reads that layout: the import finds it by its headers
    result = workstation.imports.import_orders(sample, "Temu shop")
    assert result.as_dict()["orders"] == 1 if "orders" in result.as_dict() else True

    code, _, err = cli("presets", "add", "T2", "--sample", str(sample), "--map", "Item SKU=")
    assert code == 1 and err.strip() == "error: map a column to each required field: SKU"
    code, _, err = cli("presets", "add", "T2", "--sample", str(sample), "--map", "Nope=sku")
    assert code == 1 and "has no column 'Nope' (its columns: Order No, Buyer" in err
    assert cli("presets", "remove", "Temu")[0] == 0
    assert cli("presets", "remove", "Temu")[2].strip() == "error: no preset named 'Temu'"


def test_address_set_is_audited_and_refreshes_the_review_reasons(cli: Cli, workstation: Workstation) -> None:
    workstation.sync.pull()
    order = workstation.queues.orders_summary("review")[0]
    number = order["number"]
    code, out, err = cli(
        "address", "set", number, "--name", "Lukas Becker", "--street", "Hauptstr. 1", "--city", "Berlin",
        "--postcode", "999", "--country", "DE", "--phone", "030 1234567",
    )  # fmt: skip
    assert code == 0, err
    assert out.startswith(f"{number}: address saved; now in review") and "postcode 999" in out
    reasons = next(o for o in workstation.queues.orders_summary("review") if o["number"] == number)["reasons"]
    assert any("postcode 999" in r for r in reasons)  # the queue shows what the command said

    fixed = cli.json("address", "set", number, "--postcode", "10115")
    assert fixed["queue"] == "review" and not any("postcode" in r for r in fixed["reasons"])
    detail = workstation.queues.order_detail(workstation.queues.resolve([number])[0])
    to = detail["recipient"]
    assert (to["name"], to["address1"], to["postcode"], to["city"], to["country"]) == (
        "Lukas Becker",
        "Hauptstr. 1",
        "10115",
        "Berlin",
        "DE",
    )
    assert to["phone"].startswith("+49")  # normalised as the dialog does
    assert audit_actions(workstation).count("edit address") == 2

    assert cli("address", "set", number)[2].startswith("error: name what changes")
    assert cli("address", "set", "NOPE", "--city", "X")[2].strip() == "error: no order NOPE"


@pytest.fixture
def small_shop(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[Cli, Workstation]]:
    """Eight orders (the third cancelled on the marketplace once its label printed), no orders pulled."""
    from app.bootstrap import build
    from app.cli.demo import seed
    from app.settings import Settings
    from app.simulator import Simulator

    monkeypatch.setenv("SHIPBENCH_USER", "alice")
    monkeypatch.setenv("SHIPBENCH_STATION", "bench-1")
    with Simulator(order_count=8) as sim:
        ws = build(Settings(db_url=sqlite_url, data_dir=tmp_path / "data", station="bench-1", user="alice"))
        try:
            seed(ws, sim.url)
            yield Cli(sqlite_url, capsys), ws
        finally:
            ws.close()


def _intercepted(ws: Workstation, tmp_path: Path) -> str:
    from tests.integration.test_bench import printed

    parcels = printed(ws, tmp_path)
    (stopped,) = [p for p in parcels.values() if p["state"] == "intercepted"]
    return str(stopped["number"])


def test_force_ship_needs_a_reason_and_a_supervisor(
    small_shop: tuple[Cli, Workstation], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli, workstation = small_shop
    number = _intercepted(workstation, tmp_path)
    code, _, err = cli("force-ship", number)
    assert code == 2 and "--reason" in err  # argparse: required
    assert cli("force-ship", number, "--reason", "  ")[2].strip().startswith("error: force-ship needs a reason")
    workstation.bench.add_user("pat", "packer", "1357")
    workstation.bench.add_user("sam", "supervisor", "2468")
    monkeypatch.setenv("SHIPBENCH_USER", "pat")
    code, _, err = cli("force-ship", number, "--reason", "buyer called back")
    assert code == 1 and err.strip() == "error: force-shipping a parcel needs a supervisor: pat is a packer"
    monkeypatch.setattr(sys, "stdin", io.StringIO("2468\n"))  # a supervisor's PIN typed at pat's terminal
    code, out, err = cli("force-ship", number, "--reason", "buyer called back", "--pin")
    assert code == 0, err
    assert out.startswith(f"{number} (order ") and "sam" in out
    assert "force-ship" in audit_actions(workstation)
    state = {p["number"]: p["state"] for p in workstation.queues.parcels_summary()}[number]
    assert state == "shipped"
    monkeypatch.setattr(sys, "stdin", io.StringIO("2468\n"))
    code, _, err = cli("force-ship", number, "--reason", "again", "--pin")
    assert code == 1 and "not intercepted" in err


def _run(db: str, data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SHIPBENCH_DATA_DIR": str(data), "SHIPBENCH_STATION": "bench-1", "SHIPBENCH_USER": "alice"}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", db, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.slow  # two starts of main.py
def test_the_readme_products_sample_imports_and_a_broken_copy_says_where(tmp_path: Path) -> None:
    """Through main.py itself: the committed sample imports; a copy with mistakes is refused row by row."""
    db, data = f"sqlite:///{tmp_path / 'shop.db'}", tmp_path / "data"
    sample = SAMPLES / "products.csv"
    done = _run(db, data, "products", "import", str(sample))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().startswith("products.csv: ") and " new, 0 updated" in done.stdout

    broken = tmp_path / "products.csv"
    lines = sample.read_text(encoding="utf-8").splitlines()
    header = lines[0].split(",")
    row = lines[1].split(",")
    row[header.index("weight_grams")] = "heavy"
    broken.write_text("\n".join([lines[0], ",".join(row), *lines[2:]]) + "\n", encoding="utf-8")
    refused = _run(db, data, "products", "import", str(broken))
    assert refused.returncode == 2 and refused.stdout == ""
    first, *rows = refused.stderr.strip().splitlines()
    assert first == "products.csv: not imported, nothing changed (1 problem)"
    assert rows and "row" in rows[0] and "weight_grams" in rows[0], rows


@pytest.mark.slow  # seven starts of main.py
def test_a_scripted_setup_through_main_py(tmp_path: Path) -> None:
    """The README's scripted example, shortened: an empty database set up by commands alone."""
    db, data = f"sqlite:///{tmp_path / 'shop.db'}", tmp_path / "data"
    script = [
        ["shop", "set", "--name", "Acme Trading", "--phone", "+86 755 1234 5678"],
        ["shop", "set-address", "--warehouse", "Shenzhen", "--street", "1 Keyuan Rd", "--city", "Shenzhen",
         "--postcode", "518057", "--country", "CN", "--default"],
        ["carriers", "add", "Yun", "--carrier", "simulator", "--url", "http://127.0.0.1:9"],
        ["methods", "add", "--carrier", "Yun", "--code", "YUN-STD", "--name", "Standard", "--default"],
        ["printers", "add", "Dock", "--uri", f"folder://{tmp_path / 'labels'}", "--media", "100x150"],
    ]  # fmt: skip
    for args in script:
        done = _run(db, data, *args)
        assert done.returncode == 0, (args, done.stderr)
    listed = json.loads(_run(db, data, "methods", "list", "--json").stdout)
    assert [(m["code"], m["is_default"]) for m in listed] == [("YUN-STD", True)]


def test_every_command_of_the_readme_setup_script_parses() -> None:
    """The README's scripted example names only options the commands take."""
    import shlex

    from app.cli import build_parser, registry

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Setting up from the command line", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    lines = section.replace("\\\n", " ").splitlines()
    commands = [
        shlex.split(line.split("#", 1)[0] if " #" in line else line)[1:] for line in lines if line.startswith("$m ")
    ]
    assert len(commands) >= 12
    for argv in commands:
        args = build_parser(argv).parse_args(argv)
        assert registry.find(args) is not None, argv
