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
from dataclasses import dataclass, fields, is_dataclass
from typing import Any

from printers.label import Address, ShippingLabel
from printers.layout import ALIGNS, BARCODE_KINDS, Barcode, Box, Element, Image, Label, LabelError, Line, Text
from printers.textfit import clean_text

__all__ = [
    "BUILTIN_DIR",
    "Template",
    "TemplateError",
    "bind",
    "list_templates",
    "load_template",
    "sample_data",
    "shipping_label_data",
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


# --- loading ------------------------------------------------------------------

_NUM = (int, float)
_FIELDS: dict[str, dict[str, tuple[type | tuple[type, ...], bool]]] = {
    # element type -> field -> (json type, required)
    "text": {"x": (_NUM, True), "y": (_NUM, True), "w": (_NUM, True), "h": (_NUM, True), "text": (str, True),
             "size": (_NUM, False), "bold": (bool, False), "max_lines": (int, False), "shrink": (bool, False),
             "min_size": (_NUM, False), "align": (str, False), "if": (str, False)},
    "barcode": {"x": (_NUM, True), "y": (_NUM, True), "w": (_NUM, True), "h": (_NUM, True), "kind": (str, True),
                "data": (str, True), "human_readable": (bool, False), "if": (str, False)},
    "line": {"x1": (_NUM, True), "y1": (_NUM, True), "x2": (_NUM, True), "y2": (_NUM, True),
             "thickness": (_NUM, False), "if": (str, False)},
    "box": {"x": (_NUM, True), "y": (_NUM, True), "w": (_NUM, True), "h": (_NUM, True),
            "thickness": (_NUM, False), "fill": (bool, False), "if": (str, False)},
    "image": {"x": (_NUM, True), "y": (_NUM, True), "w": (_NUM, True), "h": (_NUM, True),
              "src": (str, False), "data_key": (str, False), "if": (str, False)},
}


def _check_element(path: pathlib.Path, i: int, el: object) -> Mapping[str, Any]:
    where = f"{path}: element {i + 1}"
    if not isinstance(el, dict):
        raise TemplateError(f"{where} must be an object, not {type(el).__name__}")
    kind = el.get("type")
    spec = _FIELDS.get(kind)  # type: ignore[arg-type]
    if spec is None:
        raise TemplateError(f"{where}: \"type\" must be one of {', '.join(_FIELDS)}, not {kind!r}")
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
        raise TemplateError(f"{where}: \"align\" must be one of {', '.join(ALIGNS)}")
    if kind == "barcode" and el["kind"] not in BARCODE_KINDS:
        raise TemplateError(f"{where}: barcode \"kind\" must be one of {', '.join(BARCODE_KINDS)}")
    if kind == "image" and ("src" in el) == ("data_key" in el):
        raise TemplateError(f"{where}: an image needs exactly one of \"src\" (a file) or \"data_key\"")
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
            return _read(path, name)
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
    value: object = data
    for part in dotted.split("."):
        if isinstance(value, Mapping):
            value = value.get(part)
        elif is_dataclass(value) and not isinstance(value, type) and not part.startswith("_"):
            value = getattr(value, part, None) if part in {f.name for f in fields(value)} else None
        else:
            return None
        if value is None:
            return None
    return value


def _as_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(_as_text(v) for v in value if _as_text(v))
    if isinstance(value, bytes):
        return ""
    return clean_text(str(value))  # data never carries line breaks or control bytes


def fill(text: str, data: object) -> str:
    """`text` with each `{path}` replaced by its value ('' when missing); `{{`/`}}` are braces."""

    def one(m: re.Match[str]) -> str:
        if m.group(0) == "{{":
            return "{"
        if m.group(0) == "}}":
            return "}"
        return _as_text(_lookup(data, m.group(1)))

    return _PLACEHOLDER.sub(one, text)


def _num(el: Mapping[str, Any], *keys: str) -> list[float]:
    return [float(el[k]) for k in keys]


def bind(template: Template, data: object, *, dpi: int = 203) -> Label:
    """The template's label with `data` filled in, for a printer of `dpi`.

    Elements whose `"if"` value is empty are left out, and so are barcodes with
    no data; a barcode whose data cannot be encoded raises LabelError.
    """
    elements: list[Element] = []
    for el in template.elements:
        if "if" in el and not _as_text(_lookup(data, el["if"])):
            continue
        kind = el["type"]
        if kind == "text":
            x, y, w, h = _num(el, "x", "y", "w", "h")
            text = "\n".join(fill(part, data) for part in el["text"].split("\n"))
            elements.append(Text(
                x, y, w, h, text, size=float(el.get("size", 10)), bold=el.get("bold", False),
                max_lines=el.get("max_lines", 1), shrink=el.get("shrink", False),
                min_size=float(el.get("min_size", 6)), align=el.get("align", "left"),
            ))
        elif kind == "barcode":
            value = fill(el["data"], data).strip()
            if value:
                x, y, w, h = _num(el, "x", "y", "w", "h")
                elements.append(Barcode(el["kind"], value, x, y, w, h, human_readable=el.get("human_readable", True)))
        elif kind == "line":
            x1, y1, x2, y2 = _num(el, "x1", "y1", "x2", "y2")
            elements.append(Line(x1, y1, x2, y2, float(el.get("thickness", 0.3))))
        elif kind == "box":
            x, y, w, h = _num(el, "x", "y", "w", "h")
            elements.append(Box(x, y, w, h, float(el.get("thickness", 0.3)), el.get("fill", False)))
        elif kind == "image":
            picture = _image_bytes(template, el, data)
            if picture:
                x, y, w, h = _num(el, "x", "y", "w", "h")
                elements.append(Image(x, y, w, h, picture))
    return Label(template.width_mm, template.height_mm, dpi, tuple(elements))


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
        "name": a.name, "company": a.company, "street": street, "line1": a.lines[0] if a.lines else "",
        "line2": a.lines[1] if len(a.lines) > 1 else "", "city": a.city, "postcode": a.postcode,
        "region": a.region, "country": country, "phone": a.phone, "city_line": city_line,
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
    }


def sample_data() -> dict[str, object]:
    """Plausible values for a template preview (every placeholder the built-ins use)."""
    data = shipping_label_data(ShippingLabel(
        tracking_number="1Z999AA10123456784",
        parcel_number="P-2026-000123-1",
        order_reference="#100234",
        carrier="UPS",
        service="Standard",
        sender=Address("Shipbench Demo Shop", ("Unit 4, Canal Wharf",), "Leeds", "LS11 5PS", "GB", phone="+44 113 496 0000"),
        recipient=Address("王小明 Zoë Ångström", ("Rúa do Príncipe 12", "2º izq."), "Vigo", "36202", "ES",
                          region="Pontevedra", company="Çafé & Co", phone="+34 986 000 000"),
        sku_summary="2× MUG-BLU · 1× TEE-M",
        weight_grams=1250,
    ))
    data["product"] = {"name": "Blue enamel mug 350 ml", "sku": "MUG-BLU", "ean": "4006381333931",
                       "price": "12.90 EUR", "bin": "A-03-2"}
    return data
