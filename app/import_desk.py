"""Importing order files, products, pairings and stock counts.

A mixin of `app.workstation.Workstation`: methods use `self.db`, `self.actor` and
`self.settings`, each in its own unit of work. Every file is all-or-nothing: a refused
file raises ``ImportRefused`` (an ``InvalidInput``) carrying the row-by-row report.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.errors import InvalidInput, NotFound
from app.importing import files, products
from app.importing.report import Errors, ImportRefused, ImportResult
from app.importing.table import read_bytes

if TYPE_CHECKING:
    from app.actor import Actor
    from db.uow import Database

log = logging.getLogger(__name__)


class ImportDesk:
    db: Database
    actor: Actor

    # --- orders ----------------------------------------------------------------------

    def import_orders(
        self,
        path: str | Path,
        shop_name: str,
        format: str | None = None,
        encoding: str | None = None,
        mapping: dict[str, str] | None = None,
    ) -> ImportResult:
        """Import an order file into ``shop_name`` (created if missing); raises ImportRefused."""
        data = files.load_bytes(path)
        with self.db.uow() as uow:
            result = files.import_orders(
                uow.session, data, Path(path).name, shop_name, self.actor,
                format=format, encoding=encoding, mapping=mapping,
            )
            uow.commit()
        return result

    def preview_import(
        self,
        path: str | Path,
        format: str | None = None,
        encoding: str | None = None,
        mapping: dict[str, str] | None = None,
        limit: int = 50,
    ) -> files.Preview:
        data = files.load_bytes(path)
        with self.db.reader() as uow:
            return files.preview(
                uow.session, data, Path(path).name, format=format, encoding=encoding, mapping=mapping, limit=limit
            )

    def import_shops(self) -> list[str]:
        from db import queries

        with self.db.reader() as uow:
            return [s.name for s in queries.shops(uow.session)]

    # --- presets ---------------------------------------------------------------------

    def import_presets(self) -> dict[str, dict[str, Any]]:
        with self.db.reader() as uow:
            return {
                name: {"mapping": dict(p.mapping), "options": dict(p.options)}
                for name, p in files.presets(uow.session).items()
            }

    def save_import_preset(self, name: str, mapping: dict[str, str], options: dict[str, Any] | None = None) -> None:
        from app.importing.formats import BUILT_IN, FIELDS
        from db.models import ImportPreset

        name = name.strip()
        if not name or len(name) > 80:
            raise InvalidInput("a preset needs a name of 1 to 80 characters")
        if name.lower() in BUILT_IN:
            raise InvalidInput(f"{name} is a built-in format; choose another name")
        clean = {f: h for f, h in mapping.items() if f in FIELDS and h}
        missing = [FIELDS[f][0] for f in FIELDS if FIELDS[f][1] and f not in clean]
        if missing:
            raise InvalidInput("map a column to each required field: " + ", ".join(missing))
        with self.db.uow() as uow:
            preset = files.presets(uow.session).get(name)
            if preset is None:
                uow.session.add(ImportPreset(name=name, mapping=clean, options=dict(options or {})))
            else:
                preset.mapping = clean
                preset.options = dict(options or {})
            uow.commit()

    def delete_import_preset(self, name: str) -> None:
        with self.db.uow() as uow:
            preset = files.presets(uow.session).get(name)
            if preset is None:
                raise NotFound(f"no preset named {name!r}")
            uow.session.delete(preset)
            uow.commit()

    # --- products, pairings, stock counts -------------------------------------------

    def _table(self, path: str | Path, encoding: str | None):  # type: ignore[no-untyped-def]
        return read_bytes(files.load_bytes(path), Path(path).name, encoding=encoding)

    def import_products(self, path: str | Path, encoding: str | None = None) -> products.ProductsResult:
        table = self._table(path, encoding)
        errors = Errors()
        with self.db.uow() as uow:
            result = products.import_products(uow.session, table, errors)
            if errors:
                raise ImportRefused(Path(path).name, errors.final(), encoding=table.encoding, format="products")
            uow.commit()
        return result

    def export_products(self, path: str | Path) -> int:
        """Write every product to a UTF-8 CSV (with a BOM, so Excel shows Chinese names); returns the count."""
        with self.db.reader() as uow:
            text, count = products.export_products(uow.session)
        try:
            Path(path).write_text(text, encoding="utf-8-sig", newline="")
        except OSError as exc:
            raise InvalidInput(f"cannot write {Path(path).name}: {exc.strerror or exc}") from None
        return count

    def import_pairings(self, path: str | Path, encoding: str | None = None) -> products.PairingsResult:
        table = self._table(path, encoding)
        errors = Errors()
        with self.db.uow() as uow:
            result, skus = products.import_pairings(uow.session, table, errors)
            if errors:
                raise ImportRefused(Path(path).name, errors.final(), encoding=table.encoding, format="pairings")
            result.orders_rechecked = products.recheck_review(uow.session, skus)
            uow.commit()
        return result

    def import_stock_count(self, path: str | Path, encoding: str | None = None) -> products.CountResult:
        table = self._table(path, encoding)
        errors = Errors()
        with self.db.uow() as uow:
            result = products.import_stock_count(uow.session, table, errors, self.actor, filename=Path(path).name)
            if errors:
                raise ImportRefused(Path(path).name, errors.final(), encoding=table.encoding, format="stock count")
            uow.commit()
        return result

