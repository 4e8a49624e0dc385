"""Runs put together from cached glyphs are Pillow's runs, dot for dot (issue 17).

`printers.glyphs` draws a run of text from glyphs rendered once, repeating how Pillow places
them in its run mask; these compare the two on random runs of both bundled fonts, at the
sizes labels use, anywhere in a band (clipped at its edges too).
"""

from __future__ import annotations

import random

import pytest
from PIL import Image, ImageDraw

from printers.glyphs import draw_run, glyph, pillow_run
from printers.typeset import _coverage, runs

SIZES = (10, 13, 17, 23, 25, 33, 42, 50, 63)
EXTRA = (0x20, 0x3000, 0x301, 0x308, 0x2603, 0x1F600)  # spaces, combining marks, .notdef


def _band(w: int, h: int) -> tuple[Image.Image, object]:
    img = Image.new("1", (w, h), 1)
    return img, ImageDraw.Draw(img).draw


@pytest.mark.parametrize("face", [0, 1])
def test_random_runs_are_drawn_as_pillow_draws_them(face: int) -> None:
    rng = random.Random(17 + face)
    chars = sorted(_coverage(face))
    drawn = 0
    for _ in range(150):
        size = rng.choice(SIZES)
        text = "".join(
            chr(rng.choice(EXTRA) if rng.random() < 0.1 else rng.choice(chars)) for _ in range(rng.randint(1, 9))
        )
        w, h = rng.randint(20, 700), rng.randint(size // 2, 2 * size)
        x, y = rng.randint(-30, 200), rng.randint(0, h + 10)
        pillow, draw_p = _band(w, h)
        ours, draw_o = _band(w, h)
        pillow_run(draw_p, x, y, face, size, text)
        if draw_run(draw_o, x, y, face, size, text):
            drawn += 1
            assert ours.tobytes() == pillow.tobytes(), (face, size, text, x, y)
    assert drawn > 140  # the cache draws nearly every run (a glyph it cannot measure goes to Pillow)


def test_names_and_addresses_as_labels_print_them() -> None:
    """The runs a label's lines are set in (`typeset.runs`) all come from the cache."""
    lines = [
        "王小明 0001 Zoë Ångström",
        "欧阳建国",
        "广东省深圳市南山区粤海街道科技园社区",
        "Łódź, ul. Piotrkowska 104",
    ]
    for size in (25, 42):
        for line in lines:
            for face, offset, run in runs(line):
                pillow, draw_p = _band(900, 2 * size)
                ours, draw_o = _band(900, 2 * size)
                x = 7 + round(offset * size)
                pillow_run(draw_p, x, size, face, size, run)
                assert draw_run(draw_o, x, size, face, size, run)
                assert ours.tobytes() == pillow.tobytes(), (line, size, face)


def test_a_run_below_the_baseline_with_a_space_is_left_to_pillow() -> None:
    """A blank glyph's bitmap sits a dot above the baseline: beside only low glyphs it moves them."""
    img, draw = _band(200, 60)
    assert not draw_run(draw, 20, 30, 0, 23, "ˎ ")
    assert glyph(0, 23, " ") is not None and draw_run(draw, 20, 30, 0, 23, "a ˎ")
