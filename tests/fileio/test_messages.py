"""Every problem and note the workbook layer can emit has an English template."""

from __future__ import annotations

import ast
from pathlib import Path

import kzseats_gui.fileio as fileio
from kzseats_gui.fileio.safe_output import ERRNO_CODES, OTHER_ERROR
from kzseats_gui.fileio.workbook import SETTINGS_CODES
from kzseats_gui.text import TEMPLATES, render
from kzseats_gui.text.core_messages import CORE_TEMPLATES
from kzseats_gui.text.input_messages import INPUT_TEMPLATES
from kzseats_gui.text.project_messages import PROJECT_TEMPLATES

EMITTERS = {"problem", "note", "warn", "warn_alike"}  # Findings methods: the code is the first argument
RAISERS = {"BadCell", "XlsxError", "SheetDataError", "Notice", "fail", "OutputError", "note_lookalike"}


def emitted_codes() -> set[str]:
    found: set[str] = set(SETTINGS_CODES.values()) | set(ERRNO_CODES.values()) | {OTHER_ERROR}
    for path in Path(fileio.__file__).parent.glob("**/*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            first = node.args[1] if name == "OutputError" and len(node.args) > 1 else node.args[0]
            if name == "note_lookalike" and len(node.args) > 1:  # (findings, code, ...)
                first = node.args[1]
            if (
                name in EMITTERS | RAISERS
                and isinstance(first, ast.Constant)
                and isinstance(first.value, str)
            ):
                found.add(first.value)
    return found


def test_the_scan_finds_the_codes():
    codes = emitted_codes()
    assert {"count-negative", "list-votes-mismatch", "xml-unsafe", "file-not-xlsx", "sheet-unknown"} <= codes
    assert len(codes) > 50


def test_every_emitted_code_has_a_template():
    known = INPUT_TEMPLATES.keys() | PROJECT_TEMPLATES.keys()
    missing = sorted(code for code in emitted_codes() if code not in known)
    assert missing == []


def test_no_template_is_unused():
    assert sorted(set(INPUT_TEMPLATES) - emitted_codes()) == []


def test_input_codes_do_not_shadow_engine_codes():
    assert set(INPUT_TEMPLATES).isdisjoint(CORE_TEMPLATES)
    assert all(TEMPLATES[code] == text for code, text in INPUT_TEMPLATES.items())


def test_a_template_renders_its_parameters():
    text = render(
        "list-votes-mismatch",
        {"what": "Amanat", "given": 3_431_510, "summed": 3_431_000, "sheet_name": "List votes"},
    )
    assert text.startswith("Amanat has 3\u202f431\u202f510 here but 3\u202f431\u202f000 in total")
