"""The order detail panel: everything a seller needs to fix an order, as readable text."""

from __future__ import annotations

import datetime as dt
import html
import logging
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QWidget

from ui.audit_texts import action_text, detail_text
from ui.i18n import parcel_state
from ui.messages import any_text, stored_text

log = logging.getLogger(__name__)

_STATE_COLOURS = {"intercepted": "#c62828", "failed": "#c62828", "voided": "#888888", "shipped": "#1b8a3a"}


def _e(value: object) -> str:
    return html.escape(str(value or ""))


def _local(iso: str | None) -> str:
    """An ISO UTC time as local time, to the minute."""
    if not iso:
        return ""
    try:
        return dt.datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso


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
        # "…_said": the stored texts as messages (app/coded.py), in the user's language
        reasons = [stored_text(r) for r in d.get("reasons_said", d.get("reasons")) or []]
        if d.get("hold_reason"):
            hold = d.get("hold_reason_said") or d["hold_reason"]
            reasons.append(tr("on hold: {0}").format(hold if isinstance(hold, str) else stored_text(hold)))
        if reasons:
            items = "".join(f"<li>{_e(r)}</li>" for r in reasons)
            parts.append(
                f"<p style='color:#c62828'><b>{_e(tr('Reasons'))}</b></p><ul style='color:#c62828'>{items}</ul>"
            )
        r = d.get("recipient") or {}
        address = [
            r.get("name"),
            r.get("company"),
            r.get("address1"),
            r.get("address2"),
            " ".join(x for x in (r.get("postcode"), r.get("city")) if x),
            " ".join(x for x in (r.get("region"), r.get("country")) if x),
            r.get("phone"),
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
                error = stored_text(p.get("error_said") or p["error"])
                text += f"<br><span style='color:#c62828'>{_e(error)}</span>"
            parcels.append(f"<li>{text}</li>")
        if parcels:
            parts.append(f"<p><b>{_e(tr('Parcels'))}</b></p><ul>{''.join(parcels)}</ul>")
        if d.get("buyer_note"):
            parts.append(f"<p><b>{_e(tr('Buyer note'))}</b><br><i>{_e(d['buyer_note'])}</i></p>")
        parts += self._desk_html(d)
        return "".join(parts)

    def _desk_html(self, d: dict[str, Any]) -> list[str]:
        """Order-desk parts: deadline, warnings, merge, notes, tags, customs, history."""
        tr = self.tr
        parts = []
        if d.get("deadline"):
            colour = {"overdue": "#c62828", "today": "#e65100"}.get(d.get("urgency", ""), "#555555")
            parts.insert(
                0,
                f"<p style='color:{colour}'><b>{_e(tr('Ship by'))}</b> "
                f"{_e(_local(d.get('ship_by')))} · {_e(any_text(d.get('deadline_message') or d['deadline']))}</p>",
            )
        if d.get("warnings"):
            items = "".join(f"<li>{_e(any_text(w))}</li>" for w in d.get("warning_messages") or d["warnings"])
            parts.append(
                f"<p style='color:#e65100'><b>{_e(tr('Warnings'))}</b></p><ul style='color:#e65100'>{items}</ul>"
            )
        if d.get("merged_into"):
            parts.append(f"<p>{_e(tr('Packed in the parcel of order %1').replace('%1', d['merged_into']))}</p>")
        if d.get("merged_orders"):
            parts.append(
                f"<p>{_e(tr('Also packed in this parcel: %1').replace('%1', ', '.join(d['merged_orders'])))}</p>"
            )
        for key, label in (("seller_note", tr("Seller note")), ("service_note", tr("Customer service note"))):
            if d.get(key):
                parts.append(f"<p><b>{_e(label)}</b><br>{_e(d[key])}</p>")
        if d.get("tags"):
            tags = " ".join(f"<span style='background:#e8eaf6'>&nbsp;{_e(t)}&nbsp;</span>" for t in d["tags"])
            parts.append(f"<p><b>{_e(tr('Tags'))}</b> {tags}</p>")
        for parcel in d.get("customs") or []:
            if not parcel.get("lines"):
                continue
            rows = "".join(
                f"<tr><td><code>{_e(c['sku'])}</code></td><td>{_e(c['description_en'])}</td><td>{_e(c['hs_code'])}</td>"
                f"<td align='right'>{_e(c['quantity'])} × {_e(c['unit_value'])} {_e(c['currency'])}</td>"
                f"<td>{_e(c['origin_country'])}</td></tr>"
                for c in parcel["lines"]
            )
            parts.append(
                f"<p><b>{_e(tr('Customs of %1').replace('%1', parcel['parcel']))}</b></p>"
                f"<table cellspacing='2'>{rows}</table>"
            )
        history = d.get("history") or []
        if history:
            rows = "".join(
                f"<tr><td style='color:#777'>{_e(_local(h['at']))}</td><td>{_e(h['user'])}</td>"
                f"<td><b>{_e(action_text(h['action']))}</b> {_e(detail_text(h['detail']))}</td></tr>"
                for h in history[-30:]
            )
            parts.append(
                f"<p><b>{_e(tr('History'))}</b></p><table cellspacing='2' style='font-size:small'>{rows}</table>"
            )
        return parts
