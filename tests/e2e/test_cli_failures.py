"""Everything a user can get wrong on the command line is one clear line, never a traceback.

Real processes (``main.py``), real files, a real taken port, a real ``/dev/full``.
"""

from __future__ import annotations

import csv
import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from app.importing import samples
from tests.e2e.test_cli_import import ROOT, cli

FULL = Path("/dev/full")


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    """The error line; the process failed with exit 1 and printed nothing else."""
    assert result.returncode == 1, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr
    return lines[0]


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A database with a labelled parcel (its number), made the way the demo makes one."""
    from app.bootstrap import build
    from app.cli.demo import seed
    from app.settings import Settings
    from app.simulator import Simulator

    tmp = tmp_path_factory.mktemp("shop")
    with Simulator() as sim:
        ws = build(Settings(db_url=f"sqlite:///{tmp / 'shipbench.db'}", data_dir=tmp / "data"))
        seed(ws, sim.url)
        ws.sync.pull()
        ws.orders.approve(None)
        ws.carriers.request_waybills(None)
        ws.outbox.run_until_idle()
        parcel = next(p for p in ws.queues.parcels_summary() if p["state"] == "labelled")
        ws.close()
    return tmp, parcel["number"]


def _outs(tmp: Path) -> list[tuple[Path, str]]:
    (tmp / "a-folder").mkdir(exist_ok=True)
    return [
        (tmp / "no-such-folder" / "out.bin", "does not exist"),
        (tmp / "a-folder", "it is a folder"),
        (FULL, "No space left on device"),
    ]


@pytest.mark.skipif(not FULL.exists(), reason="needs /dev/full")
def test_out_to_a_missing_folder_a_folder_or_a_full_disk(shop: tuple[Path, str]) -> None:
    tmp, parcel = shop
    for out, why in _outs(tmp):
        for args in (
            ["label", parcel, "--lang", "zpl", "--out", str(out)],
            ["document", "pick_list", "--out", str(out)],
            ["products", "export", str(out)],
            ["confirmations", "export", "--shop", "Demo Marketplace", "--format", "amazon", "--out", str(out)],
        ):
            line = one_line(cli(*args, tmp=tmp))
            assert why in line and str(out.name) in line, (args, line)
    assert not (tmp / "no-such-folder").exists()


def test_an_escpos_label_wider_than_the_paper(shop: tuple[Path, str]) -> None:
    tmp, parcel = shop
    out = str(tmp / "receipt.bin")
    line = one_line(cli("label", parcel, "--lang", "escpos", "--template", "shipping-4x6", "--out", out, tmp=tmp))
    assert "does not fit" in line and "narrower template" in line
    assert not (tmp / "receipt.bin").exists()
    # with no template named, an ESC/POS label is the 80 mm receipt one
    assert cli("label", parcel, "--lang", "escpos", "--out", out, tmp=tmp).returncode == 0
    assert (tmp / "receipt.bin").read_bytes().startswith(b"\x1b@")


def test_a_simulator_port_in_use(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "simulator", "--port", str(port)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    assert one_line(result) == f"error: port {port} is already in use (another simulator?); choose another with --port"


def test_an_unsupported_database_scheme(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", "mysql://x/y", "orders"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert "mysql" in one_line(result)


def test_control_characters_from_orders_never_reach_the_terminal(tmp_path: Path) -> None:
    rows = list(samples.amazon_rows(3))
    name = "Evil\x1b[2J\x1b]0;pwned\x07 Buyer\r\x9b31m"
    for row in rows:
        if row[0] == rows[0][0]:
            row[8] = row[21] = name
    f = tmp_path / "orders.txt"
    with f.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out, delimiter="\t").writerows([samples.AMAZON_HEADER, *rows])
    assert cli("import", str(f), "--shop", "Amazon", tmp=tmp_path).returncode == 0
    for args in (["orders"], ["search", "Evil"], ["orders", "--json"], ["search", "Evil", "--json"]):
        out = cli(*args, tmp=tmp_path)
        assert out.returncode == 0, out.stderr
        assert "Evil" in out.stdout
        for bad in ("\x1b", "\x07", "\r", "\x9b"):
            assert bad not in out.stdout, (args, bad)
        if "--json" not in args:
            assert "Evil\\x1b[2J" in out.stdout
        else:
            assert name in _strings(json.loads(out.stdout))  # JSON escapes them and keeps the data exact
    # the refusal report quotes cells of the file: escaped too
    bad = tmp_path / "bad.txt"
    bad.write_text(f.read_text(encoding="utf-8").replace("\tUSD\t", "\tUS\x1b[2JD\t", 1), encoding="utf-8")
    refused = cli("import", str(bad), "--shop", "Amazon", tmp=tmp_path)
    assert refused.returncode == 2 and "\x1b" not in refused.stderr and "US\\x1b[2JD" in refused.stderr


def _strings(data: object) -> set[str]:
    if isinstance(data, str):
        return {data}
    if isinstance(data, dict):
        data = list(data.values())
    if isinstance(data, list):
        return set().union(*(_strings(x) for x in data)) if data else set()
    return set()


@pytest.mark.parametrize("name", ["/dev/zero", "/dev/urandom", "zeros", "binary", "one-long-line", "nul-later"])
def test_what_cannot_be_an_order_file_is_refused_within_seconds(tmp_path: Path, name: str) -> None:
    """`import /dev/zero` used to grow to 24 GB; now each is one line, well inside the timeout."""
    if name.startswith("/dev/"):
        path = Path(name)
    else:
        path = tmp_path / name
        with path.open("wb") as f:
            if name == "zeros":
                f.truncate(1 << 30)  # a 1 GB file of zeros (sparse: no disk used)
            elif name == "binary":
                f.write(Path(sys.executable).resolve().read_bytes())
            elif name == "one-long-line":
                f.write(b"order-id,sku\n" + b"x" * (20 << 20))
            else:
                f.write(samples.amazon_report(5000).encode() + b"\0" * 10)
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "--db",
            f"sqlite:///{tmp_path / 'db.sqlite'}",
            "import",
            str(path),
            "--shop",
            "X",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
        env={**os.environ, "SHIPBENCH_DATA_DIR": str(tmp_path / "data")},
    )
    line = one_line(result)
    expected = {"one-long-line": "has a line longer than 8 MB", "nul-later": "a NUL byte at byte"}
    assert expected.get(name, "does not look like a CSV, text or Excel file") in line
