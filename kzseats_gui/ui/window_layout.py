"""The main window's layout: the summary strip on top, then (when a tie waits for lots) the lots banner,
then a splitter with the charts on the left and the result tabs on the right; the settings panel and
the warnings are docks. Further tools (what-if, sensitivity) go beside the result tabs.

Sizes are chosen when the window first shows and kept between runs (with the dock layout).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .charts_slot import ChartsSlot
from .lots_banner import LotsBanner
from .settings_panel import SettingsPanel
from .views.audit_view import AuditView
from .views.candidates_view import CandidatesView
from .views.districts_view import DistrictsView
from .views.results_view import PartyResultsView
from .views.summary_view import SummaryView
from .views.warnings_view import WarningsView

translate = QCoreApplication.translate
GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
SPLITTER_KEYS = ("window/summarySplit", "window/resultsSplit")
# Initial sizes in pixels (the user can drag every one of them).
SUMMARY_HEIGHT = 215
SETTINGS_WIDTH = 270
WARNINGS_HEIGHT = 110
CHARTS_TABS_SPLIT = [420, 580]


class WindowLayout:
    """Creates the views, splitters and docks of ``window``."""

    def __init__(self, window: QMainWindow):
        self._window = window
        self.sized = False  # first sizes not chosen yet
        self.summary_view = SummaryView(window)
        self.lots_banner = LotsBanner(window)
        self.charts_slot = ChartsSlot(window)
        self.results_view = PartyResultsView(window)
        self.districts_view = DistrictsView(window)
        self.candidates_view = CandidatesView(window)
        self.audit_view = AuditView(window)
        self.tabs = QTabWidget(window)
        self.tabs.setObjectName("resultTabs")
        self.tabs.setDocumentMode(True)
        for view in (self.results_view, self.districts_view, self.candidates_view, self.audit_view):
            self.tabs.addTab(view, "")

        self.splitter = QSplitter(Qt.Orientation.Horizontal, window)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.charts_slot)
        # Scrolls rather than forcing a wide window: the window stays usable at 1024 px.
        self.splitter.addWidget(scrollable(self.tabs))
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes(CHARTS_TABS_SPLIT)

        results = QWidget(window)
        layout = QVBoxLayout(results)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.lots_banner)
        layout.addWidget(self.splitter, 1)
        # The summary strip shares the height with the results; the user can give it more.
        self.vertical_splitter = QSplitter(Qt.Orientation.Vertical, window)
        self.vertical_splitter.setObjectName("summarySplitter")
        self.vertical_splitter.setChildrenCollapsible(False)
        self.vertical_splitter.addWidget(self.summary_view)
        self.vertical_splitter.addWidget(results)
        self.vertical_splitter.setStretchFactor(0, 0)
        self.vertical_splitter.setStretchFactor(1, 1)
        self.vertical_splitter.setSizes([SUMMARY_HEIGHT, 10 * SUMMARY_HEIGHT])
        window.setCentralWidget(self.vertical_splitter)

        self.settings_panel = SettingsPanel(window)
        self.settings_dock = dock(window, "settingsDock", self.settings_panel)
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.settings_dock)
        self.warnings_view = WarningsView(window)
        self.warnings_dock = dock(window, "warningsDock", self.warnings_view)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.warnings_dock)
        # The settings run the full height; the warnings sit under the results only.
        window.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        window.resizeDocks([self.settings_dock], [SETTINGS_WIDTH], Qt.Orientation.Horizontal)
        window.resizeDocks([self.warnings_dock], [WARNINGS_HEIGHT], Qt.Orientation.Vertical)

    def tab_views(self) -> list[QWidget]:
        return [self.tabs.widget(index) for index in range(self.tabs.count())]

    def retranslate_ui(self) -> None:
        names = [
            translate("WindowLayout", "Parties"),
            translate("WindowLayout", "Districts"),
            translate("WindowLayout", "Candidates && quota"),
            translate("WindowLayout", "Audit trail"),
        ]
        for index, name in enumerate(names):
            self.tabs.setTabText(index, name)
        self.settings_dock.setWindowTitle(translate("WindowLayout", "Settings"))
        self.warnings_dock.setWindowTitle(translate("WindowLayout", "Warnings and notes"))

    def choose_first_sizes(self) -> None:
        """Room for the summary as it lays out at the window's width, up to a third of the height."""
        if self.sized:
            return
        self.sized = True
        wanted = self.summary_view.sizeHint().height()
        total = sum(self.vertical_splitter.sizes())
        summary = max(SUMMARY_HEIGHT, min(wanted, total // 3))
        self.vertical_splitter.setSizes([summary, max(total - summary, 1)])

    def restore(self, prefs: QSettings) -> None:
        geometry, state = prefs.value(GEOMETRY_KEY), prefs.value(STATE_KEY)
        if geometry is not None:
            self._window.restoreGeometry(geometry)
        if state is not None:
            self._window.restoreState(state)
        for key, splitter in zip(SPLITTER_KEYS, self._splitters(), strict=True):
            saved = prefs.value(key)
            if saved is not None and splitter.restoreState(saved):
                self.sized = True

    def save(self, prefs: QSettings) -> None:
        prefs.setValue(GEOMETRY_KEY, self._window.saveGeometry())
        prefs.setValue(STATE_KEY, self._window.saveState())
        for key, splitter in zip(SPLITTER_KEYS, self._splitters(), strict=True):
            prefs.setValue(key, splitter.saveState())

    def _splitters(self) -> tuple[QSplitter, QSplitter]:
        return self.vertical_splitter, self.splitter


def scrollable(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setObjectName(f"{widget.objectName() or type(widget).__name__}Scroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area


def dock(window: QMainWindow, name: str, content: QWidget) -> QDockWidget:
    created = QDockWidget(window)
    created.setObjectName(name)
    created.setWidget(content)
    return created
