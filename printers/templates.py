"""Label templates: JSON files in resources/labels/, bound to parcel data.

A template is a label size plus elements whose text holds placeholders such as
`{recipient.name}` or `{tracking_number}`. A missing value prints as nothing,
never as an error, so one incomplete order cannot stop a batch. A carrier may
have its own variant (`shipping-4x6.ups.json`), and a seller's own copy in the
user folder (same file name) wins over the built-in one.
"""

from __future__ import annotations

import json
import pathlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, is_dataclass, replace
from typing import Any

from printers.fitting import AddressFit, address_fields, fit_address
from printers.label import Address, ShippingLabel
from printers.layout import ALIGNS, BARCODE_KINDS, Barcode, Box, Element, Image, Label, LabelError, Line, Text
from printers.textfit import clean_text

__all__ = [
    "BUILTIN_DIR",
    "Bound",
    "CompiledTemplate",
    "Template",
    "TemplateError",
    "bind",
    "bind_fitted",
    "compiled",
    "list_templates",
    "load_template",
    "sample_data",
    "shipping_label_data",
    "size_name",
]

BUILTIN_DIR = pathlib.Path(__file__).resolve().parent.parent / "resources" / "labels"
_NAME = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")
_PLACEHOLDER = re.compile(r"\{\{|\}\}|\{([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*)\}")


class TemplateError(LabelError):
    """A template file cannot be used; the message names the file and the fault."""


@dataclass(frozen=True)
class Template:
    name: str
    path: pathlib.Path
    width_mm: float
    height_mm: float
    elements: tuple[Mapping[str, Any], ...]
    description: str = ""
    # dpi -> the template compiled for it (`compiled`): worked out once, used for every label
    _compiled: dict[int, CompiledTemplate] = field(default_factory=dict, compare=False, repr=False)


# --- loading ------------------------------------------------------------------

_NUM = (int, float)
_FIELDS: dict[str, dict[str, tuple[type | tuple[type, ...], bool]]] = {
    # element type -> field -> (json type, required)
    "text": {
        "x": (_NUM, True),
        "y": (_NUM, True),
        "w": (_NUM, True),
        "h": (_NUM, True),
        "text": (str, True),
        "size": (_NUM, False),
        "bold": (bool, False),
        "max_lines": (int, False),
        "shrink": (bool, False),
        "min_size": (_NUM, False),
        "align": (str, False),
        "if": (str, False),
    },
    "barcode": {
        "x": (_NUM, True),
        "y": (_NUM, True),
        "w": (_NUM, True),
        "h": (_NUM, True),
        "kind": (str, True),
        "data": (str, True),
        "human_readable": (bool, False),
        "if": (str, False),
    },
    "line": {
        "x1": (_NUM, True),
        "y1": (_NUM, True),
        "x2": (_NUM, True),
        "y2": (_NUM, True),
        "thickness": (_NUM, False),
        "if": (str, False),
    },
    "box": {
        "x": (_NUM, True),
        "y": (_NUM, True),
        "w": (_NUM, True),
        "h": (_NUM, True),
        "thickness": (_NUM, False),
        "fill": (bool, False),
        "if": (str, False),
    },
    "image": {
        "x": (_NUM, True),
        "y": (_NUM, True),
        "w": (_NUM, True),
        "h": (_NUM, True),
        "src": (str, False),
        "data_key": (str, False),
        "if": (str, False),
    },
}


