"""Window tests run offscreen; a test fails when it leaves a thread running or Qt warns.

Qt messages are captured for the whole test (set-up, call and the closing of its widgets at tear-down)
by a handler installed here; a warning or worse fails the test, except a few messages the offscreen
platform prints about itself.
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import gc  # noqa: E402
import re  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

import official_2023
import pytest  # noqa: E402
from PySide6.QtCore import QSettings, QThread, QtMsgType, qInstallMessageHandler  # noqa: E402

UI_TESTS = Path(__file__).resolve().parent
# What the offscreen platform says about itself; not a problem of the code under test.
IGNORED_QT_MESSAGES = [
    re.compile(r"This plugin does not support"),
    re.compile(r"Populating font family aliases took"),
    re.compile(r"^QFont::fromString"),
]
FAILING_TYPES = (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)


def pytest_collection_modifyitems(config, items):
    for item in items:
        if UI_TESTS in Path(str(item.fspath)).resolve().parents:
            # Messages are captured by the fixture below for the whole test, tear-down included.
            item.add_marker(pytest.mark.no_qt_log)


def _running_qthreads() -> list[QThread]:
    from kzseats_gui.ui.session.task_runner import running_threads

    found = {id(thread): thread for thread in running_threads()}
    for obj in gc.get_objects():
        try:
            if isinstance(obj, QThread) and obj.isRunning() and obj is not QThread.currentThread():
                found[id(obj)] = obj
        except RuntimeError:  # wrapper of a deleted C++ object
            continue
    return list(found.values())


@pytest.fixture(autouse=True)
def qt_hygiene():
    messages: list[str] = []

    def handler(kind, context, text):
        if kind in FAILING_TYPES and not any(p.search(text) for p in IGNORED_QT_MESSAGES):
            messages.append(f"{kind.name}: {text}")
        sys.stderr.write(f"{text}\n")  # a fatal message is the last thing anyone sees

    previous = qInstallMessageHandler(handler)
    try:
        yield
        # The test's widgets become garbage here: collect it on the main thread. Left to a later
        # collection it may be run on a worker thread, where PySide's weakref callbacks disconnect
        # signals and can deadlock against the main thread connecting one (the suite hung so).
        gc.collect()
        left = _running_qthreads()
        for thread in left:  # stop them so the interpreter does not abort on exit
            thread.quit()
            thread.wait(5000)
    finally:
        qInstallMessageHandler(previous)
    problems = []
    if left:
        problems.append(f"{len(left)} QThread(s) left running: {[t.objectName() for t in left]}")
    if messages:
        problems.append("Qt warned:\n  " + "\n  ".join(messages))
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


@pytest.fixture
def preferences(tmp_path) -> QSettings:
    """Settings in a file of the test's own (recent files, language, geometry)."""
    return QSettings(str(tmp_path / "kzseats.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def log_file(tmp_path, monkeypatch) -> Path:
    from kzseats_gui.ui import log

    path = tmp_path / "kzseats.log"
    monkeypatch.setattr(log, "_override", path)
    return path


def write_workbook(path: Path, sheets: dict) -> Path:
    """A workbook with one sheet per entry, rows as given (first row = header)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fileio"))
    from fileio_books import write_book  # the one workbook writer of the tests

    return write_book(path, sheets)


PARTIES_2023 = list(official_2023.LIST_VOTES)  # (name, list votes) in ballot order
AGAINST_ALL_2023 = official_2023.AGAINST_ALL


@pytest.fixture
def workbook(tmp_path):
    """``workbook(name, sheets)`` writes a workbook in the test's folder and returns its path."""

    def make(name: str, sheets: dict) -> Path:
        return write_workbook(tmp_path / name, sheets)

    return make


@pytest.fixture
def list_only_2023(workbook) -> Path:
    """The 2023 list vote with the list tier only (no districts), so every seat is a list seat."""
    return workbook("list-2023.xlsx", {
        "Election": [("Setting", "Value"), ("District seats", 0)],
        "Parties": [("Party", "Votes"), *PARTIES_2023, ("Against all", AGAINST_ALL_2023)],
    })


@pytest.fixture
def tied_workbook(workbook) -> Path:
    """Two lists with equal remainders at the last of 3 seats and no registration order: lots decide."""
    return workbook("tie.xlsx", {
        "Election": [("Setting", "Value"), ("List seats", 3), ("District seats", 0)],
        "Parties": [("Party", "Votes"), ("Alpha", 150), ("Beta", 150)],
    })


@pytest.fixture
def window(qtbot, preferences, log_file):
    from PySide6.QtCore import QRect

    from kzseats_gui.ui.window.main_window import MainWindow

    created = MainWindow(preferences)
    qtbot.addWidget(created)
    created.fit_to_screen(1280, 800, QRect(0, 0, 1280, 800))  # a 1280×800 laptop screen
    return created


@pytest.fixture
def open_and_wait(qtbot):
    """``open_and_wait(window, path)``: open a workbook and wait until the window is idle again."""

    def run(window, path, timeout: int = 20_000):
        with qtbot.waitSignal(window.idle, timeout=timeout):
            window.open_path(path)
        return window.session.result

    return run


@pytest.fixture
def party_cell():
    """``party_cell(view, party, column)``: the raw value a table view shows, read through its model."""
    from kzseats_gui.ui.views.tables import VALUE_ROLE

    def read(view, party: str, column: int):
        model = view.model()
        row = model.row_of(party)
        assert row is not None, f"{party} not in the table"
        return model.index(row, column).data(VALUE_ROLE)

    return read
