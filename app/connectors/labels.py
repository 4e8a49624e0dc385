"""Carrier label bytes checked for what they claim to be before anything stores them.

A carrier that answers "here is your PDF" with an HTML error page, a truncated download
or a ZPL job must not become a label the packer prints: the waybill request fails with
a reason instead, and is retried.
"""

from __future__ import annotations

from app.errors import RemoteRejected
from app.messages import Message
from printers.raster import is_pdf, is_png, is_zpl

FORMATS = ("zpl", "pdf", "png")
_ALIASES = {"zpl": "zpl", "zplii": "zpl", "zpl2": "zpl", "pdf": "pdf", "png": "png", "gif": "gif"}


def sniff(data: bytes) -> str:
    """The label format the bytes are in ("zpl", "pdf", "png"), or "" if none."""
    if is_pdf(data):
        return "pdf"
    if is_png(data):
        return "png"
    if is_zpl(data):
        return "zpl"
    return ""


def check_label(fmt: str, data: bytes, *, carrier: str = "the carrier") -> str:
    """The normalised format of a carrier label; RemoteRejected if the bytes are not that.

    ``fmt`` may be empty (the carrier did not say): the bytes decide. The error is
    retryable: a broken download usually comes out whole the next time.
    """
    if not data:
        raise RemoteRejected(Message("sent_empty_label", {"carrier": carrier}), code="bad_label", retryable=True)
    found = sniff(data)
    claimed = _ALIASES.get(fmt.strip().lower().replace(" ", "").replace("_", ""), fmt.strip().lower()) if fmt else ""
    if not found:
        what = claimed.upper() if claimed else "label"
        raise RemoteRejected(
            Message("sent_not_printable_label_starts", {"carrier": carrier, "what": what, "data": data[:16]}),
            code="bad_label",
            retryable=True,
        )
    if claimed and claimed != found:
        raise RemoteRejected(
            Message("said_label_but_sent", {"carrier": carrier, "claimed": claimed.upper(), "found": found.upper()}),
            code="bad_label",
            retryable=True,
        )
    if found == "pdf" and b"%%EOF" not in data[-1024:]:
        raise RemoteRejected(
            Message("sent_truncated_pdf_label", {"carrier": carrier}), code="bad_label", retryable=True
        )
    if found == "png" and b"IEND" not in data[-32:]:
        raise RemoteRejected(
            Message("sent_truncated_png_label", {"carrier": carrier}), code="bad_label", retryable=True
        )
    return found
