"""The workbench's hold on the open document: what-if figures, their undo history and their analysis.

The window's ``DocumentSession`` reads and allocates; the workbench hands it edited figures
(``edit_election``; the document keeps the figures as read as ``baseline``). Every edit and every
change of the settings is a command on one ``QUndoStack``. An edit is shown after a short pause (several
quick edits allocate once), and the analysis the panes show (baseline, methods, margins) runs on
the workbench's own task runner, so it never cancels the window's allocation and the reverse.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QUndoCommand, QUndoStack

from ...core.errors import SettingsError
from ...core.model import Election, SettingsOverrides
from ..log import write_log
from ..session.task_runner import TaskRunner
from . import window_hooks as hooks
from .analysis import Analysis, analysis_job

translate = QCoreApplication.translate
DEBOUNCE_MS = 250  # an edit is allocated after this pause


class _FiguresCommand(QUndoCommand):
    def __init__(self, session: WorkbenchSession, before: Election, after: Election, text: str):
        super().__init__(text)
        self._session, self._before, self._after = session, before, after

    def redo(self) -> None:
        self._session._show_figures(self._after)

    def undo(self) -> None:
        self._session._show_figures(self._before)


class _SettingsCommand(QUndoCommand):
    def __init__(self, session: WorkbenchSession, before: SettingsOverrides, after: SettingsOverrides,
                 *, applied: bool = True):
        super().__init__(translate("Workbench", "Change the settings"))
        self._session, self._before, self._after = session, before, after
        self._first = applied  # the panel has applied the change already

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._session._show_settings(self._after)

    def undo(self) -> None:
        self._session._show_settings(self._before)


class WorkbenchSession(QObject):
    """``analysed`` carries each new ``Analysis``; ``documentChanged`` when another workbook opened."""

    analysed = Signal(object)
    analysisFailed = Signal()  # the figures shown could not be analysed; the panes hold older ones
    documentChanged = Signal()
    busyChanged = Signal(bool)

    def __init__(self, window):
        super().__init__(window)
        self._window = window
        self.undo_stack = QUndoStack(self)
        self.runner = TaskRunner(self)
        self.runner.succeeded.connect(self._on_analysed)
        self.runner.failed.connect(self._on_analysis_failed)
        self.runner.busyChanged.connect(self.busyChanged)
        self._number: int | None = None
        self._pending: Election | None = None  # an edit waiting for the pause to end
        self._overrides = SettingsOverrides()
        self._applying = False
        self._stopped = False  # the window has closed: no more background work
        self.analysis: Analysis | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._reallocate)
        window.resultShown.connect(self._on_result_shown)
        hooks.settings_panel(window).settingsChanged.connect(self._on_settings_changed)
        window.installEventFilter(self)

    # ---- what the panes read ---------------------------------------------------------------------
    def document(self):
        return hooks.document(self._window)

    def election(self) -> Election | None:
        """The figures shown (an edit still waiting for the pause included)."""
        if self._pending is not None:
            return self._pending
        document = self.document()
        return document.election if document is not None else None

    def baseline(self) -> Election | None:
        document = self.document()
        return document.baseline if document is not None else None

    def is_edited(self) -> bool:
        baseline = self.baseline()
        return baseline is not None and self.election() is not baseline

    def is_busy(self) -> bool:
        return self.runner.is_busy() or self._timer.isActive()

    # ---- edits -----------------------------------------------------------------------------------
    def apply(self, election: Election, text: str) -> None:
        """Show ``election`` as the what-if (one step of the undo history named ``text``)."""
        current = self.election()
        if current is None or election == current:
            return
        self.undo_stack.push(_FiguresCommand(self, current, election, text))

    def open_scenario(self, election: Election, overrides: SettingsOverrides, text: str) -> None:
        """A saved scenario's figures and settings, as one step of the undo history."""
        current = self.election()
        if current is None:
            return
        self.undo_stack.beginMacro(text)
        if overrides != self._overrides:
            self.undo_stack.push(_SettingsCommand(self, self._overrides, overrides, applied=False))
        self.apply(election, text)
        self.undo_stack.endMacro()

    def reset(self) -> None:
        baseline = self.baseline()
        if baseline is not None and self.is_edited():
            self.apply(baseline, translate("Workbench", "Back to the figures as read"))

    def _show_figures(self, election: Election) -> None:
        if self.document() is None:
            return
        self._pending = election
        self._timer.start()

    def _show_settings(self, overrides: SettingsOverrides) -> None:
        panel, document = hooks.settings_panel(self._window), self.document()
        if document is None:
            return
        self._applying = True
        try:
            panel.set_election(document.baseline, overrides)
            self._overrides = overrides
            hooks.document_session(self._window).change_settings(panel.resolved_settings(), overrides)
        except SettingsError:
            pass  # the panel shows what is wrong with them, as after any change
        finally:
            self._applying = False

    @Slot()
    def _reallocate(self) -> None:
        election, self._pending = self._pending, None
        if election is not None:
            hooks.document_session(self._window).edit_election(election)

    @Slot(object)
    def _on_settings_changed(self, _settings: object) -> None:
        if self._applying or self.document() is None:
            return
        after = hooks.settings_panel(self._window).user_overrides()
        if after != self._overrides:
            before, self._overrides = self._overrides, after
            self.undo_stack.push(_SettingsCommand(self, before, after))

    # ---- analysis --------------------------------------------------------------------------------
    @Slot()
    def _on_result_shown(self) -> None:
        document = self.document()
        if self._stopped or document is None or document.settings is None:
            return
        if document.number != self._number:
            self._number = document.number
            self._pending = None
            self._overrides = document.user_overrides
            self.undo_stack.clear()
            self.analysis = None
            self.documentChanged.emit()
        self.runner.submit(analysis_job(document.baseline, document.election, document.settings,
                                        document.lots), document.number)

    @Slot(object, object)
    def _on_analysed(self, number: object, analysis: object) -> None:
        if number == self._number and isinstance(analysis, Analysis):
            self.analysis = analysis
            self.analysed.emit(analysis)

    @Slot(object, object)
    def _on_analysis_failed(self, number: object, failure: object) -> None:
        """The panes keep their last figures and say so; the failure goes to the log with its traceback."""
        write_log("workbench analysis", getattr(failure, "details", str(failure)))
        if number == self._number:
            self.analysisFailed.emit()

    def shutdown(self) -> None:
        self._stopped = True
        self._timer.stop()
        self.runner.shutdown()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Close:
            self.shutdown()
        return False


def failure_text() -> str:
    """What a pane says when the figures shown could not be analysed."""
    return translate("Workbench", "The workbench could not analyse the figures shown (the details are in the "
                                  "log): its tabs hold the last figures it analysed, if any. The result tabs "
                                  "are not affected.")
