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
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from app.errors import InvalidInput
from app.exports import unsafe_cell
from app.importing import source
from app.importing.encoding import codec_for
from app.importing.report import Errors, RowError
from app.messages import Message

log = logging.getLogger(__name__)

MAX_CELL = 1_000_000  # characters; a longer cell is a missing quote, reported, not a crash
csv.field_size_limit(MAX_CELL * 10)
MAX_TABLE_BYTES = 64 << 20  # a table read whole (products, pairings, stock counts); order files stream


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
        return header_lookup(self.headers)


def header_lookup(headers: list[str]) -> dict[str, int]:
    """Header → column index, also by the header in lower case without spaces."""
    found: dict[str, int] = {}
    for i, h in enumerate(headers):
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


def read_file(
    path: Path | str, encoding: str | None = None, limit: int | None = None, filename: str | None = None
) -> Table:
    """The table in the file at ``path``; ``limit`` keeps only the first N data rows (previews)."""
    stream = open_table(path, encoding=encoding, filename=filename)
    if limit is None and stream.scanned.size > MAX_TABLE_BYTES:
        raise InvalidInput(
            f"{stream.filename} is {stream.scanned.size >> 20} MB; a products, pairings or stock file "
            f"is read whole and may be at most {MAX_TABLE_BYTES >> 20} MB: split it"
        )
    rows: list[tuple[int, list[str]]] = []
    for number, cells in stream.rows():
        if limit is None or len(rows) < limit:
            rows.append((number, cells))
    return Table(
        stream.headers, rows, stream.encoding, stream.kind, stream.delimiter, stream.problems.final(), stream.total_rows
    )


def read_bytes(data: bytes, filename: str, *, encoding: str | None = None, limit: int | None = None) -> Table:
    """:func:`read_file` for bytes in memory (tests, small uploads)."""
    with tempfile.TemporaryDirectory(prefix="shipbench-table-") as tmp:
        path = Path(tmp) / "table"
        path.write_bytes(data)
        return read_file(path, encoding=encoding, limit=limit, filename=filename)


def open_table(path: Path | str, *, encoding: str | None = None, filename: str | None = None) -> TableFile:
    """The file checked whole (``source.scan``) and its header row read; the rows stream from disk."""
    scanned = source.scan(path, filename, encoding)
    name = filename or Path(path).name
    stream = TableFile(scanned, name)
    stream.read_headers()
    return stream


