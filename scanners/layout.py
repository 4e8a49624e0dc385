"""Keyboard-layout mismatch: a wedge scanner typing for a US keyboard on a non-US PC.

A keyboard-wedge scanner sends key positions (scancodes), not characters. Set up for
a US keyboard, it presses the key where "1" is on a US keyboard; a PC set to French
AZERTY reads that key as "&". So ``1234567890`` arrives as ``&é"'(-è_çà``, and on a
German QWERTZ PC "Y" and "Z" swap and "-" becomes "ß". The mapping is a permutation of
keys, so the scan can be repaired exactly, and the packer can be told what to change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Layout", "LayoutMismatch", "LAYOUTS", "detect_layout_mismatch", "repair"]

# The keys of a US keyboard, row by row, unshifted then shifted. Every layout below
# lists what the same keys produce on it, in the same order ("\0": nothing).
_US = "`1234567890-=qwertyuiop[]\\asdfghjkl;'zxcvbnm,./"
_US_SHIFT = '~!@#$%^&*()_+QWERTYUIOP{}|ASDFGHJKL:"ZXCVBNM<>?'


@dataclass(frozen=True)
class Layout:
    name: str  # "French AZERTY"
    language: str  # "French"
    family: str  # "AZERTY"
    keys: str
    keys_shift: str

    def __post_init__(self) -> None:
        if len(self.keys) != len(_US) or len(self.keys_shift) != len(_US_SHIFT):
            raise ValueError(f"{self.name}: key rows must match the US rows")

    def typed(self, us_text: str) -> str:
        """What this PC shows when a US-configured scanner types ``us_text``."""
        table = dict(zip(_US + _US_SHIFT, self.keys + self.keys_shift, strict=True))
        return "".join(table.get(c, c) for c in us_text)


LAYOUTS: tuple[Layout, ...] = (
    Layout(
        "French AZERTY",
        "French",
        "AZERTY",
        "²&é\"'(-è_çà)=azertyuiop^$*qsdfghjklmùwxcvbn,;:!",
        "\x001234567890°+AZERTYUIOP¨£µQSDFGHJKLM%WXCVBN?./§",
    ),
    Layout(
        "Belgian AZERTY",
        "Belgian French",
        "AZERTY",
        "²&é\"'(§è!çà)-azertyuiop^$µqsdfghjklmùwxcvbn,;:=",
        "³1234567890°_AZERTYUIOP¨*£QSDFGHJKLM%WXCVBN?./+",
    ),
    Layout(
        "German QWERTZ",
        "German",
        "QWERTZ",
        "^1234567890ß´qwertzuiopü+#asdfghjklöäyxcvbnm,.-",
        "°!\"§$%&/()=?`QWERTZUIOPÜ*'ASDFGHJKLÖÄYXCVBNM;:_",
    ),
)

_PLAUSIBLE = re.compile(r"[A-Za-z0-9-]{4,40}", re.ASCII)


@dataclass(frozen=True)
class LayoutMismatch:
    layout: str  # "French AZERTY"
    repaired: str  # what the scanner meant
    explanation: str  # one sentence the packer can act on
    repaired_kind: str = ""  # what the repaired code classifies as ("" if unknown)


def repair(code: str, layout: Layout) -> str | None:
    """The US text a scanner must have typed to show ``code`` on ``layout``.

    None when ``code`` holds a character no key of ``layout`` produces (then the layout
    cannot explain it). Characters outside the keyboard map (space) stay as they are.
    """
    back: dict[str, str] = {}
    for us, shown in zip(_US + _US_SHIFT, layout.keys + layout.keys_shift, strict=True):
        if shown != "\0":
            back.setdefault(shown, us)
    out = []
    for c in code:
        if c in back:
            out.append(back[c])
        elif c.isascii() and not c.isalnum() and c not in _US + _US_SHIFT:
            out.append(c)
        else:
            return None
    return "".join(out)


def detect_layout_mismatch(
    code: str, *, parcel_prefix: str = "P", order_prefixes: tuple[str, ...] = ()
) -> LayoutMismatch | None:
    """A layout mismatch that explains ``code`` (already normalised), or None.

    A layout explains a code when the code itself is not a known format and either
    its repair is one (the usual case: a tracking number typed through AZERTY), or the
    code holds characters a barcode does not (``é``, ``ß``...) and its repair is a
    plausible code. The first layout in ``LAYOUTS`` wins when several fit.
    """
    from scanners.classify import classify_known

    def known_kind(text: str) -> str:
        found = classify_known(text, parcel_prefix=parcel_prefix, order_prefixes=order_prefixes)
        return "" if found is None or found.kind in ("unknown", "misread") else found.kind

    if not code or known_kind(code):
        return None
    fallback: LayoutMismatch | None = None
    for layout in LAYOUTS:
        repaired = repair(code, layout)
        if repaired is None or repaired == code:
            continue
        kind = known_kind(repaired)
        if kind:
            return LayoutMismatch(layout.name, repaired, _explain(layout), kind)
        telltale = not _PLAUSIBLE.fullmatch(code) and _PLAUSIBLE.fullmatch(repaired)
        if telltale and fallback is None:
            fallback = LayoutMismatch(layout.name, repaired, _explain(layout))
    return fallback


def _explain(layout: Layout) -> str:
    return (
        f"The scanner types for a US keyboard but this PC uses {layout.language} "
        f"({layout.family}). Set the scanner to {layout.language}, or the PC keyboard "
        "to US English."
    )
