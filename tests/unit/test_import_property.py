"""Whatever bytes arrive, the importer answers with a table, a report or one sentence: never a crash."""

from __future__ import annotations

import csv
import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.errors import InvalidInput
from app.importing import formats, samples
from app.importing.orders import parse
from app.importing.report import Errors
from app.importing.table import read_bytes


def _read_and_parse(data: bytes) -> None:
    try:
        table = read_bytes(data, "f.csv")
    except InvalidInput:
        return
    for fmt in (formats.AMAZON, formats.SHOPIFY, formats.mapped("m", formats.guess_mapping(table.headers))):
        errors = Errors()
        parse(table, fmt, errors)
        if errors:
            assert all(e.row >= 0 for e in errors.final())


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_never_crash(data: bytes) -> None:
    _read_and_parse(data)


cell = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(cell, max_size=12), max_size=12), st.sampled_from(["utf-8", "utf-16", "gb18030"]))
def test_arbitrary_rows_under_an_amazon_header_never_crash(rows: list[list[str]], codec: str) -> None:
    out = io.StringIO()
    w = csv.writer(out, delimiter="\t")
    w.writerow(samples.AMAZON_HEADER[:12])
    w.writerows(rows)
    try:
        data = out.getvalue().encode(codec)
    except UnicodeEncodeError:
        return
    _read_and_parse(data)
