"""The label bytes every renderer produced before labels were compiled per batch (issue 17).

`cases()` names every label of the held corpus: the demo's labels (every address the
simulator seeds, on every shipping template, at 203 and 300 dpi), the benchmark's labels
(a Latin and a Chinese name on each), long addresses that need fitting, every built-in
template with its sample data, crafted lines in every script the bundled fonts draw
(bold, aligned, shrunk, combining marks, characters no font has) and receipt documents;
each in ZPL, TSPL, ESC/POS and the raster preview, with and without text as graphics.
`tests/data/labels/render_sha256.json` holds the SHA-256 of each as rendered by the code
before the batch renderer (`python -m tests.label_golden` wrote it), so the fast paths are
proven byte-identical to the slow ones.
"""

from __future__ import annotations

import hashlib
import json
import pathlib
from collections.abc import Callable, Iterator

from printers.label import Address
from printers.layout import Barcode, Box, Label, Line, Text
from tests.label_samples import DPIS, SHIPPING_TEMPLATES, demo_labels, shipping_label

GOLDEN = pathlib.Path(__file__).parent / "data" / "labels" / "render_sha256.json"
RECEIPT_TEMPLATES = ("shipping-80mm", "shipping-58mm")
SURNAMES = "王李张刘陈杨黄赵吴周"
GIVEN = "小明伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛超霞平刚桂兰"

Render = Callable[[], bytes]


def bench_data(i: int, *, cjk: bool) -> dict[str, object]:
    """The benchmark's label data (`bench/labels.py`): every label a different recipient."""
    from printers.templates import sample_data

    data = sample_data()
    data["tracking_number"] = f"1Z999AA1{i:010d}"
    data["parcel_number"] = f"P-2026-{i:06d}-1"
    recipient = dict(data["recipient"])  # type: ignore[call-overload]
    if cjk:
        name = SURNAMES[i % 10] + GIVEN[(i * 7) % len(GIVEN)] + GIVEN[(i * 13 + 3) % len(GIVEN)]
        recipient["name"] = f"{name} {i:04d} Zoë Ångström"
    else:
        recipient["name"] = f"Zoë Ångström {i:04d}"
    data["recipient"] = recipient
    return data


def long_address(i: int) -> Address:
    return Address(
        name=f"Dr. med. Maximilian Alexander Freiherr von Hohenzollern-Sigmaringen {i}",
        company="Müller-Lüdenscheidt Rechtsanwaltsgesellschaft mbH",
        lines=(f"Kurfürstendamm-Straße {i}, Hinterhaus, 4. Obergeschoss links", "c/o Kanzlei Müller & Partner"),
        city="Frankfurt am Main",
        postcode="60311",
        country="DE",
        region="Hessen",
        phone="+49 69 12345678",
    )


def chinese_address(i: int) -> Address:
    return Address(
        name="欧阳" + GIVEN[i % len(GIVEN)] + GIVEN[(i * 5) % len(GIVEN)],
        company="深圳市前海深港合作区示例国际供应链管理有限公司" if i % 2 else "",
        lines=(
            f"广东省深圳市南山区粤海街道科技园社区科苑路{i}号科兴科学园B栋4单元1801室",
            "前台代收（工作日9:00-18:00）",
        ),
        city="深圳市",
        postcode="518057",
        country="CN",
        region="广东省",
        phone="+86 755 8888 0000",
    )


SCRIPTS = (
    "王小明 Zoë Ångström",
    "Ελληνικά Κωνσταντίνος Παπαδόπουλος",
    "Москва, ул. Тверская, д. 7, кв. 12",
    "東京都港区六本木ハイツ 3-2-1 やまだ たろう",
    "서울특별시 강남구 테헤란로 427 김민준",
    "Łódź Żółć Český Krumlov ş ğ İ ı",
    "e\u0301 a\u0308 n\u0303 combining marks",
    "emoji \U0001f600 and \u2603 and \ufffd",
    "全角（括号）、标点。“引号”《书名》",
    "Tab\tand  many   spaces",
    'quote " back \\ bang ! caret ^ tilde ~',
    "الْعَرَبِيَّة עברית",
)


BARCODES = (
    ("code128", "1Z999AA10123456784"),
    ("code128", "ABC^~_\\12345678901x"),
    ("code128", "12345"),
    ("code128", "a1234b56789012c"),
    ("ean13", "4006381333931"),
    ("ean13", "400638133393"),
    ("qr", "https://example.com/t/1Z999AA10123456784"),
    ("qr", "王小明 Zoë"),
    ("datamatrix", "P-2026-000123-1"),
)


