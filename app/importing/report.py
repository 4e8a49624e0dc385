"""The row-by-row report a refused file comes back with, and the result of an accepted one."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from app.errors import InvalidInput
from app.exports import csv_text
from app.messages import Message

MAX_ERRORS = 1000  # past this the file is clearly the wrong one; the report says so


@dataclass(frozen=True)
class RowError:
    """One problem, where the user sees it in a spreadsheet: row 1 is the header row."""

    row: int  # 0 = the file as a whole
    column: str
    problem: str  # English, for the CLI and the CSV report
    message: Message | None = None  # the same, for the GUI to show in its language

    @classmethod
    def of(cls, row: int, column: str, problem: Message | str) -> RowError:
        if isinstance(problem, Message):
            return cls(row, column, str(problem), problem)
        return cls(row, column, problem)

    def __str__(self) -> str:
        where = f"row {self.row}" if self.row else "file"
        return f"{where}, {self.column}: {self.problem}" if self.column else f"{where}: {self.problem}"


class ImportRefused(InvalidInput):
    """Nothing was imported; ``errors`` says row by row why."""

    def __init__(self, filename: str, errors: list[RowError], *, encoding: str = "", format: str = "") -> None:
        self.filename = filename
        self.errors = errors
        self.encoding = encoding
        self.format = format
        n = len(errors)
        first = str(errors[0]) if errors else ""
        more = f" (and {n - 1} more)" if n > 1 else ""
        super().__init__(f"{filename} was not imported: {first}{more}")

    def report_csv(self) -> str:
        return report_csv(self.errors)


def report_csv(errors: list[RowError]) -> str:
    return csv_text(["row", "column", "problem"], ([e.row or "", e.column, e.problem] for e in errors))


class Errors:
    """Collects row errors; stops collecting (not checking) past MAX_ERRORS."""

    def __init__(self) -> None:
        self.items: list[RowError] = []
        self.total = 0

    def add(self, row: int, column: str, problem: Message | str) -> None:
        self.total += 1
        if len(self.items) < MAX_ERRORS:
            self.items.append(RowError.of(row, column, problem))

    def clear(self) -> None:
        self.items.clear()
        self.total = 0

    def __bool__(self) -> bool:
        return self.total > 0

    def final(self) -> list[RowError]:
        """In row order, as the user will walk through the file."""
        self.items.sort(key=lambda e: e.row)
        if self.total > len(self.items):
            return self.items + [
                RowError.of(0, "", Message("more_problems_not_listed", {"count": self.total - len(self.items)}))
            ]
        return list(self.items)


@dataclass
class ImportResult:
    """What an accepted file did."""

    filename: str
    format: str
    encoding: str
    rows: int
    orders: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    cancelled: int = 0
    skipped: int = 0  # e.g. orders already fulfilled elsewhere, not in Shipbench
    details: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        return asdict(self)

    def summary(self) -> str:
        parts = [f"{self.new} new", f"{self.updated} updated", f"{self.unchanged} unchanged"]
        if self.cancelled:
            parts.append(f"{self.cancelled} cancelled")
        if self.skipped:
            parts.append(f"{self.skipped} skipped")
        parts += [f"{v} {k}" for k, v in self.details.items()]
        return f"{self.filename} ({self.format}, {self.encoding}, {self.rows} rows): " + ", ".join(parts)
