"""Order files end to end: scan, pick the format, check every row (streaming), then apply or refuse."""

from __future__ import annotations

import hashlib
import logging
import pickle
import tempfile
from array import array
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.actor import Actor
from app.errors import InvalidInput, NotFound
from app.importing import formats
from app.importing import table as tables
from app.importing.apply import apply_orders, stored_updates, unchanged
from app.importing.orders import ParsedOrder, parse, preview_rows, repeats, resolve, stream_orders
from app.importing.report import Errors, ImportRefused, ImportResult, RowError
from app.messages import Message
from db.models import ImportPreset, OrderImport, Shop

log = logging.getLogger(__name__)

RAW_ROWS = 8
KEEP = 10_000  # orders a check keeps for writing (~30 MB); a bigger file's go to a spool on disk
SPOOL_PAGE = 2_000  # orders per pickled page of the spool
SIFT_PAGE = 2_000  # orders compared with the stored ones at a time


@dataclass
class Preview:
    """What the wizard shows before importing: format, encoding, mapping and the first orders."""

    format: str | None  # amazon | shopify | a preset name | None (needs a mapping)
    detected: str | None  # the format the headers say
    encoding: str
    headers: list[str]
    mapping: dict[str, str]  # field -> header, as it will be read
    rows: list[dict[str, Any]] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    total_rows: int = 0
    raw: list[list[str]] = field(default_factory=list)  # the first rows as they are in the file


def presets(session: Session) -> dict[str, ImportPreset]:
    return {p.name: p for p in session.scalars(select(ImportPreset).order_by(ImportPreset.name))}


def format_for(
    session: Session, table: tables.Table | tables.TableFile, name: str | None, mapping: dict[str, str] | None = None
) -> formats.Format | None:
    """The format to read ``table`` with: named, a mapping given, detected, or a preset that fits."""
    if mapping:
        return formats.mapped(name or "mapping", mapping)
    if name:
        key = name.strip()
        if key.lower() in formats.BUILT_IN:
            return formats.BUILT_IN[key.lower()]
        preset = presets(session).get(key)
        if preset is None:
            raise NotFound(Message("no_import_format_preset_named", {"key": key}))
        return formats.mapped(preset.name, dict(preset.mapping))
    detected = formats.detect(table.headers)
    if detected:
        return formats.BUILT_IN[detected]
    have = set(table.headers)
    for preset in presets(session).values():
        used = {h for h in preset.mapping.values() if h}
        if used and used <= have:
            return formats.mapped(preset.name, dict(preset.mapping))
    return None


def _resolved_mapping(table: tables.Table, fmt: formats.Format) -> dict[str, str]:
    from app.importing.orders import resolve

    cols = resolve(table, fmt, Errors())
    return {f: table.headers[i] for f, i in cols.items() if f in formats.FIELDS}


def preview(
    session: Session,
    path: Path | str,
    filename: str,
    *,
    format: str | None = None,
    encoding: str | None = None,
    mapping: dict[str, str] | None = None,
    limit: int = 50,
) -> Preview:
    table = tables.read_file(path, encoding=encoding, limit=limit, filename=filename)
    detected = formats.detect(table.headers)
    fmt = format_for(session, table, format, mapping)
    raw = [cells for _, cells in table.rows[:RAW_ROWS]]
    if fmt is None:
        guess = formats.guess_mapping(table.headers)
        return Preview(None, detected, table.encoding, table.headers, guess, total_rows=table.total_rows, raw=raw)
    errors = Errors()
    parsed = parse(table, fmt, errors)
    return Preview(
        fmt.name,
        detected,
        table.encoding,
        table.headers,
        _resolved_mapping(table, fmt),
        preview_rows(parsed, limit),
        errors.final(),
        table.total_rows,
        raw,
    )


