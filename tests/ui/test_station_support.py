"""Helpers for the station tests (no tests here); the fixtures are in conftest.py."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app.workstation import Workstation
from db.models import Order, ProductBarcode
from scanners.commands import COMMAND_PREFIX


class FakePlayer:
    """Records the sounds the station asks for; needs no audio hardware."""

    def __init__(self) -> None:
        self.played: list[str] = []

    def play(self, name: str) -> None:
        self.played.append(name)


def cmd(word: str) -> str:
    return COMMAND_PREFIX + word


def mug_bundle(ws: Workstation) -> tuple[str, dict[str, str]]:
    """The mug bundle's tracking number, and one barcode per SKU of the demo catalogue."""
    with ws.db.reader() as uow:
        s = uow.session
        order = s.scalar(select(Order).where(Order.marketplace_order_id == "MP-10002"))
        tracking = order.parcels[0].tracking_number
        barcodes = {b.product.sku: b.code for b in s.scalars(select(ProductBarcode))}
    return tracking, barcodes


def close_dialogs() -> None:
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and widget.inherits("QDialog"):
            widget.close()
