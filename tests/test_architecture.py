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


def test_the_qt_free_packages_import_no_circles():
    """No module of core, charts, fileio, cli or text imports itself through others (grimp's graph)."""
    import grimp

    graph = grimp.build_graph("kzseats_gui")
    packages = ("core", "charts", "fileio", "cli", "text")
    modules = {m for m in graph.modules if m.split(".")[1:2] and m.split(".")[1] in packages}
    circles = []
    for module in sorted(modules):
        for imported in graph.find_modules_directly_imported_by(module):
            if imported in modules and graph.chain_exists(imported, module):
                chain = graph.find_shortest_chain(imported, module) or ()
                circles.append(" -> ".join((*chain, imported)))
    assert not circles, "\n".join(circles)


def test_the_qt_free_layers_type_check():
    """mypy, strict on core, fileio and charts as pyproject.toml says; its cache lives in the venv."""
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    mypy = Path(sys.executable).with_name("mypy")
    cache = Path(sys.prefix) / "mypy-cache"
    result = subprocess.run([str(mypy), "--cache-dir", str(cache)], cwd=root, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