def _check_element(path: pathlib.Path, i: int, el: object) -> Mapping[str, Any]:
    where = f"{path}: element {i + 1}"
    if not isinstance(el, dict):
        raise TemplateError(f"{where} must be an object, not {type(el).__name__}")
    kind = el.get("type")
    spec = _FIELDS.get(kind)  # type: ignore[arg-type]
    if spec is None:
        raise TemplateError(f'{where}: "type" must be one of {", ".join(_FIELDS)}, not {kind!r}')
    for key, value in el.items():
        if key in ("type", "comment"):
            continue
        if key not in spec:
            raise TemplateError(f"{where} ({kind}): unknown field {key!r}; allowed: {', '.join(spec)}")
        want, _ = spec[key]
        if not isinstance(value, want) or (isinstance(value, bool) and want is not bool):
            raise TemplateError(f"{where} ({kind}): {key!r} has the wrong type ({value!r})")
    for key, (_, required) in spec.items():
        if required and key not in el:
            raise TemplateError(f"{where} ({kind}): missing {key!r}")
    if kind == "text" and el.get("align", "left") not in ALIGNS:
        raise TemplateError(f'{where}: "align" must be one of {", ".join(ALIGNS)}')
    if kind == "barcode" and el["kind"] not in BARCODE_KINDS:
        raise TemplateError(f'{where}: barcode "kind" must be one of {", ".join(BARCODE_KINDS)}')
    if kind == "image" and ("src" in el) == ("data_key" in el):
        raise TemplateError(f'{where}: an image needs exactly one of "src" (a file) or "data_key"')
    if kind == "line" and el["x1"] != el["x2"] and el["y1"] != el["y2"]:
        raise TemplateError(f"{where}: lines must be horizontal or vertical")
    return el


