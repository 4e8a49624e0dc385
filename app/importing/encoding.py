"""Which text encoding a seller's file is in, without ever garbling it.

Order of evidence: a byte-order mark; a UTF-16 file without one (every other byte
NUL); strict UTF-8; then charset-normalizer's guess, narrowed to the two families a
seller's spreadsheet really comes in — GB18030 for Chinese (a superset of GBK and
GB2312) and Windows-1252 for Western text — and checked against how the high bytes
pair up (Chinese: two high bytes in a row; Western: one accented letter among ASCII).
"""

from __future__ import annotations

import codecs
import logging

from app.errors import InvalidInput
from app.messages import Message

log = logging.getLogger(__name__)

# name shown to the user -> Python codec
ENCODINGS = {
    "utf-8": "utf-8",
    "utf-8-sig": "utf-8-sig",
    "utf-16": "utf-16",
    "utf-16-le": "utf-16-le",
    "utf-16-be": "utf-16-be",
    "gb18030": "gb18030",
    "gbk": "gb18030",
    "gb2312": "gb18030",
    "cp1252": "cp1252",
    "windows-1252": "cp1252",
    "latin-1": "latin-1",
    "big5": "big5",
    "shift_jis": "shift_jis",
}
CHOICES = ("utf-8", "utf-8-sig", "utf-16", "gb18030", "cp1252", "latin-1", "big5", "shift_jis")

_CHINESE = {"gb2312", "gbk", "gb18030", "hz", "hz_gb_2312", "big5hkscs", "cp936"}
_WESTERN = {
    "cp1252",
    "windows-1252",
    "latin_1",
    "iso8859_1",
    "iso8859_15",
    "cp1250",
    "iso8859_2",
    "mac_roman",
    "cp850",
    "cp437",
    "ascii",
    "cp1254",
    "iso8859_9",
    "cp1257",
    "iso8859_13",
}
SAMPLE = 256 * 1024


def codec_for(name: str) -> str:
    """The Python codec for an encoding the user typed or chose."""
    key = name.strip().lower().replace("_", "-")
    if key in ENCODINGS:
        return ENCODINGS[key]
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise InvalidInput(Message("unknown_text_encoding", {"name": name})) from None


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0) / (len(sample) / 2)
    odd = sample[1::2].count(0) / (len(sample) / 2)
    if odd > 0.3 and even < 0.05:
        return "utf-16-le"
    if even > 0.3 and odd < 0.05:
        return "utf-16-be"
    return None


def _high_byte_pairing(data: bytes) -> float:
    """Share of high bytes that sit next to another high byte (≈1 for GBK, low for cp1252)."""
    high = paired = 0
    i, n = 0, min(len(data), SAMPLE)
    while i < n:
        b = data[i]
        if b >= 0x80:
            high += 1
            if i + 1 < n and data[i + 1] >= 0x40 and data[i + 1] != 0x7F:
                # a GB lead byte takes the next byte as its trail, ASCII letters included
                if data[i + 1] >= 0x80:
                    paired += 2
                    high += 1
                i += 2
                continue
        i += 1
    return paired / high if high else 0.0


def _decodes(data: bytes, codec: str) -> bool:
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        return False
    return True


def detect(data: bytes) -> str:
    """The encoding to read ``data`` with (a key of ENCODINGS)."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    bomless = _utf16_without_bom(data)
    if bomless:
        return bomless
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        # a huge file cut mid-character by the sample is still UTF-8
        if exc.start >= len(data) - 3 and exc.reason == "unexpected end of data":
            return "utf-8"
    else:
        return "utf-8"
    sample = data[:SAMPLE]
    pairing = _high_byte_pairing(sample)
    guess = _normalizer_guess(sample)
    if guess in _CHINESE:
        family = "gb18030"
    elif guess in _WESTERN:
        family = "cp1252"
    else:  # Big5, Shift-JIS, Johab... on a seller's file are nearly always a misreading
        family = "gb18030" if pairing >= 0.8 else "cp1252"
    # charset-normalizer on a few short addresses can be wrong; the byte pattern is not
    if family == "cp1252" and pairing >= 0.9 and _decodes(data, "gb18030"):
        family = "gb18030"
    elif family == "gb18030" and pairing < 0.5 and _decodes(data, "cp1252"):
        family = "cp1252"
    if not _decodes(data, ENCODINGS.get(family, family)):
        for other in ("gb18030", "cp1252", "latin-1"):
            if _decodes(data, other):
                family = other
                break
    log.info("detected encoding %s (charset-normalizer: %s, high-byte pairing %.2f)", family, guess, pairing)
    return family


def _normalizer_guess(sample: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a dependency, but never fatal
        return None
    best = from_bytes(sample).best()
    if best is None:
        return None
    return best.encoding.lower()


def decode(data: bytes, encoding: str | None) -> tuple[str, str]:
    """(text, encoding name used); a chosen encoding that does not fit is refused, never forced."""
    name = encoding.strip().lower() if encoding else detect(data)
    codec = codec_for(name)
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise InvalidInput(Message("file_not_valid_text_byte", {"name": name, "count": exc.start + 1})) from None
    text = text.removeprefix("\ufeff")
    return text, name
