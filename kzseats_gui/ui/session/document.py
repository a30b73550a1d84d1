"""The workbook open in a window and the background jobs that read and allocate it.

A job is a plain callable ``job(progress, is_cancelled)`` (see ``task_runner``) that the task runner
calls on its worker thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QMimeData

# Imported here, on the GUI thread, rather than inside the worker: an import holds the interpreter
# lock for its whole length, which would freeze the window during the first import or allocation.
from ...core import allocator
from ...core.edited_figures import with_figure_edits
from ...core.model import Election, LotRecord, Settings, SettingsOverrides
from ...core.progress import CancelledFn, ProgressFn
from ...core.result import AllocationResult, Notice
from ...core.ties import with_lots
from ...fileio import workbook
from .task_runner import Job

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")


@dataclass
class Document:
    """One opened workbook with what the user did to it (changed settings, recorded lots).

    ``baseline`` is the election as the workbook gives it; ``election`` is the one allocated and shown.
    They are the same until the user edits the election (what-if): edits replace ``election`` and the
    baseline stays, so changes can be compared with it and undone.
    """

    number: int  # distinguishes documents, so a late result of an earlier one is never shown
    path: Path
    baseline: Election
    election: Election = field(init=False)
    user_overrides: SettingsOverrides = field(default_factory=SettingsOverrides)
    lots: list[LotRecord] = field(default_factory=list)
    settings: Settings | None = None
    result: AllocationResult | None = None
    project_notices: tuple[Notice, ...] = ()  # what became of the lots recorded beside the workbook

    def __post_init__(self) -> None:
        self.election = self.baseline

    @property
    def is_edited(self) -> bool:
        """True when the election shown is not the workbook's own."""
        return self.election is not self.baseline

    @property
    def name(self) -> str:
        return self.baseline.source_name or self.path.name

    def lots_key(self) -> str:
        """Recorded lots belong to the file's content (the same results reopened keep them)."""
        return self.baseline.source_sha256 or str(self.path.resolve())

    def record_lots(self, records: Sequence[LotRecord]) -> None:
        """Add lot results; a new record replaces an earlier one for the same tie (tier and district)."""
        self.lots = list(with_lots(self.lots, records))


def read_job(path: Path) -> Job:
    def read(progress: ProgressFn, is_cancelled: CancelledFn) -> Election:
        return workbook.read_workbook(path, progress=progress, is_cancelled=is_cancelled)

    return read


def allocate_job(election: Election, settings: Settings, lots: Sequence[LotRecord],
                 baseline: Election | None = None) -> Job:
    """Allocate ``election``; a result on figures other than ``baseline``'s names the edits (and so
    carries the "not the law" mark into every export and printout)."""
    lots = tuple(lots)

    def run(progress: ProgressFn, is_cancelled: CancelledFn) -> AllocationResult:
        result = allocator.allocate(election, settings, lots, progress=progress, is_cancelled=is_cancelled)
        return result if baseline is None else with_figure_edits(result, baseline, election)

    return run


def workbook_error_type() -> type[BaseException] | None:
    """The reader's error class (None while the reader cannot be imported)."""
    try:
        from ...fileio.problems import WorkbookError
    except ImportError:
        return None
    return WorkbookError


def is_workbook_path(path: Path) -> bool:
    return path.suffix.lower() in WORKBOOK_SUFFIXES


def workbook_in(mime: QMimeData) -> Path | None:
    """The first local workbook among dragged files, if any."""
    if not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile() and is_workbook_path(Path(url.toLocalFile())):
            return Path(url.toLocalFile())
    return None
