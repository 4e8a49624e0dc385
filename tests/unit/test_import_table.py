"""Files as sellers really have them: quoted newlines, BOMs, ragged rows, garbage."""

from __future__ import annotations

import io

import pytest

from app.errors import InvalidInput
from app.importing.table import read_bytes


def test_rows_are_numbered_as_a_spreadsheet_shows_them_even_with_quoted_newlines() -> None:
    data = b'Name,Notes,Qty\r\n#1,"leave at door,\r\nring twice",1\r\n\r\n#2,"say ""hi""",2\r\n\r\n\r\n'
    t = read_bytes(data, "x.csv")
    assert t.headers == ["Name", "Notes", "Qty"]
    assert t.rows == [(2, ["#1", "leave at door,\r\nring twice", "1"]), (4, ["#2", 'say "hi"', "2"])]
    assert t.total_rows == 2


def test_a_bom_does_not_stick_to_the_first_header() -> None:
    t = read_bytes("\ufefforder-id\tsku\n1\tA\n".encode("utf-8-sig"), "x.txt")
    assert t.headers[0] == "order-id"
    assert t.delimiter == "\t"


def test_semicolon_files_from_european_excel() -> None:
    t = read_bytes("sku;name;price\nA;Tasse;12,50\n".encode("cp1252"), "x.csv")
    assert t.rows[0][1] == ["A", "Tasse", "12,50"]


def test_a_short_row_is_an_error_and_a_long_one_too_unless_its_extra_cells_are_blank() -> None:
    t = read_bytes(b"a,b,c\n1,2\n1,2,3,,\n1,2,3,4\n", "x.csv")
    assert t.rows[1][1] == ["1", "2", "3"]  # trailing empty cells: harmless
    assert [(p.row, p.problem.split(" cells")[0]) for p in t.problems] == [(2, "has 2"), (4, "has 4")]


def test_a_file_cut_mid_row_is_refused_not_read_as_a_shorter_address() -> None:
    t = read_bytes(b"order,name,street,city,postcode\n1,Ana,Calle Mayor 5,Madrid,28013\n2,Luis,Calle Ma", "x.csv")
    assert [p.row for p in t.problems] == [3]


def test_duplicate_header_names_stay_apart() -> None:
    t = read_bytes(b"Address,Address,,City\n1,2,3,4\n", "x.csv")
    assert t.headers == ["Address", "Address (2)", "column C", "City"]


def test_a_huge_field_is_read_not_a_crash() -> None:
    big = "x" * 500_000
    t = read_bytes(f"a,b\n1,{big}\n".encode(), "x.csv")
    assert len(t.rows[0][1][1]) == 500_000


def test_an_unclosed_quote_is_a_report_not_a_crash() -> None:
    t = read_bytes(b'a,b\n1,"open\n2,3\n', "x.csv")
    assert t.headers == ["a", "b"]  # the rest of the file became one cell, or a reported problem


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "is empty"),
        (b"  \n\n", "is empty"),
        (bytes(range(256)) * 20, "does not look like"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "old Excel .xls"),
        (b"PK\x03\x04garbage", "not a readable Excel"),
    ],
)
def test_files_that_are_not_tables_get_one_clear_sentence(data: bytes, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        read_bytes(data, "x.csv")


def test_xlsx_first_sheet_with_numbers_and_dates() -> None:
    import datetime as dt

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Order", "Date", "Qty", "Price", "Zip"])
    sheet.append(["A-1", dt.datetime(2024, 3, 1, 10, 20), 2, 12.5, "02134"])
    sheet.append([None, None, None, None, None])
    sheet.append(["A-2", dt.datetime(2024, 3, 2), 1.0, 3, 2134])
    buf = io.BytesIO()
    book.save(buf)
    t = read_bytes(buf.getvalue(), "x.xlsx")
    assert t.encoding == "xlsx"
    assert t.rows == [
        (2, ["A-1", "2024-03-01T10:20:00", "2", "12.5", "02134"]),
        (4, ["A-2", "2024-03-02T00:00:00", "1", "3", "2134"]),
    ]
