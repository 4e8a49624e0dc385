"""Keep the Chinese catalogue in step with the GUI's strings (run after changing ui/).

    uv run python tools/translations.py update    # ui/*.py + main.py → resources/translations/shipbench_zh_CN.ts
    uv run python tools/translations.py release   # .ts → resources/translations/shipbench_zh_CN.qm

Commit both files: the .qm is what the app loads, so a fresh clone needs no Qt tools.
``update`` keeps every existing translation; a new or changed message arrives as
``type="unfinished"`` (tests/ui/test_i18n.py fails until it is translated), and
messages no longer in the code are dropped. Translate by editing the .ts (or in
``pyside6-linguist``), then run ``release``.

Why more than a bare ``pyside6-lupdate ui/*.py``: lupdate only sees literal
``self.tr("…")`` and ``QCoreApplication.translate("Context", "…")`` calls. The GUI also
uses ``plural(context, one, many, n)`` (ui/i18n.py), small module helpers such as
``def _t(text): return QCoreApplication.translate("launcher", text)``, context constants
(``translate(CONTEXT, "…")``) and local aliases (``T = QCoreApplication.translate``).
For each module this tool writes a shadow file holding those calls in lupdate's plain
form, on the same line numbers, lets lupdate read both, and points the locations in the
.ts back at the real module. Strings built at run time (table headers, queue names)
are listed with ``QT_TRANSLATE_NOOP`` in ui/i18n.py, ui/message_texts.py (what app/ says,
``Message`` codes → templates) and ui/app_texts.py.
"""

from __future__ import annotations

import argparse
import ast
import json
import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

log = logging.getLogger("translations")

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
TS = FOLDER / "shipbench_zh_CN.ts"
QM = FOLDER / "shipbench_zh_CN.qm"
LANGUAGE = "zh_CN"


def sources() -> list[Path]:
    """Every GUI module (whatever exists now, new files included) and the entry point."""
    return sorted((ROOT / "ui").glob("*.py")) + [ROOT / "main.py"]


