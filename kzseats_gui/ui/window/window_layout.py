"""The main window's layout: the summary strip across the top, then (when a tie waits for lots) the lots
banner and a splitter with the charts on the left and the result tabs on the right; the settings panel
runs down the left side under the summary and the warnings sit under the results. The summary, settings
and warnings are docks, so the user can resize each. Further tools (what-if, sensitivity) go beside the
result tabs.

The summary spans the whole width so its groups lay out in as many columns as possible. First sizes are
chosen when the window first shows, unless a saved layout was restored, and corrected once when the
first result arrives (only where it differs clearly: every change lays the whole window out again):

- the summary shows as many whole rows of groups as fit ``SUMMARY_SHARE`` of the window (never a row
  cut in the middle); the rest scrolls;
- the settings dock is as wide as its longest caption (``SettingsPanel.preferred_width``);
- the result tabs get room for a whole party table (``TABS_WIDTH``), and the first result checks
  that its columns up to the total seats are in view; the charts take the rest;
- the warnings dock is as tall as its rows (at least ``WARNINGS_ROWS``), up to ``WARNINGS_SHARE`` of
  the window, and follows its
  rows as they change until the user resizes it.

Sizes are kept between runs (with the dock layout).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QGroupBox,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..onscreen.charts_slot import ChartsSlot
from ..views.audit_view import AuditView
from ..views.candidates_view import CandidatesView
from ..views.districts_view import DistrictsView
from ..views.results_view import Column, PartyResultsView
from ..views.scrollable import scrollable
from ..views.summary_view import SummaryView
from ..views.tables import elastic_minimum
from ..views.warnings_view import WarningsView
from ..views.wrapping_header import WrappingHeader
from .lots_banner import LotsBanner
from .not_the_law_banner import NotTheLawBanner
from .settings_panel import SettingsPanel
from .window_geometry import restore_if_fits

translate = QCoreApplication.translate
GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
SPLITTER_KEYS = ("window/centralSplit", "window/resultsSplit")
# Sizes before the content is known (the user can drag every one of them).
SUMMARY_HEIGHT = 190
WARNINGS_HEIGHT = 80
TABS_WIDTH = 960  # px: a party table with every column; the charts take the rest ...
TABS_SHARES = (0.5, 0.66)  # ... while the tabs keep between these shares of the width
# Limits of the sizes chosen from the content.
SUMMARY_SHARE = 0.4  # of the window's height
TEXT_GROWTH = 1.15  # a result's texts make the summary up to this much taller than the placeholders
WARNINGS_SHARE = 0.3  # of the window's height
WARNINGS_ROWS = 3  # rows of notes the warnings dock has room for at least ...
WARNINGS_SPARE_SHARE = 0.2  # ... where that stays within this share of the window's height
CHARTS_SHARES = (0.34, 0.5)  # of the width beside the settings
CHARTS_MINIMUM = 200  # px: the narrowest the charts get so that the seat columns show
SETTINGS_SHARE = 0.22  # of the window's width at most, for the settings dock
SPLIT_SLACK = 0.06  # the first result moves the split only by more than this share of the width
PARTY_TABLE = "partyResultsTable"


class WindowLayout(QObject):
    """Creates the views, splitters and docks of ``window``."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self._window = window
        self.sized = False  # first sizes not chosen yet (or a saved layout restored)
        self._sized_here = False  # first sizes chosen from the content (not restored)
        self._follow_warnings = False  # the warnings dock follows its rows until the user resizes it
        self._resizing_warnings = False  # a height asked for by fit_warnings is on its way
        self._split_by_user = False
        self._summary_rows: int | None = None  # rows of summary groups shown whole
        self.summary_view = SummaryView(window)
        self.lots_banner = LotsBanner(window)
        self.not_the_law_banner = NotTheLawBanner(window)
        self.charts_slot = ChartsSlot(window)
        self.results_view = PartyResultsView(window)
        self.districts_view = DistrictsView(window)
        self.candidates_view = CandidatesView(window)
        self.audit_view = AuditView(window)
        self.tabs = QTabWidget(window)
        self.tabs.setObjectName("resultTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setElideMode(Qt.TextElideMode.ElideNone)  # whole titles; scroll buttons when narrow
        self.tabs.setUsesScrollButtons(True)
        for view in (self.results_view, self.districts_view, self.candidates_view, self.audit_view):
            self.tabs.addTab(view, "")

        self.splitter = QSplitter(Qt.Orientation.Horizontal, window)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.charts_slot)
        # Scrolls rather than forcing a wide window: the window stays usable at 1024 px.
        self.splitter.addWidget(scrollable(self.tabs))
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.splitterMoved.connect(self._on_split_moved)

        results = QWidget(window)
        layout = QVBoxLayout(results)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.not_the_law_banner)
        layout.addWidget(self.lots_banner)
        layout.addWidget(self.splitter, 1)
        # The central column: the results (further panes can be stacked under them).
        self.vertical_splitter = QSplitter(Qt.Orientation.Vertical, window)
        self.vertical_splitter.setObjectName("centralSplitter")
        self.vertical_splitter.setChildrenCollapsible(False)
        self.vertical_splitter.addWidget(results)
        window.setCentralWidget(self.vertical_splitter)

        self.summary_dock = dock(window, "summaryDock", self.summary_view)
        # Part of the window rather than a panel: no title bar, it cannot be closed or moved.
        self.summary_dock.setTitleBarWidget(QWidget(self.summary_dock))
        self.summary_dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        window.addDockWidget(Qt.DockWidgetArea.TopDockWidgetArea, self.summary_dock)
        self.settings_panel = SettingsPanel(window)
        self.settings_dock = dock(window, "settingsDock", self.settings_panel)
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.settings_dock)
        self.warnings_view = WarningsView(window)
        self.warnings_dock = dock(window, "warningsDock", self.warnings_view)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.warnings_dock)
        self.warnings_dock.installEventFilter(self)
        # The summary spans the whole width; the settings run down to the bottom under it.
        window.setCorner(Qt.Corner.TopLeftCorner, Qt.DockWidgetArea.TopDockWidgetArea)
        window.setCorner(Qt.Corner.TopRightCorner, Qt.DockWidgetArea.TopDockWidgetArea)
        window.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        window.resizeDocks([self.summary_dock, self.warnings_dock], [SUMMARY_HEIGHT, WARNINGS_HEIGHT],
                           Qt.Orientation.Vertical)
        self._warnings_timer = QTimer(window)
        self._warnings_timer.setSingleShot(True)
        self._warnings_timer.setInterval(0)
        self._warnings_timer.timeout.connect(self.fit_warnings)
        # One row and the header are enough when there is one note (the table would ask for more).
        table = self.warnings_view.table()
        row = table.fontMetrics().height() + 8
        table.setMinimumHeight(table.horizontalHeader().sizeHint().height() + row)
        model = table.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            signal.connect(self._warnings_timer.start)
        shown = getattr(window, "resultShown", None)
        if shown is not None:
            shown.connect(self._on_first_result)
        self.summary_view.detailsToggled.connect(self._on_summary_details)

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

    # ---- first sizes ------------------------------------------------------------------------
    def choose_first_sizes(self) -> None:
        """First sizes once the window shows; the first result corrects them where its texts and
        columns need it (only by a real difference, as every change lays the whole window out again)."""
        if self.sized:
            return
        self.sized = True
        self._sized_here = self._follow_warnings = True
        self._fit_settings()
        total = sum(self.splitter.sizes())
        low, high = (round(total * share) for share in TABS_SHARES)
        tabs = max(low, min(high, TABS_WIDTH))
        self.splitter.setSizes([max(1, total - tabs), tabs])
        QTimer.singleShot(0, self._fit_to_content)

    def _fit_settings(self) -> None:
        """The settings dock as wide as its captions, within ``SETTINGS_SHARE`` of the window."""
        window = self._window
        width = min(self.settings_panel.preferred_width(), int(window.width() * SETTINGS_SHARE))
        if abs(width - self.settings_dock.width()) > 4:
            window.resizeDocks([self.settings_dock], [width], Qt.Orientation.Horizontal)
            window.layout().activate()  # the splitter's new width, before it is split

    def _on_first_result(self) -> None:
        shown = getattr(self._window, "resultShown", None)
        if shown is not None:
            shown.disconnect(self._on_first_result)
        if self._sized_here:
            QTimer.singleShot(0, self._fit_to_content)

    def _fit_to_content(self) -> None:
        self._fit_settings()
        self.fit_summary()
        self._split_for_party_table()
        self.fit_warnings()

    def fit_summary(self) -> None:
        """The summary's rows of groups that fit ``SUMMARY_SHARE`` of the window, whole; the rest scrolls.

        How many rows is decided once, on the texts shown then (with room for longer ones, as the
        placeholders before a result are short); later only the height of those rows is followed."""
        area = self.summary_view.findChild(QScrollArea)
        content = area.widget() if area is not None else None
        if content is None:
            return
        layout = content.layout()
        width = area.viewport().width()
        if layout is not None and layout.hasHeightForWidth():
            whole = layout.totalHeightForWidth(width)
        else:
            whole = content.sizeHint().height()
        bottoms: dict[int, int] = {}  # top of each row of groups -> its bottom
        for box in content.findChildren(QGroupBox):
            if box.isVisible():
                top = box.mapTo(content, box.rect().topLeft()).y()
                bottoms[top] = max(bottoms.get(top, 0), top + box.height() + 6)
        rows = [bottoms[top] for top in sorted(bottoms)]
        chrome = self.summary_dock.height() - area.viewport().height()
        limit = int(self._window.height() * SUMMARY_SHARE) - chrome
        if self._summary_rows is None:
            if whole * TEXT_GROWTH <= limit or not rows:
                self._summary_rows = len(rows)
            else:
                self._summary_rows = sum(1 for bottom in rows if bottom * TEXT_GROWTH <= limit)
        shown = self._summary_rows
        wanted = whole if shown >= len(rows) else rows[shown - 1] if shown else limit
        if abs(wanted + chrome - self.summary_dock.height()) > 4:
            self._window.resizeDocks([self.summary_dock], [wanted + chrome], Qt.Orientation.Vertical)

    def _split_for_party_table(self) -> None:
        """Tabs wide enough for the whole party table, or at least up to its total seats."""
        table = self.results_view.findChild(QTableView, PARTY_TABLE)
        model = table.model() if table is not None else None
        if self._split_by_user or table is None or model is None or model.rowCount() == 0:
            return
        if model.columnCount() <= Column.TOTAL_SEATS:
            return
        total = sum(self.splitter.sizes())
        low, high = (round(total * share) for share in CHARTS_SHARES)
        chrome = 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width() + 4
        whole = _natural_length(table) + chrome
        # Up to the total seats with the names in full, then with the short names.
        names, others = _seat_columns_length(table)
        seats_full = names + others + chrome
        seats = min(names, elastic_minimum(table, Column.PARTY)) + others + chrome
        for wanted in (whole, seats_full, seats):
            if total - wanted >= low:
                charts = min(high, total - wanted)
                break
        else:  # a small screen: the seat columns come first, the charts keep what is left
            charts = max(min(low, CHARTS_MINIMUM), total - seats)
            if charts < self.splitter.sizes()[0]:
                self.splitter.setSizes([charts, max(1, total - charts)])
            return
        if abs(charts - self.splitter.sizes()[0]) > SPLIT_SLACK * total:
            self.splitter.setSizes([charts, max(1, total - charts)])

    def _on_summary_details(self, _shown: bool) -> None:
        self._summary_rows = None  # count the rows that fit again
        QTimer.singleShot(0, self.fit_summary)

    def _on_split_moved(self, *_args) -> None:
        self._split_by_user = True

    def fit_warnings(self) -> None:
        """As tall as the rows of the warnings (at least a header), up to a share of the window."""
        if not self._follow_warnings:
            return
        view, table = self.warnings_view, self.warnings_view.table()
        count = table.model().rowCount()
        rows = sum(table.rowHeight(row) for row in range(count))
        header = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth() + 2
        around = max(0, view.sizeHint().height() - table.sizeHint().height())
        title = max(0, self.warnings_dock.sizeHint().height() - view.sizeHint().height())
        chrome = title + around + header
        # Room for a few rows even with one note (a second one shows without scrolling), where the
        # window has the height for it.
        row = table.rowHeight(0) if count else table.fontMetrics().height() + 4
        wanted_rows = WARNINGS_ROWS if count else 1  # no notes: one empty row says so
        spare = chrome + rows + max(0, wanted_rows - count) * row
        height = self._window.height()
        wanted = min(max(chrome + rows, min(spare, int(height * WARNINGS_SPARE_SHARE))),
                     int(height * WARNINGS_SHARE))
        if abs(wanted - self.warnings_dock.height()) > 3:
            self._resizing_warnings = True
            self._window.resizeDocks([self.warnings_dock], [wanted], Qt.Orientation.Vertical)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.warnings_dock and event.type() == QEvent.Type.Resize:
            assert isinstance(event, QResizeEvent)
            if self._resizing_warnings:
                self._resizing_warnings = False
            elif self._follow_warnings and 0 < event.oldSize().height() != event.size().height():
                self._follow_warnings = False  # the user has resized it: leave it so
        return False

    # ---- saving -----------------------------------------------------------------------------
    def restore(self, prefs: QSettings) -> None:
        geometry, state = prefs.value(GEOMETRY_KEY), prefs.value(STATE_KEY)
        if geometry is not None:
            restore_if_fits(self._window, geometry)
        if state is not None and self._window.restoreState(state):
            self.sized = True
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


def _natural_length(table: QTableView) -> int:
    """The table's width without the stretch of its last column."""
    header = table.horizontalHeader()
    shown = [header.logicalIndex(v) for v in range(header.count())]
    shown = [column for column in shown if not header.isSectionHidden(column)]
    if not shown:
        return 0
    last = shown[-1]
    natural = max(header.sectionSizeHint(last), table.sizeHintForColumn(last))
    return header.length() - header.sectionSize(last) + natural


def _seat_columns_length(table: QTableView) -> tuple[int, int]:
    """The party column's width for the full names, and the other columns' up to the total seats
    (titles wrapped to their longest word)."""
    header = table.horizontalHeader()
    names = min(table.sizeHintForColumn(Column.PARTY), getattr(table, "fit_max_width", 360))
    others = 0
    for column in range(Column.PARTY + 1, Column.TOTAL_SEATS + 1):
        if table.isColumnHidden(column):
            continue
        title = header.minimum_width_for(column) if isinstance(header, WrappingHeader) else 0
        others += max(table.sizeHintForColumn(column), title, 24)
    return names, others


def dock(window: QMainWindow, name: str, content: QWidget) -> QDockWidget:
    created = QDockWidget(window)
    created.setObjectName(name)
    created.setWidget(content)
    return created