@dataclass
class TableFile:
    """A table read row by row from disk, as many times as needed, in bounded memory.

    ``problems`` collects rows that cannot be read (short rows, a broken quote), capped as
    every report is; ``total_rows`` is known after a full pass of :meth:`rows`.
    """

    scanned: source.Scanned
    filename: str
    headers: list[str] = field(default_factory=list)
    delimiter: str = ","
    problems: Errors = field(default_factory=Errors)
    total_rows: int = 0

    @property
    def encoding(self) -> str:
        return self.scanned.encoding

    @property
    def kind(self) -> str:
        return self.scanned.kind

    def lookup(self) -> dict[str, int]:
        return header_lookup(self.headers)

    def read_headers(self) -> None:
        for _ in self._records(headers_only=True):
            break
        if not self.headers:
            raise InvalidInput(
                Message("has_no_header_row", {"filename": self.filename})
                if self.kind == "xlsx"
                else Message("file_has_no_header_row")
            )

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """(row number as a spreadsheet shows it, cells) of every data row; problems go to ``problems``."""
        self.problems.clear()
        self.total_rows = 0
        for number, cells in self._records():
            self.total_rows += 1
            yield number, cells
        if not self.scanned.unchanged():
            raise InvalidInput(f"{self.filename} changed while it was being read; import it again")

    def _records(self, headers_only: bool = False) -> Iterator[tuple[int, list[str]]]:
        if not self.scanned.unchanged():
            raise InvalidInput(f"{self.filename} changed while it was being read; import it again")
        if self.kind == "xlsx":
            yield from self._xlsx(headers_only)
        else:
            yield from self._csv(headers_only)

    def _csv(self, headers_only: bool) -> Iterator[tuple[int, list[str]]]:
        codec = codec_for(self.encoding)
        try:
            raw = self.scanned.path.open("rb")
        except OSError as exc:
            raise InvalidInput(
                Message("cannot_read", {"filename": self.filename, "value": exc.strerror or exc})
            ) from None
        with raw, io.TextIOWrapper(raw, encoding=codec, errors="strict", newline="") as text:
            first = text.readline()
            self.delimiter = sniff_delimiter(first)
            text.seek(0)
            pending: list[str] = []  # the lines of the record being read

            def lines() -> Iterator[str]:
                for line in text:
                    pending.append(line)
                    yield line

            reader = csv.reader(lines(), delimiter=self.delimiter, strict=True)
            number = 0
            try:
                for number, record in enumerate(reader, start=1):
                    if any('"' in line for line in pending):
                        column = _stray_quote(record, "".join(pending))
                        if column is not None:
                            self.problems.add(
                                number,
                                self.headers[column] if column < len(self.headers) else "",
                                'a quote (") inside a cell that is not in quotes; is a quote stray?',
                            )
                    pending.clear()
                    if number == 1:
                        self.headers = unique_headers(record)
                        if headers_only:
                            return
                        continue
                    if not record or not any(c.strip() for c in record):
                        continue  # blank lines, trailing empty lines
                    yield number, _fit(record, self.headers, number, self.problems)
            except csv.Error as exc:
                self.problems.add(number + 1, "", Message("cannot_read_as_csv_quote", {"error": exc}))
            except UnicodeDecodeError:  # the scan said it decodes: the file changed since
                raise InvalidInput(f"{self.filename} changed while it was being read; import it again") from None

    def _xlsx(self, headers_only: bool) -> Iterator[tuple[int, list[str]]]:
        try:
            from openpyxl import load_workbook

            handle = self.scanned.path.open("rb")  # a handle: openpyxl would judge a path by its suffix
            book = load_workbook(handle, read_only=True, data_only=True)
        except Exception as exc:  # noqa: BLE001 - a damaged file of any kind is the user's to fix
            log.info("cannot open %s as xlsx: %s", self.filename, exc)
            raise InvalidInput(Message("not_readable_excel_xlsx_file", {"filename": self.filename})) from None
        try:
            sheet = book.active
            if sheet is None:
                raise InvalidInput(Message("has_no_worksheet", {"filename": self.filename}))
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                cells = [_cell(v) for v in values]
                if number == 1:
                    while cells and not cells[-1].strip():
                        cells.pop()
                    self.headers = unique_headers(cells)
                    if headers_only:
                        return
                    continue
                if not any(c.strip() for c in cells):
                    continue
                yield number, _fit(cells, self.headers, number, self.problems)
        except InvalidInput:
            raise
        except Exception as exc:  # noqa: BLE001 - a sheet damaged past its first rows
            log.info("cannot read %s as xlsx: %s", self.filename, exc)
            raise InvalidInput(Message("not_readable_excel_xlsx_file", {"filename": self.filename})) from None
        finally:
            book.close()
            handle.close()


def sniff_delimiter(header_line: str) -> str:
    counts = {d: header_line.count(d) for d in ("\t", ",", ";", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _stray_quote(record: list[str], raw: str) -> int | None:
    """The first cell whose quote is not CSV quoting (``Spr"ingfield``, not ``"say ""hi"" twice"``), if any.

    Python's reader keeps such a quote as text; a seller's file only has one when a
    quote went astray, and the cell (and maybe the next rows) would be read wrong.
    """
    for i, cell in enumerate(record):
        if '"' in cell and f'"{cell.replace(chr(34), chr(34) * 2)}"' not in raw:
            return i
    return None


def _fit(record: list[str], headers: list[str], number: int, problems: Errors) -> list[str]:
    width = len(headers)
    if len(record) > width:
        extra = [c for c in record[width:] if c.strip()]
        if extra:
            problems.add(number, "", Message("has_cells_but_header_row", {"count": len(record), "width": width}))
        return [unsafe_cell(c) for c in record[:width]]
    if len(record) < width:
        # A short row is a file cut mid-row or a quote that swallowed a line break: never
        # pad it with blanks (an address would lose its city and still import).
        problems.add(
            number,
            "",
            f"has {len(record)} cells but the header row has {width}; is the file cut short or a quote wrong?",
        )
        return record + [""] * (width - len(record))
    if "'" not in "".join(record):  # the common row: no cell to undo (checked at C speed)
        return record
    return [unsafe_cell(c) for c in record]


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
