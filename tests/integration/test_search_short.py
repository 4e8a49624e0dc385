"""One- and two-character search (张伟, 李娜, short SKUs) — and longer pieces: exactly the orders a LIKE scan finds, newest first.

Real SQLite files and the real PostgreSQL; a few thousand random Chinese, Japanese and Latin
orders, then changed (names, tracking numbers, parcels deleted) so the index must follow.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import delete, select, text, update

from app.bootstrap import build
from app.cli.demo import seed
from app.settings import Settings
from app.workstation import Workstation
from db import search as search_index
from db.models import Order, OrderLine, Parcel

SURNAMES = "张王李赵刘陈杨黄周吴佐藤鈴木高橋田中"
GIVEN = "伟娜芳敏静丽强磊军洋勇艳杰涛明超秀英华さくらはるとゆい"
LATIN = "abcdefghijklmnopqrstuvwxyz0123456789-"
ORDERS = 2_500


@pytest.fixture
def ws(db_url: str, tmp_path: Path) -> Iterator[Workstation]:
    ws = build(Settings(db_url=db_url, data_dir=tmp_path / "data", station="bench-1", user="alice"))
    seed(ws, "http://127.0.0.1:9")  # shops and accounts only: nothing is pulled
    try:
        yield ws
    finally:
        ws.close()


def _name(rng: random.Random) -> str:
    if rng.random() < 0.6:
        return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.randint(1, 2)))
    return "".join(rng.choice(LATIN[:26]) for _ in range(rng.randint(3, 7))).title()


def _fill(ws: Workstation, rng: random.Random) -> None:
    with ws.db.uow() as uow:
        shop_id = uow.session.scalars(select(text("id")).select_from(text("shops"))).first()
        for i in range(ORDERS):
            buyer = _name(rng)
            order = Order(
                shop_id=shop_id,
                marketplace_order_id=f"M{i}",
                number=f"{rng.randint(100, 999)}-{i:05d}",
                buyer_name=buyer,
                ship_name=buyer if rng.random() < 0.7 else _name(rng),
                buyer_email=f"{rng.choice(LATIN[:26])}{i}@example.com" if rng.random() < 0.5 else "",
            )
            order.lines = [
                OrderLine(
                    remote_line_id=f"L{i}-{k}",
                    sku="".join(rng.choice(LATIN) for _ in range(rng.randint(2, 5))).upper(),
                    title=rng.choice(["茶杯", "マグカップ", "Mug", "Teapot 茶壶", ""]),
                    quantity=1,
                    unit_price=1,
                )
                for k in range(rng.randint(1, 2))
            ]
            uow.session.add(order)
            uow.session.flush()
            if rng.random() < 0.8:
                tracking = f"LP{rng.randint(0, 10**8):08d}CN" if rng.random() < 0.5 else None
                uow.session.add(Parcel(number=f"P{i:06d}", order_id=order.id, tracking_number=tracking))
        uow.commit()


def _like_scan(ws: Workstation, query: str) -> list[int]:
    """The truth: every searchable field scanned with LIKE (case folded both sides), newest first."""
    pattern = "%" + query.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    fields = (
        [("orders", "id", c) for c in ("number", "buyer_name", "buyer_email", "ship_name")]
        + [("order_lines", "order_id", c) for c in ("sku", "title")]
        + [("parcels", "order_id", c) for c in ("number", "tracking_number")]
    )
    union = " UNION ".join(
        f"SELECT {oid} AS id FROM {table} WHERE lower({column}) LIKE :p ESCAPE '\\'" for table, oid, column in fields
    )
    with ws.db.reader() as uow:
        return list(uow.session.scalars(text(f"SELECT id FROM ({union}) t ORDER BY id DESC"), {"p": pattern}))


def _queries(ws: Workstation, rng: random.Random) -> list[str]:
    with ws.db.reader() as uow:
        texts = [
            t
            for row in uow.session.execute(
                text(
                    "SELECT o.number, o.buyer_name, o.ship_name, l.sku FROM orders o JOIN order_lines l ON l.order_id = o.id"
                )
            )
            for t in row
        ]
    picked = {t[i : i + n] for t in rng.sample(texts, 60) for n in (1, 2) for i in range(len(t) - n + 1)}
    # and some longer pieces (PostgreSQL reads a common one newest first, a rare one through pg_trgm)
    picked |= {t[i : i + 4] for t in rng.sample(texts, 8) for i in range(0, max(0, len(t) - 3), 3)}
    picked |= {"@example.com", "ample", "00-", "Mug", "茶杯"}
    picked = {q for q in picked if q.strip() == q and q}
    return sorted(picked) + ["张伟", "李娜", "鈴木", "ゆい", "a", "Z9", "q-", "伟张", "ぁ", "@e"]


def test_short_queries_find_exactly_what_a_like_scan_finds(ws: Workstation) -> None:
    rng = random.Random(15)
    _fill(ws, rng)
    queries = _queries(ws, rng)
    assert len(queries) > 100
    for query in queries:
        truth = _like_scan(ws, query)
        found = [h.order_id for h in ws.queues.search(query, limit=ORDERS)]
        assert found == truth, query
        assert [h.order_id for h in ws.queues.search(query, limit=5)] == truth[:5], query
    if ws.db.engine.dialect.name == "postgresql":
        # With statistics in (autovacuum's ANALYZE), a common character is read newest
        # rows first, in windows, instead of through its grams index: the same orders come back.
        with ws.db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("ANALYZE")
        search_index._stats_read_at = 0.0
        with ws.db.reader() as uow:
            shares = search_index._pg_gram_shares(uow.session)["orders"]
        assert shares["@"] > 0.3 and shares["a"] > 0.3, shares  # so limit=5 reads newest first
        for query in queries:
            truth = _like_scan(ws, query)
            assert [h.order_id for h in ws.queues.search(query, limit=ORDERS)] == truth, query
            assert [h.order_id for h in ws.queues.search(query, limit=5)] == truth[:5], query
    # the index follows changes: names, tracking numbers, parcels gone
    with ws.db.uow() as uow:
        uow.session.execute(update(Order).where(Order.id % 7 == 0).values(ship_name="张伟", buyer_name="李娜"))
        uow.session.execute(update(Parcel).where(Parcel.id % 5 == 0).values(tracking_number="ZZ1"))
        uow.session.execute(delete(Parcel).where(Parcel.id % 11 == 0))
        uow.commit()
    for query in ["张伟", "张", "李娜", "伟", "ZZ", "Z", "P0", *rng.sample(queries, 40)]:
        truth = _like_scan(ws, query)
        assert [h.order_id for h in ws.queues.search(query, limit=ORDERS)] == truth, query
    if ws.db.engine.dialect.name == "sqlite":
        with ws.db.engine.begin() as conn:  # the contentless index agrees with itself after the deletes
            conn.exec_driver_sql("INSERT INTO search_short(search_short, rank) VALUES ('integrity-check', 0)")


def test_a_two_character_name_says_where_it_matched(ws: Workstation) -> None:
    with ws.db.uow() as uow:
        shop_id = uow.session.scalars(select(text("id")).select_from(text("shops"))).first()
        uow.session.add_all(
            [
                Order(shop_id=shop_id, marketplace_order_id="A", number="CN-1", buyer_name="张伟", ship_name="张伟"),
                Order(shop_id=shop_id, marketplace_order_id="B", number="CN-2", buyer_name="x", ship_name="李娜"),
                Order(shop_id=shop_id, marketplace_order_id="C", number="CN-3", buyer_name="王张伟", ship_name="y"),
            ]
        )
        uow.commit()
    assert [(h.number, h.matched) for h in ws.queues.search("张伟")] == [
        ("CN-3", [("buyer", "王张伟")]),
        ("CN-1", [("buyer", "张伟"), ("recipient", "张伟")]),
    ]
    assert [h.number for h in ws.queues.search("娜")] == ["CN-2"]
    assert [h.number for h in ws.queues.search("cn")] == ["CN-3", "CN-2", "CN-1"]
    assert ws.queues.search("伟李") == []
