"""The search rows db/bulk.py computes are the ones the triggers compute in SQL (issue #17)."""

from __future__ import annotations

import sqlite3

import pytest

from db import bulk, search

TEXTS = [
    "",
    "a",
    "112-1234567-1234567\x1fJane DOE\x1fB0@Marketplace.Amazon.com\x1fJane DOE\x1f",
    "张伟\x1f\x1e\x1f\x1f张伟\x1f",
    "José NÚÑEZ Ärger ß İstanbul ǅ\x1f",
    "emoji 😀👍🏽 mixed 中A文b\x1f",
    "x" * (search.POSITIONS + 5),
    "é" * (search.POSITIONS - 1) + "AB",
]


@pytest.mark.parametrize("t", TEXTS, ids=range(len(TEXTS)))
def test_grams_are_the_sql_grams(t: str) -> None:
    con = sqlite3.connect(":memory:")
    con.execute("CREATE TABLE search_positions (n INTEGER PRIMARY KEY)")
    con.executemany("INSERT INTO search_positions(n) VALUES (?)", [(n,) for n in range(1, search.POSITIONS + 1)])
    con.execute("CREATE TABLE t (v TEXT)")
    con.execute("INSERT INTO t VALUES (?)", (t,))
    want = con.execute(f"SELECT {search._grams('t.v')} FROM t").fetchone()[0]
    assert bulk.grams(t) == (want or "")


@pytest.mark.parametrize(
    "number,buyer,email,ship",
    [("1", "Ann", "a@x", "Ann"), ("2", "Ann", "", "Bob"), ("3", "", "", ""), ("4", "李娜", "b@x", "李娜")],
)
def test_own_is_the_sql_own(number: str, buyer: str, email: str, ship: str) -> None:
    con = sqlite3.connect(":memory:")
    con.execute("CREATE TABLE o (number, buyer_name, buyer_email, ship_name)")
    con.execute("INSERT INTO o VALUES (?, ?, ?, ?)", (number, buyer, email, ship))
    want = con.execute(f"SELECT {search._own('o')} FROM o").fetchone()[0]
    assert bulk.own(number, buyer, email, ship) == want