def crafted(dpi: int) -> Iterator[tuple[str, Label]]:
    """Lines in every script, bold or not, at several sizes and alignments, shrunk and cut."""
    for n, line in enumerate(SCRIPTS):
        for bold in (False, True):
            elements = []
            y = 2.0
            for size, align in ((6.0, "left"), (9.5, "center"), (14.0, "right"), (22.0, "left")):
                elements.append(Text(2, y, 96, size * 0.5, line, size=size, bold=bold, align=align))  # type: ignore[arg-type]
                y += size * 0.5 + 1
            elements.append(
                Text(2, y, 40, 14, line + " " + line, size=12, bold=bold, max_lines=2, shrink=True, min_size=5)
            )
            elements.append(Text(45, y, 30, 4, line, size=11, bold=bold))  # cut with '...'
            elements.append(Box(1, 1, 98, y + 16, 0.4))
            elements.append(Line(1, y - 0.5, 99, y - 0.5, 0.3))
            yield f"crafted-{n}{'-bold' if bold else ''}@{dpi}", Label(100, y + 18, dpi, tuple(elements))
    for n, (kind, data) in enumerate(BARCODES):
        code = Barcode(kind, data, 2, 2, 96, 30, human_readable=n % 2 == 0)  # type: ignore[arg-type]
        yield f"barcode-{n}@{dpi}", Label(100, 34, dpi, (code,))


def _renderers() -> dict[str, Callable[..., Render]]:
    from printers.render_escpos import render_escpos
    from printers.render_png import render_image
    from printers.render_tspl import render_tspl
    from printers.render_zpl import render_zpl

    def zpl(label: Label, **kw: object) -> Render:
        return lambda: render_zpl(label, **kw)  # type: ignore[arg-type]

    def tspl(label: Label, **kw: object) -> Render:
        return lambda: render_tspl(label, **kw)  # type: ignore[arg-type]

    def escpos(label: Label, **kw: object) -> Render:
        return lambda: render_escpos(label, **kw)  # type: ignore[arg-type]

    def png(label: Label) -> Render:
        return lambda: render_image(label).tobytes()

    return {"zpl": zpl, "tspl": tspl, "escpos": escpos, "png": png}


def _demo(template: str, dpi: int) -> Iterator[tuple[str, Render]]:
    """The demo's labels, as the app binds them (fitted)."""
    from printers.templates import bind_fitted, load_template, shipping_label_data

    r = _renderers()
    for key, parcel in demo_labels().items():
        label = bind_fitted(load_template(template), shipping_label_data(parcel), dpi=dpi).label
        base = f"demo/{template}@{dpi}/{key}"
        if template in RECEIPT_TEMPLATES:
            paper = 80 if template.endswith("80mm") else 58
            yield f"{base}/escpos", r["escpos"](label, paper_mm=paper)
            if key.endswith("-0"):
                yield f"{base}/escpos-images", r["escpos"](label, paper_mm=paper, native_barcodes=False)
                yield (
                    f"{base}/escpos-upside-down",
                    r["escpos"](label, paper_mm=paper, upside_down=True, setup=b"\x1b{\x01"),
                )
        yield f"{base}/zpl", r["zpl"](label)
        yield f"{base}/tspl", r["tspl"](label)
        if dpi == 203:
            yield f"{base}/zpl-graphics", r["zpl"](label, text_as_graphics=True)
            yield f"{base}/tspl-graphics", r["tspl"](label, text_as_graphics=True)


def _bench() -> Iterator[tuple[str, Render]]:
    """The benchmark's labels: a Latin and a Chinese name on each."""
    from printers.profiles import PrinterProfile, setup_commands
    from printers.templates import bind, load_template

    r = _renderers()
    zpl_setup = setup_commands(
        PrinterProfile(
            name="z",
            uri="tcp://127.0.0.1:9100",
            language="zpl",
            dpi=203,
            width_mm=101.6,
            height_mm=152.4,
            darkness=20,
            x_offset=8,
        )
    )
    tspl_setup = setup_commands(
        PrinterProfile(
            name="t", uri="tcp://127.0.0.1:9100", language="tspl", dpi=203, width_mm=101.6, height_mm=152.4, y_offset=4
        )
    )
    for cjk in (False, True):
        for i in range(24):
            data = bench_data(i, cjk=cjk)
            base = f"bench/{'cjk' if cjk else 'latin'}/{i}"
            label = bind(load_template("shipping-4x6"), data, dpi=203)
            yield f"{base}/zpl", r["zpl"](label)
            yield f"{base}/tspl", r["tspl"](label)
            if i % 6 == 0:
                yield f"{base}/zpl-setup", r["zpl"](label, setup=zpl_setup, copies=2)
                yield f"{base}/tspl-setup", r["tspl"](label, setup=tspl_setup, copies=3)
                yield f"{base}/zpl-300", r["zpl"](bind(load_template("shipping-4x6"), data, dpi=300))
                ups = load_template("shipping-4x6", carrier="UPS")
                yield f"{base}/zpl-ups", r["zpl"](bind(ups, data, dpi=203))
                receipt = bind(load_template("shipping-80mm"), data, dpi=203)
                yield f"{base}/escpos", r["escpos"](receipt, paper_mm=80)


