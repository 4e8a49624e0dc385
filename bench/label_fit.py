"""Fitting long addresses by priority: `uv run python bench/label_fit.py`.

1,000 shipping labels on the 100×100 template whose recipient is too long to print as it
comes (a long German address, a different one each): each is abbreviated, shrunk and, if
need be, trimmed of its optional lines (`printers.fitting`), then rendered to ZPL. The anchor
does the same work for 1,000 short addresses that fit as they come (bind + render, no
fitting). Budget: ≤ 3× the anchor (the label budget allows fitting to cost a few tries of the
layout, never a slower renderer). Times are the process's CPU time, so a busy machine
inflates both alike. The warm-up binds other addresses than the anchor's: the renderer caches
what labels share (issue 17), and a label met before is not the work being measured. Exits 1 if over.
"""

from __future__ import annotations

import pathlib
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))

from printers.label import Address  # noqa: E402
from printers.render_zpl import render_zpl  # noqa: E402
from printers.templates import bind_fitted, load_template, shipping_label_data  # noqa: E402
from tests.label_samples import shipping_label  # noqa: E402

BUDGET_RATIO = 3.0


def _long(i: int) -> Address:
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


def _short(i: int) -> Address:
    return Address(f"Anna Schröder {i}", (f"Leopoldstraße {i}",), "München", "80802", "DE", region="Bayern")


def run(make: object, start: int = 0) -> tuple[float, int]:
    template = load_template("shipping-100x100")
    data = [shipping_label_data(shipping_label(make(i))) for i in range(start, start + 1000)]  # type: ignore[operator]
    t = time.process_time()
    fitted = 0
    for d in data:
        bound = bind_fitted(template, d, dpi=203)
        assert not bound.unfit
        fitted += any(f.changed for f in bound.fits.values())
        render_zpl(bound.label)
    return time.process_time() - t, fitted


def main() -> int:
    run(_short, 50_000)  # fonts warm; other addresses, so the anchor's labels are not cached already
    anchor, _ = run(_short)
    took, fitted = run(_long)
    assert fitted == 1000
    ratio = took / anchor
    print(f"1,000 long addresses fitted on 100×100 + ZPL: {took:.3f} s CPU")
    print(f"anchor, 1,000 short addresses that fit as they come: {anchor:.3f} s CPU")
    print(f"ratio {ratio:.2f}× (budget ≤ {BUDGET_RATIO}×)")
    return 0 if ratio <= BUDGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
