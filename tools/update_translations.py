#!/usr/bin/env python3
"""Refresh the translation sources from the code and build the files the app loads.

    python tools/update_translations.py                 # lupdate into the .ts files, then lrelease
    python tools/update_translations.py --release-only  # only build .qm from the .ts files
    python tools/update_translations.py --drop-obsolete # forget texts the code no longer has

Sources: every module of ``kzseats_gui/ui`` (and ``app.py``), plus the engine's step and warning
templates (``kzseats_gui.text``), which the window translates in the context "messages". Output:
``resources/translations/kzseats_ru.ts`` and ``kzseats_kk.ts`` and, from them, the ``.qm`` files that
``kzseats_gui.ui.i18n`` installs. Run it with the project's Python (``.venv/bin/python``), which has
``pyside6-lupdate`` and ``pyside6-lrelease`` beside it.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "kzseats_gui"
TRANSLATIONS = ROOT / "resources" / "translations"
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
    from kzseats_gui.text import TEMPLATES

    lines = ['"""Engine steps and warnings, listed for lupdate (generated)."""', ""]
    for code, template in sorted(TEMPLATES.items()):
        lines.append(f"QT_TRANSLATE_NOOP({'messages'!r}, {template!r})  # {code}")
    target = folder / "engine_messages.py"
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


def update(out: Path, drop_obsolete: bool) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        sources = [*ui_sources(), write_engine_messages(Path(scratch))]
        for language in LANGUAGES:
            command = [tool("pyside6-lupdate"), *map(str, sources), "-locations", "relative",
                       "-target-language", language]
            if drop_obsolete:
                command.append("-no-obsolete")
            command += ["-ts", str(out / f"kzseats_{language}.ts")]
            subprocess.run(command, check=True)


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
