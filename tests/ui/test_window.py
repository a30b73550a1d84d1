"""The main window: opening workbooks, errors that reach the user, background work that can be
cancelled or superseded, and closing while work runs."""

import hashlib
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication

from kzseats_gui.core.errors import Cancelled
from kzseats_gui.fileio import workbook as workbook_io
from kzseats_gui.paths import sample_path
from kzseats_gui.ui.views.results_view import Column
from kzseats_gui.ui.window import error_dialogs


def test_the_sample_opens_with_the_official_2023_result(qtbot, window, open_and_wait, party_cell):
    result = open_and_wait(window, sample_path())
    assert result is not None and result.status == "ok"
    view = window.panes.results_view
    assert party_cell(view, "Amanat", Column.LIST_SEATS) == 40
    assert party_cell(view, "Amanat", Column.DISTRICT_SEATS) == 22
    assert party_cell(view, "Amanat", Column.TOTAL_SEATS) == 62
    assert sample_path().name in window.windowTitle()
    assert not window.task_status.cancel_button.isVisible()


def test_a_bad_workbook_lists_every_problem_with_sheet_and_cell(qtbot, window, workbook, monkeypatch,
                                                                open_and_wait, list_only_2023):
    shown = []
    monkeypatch.setattr(error_dialogs.WorkbookErrorDialog, "exec", lambda dialog: shown.append(dialog))
    bad = workbook("bad.xlsx", {"Parties": [("Party", "Votes"), ("A", 100), ("B", -5), ("C", "many")]})

    assert open_and_wait(window, bad) is None
    assert len(shown) == 1
    rows = shown[0].rows()
    assert [(sheet, cell) for sheet, cell, _ in rows] == [("Parties", "B3"), ("Parties", "B4")]
    assert all(problem for _, _, problem in rows)
    shown[0].copy_all()
    copied = QGuiApplication.clipboard().text()
    assert "bad.xlsx" in copied and "B3" in copied and "B4" in copied

    # the window is still usable: the next workbook opens normally
    assert open_and_wait(window, list_only_2023).status == "ok"


def test_an_unexpected_failure_is_shown_logged_and_the_window_goes_on(qtbot, window, monkeypatch,
                                                                      open_and_wait, list_only_2023,
                                                                      log_file):
    from kzseats_gui.core import allocator

    shown = []
    monkeypatch.setattr(error_dialogs.UnexpectedErrorDialog, "exec", lambda dialog: shown.append(dialog))
    real_allocate = allocator.allocate

    def broken(*args, **kwargs):
        raise RuntimeError("allocator exploded")

    monkeypatch.setattr(allocator, "allocate", broken)
    assert open_and_wait(window, list_only_2023) is None
    assert len(shown) == 1
    assert "allocator exploded" in shown[0].details() and "Traceback" in shown[0].details()
    shown[0].copy_details()
    assert "allocator exploded" in QGuiApplication.clipboard().text()
    assert "allocator exploded" in log_file.read_text(encoding="utf-8")

    monkeypatch.setattr(allocator, "allocate", real_allocate)
    assert open_and_wait(window, list_only_2023).status == "ok"


def slow_reader(started: threading.Event, slow_paths: set[Path]):
    """A reader that, for ``slow_paths``, keeps reporting progress until it is cancelled."""
    real_read = workbook_io.read_workbook

    def read(path, *, progress=None, is_cancelled=None, **kwargs):
        if Path(path) not in slow_paths:
            return real_read(path, progress=progress, is_cancelled=is_cancelled, **kwargs)
        started.set()
        done = 0
        while not is_cancelled():
            done = (done + 1) % 1000
            progress(done, 1000)
            started.wait(0.001)
        raise Cancelled()

    return read


def test_cancelling_a_long_import_leaves_no_result_and_a_usable_window(qtbot, window, monkeypatch,
                                                                      open_and_wait, list_only_2023,
                                                                      tmp_path):
    started = threading.Event()
    huge = tmp_path / "huge.xlsx"
    monkeypatch.setattr(workbook_io, "read_workbook", slow_reader(started, {huge}))
    window.show()

    window.open_path(huge)
    qtbot.waitUntil(started.is_set, timeout=5000)
    status = window.task_status
    qtbot.waitUntil(lambda: status.progress_bar.isVisible() and status.cancel_button.isVisible())
    with qtbot.waitSignal(window.idle, timeout=5000):
        qtbot.mouseClick(status.cancel_button, Qt.MouseButton.LeftButton)
    assert window.session.result is None and window.session.document is None
    assert not status.cancel_button.isVisible()
    assert status.text() == "Cancelled"

    assert open_and_wait(window, list_only_2023).status == "ok"


def test_opening_a_second_file_while_the_first_loads_shows_only_the_second(qtbot, window, monkeypatch,
                                                                          list_only_2023, tmp_path,
                                                                          party_cell):
    started = threading.Event()
    first = tmp_path / "first.xlsx"
    monkeypatch.setattr(workbook_io, "read_workbook", slow_reader(started, {first}))
    shown_results = []
    window.resultShown.connect(lambda: shown_results.append(window.session.document.path))

    window.open_path(first)
    qtbot.waitUntil(started.is_set, timeout=5000)
    with qtbot.waitSignal(window.idle, timeout=20_000):
        window.open_path(list_only_2023)
    assert shown_results == [list_only_2023]
    assert window.session.document.path == list_only_2023
    assert party_cell(window.panes.results_view, "Amanat", Column.TOTAL_SEATS) == 40


