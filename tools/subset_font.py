"""Make the label fonts bundled in resources/fonts/ (run once, commit the result).

Labels must print Polish, Czech, Turkish, Greek, Cyrillic, Chinese, Japanese
and Korean names on any PC, so the app ships its own fonts instead of hoping
the machine has them. Two subsets, tried in this order per character by
printers/typeset.py:

* `latin`: DejaVu Sans (Bitstream Vera licence, DejaVu-LICENSE.txt), limited
  to Latin (with Latin Extended-A/B and Additional: Polish Ł, Czech ř,
  Turkish ş, Vietnamese ơ), Greek, Cyrillic and punctuation. Noto Sans CJK
  lacks ~280 of those Latin letters. Source: Debian's fonts-dejavu-core.
* `cjk`: Noto Sans CJK SC (SIL OFL, OFL.txt), limited to the scripts addresses
  use: the full collection is ~20 MB per weight. Source: Debian's
  fonts-noto-cjk.

    uv run --with fonttools python tools/subset_font.py --font latin
    uv run --with fonttools python tools/subset_font.py --font cjk \
        [--source /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc] \
        [--out resources/fonts/NotoSansCJKsc-Subset.otf]

Equivalent pyftsubset commands (RANGES below):

    pyftsubset DejaVuSans.ttf --unicodes=<LATIN_RANGES> --layout-features='*' \
        --name-IDs='*' --output-file=resources/fonts/DejaVuSans-Subset.ttf
    pyftsubset NotoSansCJK-Regular.ttc --font-number=2 --unicodes=<CJK_RANGES> \
        --layout-features='*' --no-hinting --desubroutinize=false \
        --name-IDs='*' --output-file=resources/fonts/NotoSansCJKsc-Subset.otf

The Latin subset keeps DejaVu's hinting: labels are drawn without
anti-aliasing, where hinted stems stay even at 8 pt on a 203-dpi head.
"""

from __future__ import annotations

import argparse
import pathlib
import sys
from dataclasses import dataclass

from fontTools import subset
from fontTools.ttLib import TTCollection

ROOT = pathlib.Path(__file__).resolve().parent.parent
FONTS = ROOT / "resources" / "fonts"

LATIN_RANGES: dict[str, tuple[int, int]] = {
    "Basic Latin + Latin-1": (0x0020, 0x00FF),
    "Latin Extended-A/B": (0x0100, 0x024F),
    "Spacing modifier letters (ˇ ˘ ˛ ˝)": (0x02B0, 0x02FF),
    "Combining diacritical marks (decomposed input)": (0x0300, 0x036F),
    "Greek": (0x0370, 0x03FF),
    "Cyrillic + Supplement": (0x0400, 0x052F),
    "Latin Extended Additional (Vietnamese, Welsh)": (0x1E00, 0x1EFF),
    "General Punctuation": (0x2000, 0x206F),
    "Currency, letterlike, number forms, arrows": (0x20A0, 0x21FF),
}

CJK_RANGES: dict[str, tuple[int, int]] = {
    "Basic Latin + Latin-1": (0x0020, 0x00FF),
    "Latin Extended-A/B": (0x0100, 0x024F),
    "Greek": (0x0370, 0x03FF),
    "Cyrillic": (0x0400, 0x04FF),
    "General Punctuation": (0x2000, 0x206F),
    "Currency, letterlike, number forms, arrows": (0x20A0, 0x21FF),
    "CJK Symbols and Punctuation": (0x3000, 0x303F),
    "Hiragana": (0x3040, 0x309F),
    "Katakana": (0x30A0, 0x30FF),
    "CJK Unified Ideographs": (0x4E00, 0x9FFF),
    "Hangul Syllables": (0xAC00, 0xD7AF),
    "Halfwidth and Fullwidth Forms": (0xFF00, 0xFFEF),
}
RANGES = CJK_RANGES  # the name older notes use


@dataclass(frozen=True)
class Spec:
    source: pathlib.Path
    out: pathlib.Path
    ranges: dict[str, tuple[int, int]]
    face: str | None  # face name inside a collection (.ttc)
    options: tuple[str, ...]


SPECS = {
    "latin": Spec(
        pathlib.Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
        FONTS / "DejaVuSans-Subset.ttf",
        LATIN_RANGES,
        None,
        (),
    ),
    "cjk": Spec(
        pathlib.Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
        FONTS / "NotoSansCJKsc-Subset.otf",
        CJK_RANGES,
        "Noto Sans CJK SC",
        ("--no-hinting",),
    ),
}


def _face_index(source: pathlib.Path, face: str) -> int:
    fonts = TTCollection(str(source), lazy=True).fonts
    for i, font in enumerate(fonts):
        if font["name"].getDebugName(4) == face:
            return i
    raise SystemExit(f"{source} has no face named {face!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--font", choices=sorted(SPECS), default="cjk")
    parser.add_argument("--source", type=pathlib.Path)
    parser.add_argument("--out", type=pathlib.Path)
    args = parser.parse_args(argv)
    spec = SPECS[args.font]
    source = args.source or spec.source
    out = args.out or spec.out
    if not source.exists():
        package = "fonts-dejavu-core" if args.font == "latin" else "fonts-noto-cjk"
        raise SystemExit(f"{source} is missing: apt-get install {package}")
    unicodes = ",".join(f"U+{lo:04X}-{hi:04X}" for lo, hi in spec.ranges.values())
    face = [f"--font-number={_face_index(source, spec.face)}"] if spec.face else []
    subset.main(
        [
            str(source),
            *face,
            f"--unicodes={unicodes}",
            "--layout-features=*",
            *spec.options,
            "--name-IDs=*",
            "--name-languages=*",
            f"--output-file={out}",
        ]
    )
    print(f"{out}: {out.stat().st_size / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
