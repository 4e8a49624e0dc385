"""Property: a real order file damaged the way files get damaged is refused whole or imported exactly.

The damage is structural, on the bytes of a file as a seller has it (an Amazon
unshipped-orders report, a Shopify orders export in UTF-8 or GB18030): a stray quote, a
row that lost its last cells, the file cut at any byte, a row saved in another encoding.
Either nothing is written (and the refusal says row by row why), or the orders in the
database are exactly the clean file's orders — same ids, same content fingerprint (which
covers every cell the format reads), same recipient.
"""

from __future__ import annotations

import csv
import io
import itertools
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.bootstrap import build
from app.errors import InvalidInput
from app.importing import samples
from app.importing.report import ImportRefused
from app.settings import Settings
from db.models import AuditEvent, Order, Shop

_counter = itertools.count()

FILES = {
    "amazon-utf8": samples.amazon_report(18).encode("utf-8"),
    "amazon-gb18030": samples.amazon_report(12, chinese=True).encode("gb18030"),
    "shopify-utf8": samples.shopify_export(12).encode("utf-8"),
    "shopify-gb18030": samples.shopify_export(10, chinese=True).encode("gb18030"),
}
SLOW = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Any:
    folder = tmp_path_factory.mktemp("corrupt")
    w = build(Settings(db_url=f"sqlite:///{folder / 'x.db'}", data_dir=folder))
    yield w
    w.close()


@pytest.fixture(scope="module")
def clean(ws: Any, tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, tuple[Any, ...]]]:
    """Each clean file imported once: the orders a damaged copy must match exactly."""
    folder = tmp_path_factory.mktemp("clean")
    out = {}
    for name, data in FILES.items():
        path = folder / f"{name}.csv"
        path.write_bytes(data)
        ws.imports.import_orders(path, f"clean-{name}")
        out[name] = _orders(ws, f"clean-{name}")
    return out


def _orders(ws: Any, shop: str) -> dict[str, tuple[Any, ...]]:
    with ws.db.reader() as uow:
        s = uow.session
        shop_id = s.scalar(select(Shop.id).where(Shop.name == shop))
        rows = s.execute(
            select(
                Order.marketplace_order_id, Order.remote_updated_at, Order.ship_name, Order.ship_city, Order.total
            ).where(Order.shop_id == shop_id)
        ).all()
    return {r[0]: (r[1].microsecond if r[1] else None, r[2], r[3], r[4]) for r in rows}


def _lines(data: bytes) -> list[bytes]:
    return data.splitlines(keepends=True)


def outcome(ws: Any, tmp: Path, data: bytes) -> dict[str, tuple[Any, ...]] | None:
    """The orders imported from ``data`` into a new shop, or None when it was refused (nothing written)."""
    path = tmp / "damaged.csv"
    path.write_bytes(data)
    shop = f"shop-{next(_counter)}"
    with ws.db.reader() as uow:
        before = (
            uow.session.scalar(select(func.count(Order.id))),
            uow.session.scalar(select(func.count(AuditEvent.id))),
        )
    try:
        ws.imports.import_orders(path, shop)
    except InvalidInput as exc:
        with ws.db.reader() as uow:
            after = (
                uow.session.scalar(select(func.count(Order.id))),
                uow.session.scalar(select(func.count(AuditEvent.id))),
            )
            assert uow.session.scalar(select(Shop).where(Shop.name == shop)) is None
        assert after == before, "a refused file wrote something"
        if isinstance(exc, ImportRefused):
            assert exc.errors and all(e.row >= 0 for e in exc.errors)
        return None
    return _orders(ws, shop)


def assert_exact(got: dict[str, tuple[Any, ...]] | None, want: dict[str, tuple[Any, ...]]) -> None:
    if got is not None:
        assert got == want


@SLOW
@given(name=st.sampled_from(sorted(FILES)), where=st.integers(0, 10**9), quote=st.sampled_from([b'"', b'""', b'"x']))
def test_a_stray_quote(
    ws: Any, clean: Any, tmp_path_factory: pytest.TempPathFactory, name: str, where: int, quote: bytes
) -> None:
    data = FILES[name]
    at = where % len(data)
    assert_exact(outcome(ws, tmp_path_factory.mktemp("q"), data[:at] + quote + data[at:]), clean[name])