@dataclass
class Checked:
    """A file that passed every check: how to read it again to write it."""

    format: formats.Format
    table: tables.TableFile
    cols: dict[str, int]
    held: set[int]  # orders whose rows are scattered (see orders.scattered)
    orders: int
    rows: int
    kept: list[ParsedOrder] | None = None  # the checked orders of a small file
    spool: Spool | None = None  # ... or of a big one, pickled to a temporary file
    unchanged: int = 0  # orders left out of kept/spool: the same as stored (check with shop_id)
    skipped: int = 0  # ... shipped before they ever reached us

    def orders_again(self) -> Iterator[ParsedOrder]:
        """The same orders: held, spooled, or read and parsed from the file a second time; a file
        changed since the check is refused."""
        if self.kept is not None:
            yield from self.kept
            return
        t = self.table
        if self.spool is not None:
            if not t.scanned.unchanged():
                raise InvalidInput(f"{t.filename} changed while it was being imported; import it again")
            yield from self.spool.read()
            if not t.scanned.unchanged():
                raise InvalidInput(f"{t.filename} changed while it was being imported; import it again")
            return
        errors = Errors()
        for order in stream_orders(t.headers, t.rows(), self.cols, self.format, errors, held=self.held):
            if order is None or errors or t.problems:
                raise InvalidInput(f"{t.filename} changed while it was being imported; import it again")
            yield order


class Spool:
    """Checked orders on disk, a pickled page of ``SPOOL_PAGE`` at a time: reading them back is
    several times cheaper than parsing and checking the file again, and memory stays flat."""

    def __init__(self) -> None:
        self.file: IO[bytes] = tempfile.TemporaryFile(prefix="shipbench-import-")
        self.page: list[ParsedOrder] = []

    def add(self, order: ParsedOrder) -> None:
        self.page.append(order)
        if len(self.page) >= SPOOL_PAGE:
            self.flush()

    def flush(self) -> None:
        if self.page:
            pickle.dump(self.page, self.file, protocol=pickle.HIGHEST_PROTOCOL)
            self.page = []

    def read(self) -> Iterator[ParsedOrder]:
        self.flush()
        self.file.seek(0)
        try:
            while True:
                try:
                    page: list[ParsedOrder] = pickle.load(self.file)  # our own file, written above
                except EOFError:
                    return
                yield from page
        finally:
            self.close()

    def close(self) -> None:
        self.file.close()


def check(
    session: Session,
    path: Path | str,
    filename: str,
    *,
    format: str | None,
    encoding: str | None,
    mapping: dict[str, str] | None = None,
    shop_id: int | None = None,
) -> Checked:
    """Read and check the whole file, streaming; raises ImportRefused with every problem found.

    With ``shop_id`` (a shop the orders go to, in the writing transaction) the checked
    orders are compared with the stored ones a page at a time, as they come: those that
    would change nothing (``apply.unchanged``) are only counted, not kept for writing, so
    the same file again costs one read.

    Nothing of the file stays in memory but one order's rows (and 8 bytes per order to
    find orders whose rows are not together, which a second pass then merges).
    """
    table = tables.open_table(path, encoding=encoding, filename=filename)
    fmt = format_for(session, table, format, mapping)
    if fmt is None:
        raise ImportRefused(
            filename,
            [RowError.of(1, "", Message("columns_match_neither_amazon_nor"))],
            encoding=table.encoding,
        )
    errors = Errors()
    cols = resolve(table, fmt, errors)
    if errors:
        raise ImportRefused(filename, errors.final(), encoding=table.encoding, format=fmt.name)
    held: set[int] = set()
    spool: Spool | None = None
    for _ in range(2):
        errors = Errors()
        seen: array[int] = array("q")
        kept: list[ParsedOrder] | None = []
        if spool is not None:
            spool.close()
        spool = None
        orders = 0
        sift = Sift(session, shop_id) if shop_id is not None else None
        for order in stream_orders(
            table.headers, table.rows(), cols, fmt, errors, held=held, seen=seen, unreadable=table.problems
        ):
            orders += 1
            if order is None or errors:
                continue  # the file is refused: nothing to keep
            for o in sift.add(order) if sift is not None else (order,):
                if kept is not None:
                    kept.append(o)
                    if len(kept) > KEEP:  # a big file: spool it rather than hold it
                        spool = Spool()
                        for k in kept:
                            spool.add(k)
                        kept = None
                elif spool is not None:
                    spool.add(o)
        if sift is not None and not errors:
            for o in sift.flush():
                if kept is not None:
                    kept.append(o)
                elif spool is not None:
                    spool.add(o)
        for p in table.problems.final():
            errors.add(p.row, p.column, p.message or p.problem)
        again = repeats(seen)
        del seen
        if not again or held:
            break
        held = again  # some orders' rows are apart: check them again, merged
    if errors:
        if spool is not None:
            spool.close()
        raise ImportRefused(filename, errors.final(), encoding=table.encoding, format=fmt.name)
    checked = Checked(fmt, table, cols, held, orders, table.total_rows, kept, spool)
    if sift is not None:
        checked.unchanged, checked.skipped = sift.unchanged, sift.skipped
    return checked


