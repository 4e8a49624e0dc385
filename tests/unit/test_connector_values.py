"""Marketplace times: every connector reads them the same way, and says so when it cannot."""

from __future__ import annotations

import datetime as dt

import pytest

from app.connectors.values import utc_time
from app.errors import RemoteRejected


def test_times_come_back_in_utc_and_a_time_without_a_zone_is_utc() -> None:
    assert utc_time("2025-03-01T10:20:30+08:00", "Shopify") == dt.datetime(2025, 3, 1, 2, 20, 30, tzinfo=dt.UTC)
    assert utc_time("2025-03-01T10:20:30", "WooCommerce") == dt.datetime(2025, 3, 1, 10, 20, 30, tzinfo=dt.UTC)
    assert utc_time("2025-03-01T10:20:30Z", "Amazon") == dt.datetime(2025, 3, 1, 10, 20, 30, tzinfo=dt.UTC)
    assert utc_time("", "eBay") is None and utc_time(None, "eBay") is None


def test_an_unreadable_time_is_the_marketplaces_fault_in_words() -> None:
    with pytest.raises(RemoteRejected, match="Amazon sent an unreadable time 'yesterday'"):
        utc_time("yesterday", "Amazon")
