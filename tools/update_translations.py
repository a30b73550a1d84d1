#!/usr/bin/env python3
"""Refresh the translation sources from the code and build the files the app loads.

    python tools/update_translations.py                 # lupdate into the .ts files, then lrelease
    python tools/update_translations.py --release-only  # only build .qm from the .ts files
    python tools/update_translations.py --drop-obsolete # forget texts the code no longer has

Sources: every module of ``kzseats_gui/ui`` (and ``app.py``), plus the engine's step and warning
templates (``kzseats_gui.text``), which the window translates in the context "messages". Output:
``kzseats_gui/resources/translations/kzseats_ru.ts`` and ``kzseats_kk.ts`` and, from them, the ``.qm``
files that ``kzseats_gui.ui.i18n`` installs. Run it with the project's Python (``.venv/bin/python``),
which has ``pyside6-lupdate`` and ``pyside6-lrelease`` beside it. The .ts files carry no source
locations, so a change of code lines never changes them.
"""

from __future__ import annotations

import argparse
import ast
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "kzseats_gui"
TRANSLATIONS = PACKAGE / "resources" / "translations"
LANGUAGES = ("ru", "kk")


def tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        sys.exit(f"{name} not found: run this script with the project's .venv/bin/python")
    return found


def ui_sources() -> list[Path]:
    ui = PACKAGE / "ui"
    files = set(ui.glob("*.py")) | set(ui.glob("**/*.py"))
    files.add(PACKAGE / "app.py")
    return sorted(files)


def write_engine_messages(folder: Path) -> Path:
    """The engine's templates as QT_TRANSLATE_NOOP calls, so lupdate lists them for the translators."""
    sys.path.insert(0, str(ROOT))
    from kzseats_gui.text import TEMPLATES, vocabulary

    lines = ['"""Engine steps and warnings and the vocabulary, listed for lupdate (generated)."""', ""]
    for code, template in sorted(TEMPLATES.items()):
        lines.append(f"QT_TRANSLATE_NOOP({'messages'!r}, {template!r})  # {code}")
    for text in vocabulary.all_texts():
        lines.append(f"QT_TRANSLATE_NOOP({vocabulary.CONTEXT!r}, {text!r})")
    target = folder / "engine_messages.py"
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


def _translate_helpers(tree: ast.Module) -> dict[str, str]:
    """Module functions that call ``QCoreApplication.translate`` with a fixed context: name -> context."""
    constants = {
        target.id: node.value.value
        for node in tree.body if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
        for target in node.targets if isinstance(target, ast.Name)
    }
    helpers = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef):
            continue
        for call in ast.walk(node):
            if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "translate" and call.args):
                continue
            context = call.args[0]
            if isinstance(context, ast.Name):  # CONTEXT = "..." at module level
                context = ast.Constant(constants.get(context.id))
            if isinstance(context, ast.Constant) and isinstance(context.value, str):
                helpers[node.name] = context.value
    return helpers


def _leading_strings(call: ast.Call) -> list[str]:
    strings = []
    for arg in call.args:
        if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str)):
            break
        strings.append(arg.value)
    return strings


def write_helper_messages(folder: Path) -> Path:
    """Texts lupdate misses by itself, written out as calls it does read.

    - texts passed to a module's own ``_tr(text)`` helper (``QCoreApplication.translate`` with a fixed
      context);
    - plural texts ``translate(context, text, "", count)`` whose count is an expression such as
      ``tie.seats``: lupdate 6.11 drops those calls entirely.
    """
    lines = ['"""Texts lupdate does not find by itself, listed for it (generated)."""', ""]
    for source in ui_sources():
        tree = ast.parse(source.read_text(encoding="utf-8"))
        helpers = _translate_helpers(tree)
        for call in ast.walk(tree):
            if not isinstance(call, ast.Call) or not call.args:
                continue
            where = f"{source.relative_to(ROOT).as_posix()}:{call.lineno}"
            name = call.func.id if isinstance(call.func, ast.Name) else getattr(call.func, "attr", None)
            strings = _leading_strings(call)
            if name in helpers and len(call.args) == 1 and strings:
                lines.append(f"QT_TRANSLATE_NOOP({helpers[name]!r}, {strings[0]!r})  # {where}")
            elif name == "translate" and len(call.args) == 4 and len(strings) == 3:
                context, text, disambiguation = strings
                lines.append(f"translate({context!r}, {text!r}, {disambiguation!r}, 1)  # {where}")
    target = folder / "helper_messages.py"
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


def update(out: Path, drop_obsolete: bool) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        scratch_dir = Path(scratch)
        sources = [*ui_sources(), write_engine_messages(scratch_dir), write_helper_messages(scratch_dir)]
        for language in LANGUAGES:
            command = [tool("pyside6-lupdate"), *map(str, sources), "-locations", "none",
                       "-target-language", language]
            if drop_obsolete:
                command.append("-no-obsolete")
            target = out / f"kzseats_{language}.ts"
            command += ["-ts", str(target)]
            subprocess.run(command, check=True)
            # The generated lists live in a temporary folder: name it the same on every run and machine.
            scratch_path = Path(os.path.relpath(scratch_dir.resolve(), out.resolve())).as_posix()
            text = target.read_text(encoding="utf-8")
            text = text.replace(f'filename="{scratch_path}/', 'filename="generated/')
            target.write_text(text, encoding="utf-8")


def release(out: Path) -> None:
    for language in LANGUAGES:
        source = out / f"kzseats_{language}.ts"
        if source.exists():
            subprocess.run([tool("pyside6-lrelease"), str(source), "-qm", str(source.with_suffix(".qm"))],
                           check=True)
        else:
            print(f"{source} does not exist yet; run without --release-only first", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--release-only", action="store_true", help="only build .qm from the .ts files")
    parser.add_argument("--drop-obsolete", action="store_true", help="drop texts the code no longer has")
    parser.add_argument("--out", type=Path, default=TRANSLATIONS, help="folder of the .ts and .qm files")
    args = parser.parse_args(argv)
    if not args.release_only:
        update(args.out, args.drop_obsolete)
    release(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