def test_closing_the_window_while_work_runs_stops_the_worker(qtbot, window, monkeypatch, tmp_path):
    started = threading.Event()
    huge = tmp_path / "huge.xlsx"
    monkeypatch.setattr(workbook_io, "read_workbook", slow_reader(started, {huge}))
    window.show()
    window.open_path(huge)
    qtbot.waitUntil(started.is_set, timeout=5000)
    window.close()
    assert not window.session.runner._thread.isRunning()


def test_recent_files_remember_what_was_opened(qtbot, window, open_and_wait, list_only_2023,
                                               tied_workbook):
    open_and_wait(window, list_only_2023)
    open_and_wait(window, tied_workbook)
    assert window._recent.paths()[:2] == [tied_workbook.resolve(), list_only_2023.resolve()]
    menu = window.actions_.recent_menu
    menu.aboutToShow.emit()
    first = menu.actions()[0]
    with qtbot.waitSignal(window.idle, timeout=20_000):
        first.trigger()
    assert window.session.document.path == tied_workbook.resolve()


def test_dropping_a_workbook_opens_it(qtbot, window, list_only_2023):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(list_only_2023))])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.idle, timeout=20_000):
        window.dropEvent(drop)
    assert window.session.document.path == list_only_2023
    assert window.session.result.status == "ok"


def test_new_from_template_writes_the_file_and_opens_it(qtbot, window, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    chosen = tmp_path / "new-results"  # the .xlsx is added when the user leaves it out
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(chosen), ""))
    with qtbot.waitSignal(window.idle, timeout=20_000):
        window.actions_.new_from_template.trigger()
    written = tmp_path / "new-results.xlsx"
    assert written.exists()
    assert window.session.document.path == written
    assert window.session.result is not None  # the template's example rows allocate


def test_export_results_writes_a_new_file_and_never_the_source(qtbot, window, monkeypatch, open_and_wait,
                                                               list_only_2023, preferences):
    from PySide6.QtWidgets import QFileDialog

    from kzseats_gui.ui.window.export_choice import FOLDER_KEY

    preferences.setValue(FOLDER_KEY, str(list_only_2023.parent))  # the folder last exported to
    open_and_wait(window, list_only_2023)
    before = hashlib.sha256(list_only_2023.read_bytes()).hexdigest()
    offered = []

    def save_as(parent, title, suggested, filters):
        offered.append(Path(suggested))
        return suggested, filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    window.actions_.export_results.trigger()
    assert offered == [list_only_2023.with_name("list-2023-results.xlsx")]
    assert offered[0].exists()
    assert hashlib.sha256(list_only_2023.read_bytes()).hexdigest() == before


def test_copy_table_copies_the_tab_shown(qtbot, window, open_and_wait, list_only_2023):
    open_and_wait(window, list_only_2023)
    window.panes.tabs.setCurrentWidget(window.panes.results_view)
    window.actions_.copy_table.trigger()
    text = QGuiApplication.clipboard().text()
    assert "Amanat" in text and "3431510" in text


@pytest.mark.parametrize("kind", ["results", "chart", "report"])
def test_export_actions_need_a_result(qtbot, window, kind):
    action = {"results": window.actions_.export_results, "chart": window.actions_.export_chart,
              "report": window.actions_.export_report}[kind]
    assert not action.isEnabled()


def test_charts_and_party_table_follow_each_other(qtbot, window, open_and_wait, list_only_2023):
    open_and_wait(window, list_only_2023)
    charts = window.charts_panel
    charts.partyClicked.emit("Respublica")
    assert window.panes.results_view.selected_party() == "Respublica"

    table = window.panes.results_view.table()
    row = window.panes.results_view.proxy().mapFromSource(
        window.panes.results_view.model().index(window.panes.results_view.model().row_of("Auyl"), 0))
    table.setCurrentIndex(row)
    assert charts.hemicycle.highlighted_party() == "Auyl"


def test_deferred_charts_arrive_after_the_first_result(qtbot, preferences, log_file, open_and_wait,
                                                       list_only_2023):
    from kzseats_gui.ui.window.main_window import MainWindow

    window = MainWindow(preferences, defer_charts=True)
    qtbot.addWidget(window)
    assert window.charts_panel is None
    open_and_wait(window, list_only_2023)
    qtbot.waitUntil(lambda: window.charts_panel is not None, timeout=10_000)
    qtbot.waitUntil(lambda: "Amanat" in window.charts_panel.order_list.parties(), timeout=10_000)


def test_an_exception_in_the_gui_thread_is_shown_and_logged(qtbot, window, monkeypatch, log_file):
    import sys

    from kzseats_gui.ui.window.crash_handler import install_exception_hook

    shown = []
    monkeypatch.setattr(error_dialogs.UnexpectedErrorDialog, "exec", lambda dialog: shown.append(dialog))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    install_exception_hook(window)
    try:
        raise KeyError("a slot went wrong")
    except KeyError:
        sys.excepthook(*sys.exc_info())
    assert len(shown) == 1 and "a slot went wrong" in shown[0].details()
    assert "a slot went wrong" in log_file.read_text(encoding="utf-8")
