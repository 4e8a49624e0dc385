"""Importing order files, products, pairings and stock counts.

Every file is all-or-nothing: a refused
file raises ``ImportRefused`` (an ``InvalidInput``) carrying the row-by-row report.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from app.errors import InvalidInput, NotFound
from app.exports import write_out
from app.importing import files, products
from app.importing.report import Errors, ImportRefused, ImportResult
from app.importing.table import Table, read_file
from app.messages import Message
from app.services.base import Service

log = logging.getLogger(__name__)


class ImportsService(Service):
    """Order files, products, pairings and stock counts in; products out."""

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
        with self.db.uow() as uow:
            result = files.import_orders(
                uow.session,
                path,
                Path(path).name,
                shop_name,
                self.actor,
                format=format,
                encoding=encoding,
                mapping=mapping,
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
        with self.db.reader() as uow:
            return files.preview(
                uow.session, path, Path(path).name, format=format, encoding=encoding, mapping=mapping, limit=limit
            )

    def import_shops(self) -> list[str]:
        with self.db.reader() as uow:
            return [s.name for s in uow.shops.all()]

    # --- presets ---------------------------------------------------------------------

    def import_presets(self) -> dict[str, dict[str, Any]]:
        with self.db.reader() as uow:
            return {
                name: {"mapping": dict(p.mapping), "options": dict(p.options)}
                for name, p in files.presets(uow.session).items()
            }

    def guess_import_mapping(self, path: str | Path, encoding: str | None = None) -> tuple[list[str], dict[str, str]]:
        """A sample file's headers and the mapping (field → header) the import wizard starts from."""
        from app.importing.formats import guess_mapping

        table = read_file(path, encoding=encoding, limit=1, filename=Path(path).name)
        return list(table.headers), guess_mapping(table.headers)

    def save_import_preset(self, name: str, mapping: dict[str, str], options: dict[str, Any] | None = None) -> None:
        from app.importing.formats import BUILT_IN, FIELDS
        from db.models import ImportPreset

        name = name.strip()
        if not name or len(name) > 80:
            raise InvalidInput(Message("preset_needs_name_characters"))
        if name.lower() in BUILT_IN:
            raise InvalidInput(Message("built_format_choose_another_name", {"name": name}))
        clean = {f: h for f, h in mapping.items() if f in FIELDS and h}
        missing = [FIELDS[f][0] for f in FIELDS if FIELDS[f][1] and f not in clean]
        if missing:
            raise InvalidInput("map a column to each required field: " + ", ".join(missing))
        with self.db.uow() as uow:
            preset = files.presets(uow.session).get(name)
            if preset is None:
                uow.add(ImportPreset(name=name, mapping=clean, options=dict(options or {})))
            else:
                preset.mapping = clean
                preset.options = dict(options or {})
            uow.commit()

    def delete_import_preset(self, name: str) -> None:
        with self.db.uow() as uow:
            preset = files.presets(uow.session).get(name)
            if preset is None:
                raise NotFound(Message("no_preset_named", {"name": name}))
            uow.delete(preset)
            uow.commit()

    # --- products, pairings, stock counts -------------------------------------------

    def _table(self, path: str | Path, encoding: str | None) -> Table:
        return read_file(path, encoding=encoding)

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
        write_out(path, text.encode("utf-8-sig"))
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
