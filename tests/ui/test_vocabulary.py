"""One name for each thing: the vocabulary (kzseats_gui.text.vocabulary) is the only place that names
bodies, methods, settings, seat holders and statuses. A second spelling anywhere else fails here."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from kzseats_gui.charts.chart_plan import plan_chart
from kzseats_gui.core.list_tier import METHOD_NAMES
from kzseats_gui.core.model import Body, Method
from kzseats_gui.text import vocabulary

PACKAGE = Path(__file__).resolve().parents[2] / "kzseats_gui"
# The SVG contract's data-party identifiers (cli.md): identifiers, not names.
CONTRACT_IDS = {"Independent", "Pending", "Vacant"}
# Words users may write into a workbook (read aliases, template examples): input, not output.
INPUT_FILES = {"fileio/names.py", "fileio/template.py"}
DRIFT = re.compile(
    r"\bIndependents?\b|^self-nominated$|Mazhilis \(|Mazhilis 20\d\d|Mazhilis, 20\d\d|\(historical\)"
)
NAME_TABLES = (
    vocabulary.BODIES,
    vocabulary.METHODS,
    vocabulary.THRESHOLD_BASES,
    vocabulary.SEAT_HOLDERS,
    vocabulary.STATUSES,
    vocabulary.AGAINST_ALL_RULES,
    vocabulary.TIE_RULES,
    vocabulary.RUNNER_UP_RULES,
)


def shown_literals():
    """Every string literal of the package that is not a docstring, with where it is."""
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        # the core cannot import text: its method names are checked against the vocabulary below
        if relative in ("text/vocabulary.py", "core/list_tier.py") or relative in INPUT_FILES:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef))
            and node.body and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
                yield relative, node.lineno, node.value


def test_no_other_module_spells_a_vocabulary_name():
    names = {text for table in NAME_TABLES for pair in table.values() for text in pair} - CONTRACT_IDS
    copies = [(where, line, text) for where, line, text in shown_literals() if text in names]
    assert copies == []


def test_no_drifted_names_for_bodies_and_the_self_nominated():
    drifted = [
        (where, line, text)
        for where, line, text in shown_literals()
        if text not in CONTRACT_IDS and DRIFT.search(text)
    ]
    assert drifted == []


def test_the_engine_names_methods_as_the_vocabulary_does():
    # the engine's "not the law" notice names the method in its parameters
    assert METHOD_NAMES == {method: vocabulary.method_name(method) for method in Method}


def test_every_thing_has_a_long_and_a_short_name():
    for table in (vocabulary.BODIES, vocabulary.METHODS, *NAME_TABLES):
        for long, short in table.values():
            assert long and short and len(short) <= len(long)
    assert {vocabulary.body_name(b, short=True) for b in Body} == {
        "Mazhilis", "Regional maslikhat", "Local maslikhat", "Mazhilis 2007–2021"
    }
    assert vocabulary.method_name(Method.DHONDT, law_mark=True) == "D'Hondt (comparison only, not the law)"
    assert vocabulary.method_name(Method.HARE, short=True, law_mark=True) == "Hare quota (the law)"


def test_the_window_chart_report_cli_and_workbook_say_the_same(qtbot, window, open_and_wait, tmp_path):
    """Run the sample through every output and read back what each calls the self-nominated, the
    body and the method: one name each."""
    import openpyxl

    from kzseats_gui.charts.scene_layout import build_scene
    from kzseats_gui.cli.table_output import render_table
    from kzseats_gui.fileio.export import export_results
    from kzseats_gui.paths import sample_path
    from kzseats_gui.ui.paper.chart_labels import translated_chart_labels
    from kzseats_gui.ui.paper.report_settings import settings_lines
    from kzseats_gui.ui.paper.summary_page import party_table

    result = open_and_wait(window, sample_path())
    election = window.session.document.election
    window.refresh_views()
    summary = window.panes.summary_view.fields()
    report = dict(settings_lines(result))
    assert summary["body"] == report["Body"] == vocabulary.body_name(Body.MAZHILIS)
    assert summary["method"] == report["Method"] == vocabulary.method_name(Method.HARE, law_mark=True)

    self_nominated = vocabulary.self_nominated()
    on_screen = window.charts_panel.hemicycle.legend
    legend = [on_screen.item(row).text() for row in range(on_screen.count())]
    scene = build_scene(plan_chart(election, result), labels=translated_chart_labels())
    printed = [entry.label for entry in scene.legend]
    report_rows = [row[0] for row in party_table(election, result).rows]
    copied = window.panes.results_view.copy_to_clipboard()
    results_rows = [line.split("\t")[0] for line in copied.splitlines()]
    cli_rows = [line.split("  ")[0] for line in render_table(election, result).splitlines()]
    export_results(tmp_path / "out.xlsx", election, result)
    book = openpyxl.load_workbook(tmp_path / "out.xlsx")
    workbook_rows = [row[0] for row in book["Parties"].iter_rows(values_only=True)]
    for names in (legend, printed, report_rows, results_rows, cli_rows, workbook_rows):
        assert self_nominated in names
        assert not any(DRIFT.search(str(name)) for name in names if name not in CONTRACT_IDS)