def _read(path: pathlib.Path, name: str) -> Template:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise TemplateError(f"{path}: not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise TemplateError(f"{path}: cannot be read: {exc}") from exc
    if not isinstance(raw, dict):
        raise TemplateError(f"{path}: the top level must be an object with width_mm, height_mm and elements")
    for key in ("width_mm", "height_mm"):
        value = raw.get(key)
        if not isinstance(value, _NUM) or isinstance(value, bool) or not 5 <= value <= 1000:
            raise TemplateError(f"{path}: {key!r} must be a number of millimetres (5 to 1000), not {value!r}")
    elements = raw.get("elements")
    if not isinstance(elements, list):
        raise TemplateError(f"{path}: 'elements' must be a list")
    return Template(
        name=name,
        path=path,
        width_mm=float(raw["width_mm"]),
        height_mm=float(raw["height_mm"]),
        elements=tuple(_check_element(path, i, el) for i, el in enumerate(elements)),
        description=str(raw.get("description", "")),
    )


_LOADED: dict[pathlib.Path, tuple[tuple[int, int], Template]] = {}


def _read_cached(path: pathlib.Path, name: str) -> Template:
    """`_read`, once per version of the file: a batch loads its template once, not per label."""
    st = path.stat()
    stamp = (st.st_mtime_ns, st.st_size)
    held = _LOADED.get(path)
    if held is not None and held[0] == stamp and held[1].name == name:
        return held[1]
    template = _read(path, name)
    _LOADED[path] = (stamp, template)
    return template


def _carrier_key(carrier: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", carrier.strip().lower()).strip("-")


def load_template(name: str, *, carrier: str | None = None, user_dir: pathlib.Path | str | None = None) -> Template:
    """The template `name`, most specific first.

    Search order: the user's carrier variant, the built-in carrier variant, the
    user's copy, the built-in one. TemplateError if none exists or it is broken.
    """
    if not _NAME.fullmatch(name):
        raise TemplateError(f"template name {name!r} may only use a-z, 0-9, '-' and '_'")
    dirs = [pathlib.Path(user_dir)] if user_dir else []
    dirs.append(BUILTIN_DIR)
    candidates = []
    key = _carrier_key(carrier) if carrier else ""
    if key:
        candidates += [d / f"{name}.{key}.json" for d in dirs]
    candidates += [d / f"{name}.json" for d in dirs]
    for path in candidates:
        if path.is_file():
            return _read_cached(path, name)
    raise TemplateError(f"no label template named {name!r} (looked in {', '.join(str(d) for d in dirs)})")


def list_templates(user_dir: pathlib.Path | str | None = None) -> list[str]:
    """Names of the templates the seller can choose (carrier variants folded in)."""
    names = set()
    for d in [BUILTIN_DIR, *([pathlib.Path(user_dir)] if user_dir else [])]:
        for path in d.glob("*.json"):
            base = path.name.split(".", 1)[0]
            if _NAME.fullmatch(base):
                names.add(base)
    return sorted(names)


# --- binding ------------------------------------------------------------------


def _lookup(data: object, dotted: str) -> object:
    return _lookup_path(data, tuple(dotted.split(".")))


def _lookup_path(data: object, path: tuple[str, ...]) -> object:
    value: object = data
    for part in path:
        if type(value) is dict:  # the usual case, before the slower Mapping check
            value = value.get(part)
        elif isinstance(value, Mapping):
            value = value.get(part)
        elif is_dataclass(value) and not isinstance(value, type) and not part.startswith("_"):
            value = getattr(value, part, None) if part in {f.name for f in fields(value)} else None
        else:
            return None
        if value is None:
            return None
    return value


_CLEAN: dict[str, str] = {}  # values met before, cleaned (a batch repeats its sender, carrier, ...)


def _as_text(value: object) -> str:
    if value is None:
        return ""
    if type(value) is str:
        cleaned = _CLEAN.get(value)
        if cleaned is None:
            if len(_CLEAN) >= 16384:
                _CLEAN.clear()
            cleaned = _CLEAN[value] = clean_text(value)  # data never carries line breaks or control bytes
        return cleaned
    if isinstance(value, (list, tuple)):
        return ", ".join(_as_text(v) for v in value if _as_text(v))
    if isinstance(value, bytes):
        return ""
    return clean_text(str(value))


# A template text compiled: literal pieces, and placeholders as their path split at the dots.
Program = tuple[str | tuple[str, ...], ...]


def _program(text: str) -> Program:
    """`text` as the pieces `fill` puts together: `{{`/`}}` already braces, `{a.b}` as ("a", "b")."""
    out: list[str | tuple[str, ...]] = []
    last = 0
    for m in _PLACEHOLDER.finditer(text):
        if m.start() > last:
            out.append(text[last : m.start()])
        token = m.group(0)
        out.append("{" if token == "{{" else "}" if token == "}}" else tuple(m.group(1).split(".")))
        last = m.end()
    if last < len(text):
        out.append(text[last:])
    merged: list[str | tuple[str, ...]] = []
    for piece in out:  # adjacent literals as one
        if isinstance(piece, str) and merged and isinstance(merged[-1], str):
            merged[-1] += piece
        else:
            merged.append(piece)
    return tuple(merged)


def _run(program: Program, data: object) -> str:
    if len(program) == 1:
        only = program[0]
        return only if isinstance(only, str) else _value(data, only)
    return "".join([p if isinstance(p, str) else _value(data, p) for p in program])


def _value(data: object, path: tuple[str, ...]) -> str:
    """The placeholder `path` of `data` as label text (`_as_text` of `_lookup_path`), the plain
    dicts of `shipping_label_data` looked up inline: a label fills some twenty of them."""
    value: object = data
    for part in path:
        if type(value) is dict:
            value = value.get(part)
            if value is None:
                return ""
        else:
            value = _lookup_path(value, (part,))
            if value is None:
                return ""
    if type(value) is str:
        cleaned = _CLEAN.get(value)
        if cleaned is not None:
            return cleaned
    return _as_text(value)


def fill(text: str, data: object) -> str:
    """`text` with each `{path}` replaced by its value ('' when missing); `{{`/`}}` are braces."""
    return _run(_program(text), data)


def _num(el: Mapping[str, Any], *keys: str) -> list[float]:
    return [float(el[k]) for k in keys]


@dataclass(frozen=True)
class Bound:
    """A template bound to one parcel: the label, and how its address blocks were fitted."""

    label: Label
    fits: Mapping[str, AddressFit]  # "recipient" / "sender" → how that block was fitted

    @property
    def unfit(self) -> tuple[str, ...]:
        """The address blocks that cannot show what the carrier needs: do not print."""
        return tuple(whose for whose, fit in self.fits.items() if not fit.fits)


def size_name(template: Template) -> str:
    """The label's size as a packer says it: ``100×100``, ``4×6`` (whole inches)."""
    w, h = template.width_mm, template.height_mm
    inches = w / 25.4, h / 25.4
    if all(abs(v - round(v)) < 0.01 for v in inches):
        return f"{round(inches[0])}×{round(inches[1])}"
    return f"{w:g}×{h:g}"


def bind(template: Template, data: object, *, dpi: int = 203) -> Label:
    """The template's label with `data` filled in, for a printer of `dpi` (see `bind_fitted`)."""
    return compiled(template, dpi).bind(data).label


def bind_fitted(template: Template, data: object, *, dpi: int = 203) -> Bound:
    """The template's label with `data` filled in, for a printer of `dpi`.

    Elements whose `"if"` value is empty are left out, and so are barcodes with
    no data; a barcode whose data cannot be encoded raises LabelError. An address
    block that does not fit is fitted by priority (`printers.fitting`).
    """
    return compiled(template, dpi).bind(data)


def compiled(template: Template, dpi: int = 203) -> CompiledTemplate:
    """The template compiled for `dpi`, once: every label of a batch binds through the same one."""
    held = template._compiled.get(dpi)
    if held is None:
        held = template._compiled[dpi] = CompiledTemplate(template, dpi)
    return held


@dataclass(frozen=True)
class _TextSpec:
    cond: tuple[str, ...] | None
    lines: tuple[Program, ...]  # one program per template line
    const: Text | None  # the element itself when no line has a placeholder
    x: float
    y: float
    w: float
    h: float
    size: float
    bold: bool
    max_lines: int
    shrink: bool
    min_size: float
    align: Any
    address: tuple[str, tuple[str, ...]] | None  # (whose, field per line) of an address block


@dataclass(frozen=True)
class _BarcodeSpec:
    cond: tuple[str, ...] | None
    data: Program
    kind: Any
    x: float
    y: float
    w: float
    h: float
    human_readable: bool


@dataclass(frozen=True)
class _FixedSpec:
    cond: tuple[str, ...] | None
    element: Element


@dataclass(frozen=True)
class _ImageSpec:
    cond: tuple[str, ...] | None
    el: Mapping[str, Any]
    x: float
    y: float
    w: float
    h: float


_HELD = 4096  # filled texts remembered per element (a batch's repeats; bounded)


class CompiledTemplate:
    """A template worked out once for one dpi: placeholders parsed, numbers converted, the
    address blocks found, elements without placeholders (rules, boxes, "SHIP TO") built once.

    `bind` gives exactly what binding the template element by element gives (`bind_fitted`
    is this), so a batch of a thousand labels parses its template once, not a thousand times.
    """

    def __init__(self, template: Template, dpi: int) -> None:
        self.template = template
        self.dpi = dpi
        specs: list[_TextSpec | _BarcodeSpec | _FixedSpec | _ImageSpec] = []
        for el in template.elements:
            cond = tuple(el["if"].split(".")) if "if" in el else None
            kind = el["type"]
            if kind == "text":
                x, y, w, h = _num(el, "x", "y", "w", "h")
                lines = tuple(_program(part) for part in el["text"].split("\n"))
                spec = _TextSpec(
                    cond,
                    lines,
                    None,
                    x,
                    y,
                    w,
                    h,
                    size=float(el.get("size", 10)),
                    bold=el.get("bold", False),
                    max_lines=el.get("max_lines", 1),
                    shrink=el.get("shrink", False),
                    min_size=float(el.get("min_size", 6)),
                    align=el.get("align", "left"),
                    address=address_fields(el["text"]),
                )
                if spec.address is None and all(len(p) == 1 and isinstance(p[0], str) or not p for p in lines):
                    spec = replace(spec, const=self._text(spec, [_run(p, None) for p in lines]))
                specs.append(spec)
            elif kind == "barcode":
                x, y, w, h = _num(el, "x", "y", "w", "h")
                specs.append(
                    _BarcodeSpec(cond, _program(el["data"]), el["kind"], x, y, w, h, el.get("human_readable", True))
                )
            elif kind == "line":
                x1, y1, x2, y2 = _num(el, "x1", "y1", "x2", "y2")
                specs.append(_FixedSpec(cond, Line(x1, y1, x2, y2, float(el.get("thickness", 0.3)))))
            elif kind == "box":
                x, y, w, h = _num(el, "x", "y", "w", "h")
                specs.append(_FixedSpec(cond, Box(x, y, w, h, float(el.get("thickness", 0.3)), el.get("fill", False))))
            elif kind == "image":
                x, y, w, h = _num(el, "x", "y", "w", "h")
                specs.append(_ImageSpec(cond, el, x, y, w, h))
        self._specs = tuple(specs)
        # per text element: its filled lines -> (element, fit); what labels share is fitted once
        self._texts: tuple[dict[tuple[str, ...], tuple[Text, AddressFit | None]], ...] = tuple({} for _ in self._specs)
        # per barcode element: its value -> the element (a value met again is the same element)
        self._barcodes: tuple[dict[str, Barcode], ...] = tuple({} for _ in self._specs)

    def _bind_text(self, spec: _TextSpec, parts: tuple[str, ...]) -> tuple[Text, AddressFit | None]:
        text = self._text(spec, parts)
        if spec.address is None:
            return text, None
        fit = _fit(text, spec.address[1], list(parts), self.dpi)
        if fit.changed:
            text = replace(text, text=fit.text, min_size=fit.min_size, shrink=True)
        return text, fit

    @staticmethod
    def _text(spec: _TextSpec, parts: list[str] | tuple[str, ...]) -> Text:
        return Text(
            spec.x,
            spec.y,
            spec.w,
            spec.h,
            "\n".join(parts),
            size=spec.size,
            bold=spec.bold,
            max_lines=spec.max_lines,
            shrink=spec.shrink,
            min_size=spec.min_size,
            align=spec.align,
        )

    def bind(self, data: object) -> Bound:
        """The label with `data` filled in (see `bind_fitted`)."""
        elements: list[Element] = []
        fits: dict[str, AddressFit] = {}
        dpi = self.dpi
        for spec, texts, barcodes in zip(self._specs, self._texts, self._barcodes, strict=True):
            if spec.cond is not None and not _value(data, spec.cond):
                continue
            if isinstance(spec, _TextSpec):
                if spec.const is not None:
                    elements.append(spec.const)
                    continue
                parts = tuple([_run(p, data) for p in spec.lines])
                held = texts.get(parts)
                if held is None:
                    held = self._bind_text(spec, parts)
                    if len(texts) >= _HELD:
                        texts.clear()
                    texts[parts] = held
                text, fit = held
                if fit is not None and spec.address is not None:
                    fits.setdefault(spec.address[0], fit)
                elements.append(text)
            elif isinstance(spec, _BarcodeSpec):
                value = _run(spec.data, data).strip()
                if value:
                    code = barcodes.get(value)
                    if code is None:
                        code = Barcode(spec.kind, value, spec.x, spec.y, spec.w, spec.h, spec.human_readable)
                        if len(barcodes) >= _HELD:
                            barcodes.clear()
                        barcodes[value] = code
                    elements.append(code)
            elif isinstance(spec, _FixedSpec):
                elements.append(spec.element)
            else:
                picture = _image_bytes(self.template, spec.el, data)
                if picture:
                    elements.append(Image(spec.x, spec.y, spec.w, spec.h, picture))
        t = self.template
        return Bound(Label(t.width_mm, t.height_mm, dpi, tuple(elements)), fits)


def _fit(text: Text, fields: tuple[str, ...], values: list[str], dpi: int) -> AddressFit:
    from printers.compose import text_complete  # the bundled fonts load on first use

    def complete(candidate: str, min_size: float) -> bool:
        # `replace(text, text=candidate, min_size=min_size, shrink=True)`, built directly
        t = text
        tried = Text(t.x, t.y, t.w, t.h, candidate, t.size, t.bold, t.max_lines, True, min_size, t.align)
        return text_complete(tried, dpi)

    if text_complete(text, dpi):  # as the template says, shrink or not: as it always printed
        return AddressFit(text.text, text.min_size, True)
    fit = fit_address(fields, values, min_size=min(text.min_size, text.size), complete=complete)
    return replace(fit, changed=True)  # it did not fit as it came: at least the shrinking differs


def _image_bytes(template: Template, el: Mapping[str, Any], data: object) -> bytes:
    if "data_key" in el:
        value = _lookup(data, el["data_key"])
        return value if isinstance(value, bytes) else b""
    src = template.path.parent / el["src"]
    try:
        return src.read_bytes()
    except OSError as exc:
        raise TemplateError(f"{template.path}: picture {el['src']!r} cannot be read: {exc}") from exc


# --- data -------------------------------------------------------------------


def _address_data(a: Address) -> dict[str, str]:
    street = ", ".join(s for s in a.lines if s.strip())
    country = a.country.strip().upper()
    if country in ("US", "CA", "AU"):
        city_line = " ".join(p for p in (a.city, a.region, a.postcode) if p.strip())
    elif country in ("GB", "IE"):
        city_line = " ".join(p for p in (a.city, a.postcode) if p.strip())
    else:
        city_line = " ".join(p for p in (a.postcode, a.city) if p.strip())
    return {
        "name": a.name,
        "company": a.company,
        "street": street,
        "line1": a.lines[0] if a.lines else "",
        "line2": a.lines[1] if len(a.lines) > 1 else "",
        "city": a.city,
        "postcode": a.postcode,
        "region": a.region,
        "country": country,
        "phone": a.phone,
        "city_line": city_line,
    }


def _weight(grams: int | None) -> str:
    if grams is None or grams < 0:
        return ""
    if grams < 1000:
        return f"{grams} g"
    return f"{grams / 1000:.3f}".rstrip("0").rstrip(".") + " kg"


def shipping_label_data(label: ShippingLabel) -> dict[str, object]:
    """The placeholder values of one parcel's shipping label."""
    return {
        "tracking_number": label.tracking_number,
        "parcel_number": label.parcel_number,
        "order_reference": label.order_reference,
        "carrier": label.carrier,
        "service": label.service,
        "sku_summary": label.sku_summary,
        "weight": _weight(label.weight_grams),
        "sender": _address_data(label.sender),
        "recipient": _address_data(label.recipient),
        "remarks": _remarks(label),
    }


def _remarks(label: ShippingLabel) -> dict[str, str]:
    """The remarks a template may ask for: each value alone, and each as a line with its title
    ("" when empty, so a block of ``*_line`` placeholders closes up around a missing one)."""
    titled: tuple[tuple[str, str, str], ...] = (
        ("picking", "Pick", label.picking),
        ("seller_note", "Note", label.seller_note),
        ("buyer_note", "Buyer", label.buyer_note),
    )
    out = {key: value for key, _title, value in titled}
    out |= {f"{key}_line": f"{title}: {value}" if value.strip() else "" for key, title, value in titled}
    return out


def sample_data() -> dict[str, object]:
    """Plausible values for a template preview (every placeholder the built-ins use)."""
    data = shipping_label_data(
        ShippingLabel(
            tracking_number="1Z999AA10123456784",
            parcel_number="P-2026-000123-1",
            order_reference="#100234",
            carrier="UPS",
            service="Standard",
            sender=Address(
                "Shipbench Demo Shop", ("Unit 4, Canal Wharf",), "Leeds", "LS11 5PS", "GB", phone="+44 113 496 0000"
            ),
            recipient=Address(
                "王小明 Zoë Ångström",
                ("Rúa do Príncipe 12", "2º izq."),
                "Vigo",
                "36202",
                "ES",
                region="Pontevedra",
                company="Çafé & Co",
                phone="+34 986 000 000",
            ),
            sku_summary="2× MUG-BLU · 1× TEE-M",
            weight_grams=1250,
            seller_note="Gift wrap, no invoice",
            buyer_note="Please leave at the side door",
            picking="2× MUG-BLU @A-03-2 · 1× TEE-M @B-01",
        )
    )
    data["product"] = {
        "name": "Blue enamel mug 350 ml",
        "sku": "MUG-BLU",
        "ean": "4006381333931",
        "price": "12.90 EUR",
        "bin": "A-03-2",
    }
    return data
