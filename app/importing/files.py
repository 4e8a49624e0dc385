"""Order files end to end: read, pick the format, check every row, then apply or refuse."""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.actor import Actor
from app.errors import InvalidInput, NotFound
from app.importing import formats
from app.importing import table as tables
from app.importing.apply import apply_orders
from app.importing.orders import ParsedOrders, parse, preview_rows
from app.importing.report import Errors, ImportRefused, ImportResult, RowError
from db.models import ImportPreset, OrderImport, Shop

log = logging.getLogger(__name__)

RAW_ROWS = 8


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


def read(data: bytes, filename: str, encoding: str | None, limit: int | None = None) -> tables.Table:
    return tables.read_bytes(data, filename, encoding=encoding, limit=limit)


def load_bytes(path: Path | str) -> bytes:
    p = Path(path)
    try:
        return p.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"cannot read {p.name}: {exc.strerror or exc}") from None


def presets(session: Session) -> dict[str, ImportPreset]:
    return {p.name: p for p in session.scalars(select(ImportPreset).order_by(ImportPreset.name))}


def format_for(
    session: Session, table: tables.Table, name: str | None, mapping: dict[str, str] | None = None
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
            raise NotFound(f"no import format or preset named {key!r} (amazon, shopify, or a saved preset)")
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
    data: bytes,
    filename: str,
    *,
    format: str | None = None,
    encoding: str | None = None,
    mapping: dict[str, str] | None = None,
    limit: int = 50,
) -> Preview:
    table = read(data, filename, encoding, limit=limit)
    detected = formats.detect(table.headers)
    fmt = format_for(session, table, format, mapping)
    raw = [cells for _, cells in table.rows[:RAW_ROWS]]
    if fmt is None:
        guess = formats.guess_mapping(table.headers)
        return Preview(None, detected, table.encoding, table.headers, guess, total_rows=table.total_rows, raw=raw)
    errors = Errors()
    parsed = parse(table, fmt, errors)
    return Preview(
        fmt.name, detected, table.encoding, table.headers, _resolved_mapping(table, fmt),
        preview_rows(parsed, limit), errors.final(), table.total_rows, raw,
    )


def check(
    session: Session, data: bytes, filename: str, *, format: str | None, encoding: str | None,
    mapping: dict[str, str] | None = None,
) -> tuple[formats.Format, tables.Table, ParsedOrders]:
    """Read and check the whole file; raises ImportRefused with every problem found."""
    table = read(data, filename, encoding)
    fmt = format_for(session, table, format, mapping)
    if fmt is None:
        raise ImportRefused(
            filename,
            [RowError(1, "", "the columns match neither Amazon nor Shopify nor a saved preset; map the columns")],
            encoding=table.encoding,
        )
    errors = Errors()
    parsed = parse(table, fmt, errors)
    if errors:
        raise ImportRefused(filename, errors.final(), encoding=table.encoding, format=fmt.name)
    return fmt, table, parsed


def import_orders(
    session: Session,
    data: bytes,
    filename: str,
    shop_name: str,
    actor: Actor,
    *,
    format: str | None = None,
    encoding: str | None = None,
    mapping: dict[str, str] | None = None,
) -> ImportResult:
    """The whole file or nothing; the caller commits."""
    if not shop_name.strip():
        raise InvalidInput("name the shop the orders belong to")
    fmt, table, parsed = check(session, data, filename, format=format, encoding=encoding, mapping=mapping)
    shop = session.scalar(select(Shop).where(Shop.name == shop_name.strip()))
    if shop is None:
        shop = Shop(name=shop_name.strip()[:80], marketplace=fmt.marketplace, settings={"source": "file"})
        session.add(shop)
        session.flush()
    shop_id = shop.id
    applied = apply_orders(session, shop_id, parsed.orders, actor)
    s = applied.stats
    result = ImportResult(
        filename=filename, format=fmt.name, encoding=table.encoding, rows=parsed.rows, orders=len(parsed.orders),
        new=s.new, updated=s.updated, unchanged=s.unchanged, cancelled=s.cancelled, skipped=applied.skipped,
    )
    if s.intercepted:
        result.details["intercepted"] = s.intercepted
    if s.new or s.updated or s.cancelled:  # an identical file again records nothing at all
        session.add(
            OrderImport(
                shop_id=shop_id, filename=filename[:300], sha256=hashlib.sha256(data).hexdigest(), format=fmt.name[:80],
                encoding=table.encoding[:24], rows=parsed.rows, new_orders=s.new, updated_orders=s.updated,
                user_id=actor.user_id,
            )
        )
    log.info("imported %s", result.summary())
    return result
