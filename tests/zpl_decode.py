"""Render ZPL offline (zplkit) and read its barcodes back (zxing-cpp).

Tests use this to prove a label scans, not just that it contains `^BC`.
zplkit's captured printer fonts lack some glyphs (CJK, many accents); a real
printer prints a blank or a box for those, so the helper does the same by
substituting '?' for each glyph zplkit reports, then renders again. Barcodes
are never touched by the substitution (their data is plain ASCII).
"""

from __future__ import annotations

import re

import zplkit
import zplkit.rendering
import zxingcpp
from PIL import Image

_MISSING_GLYPH = re.compile(r"unsupported embedded font glyph '(.+)'", re.S)
# Printer settings that change darkness, speed or media tracking, not the image: zplkit
# does not know them, so they are left out of the rendering.
_ENGINE_SETTINGS = re.compile(rb"\^(?:MD|PR|MN|MM)[^\^~]*")


def _substitute(zpl: bytes, glyph: str) -> bytes:
    raw = glyph.encode("utf-8")
    escaped = "".join(f"_{b:02X}" for b in raw).encode("ascii")
    out = zpl.replace(raw, b"?").replace(escaped, b"?")
    lower = "".join(f"_{b:02x}" for b in raw).encode("ascii")
    return out.replace(lower, b"?")


def render_zpl_images(zpl: bytes, dpi: int = 203) -> list[Image.Image]:
    """Each label in `zpl` as a grayscale PIL image, missing glyphs as '?'."""
    zpl = _ENGINE_SETTINGS.sub(b"", zpl)
    for _ in range(200):
        try:
            doc = zplkit.render(zpl, zplkit.Options(dpi=dpi))
            break
        except zplkit.rendering.RenderError as exc:
            match = _MISSING_GLYPH.search(str(exc))
            if not match:
                raise
            replaced = _substitute(zpl, match.group(1))
            if replaced == zpl:
                raise
            zpl = replaced
    else:  # pragma: no cover - a label with 200 distinct unprintable glyphs
        raise AssertionError("too many glyphs zplkit cannot draw")
    images = []
    for scene in doc.labels:
        raster = scene.rasterize()
        images.append(Image.frombytes("L", (raster.width, raster.height), raster.pixels))
    return images


def decode_zpl(zpl: bytes, dpi: int = 203) -> list[str]:
    """Texts of all barcodes zxing-cpp finds on the rendered labels."""
    return [result.text for image in render_zpl_images(zpl, dpi) for result in zxingcpp.read_barcodes(image)]


_TEXT_FIELD = re.compile(rb"\^FH_\^FD(.*?)\^FS", re.S)
_HEX = re.compile(rb"_([0-9A-Fa-f]{2})")


def zpl_text_lines(zpl: bytes) -> list[str]:
    """The text fields a ZPL label prints in the printer's font (`^FH_` escapes decoded).

    Lines with characters outside Latin-1 (CJK) are graphics, not fields: they are not here.
    """
    out = []
    for body in _TEXT_FIELD.findall(zpl):
        raw = _HEX.sub(lambda m: bytes([int(m.group(1), 16)]), body)
        out.append(raw.decode("utf-8").replace("\\\\", "\\"))
    return out
