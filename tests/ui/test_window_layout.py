"""The window at 1280×800: the summary spans the width and is never cut in the middle of a group, the
party table shows the seat columns, the hemicycle fills its area, and the docks take the room their
content needs."""

import pytest
from PySide6.QtWidgets import QGroupBox, QScrollArea, QTableView

from kzseats_gui.core.result import Notice
from kzseats_gui.paths import sample_path
from kzseats_gui.ui.views.results_view import Column
from kzseats_gui.ui.views.warnings_view import NOTE


@pytest.fixture
def shown(qtbot, window, open_and_wait):
    """The window shown at 1280×800 with the 2023 sample."""
    window.show()
    qtbot.waitExposed(window)
    open_and_wait(window, sample_path())
    qtbot.wait(300)  # first sizes follow the first result; the chart settles after a resize
    return window


def test_the_summary_spans_the_window_and_shows_whole_groups(qtbot, shown):
    summary = shown.panes.summary_view
    assert summary.width() >= shown.width() - 4
    summary.show_details(True)
    qtbot.wait(100)  # the dock follows the details
    assert summary.group_columns() == 3
    area = summary.findChild(QScrollArea)
    boxes = [box for box in area.widget().findChildren(QGroupBox) if box.isVisible()]
    visible = area.viewport().height()
    for box in boxes:
        top = box.mapTo(area.viewport(), box.rect().topLeft()).y()
        assert top + box.height() <= visible or top >= visible  # shown whole or scrolled to
    assert any(box.mapTo(area.viewport(), box.rect().topLeft()).y() < visible for box in boxes)


def test_the_party_table_shows_its_seat_columns(shown):
    table = shown.panes.results_view.findChild(QTableView, "partyResultsTable")
    header = table.horizontalHeader()
    end = header.sectionViewportPosition(Column.TOTAL_SEATS) + header.sectionSize(Column.TOTAL_SEATS)
    assert end <= table.viewport().width()


def test_the_hemicycle_fills_the_width_of_the_charts(shown):
    hemicycle = shown.charts_panel.hemicycle
    graphics = hemicycle.graphics_view
    edges = [
        graphics.mapFromScene(item.mapToScene(item.seat.x + side * item.seat.r, item.seat.y)).x()
        for item in hemicycle.seat_items()
        for side in (-1, 1)
    ]
    # the chart's margins aside, the seats span the charts' width (the printed scene beside a
    # column of controls left them half of it)
    assert max(edges) - min(edges) >= 0.75 * shown.panes.charts_slot.viewport().width()
    assert not shown.panes.charts_slot.horizontalScrollBar().isVisible()


def test_the_docks_take_the_room_their_content_needs(qtbot, shown):
    assert shown.panes.settings_dock.width() <= 250
    few = shown.panes.warnings_dock.height()
    table = shown.panes.warnings_view.table()
    line = table.fontMetrics().height()
    assert table.viewport().height() >= line  # no notes: a row's room, no more
    assert few <= 0.3 * shown.height() + 2
    notes = [Notice("sheet-unknown", {"sheet": f"Sheet {i}"}) for i in range(6)]
    shown.panes.warnings_view.set_notices(notes, NOTE)
    limit = 0.3 * shown.height()
    dock = shown.panes.warnings_dock
    def all_rows_or_limit() -> bool:
        return table.viewport().height() >= 6 * table.rowHeight(0) or dock.height() >= limit - 2

    qtbot.waitUntil(all_rows_or_limit, timeout=2000)
    assert shown.panes.warnings_dock.height() > few
    shown.panes.warnings_view.set_notices(notes[:1], NOTE)
    # one note: room for more than one
    qtbot.waitUntil(lambda: table.viewport().height() >= 3 * table.rowHeight(0), timeout=2000)
    assert shown.panes.warnings_dock.height() <= limit + 2
