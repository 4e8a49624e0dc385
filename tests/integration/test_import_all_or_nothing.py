"""Property: a file with any mix of good and broken rows is imported whole or not at all."""

from __future__ import annotations

import csv
import io
import itertools
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.bootstrap import build
from app.errors import InvalidInput
from app.importing import samples
from app.settings import Settings
from db.models import AuditEvent, Order, Shop

_counter = itertools.count()

CORRUPTIONS = {
    "quantity-to-ship": ["0", "-1", "1.5", "lots", ""],
    "item-price": ["12,34,5x", "NaN", "€€"],
    "ship-country": ["XX", "Narnia", "U"],
    "purchase-date": ["yesterday", "2024-02-30"],
    "sku": ["", "S" * 101],
    "recipient-name": ["Someone Else"],  # disagrees with the order's other rows
    "order-id": [""],
}


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Any:
    folder = tmp_path_factory.mktemp("aon")
    w = build(Settings(db_url=f"sqlite:///{folder / 'x.db'}", data_dir=folder))
    yield w
    w.close()


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(
    orders=st.integers(min_value=1, max_value=25),
    corrupt=st.lists(
        st.tuples(st.integers(min_value=0, max_value=60), st.sampled_from(sorted(CORRUPTIONS)), st.integers(0, 4)),
        max_size=3,
    ),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "gb18030"]),
)
def test_all_orders_of_the_file_or_none(
    ws: Any, tmp_path_factory: pytest.TempPathFactory, orders: int, corrupt: list[tuple[int, str, int]], encoding: str
) -> None:
    rows = list(csv.reader(io.StringIO(samples.amazon_report(orders, chinese=True), newline=""), delimiter="\t"))
    head = rows[0]
    for index, column, choice in corrupt:
        data_row = 1 + index % (len(rows) - 1)
        options = CORRUPTIONS[column]
        rows[data_row][head.index(column)] = options[choice % len(options)]
    out = io.StringIO()
    csv.writer(out, delimiter="\t").writerows(rows)
    path = tmp_path_factory.mktemp("f") / "report.txt"
    path.write_bytes(out.getvalue().encode(encoding))
    shop = f"shop-{next(_counter)}"

    with ws.db.reader() as uow:
        audit_before = uow.session.scalar(select(func.count(AuditEvent.id)))
    try:
        result = ws.imports.import_orders(path, shop)
    except InvalidInput:
        result = None
    with ws.db.reader() as uow:
        s = uow.session
        shop_row = s.scalar(select(Shop).where(Shop.name == shop))
        n = s.scalar(select(func.count(Order.id)).where(Order.shop_id == shop_row.id)) if shop_row else 0
        audit_after = s.scalar(select(func.count(AuditEvent.id)))
    ids = {r[0] for r in rows[1:] if r[0]}
    if result is None:
        assert shop_row is None and n == 0 and audit_after == audit_before
    else:
        assert n == len(ids) == result.new
