"""The order detail panel: everything a seller needs to fix an order, as readable text."""

from __future__ import annotations

import html
import logging
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QWidget

from ui.app_texts import translate_app_text
from ui.i18n import parcel_state

log = logging.getLogger(__name__)

_STATE_COLOURS = {"intercepted": "#c62828", "failed": "#c62828", "voided": "#888888", "shipped": "#1b8a3a"}


def _e(value: object) -> str:
    return html.escape(str(value or ""))


class OrderDetail(QTextBrowser):
    """Read-only; text stays selectable so a packer can copy a tracking number."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setMinimumWidth(280)
        self.show_nothing()

    def show_nothing(self) -> None:
        self.setHtml(f"<p style='color:#777'>{_e(self.tr('Select an order to see its details.'))}</p>")

    def show_order(self, d: dict[str, Any]) -> None:
        self.setHtml(self.render_html(d))

    def render_html(self, d: dict[str, Any]) -> str:
        tr = self.tr
        parts = [f"<h2 style='margin-bottom:2px'>{_e(d['number'])}</h2>"]
        queue = str(d.get("queue", ""))
        queue = QCoreApplication.translate("Queues", queue.replace("_", " ").capitalize()) if queue else ""
        parts.append(
            f"<p style='color:#555'>{_e(d.get('shop'))} · {_e(tr('queue'))}: <b>{_e(queue)}</b>"
            f" · {_e(d.get('total'))} {_e(d.get('currency'))}</p>"
        )
        reasons = [translate_app_text(r) for r in d.get("reasons") or []]
        if d.get("hold_reason"):
            reasons.append(tr("on hold: {0}").format(d["hold_reason"]))
        if reasons:
            items = "".join(f"<li>{_e(r)}</li>" for r in reasons)
            parts.append(f"<p style='color:#c62828'><b>{_e(tr('Reasons'))}</b></p><ul style='color:#c62828'>{items}</ul>")
        r = d.get("recipient") or {}
        address = [
            r.get("name"), r.get("company"), r.get("address1"), r.get("address2"),
            " ".join(x for x in (r.get("postcode"), r.get("city")) if x),
            " ".join(x for x in (r.get("region"), r.get("country")) if x), r.get("phone"),
        ]
        parts.append(f"<p><b>{_e(tr('Recipient'))}</b><br>" + "<br>".join(_e(a) for a in address if a) + "</p>")
        lines = "".join(
            f"<tr><td><code>{_e(ln['sku'])}</code></td><td align='right'>× {_e(ln['quantity'])}</td>"
            f"<td>&nbsp;{_e(ln['title'])}</td></tr>"
            for ln in d.get("lines") or []
        )
        parts.append(f"<p><b>{_e(tr('Lines'))}</b></p><table cellspacing='2'>{lines}</table>")
        parcels = []
        for p in d.get("parcels") or []:
            colour = _STATE_COLOURS.get(p["state"], "#333333")
            text = f"{_e(p['number'])} — <span style='color:{colour}'><b>{_e(parcel_state(p['state']))}</b></span>"
            if p.get("tracking_number"):
                text += f" · <code>{_e(p['tracking_number'])}</code>"
            if p.get("error"):
                text += f"<br><span style='color:#c62828'>{_e(translate_app_text(p['error']))}</span>"
            parcels.append(f"<li>{text}</li>")
        if parcels:
            parts.append(f"<p><b>{_e(tr('Parcels'))}</b></p><ul>{''.join(parcels)}</ul>")
        if d.get("buyer_note"):
            parts.append(f"<p><b>{_e(tr('Buyer note'))}</b><br><i>{_e(d['buyer_note'])}</i></p>")
        return "".join(parts)
