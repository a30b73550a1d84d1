"""The warnings list: severity, message and source in their own columns; activation emits the Notice."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from views_data import sample_notices, sized  # noqa: E402

from kzseats_gui.core.result import Notice  # noqa: E402
from kzseats_gui.text import render_notice  # noqa: E402
from kzseats_gui.ui.views.warnings_view import ERROR, NOTE, WARNING, Column, WarningsView, severity_of  # noqa: E402


@pytest.fixture
def view(qtbot):
    widget = sized(qtbot, WarningsView(), 900, 300)
    widget.set_notices(sample_notices())
    return widget


def test_rows_show_severity_message_and_source(view):
    notices = sample_notices()
    rows = view.rows()
    assert [r[Column.SEVERITY] for r in rows] == ["Warning", "Note"]
    assert [r[Column.MESSAGE] for r in rows] == [render_notice(n, with_source=False) for n in notices]
    assert rows[0][Column.SOURCE] == ""
    assert rows[1][Column.SOURCE] == "mazhilis-2023.xlsx: Parties!F1"
    icon = view.model().index(0, Column.SEVERITY).data(Qt.ItemDataRole.DecorationRole)
    assert icon is not None and not icon.isNull()


def test_enter_and_double_click_emit_the_notice(view, qtbot):
    view.show()
    qtbot.waitExposed(view)
    table = view.table()
    table.setFocus()
    table.setCurrentIndex(table.model().index(1, Column.MESSAGE))
    with qtbot.waitSignal(view.noticeActivated, timeout=1000) as signal:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert signal.args == [sample_notices()[1]]

    rect = table.visualRect(table.model().index(0, Column.MESSAGE))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a real double-click
    with qtbot.waitSignal(view.noticeActivated, timeout=1000) as signal:  # starts with a click
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [sample_notices()[0]]


def test_severity_given_or_classified(view):
    assert severity_of(Notice("column-unknown", {"column": "X"})) == NOTE
    assert severity_of(Notice("against-all-leads", {})) == WARNING
    assert severity_of(Notice("bad-number", {"severity": "error"})) == ERROR
    view.set_notices([Notice("bad-number", {})], severity=ERROR)
    view.append_notices([Notice("sheet-unknown", {})])
    assert [r[Column.SEVERITY] for r in view.rows()] == ["Error", "Note"]


def test_sorting_by_severity_puts_errors_first(view):
    view.append_notices([Notice("bad-number", {})], severity=ERROR)
    view.table().sortByColumn(Column.SEVERITY, Qt.SortOrder.AscendingOrder)
    assert [r[Column.SEVERITY] for r in view.rows()] == ["Error", "Warning", "Note"]


def test_clear(view):
    view.clear()
    assert view.rows() == [] and view.notices() == []
