"""Inbound pulls: every page, upserted, a cursor per shop that moves only with a committed page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.bootstrap import build
from app.cli.demo import seed
from app.settings import Settings
from app.simulator import Simulator
from app.simulator.errors import ApiError
from db.models import Order, Shop


def order_count(ws) -> int:  # type: ignore[no-untyped-def]
    with ws.db.reader() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(Order)) or 0)


def test_ten_thousand_orders_pulled_twice_are_ten_thousand_orders(tmp_path: Path) -> None:
    with Simulator(order_count=10_000) as sim:
        ws = build(Settings(db_url=f"sqlite:///{tmp_path / 'x.db'}", data_dir=tmp_path / "data"))
        try:
            seed(ws, sim.url)
            first = ws.sync.pull()["Demo Marketplace"]
            assert first["ok"] and first["new"] == 10_000
            assert order_count(ws) == 10_000
            with ws.db.uow() as uow:  # forget the cursor: the whole window overlaps
                uow.session.scalar(select(Shop)).pull_cursor = None  # type: ignore[union-attr]
                uow.commit()
            second = ws.sync.pull()["Demo Marketplace"]
            assert second["ok"] and second["new"] == 0 and second["unchanged"] == 10_000
            assert order_count(ws) == 10_000
        finally:
            ws.close()


def test_a_pull_cut_off_mid_way_keeps_the_committed_pages_and_resumes(db_url: str, tmp_path: Path) -> None:
    with Simulator(order_count=450) as sim:
        ws = build(Settings(db_url=db_url, data_dir=tmp_path / "data"))
        try:
            seed(ws, sim.url)
            pages = {"n": 0}

            def third_page_fails(request) -> None:  # type: ignore[no-untyped-def]
                if request.path == "/mp/orders":
                    pages["n"] += 1
                    if pages["n"] == 3:
                        raise ApiError(503, "unavailable", "down for maintenance (simulated)")

            sim.on_request = third_page_fails
            report = ws.sync.pull()["Demo Marketplace"]
            assert report["ok"] is False and "503" in report["error"]
            assert order_count(ws) == 200  # two pages of 100 committed, with their cursor
            with ws.db.reader() as uow:
                shop = uow.session.scalar(select(Shop))
                assert shop is not None and shop.last_pull_error and shop.pull_cursor
                cursor = dt.datetime.fromisoformat(shop.pull_cursor)
                newest = uow.session.scalar(select(func.max(Order.remote_updated_at)))
            assert newest is not None
            assert cursor == (newest if newest.tzinfo else newest.replace(tzinfo=dt.UTC))
            sim.on_request = None
            again = ws.sync.pull()["Demo Marketplace"]
            assert again["ok"] and again["new"] == 250
            assert order_count(ws) == 450
            assert ws.sync.sync_overview()[0].online is True
        finally:
            ws.close()


@pytest.mark.parametrize("pages_in_order", [False])
def test_a_connector_with_unordered_pages_moves_its_cursor_only_at_the_end(
    pages_in_order: bool, tmp_path: Path
) -> None:
    from app import sync
    from app.connectors.simulator import SimulatorMarketplace

    with Simulator(order_count=250) as sim:
        ws = build(Settings(db_url=f"sqlite:///{tmp_path / 'x.db'}", data_dir=tmp_path / "data"))
        try:
            seed(ws, sim.url)
            connector = SimulatorMarketplace(sim.url)
            connector.pages_in_update_order = pages_in_order  # type: ignore[attr-defined]
            calls = {"n": 0}

            def second_page_fails(request) -> None:  # type: ignore[no-untyped-def]
                if request.path == "/mp/orders":
                    calls["n"] += 1
                    if calls["n"] == 3:
                        raise ApiError(503, "unavailable", "down (simulated)")

            sim.on_request = second_page_fails
            with pytest.raises(Exception, match="503"):
                sync.pull_shop(ws.db, 1, connector, ws.actor)
            with ws.db.reader() as uow:
                assert uow.session.get(Shop, 1).pull_cursor is None  # type: ignore[union-attr]
            sim.on_request = None
            stats = sync.pull_shop(ws.db, 1, connector, ws.actor)
            assert order_count(ws) == 250 and stats.new + stats.unchanged == 250
            with ws.db.reader() as uow:
                assert uow.session.get(Shop, 1).pull_cursor is not None  # type: ignore[union-attr]
        finally:
            ws.close()
