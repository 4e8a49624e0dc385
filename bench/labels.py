"""Label rendering budgets: `uv run python bench/labels.py [--labels 1000] [--rounds 5] [--quick]`.

Batches of ZPL labels from the 4x6 template (load the template once, then bind + render each
label), every label a different recipient, beside a bare anchor doing the same work in the same
run, interleaved round by round (median and spread of the rounds, the ratio of the medians):

* Latin names (native printer text): budget 0.2 s per 1,000 labels (issue 17; the floor was
  1 s); anchor: the same fields as an f-string, barcodes as the printer's own ``^BC``/``^BX``.
* a different Chinese name on each label (drawn as graphics): budget 0.5 s per 1,000; anchor:
  the f-string label with the name line drawn by Pillow in 1 bit and sent as ``^GFA``.

Each round binds fresh parcels (no label repeats one of an earlier round), so the caches only
hold what a real batch shares. Then, once each: a 1,000-page PDF batch (budget 10 s) and one
4x8 carrier PDF rasterised for a 203-dpi printer on 4x6 stock (50 ms). ``--quick`` (for .ci/run):
200 labels a batch, 3 rounds, the PDF batch of 200 pages; budgets scale with the count. Exits 1
if a median is over its budget.
"""

from __future__ import annotations

import argparse
import base64
import binascii
import gc
import io
import pathlib
import statistics
import sys
import time
import zlib
from collections.abc import Callable

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))

from reportlab.graphics.barcode import code128  # noqa: E402
from reportlab.lib.units import inch  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from printers.raster import rasterize  # noqa: E402
from printers.render_pdf import render_pdf  # noqa: E402
from printers.render_zpl import render_zpl  # noqa: E402
from printers.templates import bind, load_template, sample_data  # noqa: E402

SURNAMES = "王李张刘陈杨黄赵吴周"
GIVEN = "小明伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛超霞平刚桂兰华建国志文辉玉珍海波宁红梅雪峰亮斌鹏飞晓燕春林佳琳子轩浩然欣怡宇航嘉婷"
LATIN_BUDGET = 0.2  # s per 1,000 labels
CJK_BUDGET = 0.5


