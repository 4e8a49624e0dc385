"""ESC/POS receipt labels: `uv run python bench/escpos_labels.py [COUNT]`.

Prints, for COUNT (default 100) different parcels on the 80 mm receipt template, the job
size with the printer's own barcodes (`GS k` / `GS ( k`) beside the all-image job, and
the render time beside a bare anchor doing the same work in the same run: the label's
preview raster sent as one python-escpos image. Exits 1 if a figure is over its budget:
native jobs smaller than image jobs; rendering within 1.5x the anchor.
"""

from __future__ import annotations

import pathlib
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))

from printers.render_escpos import _printer, render_escpos  # noqa: E402
from printers.render_png import render_image  # noqa: E402
from printers.templates import bind, load_template, sample_data  # noqa: E402


def _data(i: int) -> dict[str, object]:
    data = sample_data()
    data["tracking_number"] = f"1Z999AA1{i:010d}"
    data["parcel_number"] = f"P-2026-{i:06d}-1"
    return data


def main() -> int:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    template = load_template("shipping-80mm")
    labels = [bind(template, _data(i), dpi=203) for i in range(count)]

    t = time.perf_counter()
    native = [render_escpos(label, paper_mm=80) for label in labels]
    ours = time.perf_counter() - t
    image = [render_escpos(label, paper_mm=80, native_barcodes=False) for label in labels]

    t = time.perf_counter()
    for label in labels:  # the anchor: the same raster, one image, no bands, no native codes
        p = _printer(576)  # python-escpos' Dummy told the paper width
        p.image(render_image(label), impl="bitImageRaster", center=False)
        p.cut()
        assert p.output
    anchor = time.perf_counter() - t

    native_bytes = sum(map(len, native)) / count
    image_bytes = sum(map(len, image)) / count
    ratio = ours / anchor
    print(f"{count} labels, shipping-80mm")
    print(
        f"job size: native barcodes {native_bytes:,.0f} B, all image {image_bytes:,.0f} B "
        f"({native_bytes / image_bytes:.2f}x)  budget: < 1.00x"
    )
    print(
        f"render: {ours / count * 1000:.1f} ms/label, anchor {anchor / count * 1000:.1f} ms/label "
        f"({ratio:.2f}x)  budget: <= 1.50x"
    )
    return 0 if native_bytes < image_bytes and ratio <= 1.5 else 1


if __name__ == "__main__":
    raise SystemExit(main())
