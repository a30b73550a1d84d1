"""The PyInstaller spec leaves out only Qt modules that nothing imports: excluding one that pyqtgraph
imports (as QtOpenGL once was) makes the frozen app crash at start."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pyqtgraph
import PySide6

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "installer" / "kzseats.spec"


def spec_list(name: str) -> set[str]:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == name for t in node.targets):
            return set(ast.literal_eval(node.value))
    raise AssertionError(f"{name} not in the spec")


def qt_modules_named_in(folder: Path, skip: tuple[str, ...] = ()) -> set[str]:
    named: set[str] = set()
    for source in folder.rglob("*.py"):
        if any(part in skip for part in source.relative_to(folder).parts):
            continue
        named |= set(re.findall(r"\b(Qt[A-Z]\w+)\b", source.read_text(encoding="utf-8", errors="ignore")))
    return named & installed_qt_modules()


def installed_qt_modules() -> set[str]:
    return {path.name.split(".")[0] for path in Path(PySide6.__file__).parent.glob("Qt*.*")
            if path.suffix in (".so", ".pyd")}


def test_every_qt_module_pyqtgraph_or_kzseats_names_is_kept():
    pyqtgraph_uses = qt_modules_named_in(Path(pyqtgraph.__file__).parent, skip=("examples",))
    ours = qt_modules_named_in(ROOT / "kzseats_gui")
    assert {"QtOpenGL", "QtOpenGLWidgets", "QtSvg"} <= pyqtgraph_uses  # what pyqtgraph 0.14 imports
    assert pyqtgraph_uses | ours <= spec_list("QT_KEPT")
    assert not (pyqtgraph_uses | ours) & spec_list("QT_UNUSED")


def test_every_installed_qt_module_is_either_kept_or_left_out_on_purpose():
    kept, unused = spec_list("QT_KEPT"), spec_list("QT_UNUSED")
    assert not kept & unused
    assert installed_qt_modules() <= kept | unused, "a new Qt module: decide whether the app needs it"
