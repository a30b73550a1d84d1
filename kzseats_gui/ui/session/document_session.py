"""The document session: the workbook open in a window, read and allocated in the background.

It knows nothing of widgets. The window (and any view) asks it to open a workbook, change the
settings, edit the election or record lots, and hears back through its signals. Each opened workbook
becomes a new ``Document`` with its own number; a result reaches ``resultReady`` only when it belongs
to the current document, so results of two workbooks are never mixed.

The work it hands to the task runner is tagged with small frozen values (``ReadTask``,
``AllocateTask``); a failure comes back as a ``SessionFailure`` saying which step failed and on what.

What-if edits go through ``edit_election``: ``Document.election`` is the election allocated and shown,
``Document.baseline`` the workbook's own, kept for comparison. Named scenarios belong beside them on
the document, saved in the project file as the recorded lots are.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from ...core.bodies import resolve_settings
from ...core.errors import SettingsError
from ...core.model import Election, LotRecord, Settings, SettingsOverrides
from ...core.result import AllocationResult
from .document import Document, allocate_job, read_job, workbook_error_type
from .project_lots import open_recorded_lots, result_with_project_warnings, save_document_lots
from .task_runner import TaskFailure, TaskRunner

PROJECT_LOTS_SAVED = "project-lots-saved"


@dataclass(frozen=True)
class ReadTask:
    """Reading the workbook at ``path``."""

    path: Path


@dataclass(frozen=True)
class AllocateTask:
    """Allocating the seats of document number ``document``."""

    document: int


class Step(Enum):
    READ = "read"
    ALLOCATE = "allocate"


@dataclass(frozen=True)
class SessionFailure:
    """A read or an allocation that raised: ``path`` is the workbook it was about."""

    step: Step
    path: Path
    error: BaseException
    details: str

    @property
    def is_workbook_error(self) -> bool:
        """True when the workbook cannot be used (its problems are listed for the user)."""
        workbook_error = workbook_error_type()
        return workbook_error is not None and isinstance(self.error, workbook_error)


class DocumentSession(QObject):
    """One window's open workbook and the background work on it.

    Signals, in the order a user meets them:
    ``readingStarted(Path)``; ``documentOpened(Document)`` once the workbook is read (the election
    is known, no result yet); ``settingsUnusable(Document)`` when its own settings cannot be resolved
    (nothing is allocated until the user fixes them); ``allocationStarted(Document)``;
    ``resultReady(Document)`` with ``document.result`` set; ``failed(SessionFailure)``;
    ``cancelled()``; ``lotsChanged(Document)`` after lots are recorded or forgotten;
    ``lotsSaved(Notice)`` / ``lotsNotSaved(Notice)`` for the project file beside the workbook;
    ``busyChanged(bool)``.
    """

    readingStarted = Signal(object)
    documentOpened = Signal(object)
    settingsUnusable = Signal(object)
    allocationStarted = Signal(object)
    resultReady = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    lotsChanged = Signal(object)
    lotsSaved = Signal(object)
    lotsNotSaved = Signal(object)
    busyChanged = Signal(bool)

    def __init__(self, runner: TaskRunner | None = None, parent: QObject | None = None):
        """``runner``: the runner to work on (a window passes its own, so its status bar hears it
        first); without one the session makes its own."""
        super().__init__(parent)
        self.runner = runner if runner is not None else TaskRunner(self)
        self._document: Document | None = None
        self._documents_opened = 0
        self._reading: Path | None = None
        # Lots recorded in this session, by workbook content: the same results reopened keep them.
        self._lots_by_content: dict[str, list[LotRecord]] = {}
        self.runner.succeeded.connect(self._on_task_succeeded)
        self.runner.failed.connect(self._on_task_failed)
        self.runner.cancelled.connect(self._on_task_cancelled)
        self.runner.busyChanged.connect(self.busyChanged)

    # ---- state -----------------------------------------------------------------------------------
    @property
    def document(self) -> Document | None:
        return self._document

    @property
    def result(self) -> AllocationResult | None:
        return self._document.result if self._document else None

    def is_reading(self) -> bool:
        return self._reading is not None

    def is_busy(self) -> bool:
        return self.runner.is_busy()

    # ---- commands --------------------------------------------------------------------------------
    def open(self, path: Path | str) -> None:
        """Read ``path`` in the background; whatever was loading before is cancelled."""
        path = Path(path)
        self._reading = path
        self.readingStarted.emit(path)
        self.runner.submit(read_job(path), ReadTask(path))

    def cancel(self) -> None:
        self.runner.cancel()

    def change_settings(self, settings: Settings, user_overrides: SettingsOverrides) -> None:
        """Allocate again with ``settings`` (``user_overrides``: what the user changed to get them)."""
        document = self._document
        if document is None or self._reading is not None:
            return
        document.user_overrides = user_overrides
        self._allocate(document, settings)

    def edit_election(self, election: Election) -> None:
        """Allocate ``election`` in place of the one shown (a what-if); the baseline stays."""
        document = self._document
        if document is None or document.settings is None or self._reading is not None:
            return
        document.election = election
        self._allocate(document, document.settings)

    def record_lots(self, records: Sequence[LotRecord]) -> None:
        """Keep ``records`` with this workbook (and in its project file) and allocate again with them."""
        document = self._document
        if document is None or document.settings is None or not records:
            return
        document.record_lots(records)
        self._lots_by_content[document.lots_key()] = list(document.lots)
        self._lots_changed(document, document.settings)

    def forget_lots(self) -> None:
        document = self._document
        if document is None or not document.lots or document.settings is None:
            return
        document.lots.clear()
        self._lots_by_content.pop(document.lots_key(), None)
        self._lots_changed(document, document.settings)

    def shutdown(self) -> None:
        self.runner.shutdown()

    # ---- internals -------------------------------------------------------------------------------
    def _start_document(self, path: Path, election: Election) -> None:
        self._documents_opened += 1
        document = Document(self._documents_opened, path, election)
        open_recorded_lots(document, self._lots_by_content.get(document.lots_key(), []))
        self._document = document
        self.documentOpened.emit(document)
        try:
            settings = resolve_settings(document.election.overrides)
        except SettingsError:
            self.settingsUnusable.emit(document)
            return
        self._allocate(document, settings)

    def _allocate(self, document: Document, settings: Settings) -> None:
        document.settings = settings
        self.allocationStarted.emit(document)
        self.runner.submit(allocate_job(document.election, settings, document.lots, document.baseline),
                           AllocateTask(document.number))

    def _lots_changed(self, document: Document, settings: Settings) -> None:
        notice = save_document_lots(document)  # as ``kzseats --save-lots`` does
        if notice.code == PROJECT_LOTS_SAVED:
            document.project_notices = (notice,)
            self.lotsSaved.emit(notice)
        else:
            self.lotsNotSaved.emit(notice)
        self.lotsChanged.emit(document)
        self._allocate(document, settings)

    def _path_of(self, task: object) -> Path:
        if isinstance(task, ReadTask):
            return task.path
        return self._document.path if self._document is not None else Path()

    @Slot(object, object)
    def _on_task_succeeded(self, task: object, value: object) -> None:
        if isinstance(task, ReadTask) and task.path == self._reading and isinstance(value, Election):
            self._reading = None
            self._start_document(task.path, value)
        elif isinstance(task, AllocateTask) and isinstance(value, AllocationResult):
            document = self._document
            if document is not None and task.document == document.number:
                document.result = result_with_project_warnings(document, value)
                self.resultReady.emit(document)

    @Slot(object, object)
    def _on_task_failed(self, task: object, failure: object) -> None:
        if not isinstance(task, ReadTask | AllocateTask) or not isinstance(failure, TaskFailure):
            return
        step = Step.READ if isinstance(task, ReadTask) else Step.ALLOCATE
        if step is Step.READ:
            self._reading = None
        self.failed.emit(SessionFailure(step, self._path_of(task), failure.error, failure.details))

    @Slot(object)
    def _on_task_cancelled(self, task: object) -> None:
        if isinstance(task, ReadTask):
            self._reading = None
        self.cancelled.emit()