@SLOW
@given(name=st.sampled_from(sorted(FILES)), row=st.integers(1, 10**6), keep=st.floats(0.0, 0.99))
def test_a_short_row(
    ws: Any, clean: Any, tmp_path_factory: pytest.TempPathFactory, name: str, row: int, keep: float
) -> None:
    lines = _lines(FILES[name])
    i = 1 + row % (len(lines) - 1)
    sep = b"\t" if lines[0].count(b"\t") > lines[0].count(b",") else b","
    cells = lines[i].rstrip(b"\r\n").split(sep)
    lines[i] = sep.join(cells[: max(1, int(len(cells) * keep))]) + b"\n"
    got = outcome(ws, tmp_path_factory.mktemp("s"), b"".join(lines))
    assert got is None  # a row that lost cells is never read as a shorter address


@SLOW
@given(name=st.sampled_from(sorted(FILES)), cut=st.integers(0, 10**9))
def test_truncated_at_any_byte(
    ws: Any, clean: Any, tmp_path_factory: pytest.TempPathFactory, name: str, cut: int
) -> None:
    data = FILES[name]
    cut = cut % len(data)
    got = outcome(ws, tmp_path_factory.mktemp("t"), data[:cut])
    if got is None:
        return
    # Cut at the end of a row (or in a cell no format reads), the file is a shorter file: its
    # orders are the clean file's, but the last one may have lost whole item rows (nothing in
    # a CSV says more were coming).
    want = clean[name]
    last = list(got)[-1] if got else None
    assert set(got) <= set(want)
    assert {k: v for k, v in got.items() if k != last} == {k: want[k] for k in got if k != last}


@SLOW
@given(
    name=st.sampled_from(sorted(FILES)),
    row=st.integers(1, 10**6),
    other=st.sampled_from(["cp1252", "utf-8", "gb18030", "latin-1"]),
)
def test_a_row_saved_in_another_encoding(
    ws: Any, clean: Any, tmp_path_factory: pytest.TempPathFactory, name: str, row: int, other: str
) -> None:
    own = name.split("-")[1].replace("utf8", "utf-8")
    lines = _lines(FILES[name])
    i = 1 + row % (len(lines) - 1)
    try:
        lines[i] = lines[i].decode(own).encode(other)
    except UnicodeEncodeError:
        assume(False)  # "?" for what the encoding lacks is a different file, not a damaged one
    data = b"".join(lines)
    got = outcome(ws, tmp_path_factory.mktemp("e"), data)
    if data == FILES[name]:  # the row was ASCII, or the other encoding agrees on it
        assert got == clean[name]
    else:
        assert_exact(got, clean[name])


def test_a_mixed_file_is_refused_with_rows_and_bytes(ws: Any, tmp_path: Path) -> None:
    lines = _lines(FILES["amazon-utf8"])
    lines[4] = lines[4].decode().encode("cp1252", "replace")
    with pytest.raises(ImportRefused) as refused:
        ws.imports.import_orders(_write(tmp_path, b"".join(lines)), "mixed")
    rows = {e.row for e in refused.value.errors if e.row}
    assert rows == {5} and "byte " in str(refused.value.errors[1])


def _write(tmp: Path, data: bytes) -> Path:
    path = tmp / "f.csv"
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("keep", [10_000, 3])  # held in memory after the check, or read from the file again
def test_rows_of_an_order_apart_are_one_order_either_way(
    ws: Any, clean: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, keep: int
) -> None:
    from app.importing import files

    monkeypatch.setattr(files, "KEEP", keep)
    rows = list(csv.reader(io.StringIO(FILES["shopify-utf8"].decode(), newline="")))
    moved = rows.pop(2)  # #1001's second line item goes to the end of the file
    assert moved[0] == rows[1][0] == "#1001"
    out = io.StringIO()
    csv.writer(out).writerows([*rows, moved])
    shop = f"apart-{keep}"
    ws.imports.import_orders(_write(tmp_path, out.getvalue().encode()), shop)
    assert _orders(ws, shop) == clean["shopify-utf8"]


def test_a_file_changed_between_the_check_and_the_write_is_refused(
    ws: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.importing import files

    monkeypatch.setattr(files, "KEEP", 0)
    path = _write(tmp_path, FILES["amazon-utf8"])
    real = files.Checked.orders_again

    def edited_meanwhile(self: Any) -> Any:
        with path.open("ab") as f:
            f.write(_lines(FILES["amazon-utf8"])[1])
        return real(self)

    monkeypatch.setattr(files.Checked, "orders_again", edited_meanwhile)
    with pytest.raises(InvalidInput, match="changed while it was being"):
        ws.imports.import_orders(path, "changing")
    with ws.db.reader() as uow:
        assert uow.session.scalar(select(Shop).where(Shop.name == "changing")) is None