def tool(name: str) -> str:
    """The PySide6 tool next to this interpreter (the project's .venv), else on PATH."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: run through `uv run` (PySide6 installs it in .venv/bin)")
    return found


# --- calls lupdate cannot read ------------------------------------------------------


def _is_qt_translate(func: ast.expr) -> bool:
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "translate"
        and (isinstance(func.value, ast.Name) and func.value.id == "QCoreApplication")
    )


def _literal(node: ast.expr | None, consts: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return consts.get(node.id)
    return None


def hidden_calls(source: str) -> list[tuple[int, str, str, bool]]:
    """(line, context, text, numerus) for each translatable call lupdate would miss."""
    tree = ast.parse(source)
    consts = {
        t.id: n.value.value
        for n in tree.body
        if isinstance(n, ast.Assign) and isinstance(n.value, ast.Constant) and isinstance(n.value.value, str)
        for t in n.targets
        if isinstance(t, ast.Name)
    }
    aliases = {
        t.id
        for n in ast.walk(tree)
        if isinstance(n, ast.Assign) and _is_qt_translate(n.value)
        for t in n.targets
        if isinstance(t, ast.Name)
    }
    # def _t(text): return QCoreApplication.translate("ctx", text)  →  {"_t": "ctx"}
    helpers: dict[str, str] = {}
    for n in tree.body:
        if isinstance(n, ast.FunctionDef) and n.args.args and n.name != "plural":
            param = n.args.args[0].arg
            for ret in ast.walk(n):
                if isinstance(ret, ast.Return) and isinstance(ret.value, ast.Call):
                    call = ret.value
                    if _is_qt_translate(call.func) and len(call.args) == 2:
                        ctx = _literal(call.args[0], consts)
                        if ctx is not None and isinstance(call.args[1], ast.Name) and call.args[1].id == param:
                            helpers[n.name] = ctx
    found: list[tuple[int, str, str, bool]] = []

    def visit(node: ast.AST, cls: str | None, self_tr: set[str], in_fstring: bool) -> None:
        if isinstance(node, ast.ClassDef):
            # ``tr = self.tr`` inside a method: ``tr("…")`` is the class's tr
            self_tr = {
                t.id
                for n in ast.walk(node)
                if isinstance(n, ast.Assign) and isinstance(n.value, ast.Attribute) and n.value.attr == "tr"
                for t in n.targets
                if isinstance(t, ast.Name)
            }
            cls = node.name
        in_fstring = in_fstring or isinstance(node, ast.JoinedStr)
        if isinstance(node, ast.Call):
            found.extend(_hidden(node, cls, self_tr, in_fstring))
        for child in ast.iter_child_nodes(node):
            visit(child, cls, self_tr, in_fstring)

    def _hidden(
        call: ast.Call, cls: str | None, self_tr: set[str], in_fstring: bool
    ) -> list[tuple[int, str, str, bool]]:
        func, args = call.func, call.args
        name = func.id if isinstance(func, ast.Name) else None
        if name == "plural" and len(args) >= 3:
            ctx = _literal(args[0], consts)
            forms = [_literal(a, consts) for a in args[1:3]]
            if ctx is not None:
                return [(call.lineno, ctx, f, True) for f in dict.fromkeys(forms) if f is not None]
        elif name in helpers and args:
            text = _literal(args[0], consts)
            if text is not None:
                return [(call.lineno, helpers[name], text, False)]
        elif (name in aliases or _is_qt_translate(func)) and len(args) >= 2:
            ctx, text = _literal(args[0], consts), _literal(args[1], consts)
            plain = _is_qt_translate(func) and isinstance(args[0], ast.Constant) and isinstance(args[1], ast.Constant)
            if ctx is not None and text is not None and (in_fstring or not plain):
                return [(call.lineno, ctx, text, len(args) >= 4)]
        elif cls is not None and args and isinstance(args[0], ast.Constant) and isinstance(args[0].value, str):
            is_self_tr = isinstance(func, ast.Attribute) and func.attr == "tr" and isinstance(func.value, ast.Name)
            if name in self_tr or (is_self_tr and in_fstring):  # lupdate skips f-strings
                return [(call.lineno, cls, args[0].value, len(args) >= 3)]
        return []

    visit(tree, None, set(), False)
    return found


def write_shadows(files: list[Path], into: Path) -> list[Path]:
    """One shadow module per source with hidden calls, each on its original line."""
    shadows = []
    for path in files:
        calls = hidden_calls(path.read_text(encoding="utf-8"))
        if not calls:
            continue
        by_line: dict[int, list[str]] = defaultdict(list)
        for line, ctx, text, numerus in calls:
            q = lambda s: json.dumps(s, ensure_ascii=False)  # noqa: E731 - a Python string literal
            by_line[line].append(f"QCoreApplication.translate({q(ctx)}, {q(text)}" + (', "", n)' if numerus else ")"))
        lines = ["; ".join(by_line.get(i, [])) for i in range(1, max(by_line) + 1)]
        shadow = into / path.relative_to(ROOT)
        shadow.parent.mkdir(parents=True, exist_ok=True)
        shadow.write_text("\n".join(lines) + "\n", encoding="utf-8")
        shadows.append(shadow)
    return shadows


# --- the commands -------------------------------------------------------------------


def update() -> Path:
    FOLDER.mkdir(parents=True, exist_ok=True)
    files = sources()
    with tempfile.TemporaryDirectory(prefix="shipbench-lupdate-") as tmp:
        shadows = write_shadows(files, Path(tmp))
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                "-no-obsolete",
                "-locations",
                "absolute",
                "-target-language",
                LANGUAGE,
                *map(str, files + shadows),
                "-ts",
                str(TS),
            ],
            check=True,
        )
        # The shadows' locations name the real modules (same line numbers).
        text = TS.read_text(encoding="utf-8")
        fake = Path(os.path.relpath(tmp, FOLDER)).as_posix()
        real = Path(os.path.relpath(ROOT, FOLDER)).as_posix()
        text = text.replace(f'filename="{fake}/', f'filename="{real}/')
        # A bare ``tr("…")`` outside a class gets no context from lupdate; the shadows
        # give it the real one (the module's helper, or the class of ``tr = self.tr``).
        text = re.sub(r"<context>\s*<name></name>.*?</context>\s*", "", text, flags=re.DOTALL)
        TS.write_text(text, encoding="utf-8")
    return TS


def release(ts: Path = TS, qm: Path = QM) -> Path:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("update", "release"))
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    done = update() if args.command == "update" else release()
    log.info("wrote %s", done.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
