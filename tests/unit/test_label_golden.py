"""Every held label renders to the same bytes as before the batch renderer (issue 17).

`tests/label_golden.py` names the corpus: the demo's labels on every shipping and receipt
template, the benchmark's Latin and Chinese labels, fitted long addresses, every built-in
template, lines in every script the bundled fonts draw, barcodes of every kind and receipt
documents, in ZPL, TSPL, ESC/POS and the raster preview. Their SHA-256 was written by the
code as it was before templates were compiled per batch.
"""

from __future__ import annotations

import json

import pytest

from tests.label_golden import GOLDEN, GROUPS, cases, digest


@pytest.fixture(scope="module")
def golden() -> dict[str, str]:
    return json.loads(GOLDEN.read_text(encoding="utf-8"))


@pytest.mark.parametrize("group", list(GROUPS))
def test_labels_render_the_held_bytes(group: str, golden: dict[str, str]) -> None:
    seen = 0
    wrong = []
    for key, render in cases(group):
        seen += 1
        if digest(render()) != golden[key]:
            wrong.append(key)
    assert seen == sum(1 for key in golden if key.startswith(group + "/"))
    assert not wrong, f"{len(wrong)} of {seen} labels changed, e.g. {wrong[:5]}"
