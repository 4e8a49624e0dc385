"""Make the CJK label font bundled in resources/fonts/ (run once, commit the result).

Labels must print Chinese, Japanese, Korean, Greek and Cyrillic names on any PC,
so the app ships its own font instead of hoping the machine has one. The full
Noto Sans CJK collection is ~20 MB per weight; a subset of the Simplified
Chinese face limited to the scripts addresses use keeps the repository small.

    uv run --with fonttools python tools/subset_font.py \
        [--source /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc] \
        [--out resources/fonts/NotoSansCJKsc-Subset.otf]

Source: Debian's fonts-noto-cjk package. Equivalent pyftsubset command:

    pyftsubset NotoSansCJK-Regular.ttc --font-number=2 --unicodes=<RANGES below> \
        --layout-features='*' --no-hinting --desubroutinize=false \
        --name-IDs='*' --output-file=resources/fonts/NotoSansCJKsc-Subset.otf
"""

from __future__ import annotations

import argparse
import pathlib
import sys

from fontTools import subset
from fontTools.ttLib import TTCollection

ROOT = pathlib.Path(__file__).resolve().parent.parent
SOURCE = pathlib.Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
OUT = ROOT / "resources" / "fonts" / "NotoSansCJKsc-Subset.otf"
FACE = "Noto Sans CJK SC"

RANGES: dict[str, tuple[int, int]] = {
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


def _face_index(source: pathlib.Path) -> int:
    fonts = TTCollection(str(source), lazy=True).fonts
    for i, font in enumerate(fonts):
        if font["name"].getDebugName(4) == FACE:
            return i
    raise SystemExit(f"{source} has no face named {FACE!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=pathlib.Path, default=SOURCE)
    parser.add_argument("--out", type=pathlib.Path, default=OUT)
    args = parser.parse_args(argv)
    unicodes = ",".join(f"U+{lo:04X}-{hi:04X}" for lo, hi in RANGES.values())
    subset.main([
        str(args.source),
        f"--font-number={_face_index(args.source)}",
        f"--unicodes={unicodes}",
        "--layout-features=*",
        "--no-hinting",
        "--name-IDs=*",
        "--name-languages=*",
        f"--output-file={args.out}",
    ])
    print(f"{args.out}: {args.out.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
