"""The one writer for every spreadsheet Shipbench hands out: CSV and XLSX, formula-safe.

A cell from an order or a product (a buyer's name, a SKU, a note) is untrusted text. A
spreadsheet runs a cell that starts with ``=``, ``+``, ``-`` or ``@`` as a formula, and a
leading tab or carriage return lets one slip past a naive check; so, as OWASP's CSV
injection guidance says, such a cell is written with a leading apostrophe, which every
spreadsheet shows as text (a tracking number ``+4930…`` stays text too, instead of losing
its plus sign). XLSX numbers (money as ``Decimal``, never a float) are written as numbers. ``unsafe_cell`` undoes the apostrophe when Shipbench reads its own file
back, so an export → import round trip changes nothing.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path

from app.errors import InvalidInput
from app.messages import Message

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

Cell = str | int | float | Decimal | None


def safe_cell(value: Cell) -> str:
    """The cell as text that no spreadsheet runs, on one line."""
    if value is None:
        return ""
    text = str(value)
    risky = text.startswith(FORMULA_STARTS)
    text = " ".join(text.replace("\t", " ").splitlines())  # one line, no tab: no reader splits it
    return "'" + text if risky or text.startswith(FORMULA_STARTS) else text


def unsafe_cell(value: str) -> str:
    """A cell as Shipbench wrote it, read back: the protective apostrophe removed."""
    return value[1:] if value.startswith("'") and value[1:].startswith(FORMULA_STARTS) else value


def csv_text(
    header: Sequence[str], rows: Iterable[Sequence[Cell]], *, delimiter: str = ",", lineterminator: str = "\r\n"
) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator=lineterminator, quoting=csv.QUOTE_MINIMAL)
    writer.writerow([safe_cell(h) for h in header])
    for row in rows:
        writer.writerow([safe_cell(c) for c in row])
    return out.getvalue()


def write_xlsx(
    path: str | Path | io.BytesIO, header: Sequence[str], rows: Iterable[Sequence[Cell]], *, sheet: str = "Sheet1"
) -> int:
    """An .xlsx whose text cells are text (never formulas); returns the rows written."""
    rows = list(rows)
    data = xlsx_bytes(header, rows, sheet=sheet)
    if isinstance(path, io.BytesIO):
        path.write(data)
    else:
        write_out(path, data)
    return len(rows)


def xlsx_bytes(header: Sequence[str], rows: Iterable[Sequence[Cell]], *, sheet: str = "Sheet1") -> bytes:
    """The .xlsx file :func:`write_xlsx` writes, as bytes (for ``write_out`` or a download)."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(_sheet_name(sheet))
    ws.append([safe_cell(h) for h in header])
    for row in rows:
        ws.append(
            [c if isinstance(c, int | float | Decimal) and not isinstance(c, bool) else safe_cell(c) for c in row]
        )
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _sheet_name(name: str) -> str:
    """Excel refuses []:*?/\\ in a sheet's name and more than 31 characters."""
    return "".join("_" if ch in "[]:*?/\\" else ch for ch in name)[:31] or "Sheet1"


def write_out(path: str | Path, data: bytes) -> None:
    """Write an export, a label or a document where the user said; a path that cannot be
    written (a missing folder, a folder, a full disk) is the user's to fix, in one sentence."""
    path = Path(path)
    if path.is_dir():
        raise InvalidInput(f"cannot write {path}: it is a folder; name a file in it")
    if not path.parent.is_dir():
        raise InvalidInput(f"cannot write {path}: the folder {path.parent} does not exist")
    try:
        with path.open("wb") as f:
            f.write(data)
    except OSError as exc:
        raise InvalidInput(Message("cannot_write", {"path": path, "value": exc.strerror or exc})) from None
