"""The order's history (the audit trail) in the user's language.

``app/`` records each event as an action word from a closed vocabulary ("approve",
"waybill voided") and a detail: a value (a tracking number, an SKU), a sentence the
app wrote from one of a few shapes ("confirmed by the user (job 3)"), or a reason
(a hold reason, a carrier's answer). The words and shapes are listed here for the
translators; a reason goes through ``translate_app_text``; anything else shows as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ui.app_texts import translate_app_text

ACTIONS = frozenset(
    {
        QT_TRANSLATE_NOOP("AuditActions", "approve"),
        QT_TRANSLATE_NOOP("AuditActions", "approved short of stock"),
        QT_TRANSLATE_NOOP("AuditActions", "back to review"),
        QT_TRANSLATE_NOOP("AuditActions", "cancelled on marketplace"),
        QT_TRANSLATE_NOOP("AuditActions", "carrier account saved"),
        QT_TRANSLATE_NOOP("AuditActions", "confirmation failed"),
        QT_TRANSLATE_NOOP("AuditActions", "confirmed by file"),
        QT_TRANSLATE_NOOP("AuditActions", "confirmed on marketplace"),
        QT_TRANSLATE_NOOP("AuditActions", "contents verified"),
        QT_TRANSLATE_NOOP("AuditActions", "delivered"),
        QT_TRANSLATE_NOOP("AuditActions", "edit address"),
        QT_TRANSLATE_NOOP("AuditActions", "edit customs"),
        QT_TRANSLATE_NOOP("AuditActions", "force-ship"),
        QT_TRANSLATE_NOOP("AuditActions", "handover"),
        QT_TRANSLATE_NOOP("AuditActions", "hold"),
        QT_TRANSLATE_NOOP("AuditActions", "import tracking pool"),
        QT_TRANSLATE_NOOP("AuditActions", "intercept"),
        QT_TRANSLATE_NOOP("AuditActions", "job cancelled"),
        QT_TRANSLATE_NOOP("AuditActions", "job retried"),
        QT_TRANSLATE_NOOP("AuditActions", "label does not fit"),
        QT_TRANSLATE_NOOP("AuditActions", "label not printed"),
        QT_TRANSLATE_NOOP("AuditActions", "label received"),
        QT_TRANSLATE_NOOP("AuditActions", "label skipped"),
        QT_TRANSLATE_NOOP("AuditActions", "label uploaded"),
        QT_TRANSLATE_NOOP("AuditActions", "manual tracking"),
        QT_TRANSLATE_NOOP("AuditActions", "merge"),
        QT_TRANSLATE_NOOP("AuditActions", "not adopted"),
        QT_TRANSLATE_NOOP("AuditActions", "note"),
        QT_TRANSLATE_NOOP("AuditActions", "pair"),
        QT_TRANSLATE_NOOP("AuditActions", "parcel weight"),
        QT_TRANSLATE_NOOP("AuditActions", "pre-advice sent"),
        QT_TRANSLATE_NOOP("AuditActions", "print job"),
        QT_TRANSLATE_NOOP("AuditActions", "print job cancelled"),
        QT_TRANSLATE_NOOP("AuditActions", "print job taken over"),
        QT_TRANSLATE_NOOP("AuditActions", "printed"),
        QT_TRANSLATE_NOOP("AuditActions", "release hold"),
        QT_TRANSLATE_NOOP("AuditActions", "reprint"),
        QT_TRANSLATE_NOOP("AuditActions", "reprinted"),
        QT_TRANSLATE_NOOP("AuditActions", "request waybill"),
        QT_TRANSLATE_NOOP("AuditActions", "returned to sender"),
        QT_TRANSLATE_NOOP("AuditActions", "rule"),
        QT_TRANSLATE_NOOP("AuditActions", "rule added"),
        QT_TRANSLATE_NOOP("AuditActions", "rule changed"),
        QT_TRANSLATE_NOOP("AuditActions", "rule deleted"),
        QT_TRANSLATE_NOOP("AuditActions", "rule disabled"),
        QT_TRANSLATE_NOOP("AuditActions", "rule enabled"),
        QT_TRANSLATE_NOOP("AuditActions", "scanned out"),
        QT_TRANSLATE_NOOP("AuditActions", "set prepaid postage"),
        QT_TRANSLATE_NOOP("AuditActions", "shipping method"),
        QT_TRANSLATE_NOOP("AuditActions", "shipping method deleted"),
        QT_TRANSLATE_NOOP("AuditActions", "shipping method saved"),
        QT_TRANSLATE_NOOP("AuditActions", "shop account saved"),
        QT_TRANSLATE_NOOP("AuditActions", "sign in"),
        QT_TRANSLATE_NOOP("AuditActions", "sign out"),
        QT_TRANSLATE_NOOP("AuditActions", "split"),
        QT_TRANSLATE_NOOP("AuditActions", "tags"),
        QT_TRANSLATE_NOOP("AuditActions", "top up postage"),
        QT_TRANSLATE_NOOP("AuditActions", "tracking correction failed"),
        QT_TRANSLATE_NOOP("AuditActions", "tracking correction refused"),
        QT_TRANSLATE_NOOP("AuditActions", "tracking corrected"),
        QT_TRANSLATE_NOOP("AuditActions", "tracking corrected on marketplace"),
        QT_TRANSLATE_NOOP("AuditActions", "tracking exception"),
        QT_TRANSLATE_NOOP("AuditActions", "tracking from pool"),
        QT_TRANSLATE_NOOP("AuditActions", "undo scan"),
        QT_TRANSLATE_NOOP("AuditActions", "unmerge"),
        QT_TRANSLATE_NOOP("AuditActions", "unpair"),
        QT_TRANSLATE_NOOP("AuditActions", "user"),
        QT_TRANSLATE_NOOP("AuditActions", "void refused"),
        QT_TRANSLATE_NOOP("AuditActions", "void waybill"),
        QT_TRANSLATE_NOOP("AuditActions", "waybill"),
        QT_TRANSLATE_NOOP("AuditActions", "waybill failed"),
        QT_TRANSLATE_NOOP("AuditActions", "waybill voided"),
        QT_TRANSLATE_NOOP("AuditActions", "weighed"),
        QT_TRANSLATE_NOOP("AuditActions", "withdraw waybill request"),
    }
)


def _t(text: str) -> str:
    return QCoreApplication.translate("AuditActions", text)


def _fill(template: str, *values: str) -> str:
    text = _t(template)
    for i, value in enumerate(values, 1):
        text = text.replace(f"%{i}", value)
    return text


# The details app/ writes in a fixed shape: (pattern, template with %1, %2 for its groups).
# A group named "reason" is a reason in its own right (translate_app_text).
DETAILS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"confirmed by the user \(job (\d+)\)"),
        QT_TRANSLATE_NOOP("AuditActions", "confirmed by the user (job %1)"),
    ),
    (
        re.compile(r"the user saw it printed \(job (\d+)\)"),
        QT_TRANSLATE_NOOP("AuditActions", "the user saw it printed (job %1)"),
    ),
    (re.compile(r"scanned at the bench"), QT_TRANSLATE_NOOP("AuditActions", "scanned at the bench")),
    (re.compile(r"counted by the printer"), QT_TRANSLATE_NOOP("AuditActions", "counted by the printer")),
    (re.compile(r"voided shipment (\S+)"), QT_TRANSLATE_NOOP("AuditActions", "voided shipment %1")),
    (re.compile(r"packed with (\S+) in (\S+)"), QT_TRANSLATE_NOOP("AuditActions", "packed with %1 in %2")),
    (re.compile(r"packed with (.+)"), QT_TRANSLATE_NOOP("AuditActions", "packed with %1")),
    (re.compile(r"left out: (.+)"), QT_TRANSLATE_NOOP("AuditActions", "left out: %1")),
    (re.compile(r"job (\d+): will be sent again"), QT_TRANSLATE_NOOP("AuditActions", "job %1: will be sent again")),
    (
        re.compile(r"job (\d+): (\d+) label\(s\) lost by the printer, sent again"),
        QT_TRANSLATE_NOOP("AuditActions", "job %1: %2 label(s) lost by the printer, sent again"),
    ),
    (re.compile(r"job (\d+) from (.+)"), QT_TRANSLATE_NOOP("AuditActions", "job %1 from %2")),
    (re.compile(r"(\d+) g \(expected (\d+) g\)"), QT_TRANSLATE_NOOP("AuditActions", "%1 g (expected %2 g)")),
    (re.compile(r"(.+): (\d+) parcels"), QT_TRANSLATE_NOOP("AuditActions", "%1: %2 parcels")),
    (re.compile(r"rule '(.+)' approved the order"), QT_TRANSLATE_NOOP("AuditActions", "rule '%1' approved the order")),
    (
        re.compile(r"rule '(.+)' could not approve: (?P<reason>.+)"),
        QT_TRANSLATE_NOOP("AuditActions", "rule '%1' could not approve: %2"),
    ),
    (
        re.compile(r"rule '(.+)' filled customs defaults: (.+)"),
        QT_TRANSLATE_NOOP("AuditActions", "rule '%1' filled customs defaults: %2"),
    ),
    (re.compile(r"rule '(.+)'"), QT_TRANSLATE_NOOP("AuditActions", "rule '%1'")),
    (re.compile(r"seller note: (.*)", re.S), QT_TRANSLATE_NOOP("AuditActions", "seller note: %1")),
    (re.compile(r"service note: (.*)", re.S), QT_TRANSLATE_NOOP("AuditActions", "service note: %1")),
)


def action_text(action: str) -> str:
    """An audit action in the user's language (an unknown one as it is)."""
    return _t(action) if action in ACTIONS else action


def detail_text(detail: str) -> str:
    """An audit detail in the user's language, its values kept."""
    for pattern, template in DETAILS:
        found = pattern.fullmatch(detail)
        if found is not None:
            reason_at = found.re.groupindex.get("reason")
            values = [_reasons(value) if i == reason_at else value for i, value in enumerate(found.groups(), 1)]
            return _fill(template, *values)
    return _reasons(detail)


def _reasons(text: str, translate: Callable[[str], str] = translate_app_text) -> str:
    """A reason, or several joined by "; ", each translated."""
    return "; ".join(translate(part) for part in text.split("; ")) if text else text


__all__ = ["ACTIONS", "action_text", "detail_text"]
