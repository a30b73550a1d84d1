"""Every laptop screen, every language: the window stays inside the screen's available area, the party
table shows every seat column, and no tab, header or glance line is cut.

Scale factor 2 on a 1920×1080 screen is the 960×540 logical screen Qt lays the window out on; the test
gives the window that available area (the offscreen platform's screen cannot change within a run), so the
layout is the one a user at 2× sees, only drawn with fewer pixels."""

from __future__ import annotations

import math

import pytest
from chart_fits import chart_cut
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QLabel, QScrollArea, QTabBar, QTableView

from kzseats_gui.paths import sample_path
from kzseats_gui.ui import i18n
from kzseats_gui.ui.formatting import number_text
from kzseats_gui.ui.views.results_view import Column
from kzseats_gui.ui.views.wrapping_header import WrappingHeader

SCREENS = {"1280x800": (1280, 800), "1366x768": (1366, 768), "1920x1080@2": (960, 540)}
SEAT_COLUMNS = (Column.LIST_SEATS, Column.DISTRICT_SEATS, Column.TOTAL_SEATS)


@pytest.fixture(params=["en", "ru", "kk"])
def language(request):
    i18n.install_language(request.param)
    yield request.param
    i18n.install_language("en")


@pytest.fixture(params=list(SCREENS))
def fitted_window(request, qtbot, language, preferences, log_file, open_and_wait):
    from kzseats_gui.ui.window.main_window import MainWindow

    width, height = SCREENS[request.param]
    screen = QRect(0, 0, width, height)
    window = MainWindow(preferences)
    qtbot.addWidget(window)
    window.fit_to_screen(1280, 800, screen)  # the default size, on this screen
    window.show()
    qtbot.waitExposed(window)
    open_and_wait(window, sample_path())
    qtbot.wait(250)  # first sizes follow the first result
    return window, screen


def visible_end(table: QTableView, column: int) -> int:
    header = table.horizontalHeader()
    return header.sectionViewportPosition(column) + header.sectionSize(column)


def test_the_window_fits_and_every_seat_column_tab_header_and_glance_shows(fitted_window):
    """One window per language and screen, walked for everything a user would find cut."""
    window, screen = fitted_window
    assert screen.contains(window.frameGeometry())
    seat_columns_in_view(window)
    no_tab_or_header_cut(window)
    glance_in_view(window)
    no_label_cut(window)
    breakdown_charts_whole(window)
    workbench_panes_fit(window)


def seat_columns_in_view(window) -> None:
    window.panes.tabs.setCurrentWidget(window.panes.results_view)
    table = window.panes.results_view.findChild(QTableView, "partyResultsTable")
    assert table.horizontalScrollBar().value() == 0
    for column in SEAT_COLUMNS:
        assert not table.isColumnHidden(column)
        assert visible_end(table, column) <= table.viewport().width(), column
    # and the tab area itself does not scroll the table out of the window
    scroll = window.findChild(QScrollArea, "resultTabsScroll")
    if scroll is not None:
        assert not scroll.horizontalScrollBar().isVisible()


def no_tab_or_header_cut(window) -> None:
    for bar in window.findChildren(QTabBar):
        if not bar.isVisible():
            continue
        for index in range(bar.count()):
            text = bar.tabText(index).replace("&&", "&")
            needed = bar.fontMetrics().horizontalAdvance(text)
            assert bar.tabRect(index).width() >= needed, text  # not elided ("Hemic…")
    for table in window.findChildren(QTableView):
        header = table.horizontalHeader()
        if not table.isVisible() or not isinstance(header, WrappingHeader):
            continue
        for column in range(header.count()):
            if not header.isSectionHidden(column) and column != header.count() - 1:
                assert header.sectionSize(column) >= header.minimum_width_for(column), (
                    table.objectName(), column)


def glance_in_view(window) -> None:
    summary = window.panes.summary_view
    glance = summary.glance_label()
    assert glance.isVisible() and glance.visibleRegion().boundingRect().height() >= glance.height() - 1
    assert summary.status_text()
    text = glance.text()
    assert summary.fields()["method"] in text
    assert number_text(math.ceil(window.session.result.threshold_votes)) in text  # 318 323 (ru, kk: the same)


def no_label_cut(window) -> None:
    """A label that does not wrap is never narrower than its text (Qt would clip it)."""
    for label in window.findChildren(QLabel):
        if label.isVisible() and label.text() and not label.wordWrap() and label.width() > 0:
            needed = label.minimumSizeHint().width()
            assert label.width() >= needed, (label.text(), label.width(), needed)


# The columns of the workbench's tables that hold seats (the party table's are ``SEAT_COLUMNS``).
WORKBENCH_SEAT_COLUMNS = {
    "whatIfParties": (3, 4, 5),  # list seats, total seats, ± as read
    "scenarioComparison": (1, 2, 3),  # the two scenarios' seats and the difference
    "methodsTable": (2, 3, 4, 5),  # list seats under each method
    "marginsParties": (2,),  # list seats
    "simulationTable": (1, 2),  # seats (mean), 5–95 %
}


def workbench_panes_fit(window) -> None:
    """Each workbench tab: its seat columns inside the table's viewport and the table inside the tab
    (no sideways scrolling), no tab title, header or label cut."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QTableWidget

    bench = window.workbench
    for page in bench._pages:
        window.panes.tabs.setCurrentWidget(page)
        QTest.qWait(150)
        assert not page.horizontalScrollBar().isVisible(), page.objectName()  # the pane fits its tab
        for table in page.findChildren(QTableWidget):
            if not table.isVisible():
                continue
            for column in WORKBENCH_SEAT_COLUMNS.get(table.objectName(), ()):
                assert visible_end(table, column) <= table.viewport().width(), (table.objectName(), column)
        no_tab_or_header_cut(window)
        no_label_cut(window)
    window.panes.tabs.setCurrentWidget(window.panes.results_view)


def breakdown_charts_whole(window) -> None:
    """The seats-by-tier and quota charts, each on its tab: no figure, tick or title cut."""
    from PySide6.QtTest import QTest

    panel = window.charts_panel
    for chart in (panel.seats_by_tier, panel.quota_fill):
        panel.tabs.setCurrentWidget(chart)
        QTest.qWait(120)  # the labels are fitted once the plots have their sizes
        assert chart.is_drawn()
        assert not chart_cut(chart), chart_cut(chart)
    panel.tabs.setCurrentIndex(0)


def test_a_saved_geometry_is_used_only_while_it_fits_a_screen(qtbot, window):
    from PySide6.QtGui import QGuiApplication

    from kzseats_gui.ui.window.window_geometry import restore_if_fits

    screen = QGuiApplication.primaryScreen().availableGeometry()
    window.setGeometry(screen.left(), screen.top(), screen.width() // 2, screen.height() // 2)
    fitting = window.saveGeometry()
    window.setGeometry(screen.left() - 50, screen.top(), screen.width() * 2, screen.height() * 2)
    too_large = window.saveGeometry()  # saved on a larger monitor, or at a smaller scale factor

    window.resize(300, 200)
    restore_if_fits(window, too_large)
    assert screen.contains(window.frameGeometry())  # shrunk into the screen, or left as it was
    assert restore_if_fits(window, fitting)
    assert window.width() == screen.width() // 2
