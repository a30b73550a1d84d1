"""What the main window's menu commands do (export, print, copy, about) and how it reports errors.

Errors reach the user: a workbook that cannot be used lists every problem; an unexpected failure shows
its details with a Copy button and goes to the log. Without a user at the window (``--screenshot``),
the same text goes to stderr instead of a dialog.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from ...charts.options import ChartOptions
from ..log import format_exception, write_log
from ..onscreen.charts_slot import ChartsSlot
from ..session.document import Document
from ..session.document_session import DocumentSession
from . import window_exports
from .error_dialogs import UnexpectedErrorDialog, WorkbookErrorDialog
from .export_choice import export_options, include_scenarios, set_include_scenarios
from .task_status import TaskStatus
from .window_exports import ExportRequest

translate = QCoreApplication.translate
Export = Callable[[QMainWindow, Document, ExportRequest], Path | None]


class WindowCommands(QObject):
    """Menu commands and error reports of one main window: exports and printing of the session's
    document, drawn as the charts in ``charts`` show it; what they write is said in ``status``."""

    def __init__(self, window: QMainWindow, session: DocumentSession, charts: ChartsSlot, status: TaskStatus,
                 prefs: QSettings, interactive: bool):
        super().__init__(window)
        self._window = window
        self._session = session
        self._charts = charts
        self._status = status
        self._prefs = prefs
        self._interactive = interactive  # False: no dialog waits for a click; text goes to stderr
        self.last_error: str | None = None

    # ---- errors ----------------------------------------------------------------------------------
    def show_workbook_error(self, error: BaseException) -> None:
        problems = list(getattr(error, "problems", []))
        path = getattr(error, "path", None)
        self.last_error = str(error)
        if not self._interactive:
            print(str(error), file=sys.stderr)
            return
        WorkbookErrorDialog(path, problems, self._window).exec()

    def show_unexpected_error(self, what: str, error: BaseException, details: str | None = None) -> None:
        """A failure that should not happen: logged, shown with its details; the window goes on."""
        details = details or format_exception(error)
        log_file = write_log(what, details)
        summary = f"{what}: {type(error).__name__}: {error}"
        self.last_error = summary
        if not self._interactive:
            print(f"kzseats-gui: {summary}", file=sys.stderr)
            return
        UnexpectedErrorDialog(summary, details, log_file, self._window).exec()

    def warn(self, title: str, text: str) -> None:
        self.last_error = text
        if self._interactive:
            QMessageBox.warning(self._window, title, text)
        else:
            print(text, file=sys.stderr)

    # ---- opening ---------------------------------------------------------------------------------
    # Their texts keep the window's translation context: they were the window's own commands.
    def _start_folder(self) -> Path:
        document = self._session.document
        return document.path.parent if document else Path.home()

    def choose_and_open(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self._window, translate("MainWindow", "Open results workbook"), str(self._start_folder()),
            translate("MainWindow", "Excel workbooks (*.xlsx *.xlsm)"),
        )
        if chosen:
            self._session.open(chosen)

    def new_from_template(self) -> None:
        from ...fileio.template import write_template

        chosen, _ = QFileDialog.getSaveFileName(
            self._window, translate("MainWindow", "New workbook from template"),
            str(self._start_folder() / "results.xlsx"), translate("MainWindow", "Excel workbook (*.xlsx)"),
        )
        if not chosen:
            return
        path = Path(chosen) if chosen.lower().endswith(".xlsx") else Path(chosen + ".xlsx")
        try:
            write_template(path)
        except OSError as error:
            title = translate("MainWindow", "Cannot write the template")
            self.warn(title, window_exports.error_text(path, error))
            return
        self._session.open(path)

    # ---- exports ---------------------------------------------------------------------------------
    def chart_options(self) -> ChartOptions:
        """The party order and neutral-seat place shown in the charts, for exports and printing."""
        panel = self._charts.panel
        if panel is None:
            return ChartOptions()
        return ChartOptions.of(panel.order(), panel.custom_order(), panel.neutral_place())

    def export_options(self) -> ExportRequest:
        """The chart options plus what the export dialogs need: preferences and the open chart."""
        return export_options(self.chart_options(), self._prefs, self._charts.panel)

    def run_export(self, export: Export, options: ExportRequest) -> None:
        document = self._session.document
        if document is None or document.result is None:
            return
        try:
            written = export(self._window, document, options)
        except ImportError as error:
            self.warn(self.tr("Not available"),
                      self.tr("This export is not available in this build ({error}).").format(error=error))
            return
        except window_exports.ExportFailed as error:
            self.warn(self.tr("Cannot write the file"), str(error))
            return
        if written is not None:
            self._status.set_text(self.tr("Written to {path}").format(path=str(written)))

    def export_results(self) -> None:
        self.run_export(window_exports.export_results, self.export_options())

    def export_chart(self) -> None:
        self.run_export(window_exports.export_chart, self.export_options())

    def export_report(self) -> None:
        self.run_export(window_exports.export_report, self.export_options())

    def print_preview(self) -> None:
        self._print(preview=True)

    def print_report(self) -> None:
        self._print(preview=False)

    def _print(self, preview: bool) -> None:
        def print_it(window: QMainWindow, chosen: Document, chosen_options: ExportRequest) -> None:
            window_exports.print_report(window, chosen, chosen_options, preview)

        self.run_export(print_it, {"chart_options": self.chart_options(), "prefs": self._prefs})

    def bind_include_scenarios(self, action: QAction) -> None:
        """The checkable "Include saved scenarios" choice: remembered, and the Scenarios tab's box."""
        action.setCheckable(True)
        action.setChecked(include_scenarios(self._prefs))
        action.toggled.connect(lambda on: set_include_scenarios(self._prefs, on))
        workbench = getattr(self._window, "workbench", None)
        if workbench is not None:
            workbench.scenarios.follow_export_choice(action)

    # ---- other commands --------------------------------------------------------------------------
    def copy_view(self, view: object) -> None:
        copy = getattr(view, "copy_to_clipboard", None)
        if copy is not None:
            copy()
            self._status.set_text(self.tr("Table copied to the clipboard"))

    def show_about(self) -> None:
        from .about_dialog import AboutDialog

        AboutDialog(self._window).exec()
