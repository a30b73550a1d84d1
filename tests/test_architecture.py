"""The layers stay apart: the engine and the command line start without Qt or openpyxl."""

import json
import subprocess
import sys


def modules_after_import(statement: str) -> set[str]:
    code = f"import sys, json\n{statement}\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(json.loads(out.stdout))


def test_core_imports_neither_qt_nor_openpyxl():
    loaded = modules_after_import(
        "import kzseats_gui.core.allocator, kzseats_gui.core.bodies, kzseats_gui.core.sensitivity, "
        "kzseats_gui.core.simulation"
    )
    assert not {m for m in loaded if m.startswith(("PySide6", "pyqtgraph", "openpyxl"))}


def test_command_line_start_does_not_import_qt():
    loaded = modules_after_import("import kzseats_gui.cli, kzseats_gui.cli.commands")
    assert not {m for m in loaded if m.startswith(("PySide6", "pyqtgraph"))}


def test_paper_drawing_loads_no_widgets():
    """The command line draws charts and reports with ui.paper: QtGui only, no QtWidgets, no pyqtgraph."""
    loaded = modules_after_import(
        "import pkgutil, importlib, kzseats_gui.ui.paper as paper\n"
        "for module in pkgutil.iter_modules(paper.__path__):\n"
        "    importlib.import_module('kzseats_gui.ui.paper.' + module.name)"
    )
    assert "kzseats_gui.ui.paper.report" in loaded and "kzseats_gui.ui.paper.chart_export" in loaded
    widgets = ("PySide6.QtWidgets", "PySide6.QtPrintSupport", "pyqtgraph")
    assert not {m for m in loaded if m.startswith(widgets)}


def import_circles(package: str = "kzseats_gui") -> list[frozenset[str]]:
    """Every set of modules that import one another in a circle (strongly connected, more than one),
    function-level imports included."""
    import grimp

    graph = grimp.build_graph(package)
    order: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[frozenset[str]] = []

    def visit(module: str) -> None:  # Tarjan's algorithm
        order[module] = low[module] = len(order)
        stack.append(module)
        on_stack.add(module)
        for imported in graph.find_modules_directly_imported_by(module):
            if imported not in order:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], order[imported])
        if low[module] == order[module]:
            members = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                members.add(member)
                if member == module:
                    break
            if len(members) > 1:
                circles.append(frozenset(members))

    for module in sorted(graph.modules):
        if module not in order:
            visit(module)
    return circles


def test_the_package_imports_without_circles():
    """The whole package, the interface included: no modules import one another in a circle."""
    assert [sorted(circle) for circle in import_circles()] == []


def test_layer_contracts_hold():
    """import-linter checks the contracts written in pyproject.toml."""
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint)], cwd=root, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_code_is_lint_clean():
    """ruff, with the rules in pyproject.toml, over the package, tests, tools and benchmarks."""
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    ruff = Path(sys.executable).with_name("ruff")
    paths = ["kzseats_gui", "tests", "tools", "benchmarks", "installer", "dev.py"]
    result = subprocess.run([str(ruff), "check", *paths], cwd=root, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_qt_free_layers_type_check():
    """mypy, strict on core, fileio and charts as pyproject.toml says; its cache lives in the venv."""
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    mypy = Path(sys.executable).with_name("mypy")
    cache = Path(sys.prefix) / "mypy-cache"
    result = subprocess.run([str(mypy), "--cache-dir", str(cache)], cwd=root, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
