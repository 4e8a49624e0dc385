"""A seller's file as a table: header names and rows numbered as a spreadsheet shows them.

Reads CSV (comma, semicolon or tab, sniffed from the header row) in any encoding
``app.importing.encoding`` knows, and XLSX through openpyxl. Binary garbage, an old
.xls and an empty file get a clear sentence, never a traceback.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import logging
from dataclasses import dataclass, field
from pathlib import Path

from app.errors import InvalidInput
from app.importing.encoding import decode
from app.importing.report import RowError

log = logging.getLogger(__name__)

MAX_CELL = 1_000_000  # characters; a longer cell is a missing quote, reported, not a crash
csv.field_size_limit(MAX_CELL * 10)

XLSX_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0"


@dataclass
class Table:
    headers: list[str]  # unique: a repeated name becomes "Name (2)"
    rows: list[tuple[int, list[str]]]  # (row number as the spreadsheet shows it, cells)
    encoding: str
    kind: str  # csv | xlsx
    delimiter: str = ","
    problems: list[RowError] = field(default_factory=list)
    total_rows: int = 0  # data rows in the file (rows may hold only the first N)

    def index(self, name: str) -> int | None:
        try:
            return self.headers.index(name)
        except ValueError:
            return None

    def lookup(self) -> dict[str, int]:
        """Header → column index, also by the header in lower case without spaces."""
        found: dict[str, int] = {}
        for i, h in enumerate(self.headers):
            found.setdefault(h, i)
            found.setdefault(_norm(h), i)
        return found


def _norm(name: str) -> str:
    return "".join(name.lower().split()).replace("_", "-")


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def unique_headers(raw: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for i, h in enumerate(raw):
        name = h.strip().lstrip("\ufeff").strip() or f"column {column_letter(i)}"
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return out


def read_file(path: Path | str, encoding: str | None = None, limit: int | None = None) -> Table:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"cannot read {path.name}: {exc.strerror or exc}") from None
    return read_bytes(data, path.name, encoding=encoding, limit=limit)


def read_bytes(data: bytes, filename: str, *, encoding: str | None = None, limit: int | None = None) -> Table:
    """The table in ``data``; ``limit`` keeps only the first N data rows (previews)."""
    if not data.strip():
        raise InvalidInput(f"{filename} is empty")
    if data.startswith(XLSX_MAGIC):
        return _read_xlsx(data, filename, limit)
    if data.startswith(OLE_MAGIC):
        raise InvalidInput(f"{filename} is an old Excel .xls file; save it as .xlsx or CSV and import that")
    text, used = decode(data, encoding)
    _refuse_binary(text, filename)
    return _read_csv(text, used, limit)


def _refuse_binary(text: str, filename: str) -> None:
    sample = text[:65536]
    bad = sum(1 for ch in sample if (ch < " " and ch not in "\t\r\n") or ch == "\ufffd")
    if "\x00" in sample or bad > max(3, len(sample) // 200):
        raise InvalidInput(f"{filename} does not look like a CSV, text or Excel file")


def sniff_delimiter(header_line: str) -> str:
    counts = {d: header_line.count(d) for d in ("\t", ",", ";", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _read_csv(text: str, encoding: str, limit: int | None) -> Table:
    first = text.split("\n", 1)[0]
    delimiter = sniff_delimiter(first)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    problems: list[RowError] = []
    rows: list[tuple[int, list[str]]] = []
    headers: list[str] = []
    total = 0
    number = 0
    try:
        for number, record in enumerate(reader, start=1):
            if number == 1:
                headers = unique_headers(record)
                continue
            if not record or not any(c.strip() for c in record):
                continue  # blank lines, trailing empty lines
            total += 1
            if limit is not None and len(rows) >= limit:
                continue
            rows.append((number, _fit(record, headers, number, problems)))
    except csv.Error as exc:
        problems.append(RowError(number + 1, "", f"cannot be read as CSV ({exc}); is a quote missing?"))
    if not headers:
        raise InvalidInput("the file has no header row")
    return Table(headers, rows, encoding, "csv", delimiter, problems, total)


def _fit(record: list[str], headers: list[str], number: int, problems: list[RowError]) -> list[str]:
    width = len(headers)
    if len(record) > width:
        extra = [c for c in record[width:] if c.strip()]
        if extra:
            problems.append(
                RowError(number, "", f"has {len(record)} cells but the header row has {width}; is a delimiter or quote wrong?")
            )
        return record[:width]
    if len(record) < width:
        return record + [""] * (width - len(record))
    return record


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


def _read_xlsx(data: bytes, filename: str, limit: int | None) -> Table:
    try:
        from openpyxl import load_workbook

        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - a damaged file of any kind is the user's to fix
        log.info("cannot open %s as xlsx: %s", filename, exc)
        raise InvalidInput(f"{filename} is not a readable Excel (.xlsx) file") from None
    try:
        sheet = book.active
        if sheet is None:
            raise InvalidInput(f"{filename} has no worksheet")
        problems: list[RowError] = []
        rows: list[tuple[int, list[str]]] = []
        headers: list[str] = []
        total = 0
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = [_cell(v) for v in values]
            if number == 1:
                while cells and not cells[-1].strip():
                    cells.pop()
                headers = unique_headers(cells)
                continue
            if not any(c.strip() for c in cells):
                continue
            total += 1
            if limit is not None and len(rows) >= limit:
                continue
            rows.append((number, _fit(cells, headers, number, problems)))
    finally:
        book.close()
    if not headers:
        raise InvalidInput(f"{filename} has no header row")
    return Table(headers, rows, "xlsx", "xlsx", "", problems, total)
