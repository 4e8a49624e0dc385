"""The message catalogue: every code has its English template, the GUI's template and a
Chinese translation, and every ``Message("…")`` written in app/ names a known code with
the params its template needs (read with ast: no Qt, no database)."""

from __future__ import annotations

import ast
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.errors import InvalidInput, NotFound
from app.messages import Message
from app.messages_en import ENGLISH

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "shipbench_zh_CN.ts"


def fields(template: str) -> set[str]:
    return {name for _text, name, _spec, _conv in string.Formatter().parse(template) if name}


def ui_templates() -> dict[str, str]:
    tree = ast.parse((ROOT / "ui" / "message_texts.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.target.id == "TEMPLATES":
            assert isinstance(node.value, ast.Dict)
            out = {}
            for key, value in zip(node.value.keys, node.value.values, strict=True):
                assert isinstance(key, ast.Constant)
                text = value.args[1] if isinstance(value, ast.Call) else value
                assert isinstance(text, ast.Constant)
                out[key.value] = text.value
            return out
    raise AssertionError("ui/message_texts.py has no TEMPLATES")


def chinese(context: str) -> dict[str, tuple[str, str]]:
    out = {}
    for ctx in ET.parse(TS).getroot().iter("context"):
        if ctx.findtext("name") != context:
            continue
        for message in ctx.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            out[message.findtext("source") or ""] = (translation.text or "", translation.get("type", ""))
    return out


def message_calls() -> list[tuple[str, int, ast.Call]]:
    calls = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        if path.name == "messages.py":  # the mechanism itself
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Message":
                calls.append((str(path.relative_to(ROOT)), node.lineno, node))
    return calls


def test_every_code_has_the_same_template_in_the_gui() -> None:
    assert ui_templates() == ENGLISH


def test_every_template_has_a_chinese_translation_with_the_same_fields() -> None:
    zh = chinese("Messages")
    for code, template in ENGLISH.items():
        if code == "text":
            continue
        assert template in zh, f"{code}: no translation of {template!r}"
        translation, kind = zh[template]
        assert translation and kind not in ("unfinished", "obsolete", "vanished"), f"{code}: {template!r}"
        assert fields(translation) == fields(template), f"{code}: {translation!r} vs {template!r}"


def test_every_message_in_app_uses_a_known_code_with_its_params() -> None:
    calls = message_calls()
    assert calls
    for where, line, call in calls:
        assert call.args and isinstance(call.args[0], ast.Constant), f"{where}:{line}: the code is a literal"
        code = call.args[0].value
        assert code in ENGLISH, f"{where}:{line}: unknown code {code!r}"
        if len(call.args) > 1:
            params = call.args[1]
            assert isinstance(params, ast.Dict), f"{where}:{line}: params are a dict literal"
            names = {k.value for k in params.keys if isinstance(k, ast.Constant)}
        else:
            names = set()
        assert names == fields(ENGLISH[code]), f"{where}:{line}: {code} takes {sorted(fields(ENGLISH[code]))}"


def test_a_message_reads_english_and_an_error_keeps_its_english_text() -> None:
    code = next(c for c, t in ENGLISH.items() if c != "text" and fields(t))
    params = dict.fromkeys(fields(ENGLISH[code]), "X1")
    message = Message(code, params)
    assert "X1" in str(message) and "{" not in str(message)
    error = InvalidInput(message)
    assert str(error) == str(message) and error.message == message
    assert NotFound("no such thing").message == Message("text", {"text": "no such thing"})
    with pytest.raises(KeyError):
        Message("no such code")