def _fitted() -> Iterator[tuple[str, Render]]:
    """Addresses that only fit abbreviated, shrunk or trimmed."""
    from printers.templates import bind_fitted, load_template, shipping_label_data

    r = _renderers()
    for i in range(8):
        for make in (long_address, chinese_address):
            parcel = shipping_label(make(i))
            for template in ("shipping-100x100", "shipping-4x6"):
                label = bind_fitted(load_template(template), shipping_label_data(parcel), dpi=203).label
                yield f"fitted/{make.__name__}/{i}/{template}/zpl", r["zpl"](label)
                yield f"fitted/{make.__name__}/{i}/{template}/tspl", r["tspl"](label)


def _templates() -> Iterator[tuple[str, Render]]:
    """Every built-in template with its sample data, and as the preview draws it."""
    from printers.templates import bind, list_templates, load_template, sample_data

    r = _renderers()
    for name in list_templates():
        for dpi in (203, 300):
            label = bind(load_template(name), sample_data(), dpi=dpi)
            yield f"template/{name}@{dpi}/zpl", r["zpl"](label)
            yield f"template/{name}@{dpi}/zpl-graphics", r["zpl"](label, text_as_graphics=True)
            yield f"template/{name}@{dpi}/tspl", r["tspl"](label)
            yield f"template/{name}@{dpi}/png", r["png"](label)


def _crafted() -> Iterator[tuple[str, Render]]:
    r = _renderers()
    for dpi in (203, 300):
        for key, label in crafted(dpi):
            yield f"crafted/{key}/png", r["png"](label)
            yield f"crafted/{key}/zpl", r["zpl"](label)
            yield f"crafted/{key}/zpl-graphics", r["zpl"](label, text_as_graphics=True)
            yield f"crafted/{key}/tspl", r["tspl"](label)


def _flow() -> Iterator[tuple[str, Render]]:
    """Receipt documents: text lines in every script, a rule, a picture."""
    from printers.render_escpos import FlowImage, FlowRule, FlowText, escpos_flow
    from printers.render_png import render_image
    from printers.templates import bind, load_template, sample_data

    picture = render_image(bind(load_template("product-60x40"), sample_data(), dpi=203)).crop((0, 0, 360, 300))
    items = [
        FlowText("Packing slip 装箱单", bold=True, large=True, align="center"),
        FlowRule(),
        *(FlowText(line, bold=n % 2 == 1, align=("left", "center", "right")[n % 3]) for n, line in enumerate(SCRIPTS)),
        FlowImage(picture),
    ]
    for paper in (58, 80):
        yield f"flow/{paper}/escpos", (lambda paper=paper: escpos_flow(items, paper_mm=paper))


GROUPS: dict[str, Callable[[], Iterator[tuple[str, Render]]]] = {
    **{f"demo/{t}@{dpi}": (lambda t=t, dpi=dpi: _demo(t, dpi)) for t in SHIPPING_TEMPLATES for dpi in DPIS},
    **{f"demo/{t}@203": (lambda t=t: _demo(t, 203)) for t in RECEIPT_TEMPLATES},
    "bench": _bench,
    "fitted": _fitted,
    "template": _templates,
    "crafted": _crafted,
    "flow": _flow,
}


def cases(group: str | None = None) -> Iterator[tuple[str, Render]]:
    """(key, render) for every label of the corpus (or of one group); `render()` gives its bytes."""
    for name, make in GROUPS.items():
        if group is None or name == group:
            yield from make()


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:24]


def digests() -> dict[str, str]:
    return {key: digest(render()) for key, render in cases()}


if __name__ == "__main__":
    GOLDEN.write_text(json.dumps(digests(), indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {GOLDEN}")