def chinese_name(i: int) -> str:
    """A different Chinese name for each label (10 surnames x 60 x 60 given names)."""
    g = len(GIVEN)
    return SURNAMES[i % 10] + GIVEN[(i // 10) % g] + GIVEN[(i // (10 * g)) % g]


def _data(i: int, *, cjk: bool) -> dict[str, object]:
    """Every label a different recipient and parcel; with ``cjk`` a Chinese name, drawn as a graphic."""
    data = sample_data()
    data["tracking_number"] = f"1Z999AA1{i:010d}"
    data["parcel_number"] = f"P-2026-{i:06d}-1"
    recipient = dict(data["recipient"])  # type: ignore[call-overload]
    recipient["name"] = f"{chinese_name(i)} {i:04d} Zoë Ångström" if cjk else f"Zoë Ångström {i:04d}"
    data["recipient"] = recipient
    return data


def shipbench(data: list[dict[str, object]]) -> list[bytes]:
    template = load_template("shipping-4x6")  # once per batch, as a print run does
    return [render_zpl(bind(template, d, dpi=203)) for d in data]


# --- the bare anchors -------------------------------------------------------------------------


def _anchor_label(d: dict[str, object], name_field: str) -> bytes:
    s: dict[str, str] = d["sender"]  # type: ignore[assignment]
    r: dict[str, str] = d["recipient"]  # type: ignore[assignment]
    return (
        "^XA^CI28^PW812^LL1218^LH0,0^PON"
        f"^FO24,24^A0N,56,56^FD{d['carrier']}^FS"
        f"^FO560,32^A0N,36,36^FB228,1,0,R,0^FD{d['weight']}^FS"
        f"^FO24,100^A0N,34,34^FD{d['service']}^FS"
        "^FO24,154^GB764,3,3,B,0^FS^FO24,164^A0N,18,18^FDFROM^FS"
        f"^FO24,192^A0N,22,22^FD{s['name']}^FS^FO24,218^A0N,22,22^FD{s['company']}^FS"
        f"^FO24,244^A0N,22,22^FD{s['street']}^FS^FO24,270^A0N,22,22^FD{s['city_line']}^FS"
        f"^FO24,296^A0N,22,22^FD{s['country']}^FS"
        "^FO24,342^GB764,3,3,B,0^FS^FO24,352^A0N,22,22^FDSHIP TO^FS"
        f"{name_field}^FO24,434^A0N,42,42^FD{r['company']}^FS^FO24,484^A0N,42,42^FD{r['street']}^FS"
        f"^FO24,534^A0N,42,42^FD{r['city_line']}^FS^FO24,584^A0N,42,42^FD{r['region']}^FS"
        f"^FO24,634^A0N,42,42^FD{r['country']}^FS^FO24,684^A0N,42,42^FD{r['phone']}^FS"
        "^FO24,711^GB764,3,3,B,0^FS"
        f"^FO24,720^A0N,28,28^FDTRACKING  {d['tracking_number']}^FS"
        f"^FO40,768^BY3,3,160^BCN,160,Y,N,N^FD{d['tracking_number']}^FS"
        "^FO24,978^GB764,3,3,B,0^FS"
        f"^FO24,986^A0N,28,28^FDOrder {d['order_reference']}^FS"
        f"^FO40,1028^BY2,3,70^BCN,70,Y,N,N^FD{d['parcel_number']}^FS"
        f"^FO620,992^BXN,4,200^FD{d['parcel_number']}^FS"
        f"^FO24,1134^A0N,22,22^FB764,2,0,L,0^FD{d['sku_summary']}^FS"
        "^XZ\n"
    ).encode()


def anchor_latin(data: list[dict[str, object]]) -> list[bytes]:
    """The same fields as an f-string; the printer draws text and barcodes."""
    out = []
    for d in data:
        name = d["recipient"]["name"]  # type: ignore[index]
        out.append(_anchor_label(d, f"^FO24,384^A0N,42,42^FD{name}^FS"))
    return out


def anchor_cjk(data: list[dict[str, object]]) -> list[bytes]:
    """The f-string label with the name line drawn by Pillow in 1 bit and sent as ``^GFA``."""
    from PIL import Image, ImageDraw, ImageFont

    from printers.typeset import CJK_FONT_PATH

    face = ImageFont.truetype(str(CJK_FONT_PATH), 42, layout_engine=ImageFont.Layout.BASIC)
    invert = bytes(255 - b for b in range(256))
    out = []
    for d in data:
        name = d["recipient"]["name"]  # type: ignore[index]
        band = Image.new("1", (768, 50), 1)
        draw = ImageDraw.Draw(band)
        draw.fontmode = "1"
        draw.text((0, 39), name, font=face, fill=0, anchor="ls")
        raw = band.tobytes().translate(invert)
        b64 = base64.b64encode(zlib.compress(raw, 1))
        field = f"^GFA,{len(raw)},{len(raw)},96,:Z64:{b64.decode()}:{binascii.crc_hqx(b64, 0):04X}"
        out.append(_anchor_label(d, f"^FO24,384{field}^FS"))
    return out


# --- measuring ---------------------------------------------------------------------------------


def _timed(fn: Callable[[list[dict[str, object]]], list[bytes]], data: list[dict[str, object]]) -> tuple[float, float]:
    gc.collect()
    wall, cpu = time.perf_counter(), time.process_time()
    jobs = fn(data)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    assert len(jobs) == len(data) and all(j.startswith(b"^XA") for j in jobs)
    return wall, cpu


def interleaved(n: int, rounds: int) -> dict[str, list[tuple[float, float]]]:
    """Each round: the four batches in a rotating order, on parcels no earlier round had."""
    runs: dict[str, tuple[Callable[[list[dict[str, object]]], list[bytes]], bool]] = {
        "latin": (shipbench, False),
        "latin anchor": (anchor_latin, False),
        "cjk": (shipbench, True),
        "cjk anchor": (anchor_cjk, True),
    }
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in runs}
    names = list(runs)
    for r in range(rounds):
        for k in range(len(names)):
            name = names[(r + k) % len(names)]
            fn, cjk = runs[name]
            data = [_data(i, cjk=cjk) for i in range((r + 1) * 10_000, (r + 1) * 10_000 + n)]
            times[name].append(_timed(fn, data))
    return times


def pdf_batch(n: int) -> float:
    template = load_template("shipping-4x6")
    data = [_data(i, cjk=True) for i in range(n)]
    t = time.perf_counter()
    pdf = render_pdf([bind(template, d, dpi=203) for d in data])
    elapsed = time.perf_counter() - t
    assert pdf.count(b"/Type /Page\n") == n
    return elapsed


def carrier_pdf() -> bytes:
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(4 * inch, 8 * inch))
    c.setFont("Helvetica-Bold", 20)
    c.drawString(0.2 * inch, 7.6 * inch, "CARRIER XYZ")
    code128.Code128("9400111899223197428490", barWidth=0.015 * inch, barHeight=1.2 * inch).drawOn(
        c, 0.3 * inch, 4.5 * inch
    )
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", type=int, default=1000, help="labels per batch (default 1,000)")
    parser.add_argument("--rounds", type=int, default=5, help="interleaved rounds (default 5, at least 3)")
    parser.add_argument("--quick", action="store_true", help="200 labels, 3 rounds, a 200-page PDF (CI)")
    args = parser.parse_args(argv)
    n, rounds = (200, 3) if args.quick else (args.labels, max(3, args.rounds))
    scale = n / 1000

    # start-up, not per label: the fonts, zxing, the renderers' modules
    render_zpl(bind(load_template("shipping-4x6"), _data(0, cjk=True)))
    anchor_cjk([_data(0, cjk=True)])

    times = interleaved(n, rounds)
    over = False
    print(f"{n:,} ZPL labels a batch, {rounds} interleaved rounds: median wall (min-max), median CPU")
    for name, anchor, budget in (("latin", "latin anchor", LATIN_BUDGET), ("cjk", "cjk anchor", CJK_BUDGET)):
        ours, bare = times[name], times[anchor]
        med = statistics.median(w for w, _ in ours)
        bare_med = statistics.median(w for w, _ in bare)
        limit = budget * scale
        status = "ok" if med <= limit else "OVER"
        over |= med > limit
        label = "Latin names (native printer text)" if name == "latin" else "a different Chinese name on each"
        print(
            f"  {label:<36} {med * 1000:7.1f} ms ({min(w for w, _ in ours) * 1000:.1f}-"
            f"{max(w for w, _ in ours) * 1000:.1f}), CPU {statistics.median(c for _, c in ours) * 1000:.1f} ms"
            f"   budget {limit * 1000:.0f} ms  {status}"
        )
        print(
            f"  {'  bare anchor, same run':<36} {bare_med * 1000:7.1f} ms ({min(w for w, _ in bare) * 1000:.1f}-"
            f"{max(w for w, _ in bare) * 1000:.1f}), CPU {statistics.median(c for _, c in bare) * 1000:.1f} ms"
            f"   ratio {med / bare_med:.1f}x"
        )

    rows = []
    rows.append((f"{n:,}-page PDF batch", pdf_batch(n), 10.0 * scale))
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
