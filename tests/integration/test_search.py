"""One search box over orders, on SQLite (FTS5 trigram) and PostgreSQL (pg_trgm), kept in step by the database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from app.bootstrap import build
from app.cli.demo import seed
from app.settings import Settings
from app.workstation import Workstation
from db.models import Order, OrderLine, Parcel


@pytest.fixture
def ws(db_url: str, simulator, tmp_path: Path) -> Iterator[Workstation]:  # type: ignore[no-untyped-def]
    ws = build(Settings(db_url=db_url, data_dir=tmp_path / "data", station="bench-1", user="alice"))
    seed(ws, simulator.url)
    ws.sync.pull()
    try:
        yield ws
    finally:
        ws.close()


def _order(ws: Workstation, **where: str) -> tuple[int, str, str, str]:
    with ws.db.reader() as uow:
        o = uow.session.scalars(select(Order).filter_by(**where).order_by(Order.id)).first()
        assert o is not None
        return o.id, o.number, o.ship_name, o.buyer_email


def _fields(ws: Workstation, text: str, order_id: int) -> list[str]:
    return [f for hit in ws.queues.search(text) if hit.order_id == order_id for f, _v in hit.matched]


def test_each_field_is_found_by_prefix_and_substring(ws: Workstation) -> None:
    oid, number, name, email = _order(ws, ship_country="DE")
    with ws.db.reader() as uow:
        line = uow.session.scalars(select(OrderLine).where(OrderLine.order_id == oid)).first()
        assert line is not None
        sku, title = line.sku, line.title
    assert "order number" in _fields(ws, number, oid)
    assert "order number" in _fields(ws, number[:7], oid)  # prefix
    assert "order number" in _fields(ws, number[5:12], oid)  # substring
    assert "recipient" in _fields(ws, name[1:5].lower(), oid)  # any case
    assert "buyer e-mail" in _fields(ws, email.split("@")[0][2:], oid)
    assert "SKU" in _fields(ws, sku, oid) and "SKU" in _fields(ws, sku[1:5], oid)
    assert "product" in _fields(ws, title.split()[0][:4], oid)
    hits = ws.queues.search(number)
    assert hits[0].number == number and hits[0].matched[0] == ("order number", number)


def test_results_are_newest_first_limited_and_say_what_matched(ws: Workstation) -> None:
    hits = ws.queues.search("MUG")
    ids = [h.order_id for h in hits]
    assert len(ids) > 5 and ids == sorted(ids, reverse=True) and len(set(ids)) == len(ids)
    assert all(any(f == "SKU" and "MUG" in v for f, v in h.matched) for h in hits)
    assert len(ws.queues.search("MUG", limit=3)) == 3
    assert ws.queues.search("zzqxj") == [] and ws.queues.search("  ") == []


def test_the_index_follows_changes_and_tracking_numbers_assigned_later(ws: Workstation) -> None:
    oid, _number, name, _email = _order(ws, ship_country="FR")
    ws.orders.approve([oid])
    with ws.db.uow() as uow:
        parcel = uow.session.scalars(select(Parcel).where(Parcel.order_id == oid)).one()
        parcel_number = parcel.number
        parcel.tracking_number = "LX123456785CN"
        order = uow.session.get(Order, oid)
        assert order is not None
        order.ship_name = "Quentin Zabrowski"
        uow.commit()
    assert _fields(ws, "123456785", oid) == ["tracking number"]
    assert _fields(ws, parcel_number, oid) == ["parcel"]
    assert _fields(ws, "Zabrow", oid) == ["recipient"]
    assert "recipient" not in _fields(ws, name, oid)  # the old name is gone from the index
    with ws.db.uow() as uow:
        uow.session.get(
            Parcel, uow.session.scalars(select(Parcel.id).where(Parcel.order_id == oid)).one()
        ).tracking_number = "LX999999995CN"  # type: ignore[union-attr]
        uow.commit()
    assert _fields(ws, "123456785", oid) == [] and _fields(ws, "99999999", oid) == ["tracking number"]


def test_short_text_finds_pieces_too(ws: Workstation) -> None:
    hits = ws.queues.search("MU")  # two characters: a piece of any field, as three or more are
    assert hits and all(any("mu" in v.lower() for _f, v in h.matched) for h in hits)
    with ws.db.uow() as uow:
        order = uow.session.scalars(select(Order).order_by(Order.id)).first()
        assert order is not None
        order.number = "Q7"
        oid = order.id
        uow.commit()
    assert [(h.order_id, h.matched) for h in ws.queues.search("Q7")] == [(oid, [("order number", "Q7")])]


def test_a_whole_name_with_its_space_and_new_line_texts_are_found(ws: Workstation) -> None:
    oid, _number, name, _email = _order(ws, ship_country="DE")
    assert " " in name and "recipient" in _fields(ws, name.upper(), oid)
    with ws.db.uow() as uow:
        order = uow.session.get(Order, oid)
        assert order is not None
        order.buyer_name = order.ship_name = "Wilhelmina Quist"  # the buyer is the recipient
        uow.commit()
    assert _fields(ws, "helmina q", oid) == ["buyer", "recipient"]
    with ws.db.uow() as uow:
        order = uow.session.get(Order, oid)
        assert order is not None
        order.ship_name = "Pia_50%\\Ölund"  # LIKE's wildcards and escape are plain text here
        uow.commit()
    assert _fields(ws, "a_50%\\ö", oid) == ["recipient"] and _fields(ws, "A_50%", oid) == ["recipient"]
    assert _fields(ws, "a-50", oid) == [] and _fields(ws, "pia%", oid) == []
    with ws.db.uow() as uow:
        line = uow.session.scalars(select(OrderLine).where(OrderLine.order_id == oid)).first()
        assert line is not None
        line.sku, line.title = "ZX-SPECTRUM-48K", "Rubber keyboard cover, grey"
        uow.commit()
    assert _fields(ws, "spectrum-4", oid) == ["SKU"]
    assert _fields(ws, "keyboard cov", oid) == ["product"]
    assert [h.order_id for h in ws.queues.search("keyboard cov")] == [oid]


def test_a_second_parcel_is_found_and_leaves_the_index_when_deleted(ws: Workstation) -> None:
    oid, number, _name, _email = _order(ws, ship_country="FR")
    with ws.db.uow() as uow:
        uow.session.add(Parcel(number="PX-77001", order_id=oid, tracking_number="LX555000111CN"))
        uow.commit()
    assert _fields(ws, "555000111", oid) == ["tracking number"] and _fields(ws, "x-7700", oid) == ["parcel"]
    with ws.db.uow() as uow:
        uow.session.delete(uow.session.scalars(select(Parcel).where(Parcel.number == "PX-77001")).one())
        uow.commit()
    assert ws.queues.search("555000111") == [] and "order number" in _fields(ws, number, oid)


def test_many_matching_products_give_the_same_answer_by_either_way(
    ws: Workstation, monkeypatch: pytest.MonkeyPatch
) -> None:
    from db import search as index

    every_way = [(h.order_id, h.matched) for h in ws.queues.search("MUG", limit=7)]
    monkeypatch.setattr(index, "PER_VALUE", 0)  # many matched values: lines scanned newest first instead
    assert [(h.order_id, h.matched) for h in ws.queues.search("MUG", limit=7)] == every_way


def test_lost_triggers_are_put_back_and_the_first_version_is_rebuilt(db_url: str, ws: Workstation) -> None:
    if not db_url.startswith("sqlite"):
        pytest.skip("SQLite keeps the index with triggers")
    from db import search as index

    oid, number, _name, _email = _order(ws, ship_country="DE")
    with ws.db.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER search_orders_au")
        conn.exec_driver_sql("DROP INDEX ix_search_lines_sku")
        assert index.needs_repair(conn) and index.ensure_sqlite(conn, refill=False)
        assert not index.needs_repair(conn)
        conn.exec_driver_sql("CREATE VIRTUAL TABLE search_terms USING fts5(value, tokenize = 'trigram')")
        assert index.needs_repair(conn) and index.ensure_sqlite(conn)
        names = set(conn.exec_driver_sql("SELECT name FROM sqlite_master").scalars())
        assert "search_terms" not in names and set(index.TRIGGERS + index.INDEXES) <= names
    with ws.db.uow() as uow:
        order = uow.session.get(Order, oid)
        assert order is not None
        order.ship_name = "Ottilie Quarzbrunn"
        uow.commit()
    assert _fields(ws, "quarzbr", oid) == ["recipient"] and "order number" in _fields(ws, number, oid)
