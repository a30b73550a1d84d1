"""The main window: one workbook at a time, read and allocated in the background, shown in every view.

The panes (views, docks, splitters) are built by ``window_layout`` and reached as ``window.panes``;
the menu commands (exports, printing, error reports) are ``window.commands``. The workbook, its
reading and allocation, settings and lots belong to the window's ``DocumentSession``
(``window.session``); the window asks it for work and shows what it reports.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QRect, QSettings, QSize, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import QAbstractSpinBox, QMainWindow, QWidget

from ...core.model import Settings
from ...core.result import Notice
from ...fileio.problems import split_notes
from ...text import render_notice
from .. import i18n
from ..session.document import Document, workbook_in
from ..session.document_session import DocumentSession, SessionFailure, Step
from ..session.task_runner import TaskRunner
from ..user_files import application_icon, sample_copy, user_settings
from ..views.warnings_view import NOTE
from ..vocabulary_tr import status_text
from ..workbench import install_workbench
from .language_notice import LanguageNotice
from .lots_dialog import LotsDialog
from .recent_files import RecentFiles, RecentFilesMenu
from .task_status import TaskStatus
from .view_refresh import ResultFill, ViewRefresher
from .window_actions import WindowActions
from .window_commands import WindowCommands
from .window_geometry import fit_window
from .window_layout import WindowLayout

# A deferred charts panel is built when the first workbook is shown, or after this long at the latest.
CHARTS_AT_THE_LATEST_MS = 1500


class MainWindow(QMainWindow):
    """``resultShown`` after a result reaches the views; ``idle`` when background work has ended."""

    resultShown = Signal()
    idle = Signal()

    def __init__(self, settings: QSettings | None = None, *, interactive: bool = True,
                 defer_charts: bool = False, parent: QWidget | None = None):
        """``defer_charts``: build the charts after the first result is shown (a faster start)."""
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowIcon(application_icon())
        self._prefs = settings if settings is not None else user_settings()
        self._screen_area: tuple[QRect | None, bool] = (None, True)  # where fit_to_screen fits the window
        self.refresher = ViewRefresher(self)
        self.refresher.drained.connect(self._on_views_filled)

        runner = TaskRunner(self)
        self._build_status_bar(runner)  # first, so it hears the runner before the session does
        self.session = DocumentSession(runner, self)

        self._build_layout()
        self.commands = WindowCommands(self, self.session, self.panes.charts_slot, self.task_status,
                                       self._prefs, interactive)
        install_workbench(self)
        self.actions_ = WindowActions(self)
        self._recent = RecentFiles(self._prefs)
        self._recent_menu = RecentFilesMenu(self.actions_.recent_menu, self._recent)
        self._connect_actions()
        self._connect_session()
        self.setAcceptDrops(True)
        self.retranslate_ui()
        self._update_actions()
        if defer_charts:
            self.idle.connect(self._install_charts_once)
            QTimer.singleShot(CHARTS_AT_THE_LATEST_MS, self._install_charts_once)
        else:
            self.panes.charts_slot.install()

    # ---- building --------------------------------------------------------------------------------
    def _build_layout(self) -> None:
        self.panes = WindowLayout(self)
        self.panes.charts_slot.ready.connect(self._on_charts_ready)
        self.panes.tabs.currentChanged.connect(self._on_tab_changed)
        self.panes.lots_banner.recordRequested.connect(self.record_lots)
        self.panes.settings_panel.settingsChanged.connect(self._on_settings_changed)
        self.panes.warnings_view.noticeActivated.connect(self._on_notice_activated)

    def _build_status_bar(self, runner: TaskRunner) -> None:
        self.task_status = TaskStatus(runner, self)
        self.statusBar().addPermanentWidget(self.task_status, 1)
        self.language_notice = LanguageNotice(self)
        self.statusBar().addPermanentWidget(self.language_notice)

    def _connect_actions(self) -> None:
        a = self.actions_
        a.open.triggered.connect(self.commands.choose_and_open)
        a.open_sample.triggered.connect(self.open_sample)
        a.new_from_template.triggered.connect(self.commands.new_from_template)
        a.export_results.triggered.connect(self.commands.export_results)
        a.export_chart.triggered.connect(self.commands.export_chart)
        a.export_report.triggered.connect(self.commands.export_report)
        self.commands.bind_include_scenarios(a.include_scenarios)
        a.print_preview.triggered.connect(self.commands.print_preview)
        a.print.triggered.connect(self.commands.print_report)
        a.quit.triggered.connect(self.close)
        a.copy_table.triggered.connect(self.copy_table)
        a.forget_lots.triggered.connect(self.session.forget_lots)
        a.about.triggered.connect(self.commands.show_about)
        for language in a.languages.values():
            language.triggered.connect(self._on_language_chosen)
        a.view_menu.addAction(self.panes.settings_dock.toggleViewAction())
        a.view_menu.addAction(self.panes.warnings_dock.toggleViewAction())
        a.view_menu.addSeparator()
        a.view_menu.addMenu(a.language_menu)
        self._recent_menu.fileChosen.connect(self.open_path)

    def retranslate_ui(self) -> None:
        self.actions_.retranslate_ui()
        self.panes.retranslate_ui()
        self.task_status.retranslate_ui()
        self.language_notice.refresh()
        self.actions_.languages[i18n.current_language()].setChecked(True)
        self._update_title()

    # ---- opening ---------------------------------------------------------------------------------
    @Slot(object)
    def open_path(self, path: Path | str) -> None:
        """Read ``path`` in the background; whatever was loading before is cancelled."""
        self.session.open(path)

    @Slot()
    def open_sample(self) -> None:
        self.open_path(sample_copy())

    # ---- what the session reports ----------------------------------------------------------------
    def _connect_session(self) -> None:
        session = self.session
        session.readingStarted.connect(self._on_reading_started)
        session.documentOpened.connect(self._on_document_opened)
        session.settingsUnusable.connect(self._on_settings_unusable)
        session.allocationStarted.connect(self._on_allocation_started)
        session.resultReady.connect(self._show_result)
        session.failed.connect(self._on_failed)
        session.cancelled.connect(self._on_cancelled)
        session.lotsChanged.connect(self._update_actions)
        session.lotsSaved.connect(self._on_lots_saved)
        session.lotsNotSaved.connect(self._on_lots_not_saved)
        session.busyChanged.connect(self._emit_idle_if_done)  # idle once the views are filled too

    @Slot(object)
    def _on_reading_started(self, path: Path) -> None:
        self.panes.settings_panel.setEnabled(False)
        self.task_status.set_text(self.tr("Reading {name}\u2026").format(name=path.name))

    @Slot(object)
    def _on_document_opened(self, document: Document) -> None:
        election = document.election
        self._recent.add(document.path)
        self._clear_views()
        read_as_meant, notes = split_notes(election)  # input warnings first: each names a cell
        self.panes.warnings_view.set_notices(read_as_meant)
        self.panes.warnings_view.append_notices(notes, NOTE)
        self.panes.settings_panel.set_election(election)
        self._update_title()
        self._update_actions()

    @Slot(object)
    def _on_settings_unusable(self, _document: Document) -> None:
        self.task_status.set_text(self.tr("The workbook's settings cannot be used: see the settings."))

    @Slot(object)
    def _on_allocation_started(self, _document: Document) -> None:
        self.task_status.set_text(self.tr("Allocating the seats\u2026"))

    @Slot(object)
    def _on_failed(self, failure: SessionFailure) -> None:
        self.panes.settings_panel.setEnabled(self.session.document is not None)
        if failure.is_workbook_error:
            self.task_status.set_text(self.tr("{name} cannot be used").format(name=failure.path.name))
            self.commands.show_workbook_error(failure.error)
        else:
            what = self.tr("reading {name}").format(name=failure.path.name) if failure.step is Step.READ \
                else self.tr("allocating the seats")
            self.task_status.set_text(self.tr("Failed: {what}").format(what=what))
            self.commands.show_unexpected_error(what, failure.error, failure.details)

    @Slot()
    def _on_cancelled(self) -> None:
        self.panes.settings_panel.setEnabled(self.session.document is not None)
        self.task_status.set_text(self.tr("Cancelled"))

    @Slot(object)
    def _on_settings_changed(self, settings: Settings) -> None:
        self.session.change_settings(settings, self.panes.settings_panel.user_overrides())

    # ---- charts ----------------------------------------------------------------------------------
    @property
    def charts_panel(self):
        """The ChartsPanel, or None while a deferred one is not built yet."""
        return self.panes.charts_slot.panel

    @Slot()
    def _install_charts_once(self) -> None:
        if self.charts_panel is None:
            self.panes.charts_slot.install()

    @Slot()
    def _on_charts_ready(self) -> None:
        panel = self.charts_panel
        self.panes.results_view.partySelected.connect(panel.highlight_party)
        self.panes.candidates_view.partySelected.connect(panel.highlight_party)
        panel.partyClicked.connect(self.panes.results_view.select_party)
        panel.partyClicked.connect(self.panes.candidates_view.select_party)
        document = self.session.document
        if document is not None and document.result is not None:
            self.refresher.schedule(panel, ResultFill(panel, document.election, document.result))

    # ---- showing ---------------------------------------------------------------------------------
    def _result_views(self) -> list[QWidget]:
        charts = [self.charts_panel] if self.charts_panel is not None else []
        p = self.panes
        return [p.summary_view, *charts, p.results_view, p.districts_view, p.candidates_view, p.audit_view]

    def _clear_views(self) -> None:
        self.refresher.cancel()
        for view in self._result_views():
            view.clear()  # type: ignore[attr-defined]
        self.panes.lots_banner.clear()
        self.panes.not_the_law_banner.show_result(None)
        self.panes.warnings_view.clear()

    @Slot()
    def _show_result(self) -> None:
        """Give the result to the views: the visible ones one per event-loop turn, tabs when opened."""
        document = self.session.document
        if document is None or document.result is None:
            return
        election, result = document.election, document.result
        self.panes.lots_banner.set_result(result)
        self.panes.not_the_law_banner.show_result(result)
        read_as_meant, notes = split_notes(election)
        self.panes.warnings_view.set_notices([*read_as_meant, *result.warnings])
        self.panes.warnings_view.append_notices(notes, NOTE)
        current_tab = self.panes.tabs.currentWidget()
        for view in self._result_views():
            fill = ResultFill(view, election, result)
            if view in self.panes.tab_views() and view is not current_tab:
                self.refresher.defer(view, fill)
            else:
                self.refresher.schedule(view, fill)
        self.task_status.set_text(status_text(result, short=True))
        self._update_actions()

    def refresh_views(self) -> None:
        """Fill every view now, also those on tabs not shown (for printing, copying, tests)."""
        self.refresher.flush()

    @Slot(int)
    def _on_tab_changed(self, index: int) -> None:
        self.refresher.refresh_if_stale(self.panes.tabs.widget(index))

    @Slot()
    def _on_views_filled(self) -> None:
        if self.session.result is not None:
            self.resultShown.emit()
        self._emit_idle_if_done()

    @Slot()
    def _emit_idle_if_done(self) -> None:
        if not self.session.is_busy() and not self.refresher.is_pending():
            self.idle.emit()

    def _update_title(self) -> None:
        document = self.session.document
        name = document.name if document else None
        self.setWindowTitle(f"{name} \u2014 kzseats" if name else "kzseats")

    def _update_actions(self) -> None:
        has_result = self.session.result is not None
        for action in self.actions_.result_actions():
            action.setEnabled(has_result)
        document = self.session.document
        self.actions_.forget_lots.setEnabled(bool(document and document.lots))

    # ---- ties and lots ---------------------------------------------------------------------------
    @Slot()
    def record_lots(self) -> None:
        result = self.session.result
        if result is None or not result.lots_required:
            return
        dialog = LotsDialog(result.ties, result.settings.method, self)
        if dialog.exec() != LotsDialog.DialogCode.Accepted:
            return
        self.session.record_lots(dialog.lot_records())

    @Slot(object)
    def _on_lots_saved(self, notice: Notice) -> None:
        self.task_status.set_text(render_notice(notice, i18n.translate_message))

    @Slot(object)
    def _on_lots_not_saved(self, notice: Notice) -> None:
        self.commands.warn(self.tr("Recorded lots not saved"), render_notice(notice, i18n.translate_message))

    # ---- menu commands ---------------------------------------------------------------------------
    def copy_table(self) -> None:
        view = self.panes.tabs.currentWidget()
        self.refresher.refresh_if_stale(view)
        self.commands.copy_view(view)

    @Slot(object)
    def _on_notice_activated(self, notice: object) -> None:
        party = getattr(notice, "params", {}).get("party")
        if isinstance(party, str):
            self.panes.results_view.select_party(party)
            if self.charts_panel is not None:
                self.charts_panel.highlight_party(party)

    @Slot()
    def _on_language_chosen(self) -> None:
        action = self.sender()
        code = action.data() if action is not None else None
        if isinstance(code, str):
            self.set_language(code)

    def set_language(self, code: str) -> None:
        i18n.install_language(code)
        i18n.save_language(self._prefs, code)
        # Qt also posts a LanguageChange event to every window; retranslate now, so no frame shows both.
        self.retranslate_ui()
        self.panes.settings_panel.retranslate_ui()
        self.panes.lots_banner.retranslate_ui()
        for box in self.findChildren(QAbstractSpinBox):  # spin boxes in the new number style
            box.setLocale(QLocale())  # a locale change re-renders the box's text
        self._show_result()  # views render their text when given a result

    # ---- window events ---------------------------------------------------------------------------
    def restore_geometry(self) -> None:
        """The window's size, docks and splitters as the user left them (the size only when it fits)."""
        self.panes.restore(self._prefs)

    def fit_to_screen(
        self, width: int, height: int, available: QRect | None = None, *, with_frame: bool = True
    ) -> None:
        """Open at ``width``×``height`` or smaller: never beyond the screen's available geometry."""
        self._screen_area = (available, with_frame)
        fit_window(self, QSize(width, height), available, with_frame=with_frame)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.isMaximized() and not self.isFullScreen():
            # The frame (title bar, borders) is known only now: fit it in too.
            area, with_frame = self._screen_area
            fit_window(self, self.size(), area, with_frame=with_frame)
        self.panes.choose_first_sizes()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.panes.save(self._prefs)
        self._prefs.sync()
        self.session.shutdown()
        super().closeEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if workbook_in(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = workbook_in(event.mimeData())
        if path is not None:
            event.acceptProposedAction()
            self.open_path(path)