class Sift:
    """Checked orders against the stored ones, a page at a time: what would change nothing is counted."""

    def __init__(self, session: Session, shop_id: int) -> None:
        self.session, self.shop_id = session, shop_id
        self.page: list[ParsedOrder] = []
        self.unchanged = self.skipped = 0

    def add(self, order: ParsedOrder) -> list[ParsedOrder]:
        self.page.append(order)
        return self.flush() if len(self.page) >= SIFT_PAGE else []

    def flush(self) -> list[ParsedOrder]:
        page, self.page = self.page, []
        if not page:
            return []
        stored = stored_updates(self.session, self.shop_id, [p.id for p in page])
        out = []
        for p in page:
            if p.id not in stored and p.status == "shipped":
                self.skipped += 1  # fulfilled elsewhere before it ever reached us
            elif unchanged(p, stored.get(p.id)):
                self.unchanged += 1
            else:
                out.append(p)
        return out


def sha256(path: Path | str) -> str:
    h = hashlib.sha256()
    with Path(path).open("rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def import_orders(
    session: Session,
    path: Path | str,
    filename: str,
    shop_name: str,
    actor: Actor,
    *,
    format: str | None = None,
    encoding: str | None = None,
    mapping: dict[str, str] | None = None,
) -> ImportResult:
    """The whole file or nothing: checked whole first, then written in pages; the caller commits."""
    if not shop_name.strip():
        raise InvalidInput(Message("name_shop_orders_belong"))
    existing = session.scalar(select(Shop.id).where(Shop.name == shop_name.strip()))
    checked = check(session, path, filename, format=format, encoding=encoding, mapping=mapping, shop_id=existing)
    fmt, table = checked.format, checked.table
    shop = session.scalar(select(Shop).where(Shop.name == shop_name.strip()))
    if shop is None:
        shop = Shop(name=shop_name.strip()[:80], marketplace=fmt.marketplace, settings={"source": "file"})
        session.add(shop)
        session.flush()
    shop_id = shop.id
    applied = apply_orders(session, shop_id, checked.orders_again(), actor)
    applied.stats.unchanged += checked.unchanged
    applied.skipped += checked.skipped
    s = applied.stats
    result = ImportResult(
        filename=filename,
        format=fmt.name,
        encoding=table.encoding,
        rows=checked.rows,
        orders=checked.orders,
        new=s.new,
        updated=s.updated,
        unchanged=s.unchanged,
        cancelled=s.cancelled,
        skipped=applied.skipped,
    )
    if s.intercepted:
        result.details["intercepted"] = s.intercepted
    if s.new or s.updated or s.cancelled:  # an identical file again records nothing at all
        session.add(
            OrderImport(
                shop_id=shop_id,
                filename=filename[:300],
                sha256=sha256(path),
                format=fmt.name[:80],
                encoding=table.encoding[:24],
                rows=checked.rows,
                new_orders=s.new,
                updated_orders=s.updated,
                user_id=actor.user_id,
            )
        )
    log.info("imported %s", result.summary())
    return result
