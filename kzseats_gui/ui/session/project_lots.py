"""The window's side of the project file: recorded lots found beside a workbook when it opens, and
lots the user records saved there, exactly as the command line does (``fileio.project_file``)."""

from __future__ import annotations

from collections.abc import Sequence

from ...core.model import LotRecord
from ...core.result import AllocationResult, Notice
from ...fileio.project_file import ProjectFileError, lots_to_apply, save_recorded_lots
from ...fileio.project_notices import with_project_notes, with_project_warnings
from .document import Document


def open_recorded_lots(document: Document, remembered: Sequence[LotRecord]) -> None:
    """Give ``document`` the lots recorded beside its workbook (when it is unchanged) and those
    recorded in this session; the notes say which were applied, the warnings which were not."""
    lots, notices = lots_to_apply(document.path, document.baseline.source_sha256, remembered)
    document.lots = list(lots)
    document.project_notices = notices
    document.baseline = document.election = with_project_notes(document.baseline, notices)


def result_with_project_warnings(document: Document, result: AllocationResult) -> AllocationResult:
    return with_project_warnings(result, document.project_notices)


def save_document_lots(document: Document) -> Notice:
    """Save the document's lots beside its workbook; the notice says where, or why not."""
    try:
        path = save_recorded_lots(document.path, document.baseline.source_sha256 or "", document.lots)
    except ProjectFileError as error:
        return error.notice
    return Notice("project-lots-saved", {"file": path.name})
