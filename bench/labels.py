"""Label rendering budgets: `uv run python bench/labels.py`.

Prints each figure next to its budget (issue 4) and exits 1 if one is over:
1,000 ZPL labels from the 4x6 template (bind + render), a 1,000-page PDF
batch, and one 4x8 carrier PDF rasterised for a 203-dpi printer on 4x6 stock.
"""

from __future__ import annotations

import io
import pathlib
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))

from reportlab.graphics.barcode import code128  # noqa: E402
from reportlab.lib.units import inch  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from printers.raster import rasterize  # noqa: E402
from printers.render_pdf import render_pdf  # noqa: E402
from printers.render_zpl import render_zpl  # noqa: E402
from printers.templates import bind, load_template, sample_data  # noqa: E402


SURNAMES = "王李张刘陈杨黄赵吴周"


def _data(i: int, *, cjk: bool = True) -> dict[str, object]:
    """Every label a different recipient; with ``cjk`` a Chinese name, drawn as a graphic each time."""
    data = sample_data()
    data["tracking_number"] = f"1Z999AA1{i:010d}"
    data["parcel_number"] = f"P-2026-{i:06d}-1"
    recipient = dict(data["recipient"])  # type: ignore[call-overload]
    recipient["name"] = f"{SURNAMES[i % 10]}小明 {i:04d} Zoë Ångström" if cjk else f"Zoë Ångström {i:04d}"
    data["recipient"] = recipient
    return data


def zpl_1000(*, cjk: bool) -> float:
    template = load_template("shipping-4x6")
    data = [_data(i, cjk=cjk) for i in range(1000)]
    t = time.perf_counter()
    jobs = [render_zpl(bind(template, d, dpi=203)) for d in data]
    elapsed = time.perf_counter() - t
    assert len(jobs) == 1000
    return elapsed


def pdf_1000() -> float:
    template = load_template("shipping-4x6")
    data = [_data(i) for i in range(1000)]
    t = time.perf_counter()
    pdf = render_pdf([bind(template, d, dpi=203) for d in data])
    elapsed = time.perf_counter() - t
    assert pdf.count(b"/Type /Page\n") == 1000
    return elapsed


def carrier_pdf() -> bytes:
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(4 * inch, 8 * inch))
    c.setFont("Helvetica-Bold", 20)
    c.drawString(0.2 * inch, 7.6 * inch, "CARRIER XYZ")
    code128.Code128("9400111899223197428490", barWidth=0.015 * inch, barHeight=1.2 * inch).drawOn(c, 0.3 * inch, 4.5 * inch)
    c.rect(0.1 * inch, 2.1 * inch, 3.8 * inch, 5.8 * inch)
    c.showPage()
    c.save()
    return buf.getvalue()


def rasterise_once() -> tuple[float, float]:
    """(first call incl. loading pdfium, median of 20 warm calls)."""
    pdf = carrier_pdf()
    times = []
    for _ in range(21):
        t = time.perf_counter()
        rasterize(pdf, dpi=203, media_w_mm=101.6, media_h_mm=152.4)
        times.append(time.perf_counter() - t)
    return times[0], sorted(times[1:])[10]


def main() -> int:
    over = False
    load_template("shipping-4x6")
    render_zpl(bind(load_template("shipping-4x6"), _data(0)))  # font loading is start-up, not per label
    rows = []
    rows.append(("1,000 ZPL labels, Latin names (native printer text)", zpl_1000(cjk=False), 1.0))
    rows.append(("1,000 ZPL labels, a new CJK name on each (as graphics)", zpl_1000(cjk=True), 1.0))
    p = pdf_1000()
    rows.append(("1,000-page PDF batch", p, 10.0))
    first, warm = rasterise_once()
    rows.append(("carrier 4x8 PDF -> 203 dpi 4x6 raster (warm median)", warm, 0.050))
    rows.append(("  same, first call incl. loading pdfium (info)", first, float("inf")))
    for name, value, budget in rows:
        status = "ok" if value <= budget else "OVER"
        over |= value > budget
        shown = "-" if budget == float("inf") else f"{budget * 1000:.0f} ms"
        print(f"{name:<58} {value * 1000:9.1f} ms   budget {shown:>9}  {status if budget != float('inf') else ''}")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
