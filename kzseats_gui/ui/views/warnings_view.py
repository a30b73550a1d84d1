"""Warnings and notes about the input and the result, each pointing at its source (file, sheet!cell).

Double-click or Enter on a row emits ``noticeActivated`` with the Notice, so the window can show the
cell or the district it concerns.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHeaderView, QLabel, QStyle, QTableView, QVBoxLayout, QWidget

from ...core.result import Notice
from ...text import render_notice
from ..i18n import translate_message
from .tables import Cell
from .view_base import TabularView

ERROR, WARNING, NOTE = "error", "warning", "note"
SEVERITY_RANK = {ERROR: 0, WARNING: 1, NOTE: 2}
# Codes that describe the input without casting doubt on the result (the workbook reader's notes).
NOTE_CODES = frozenset(
    {
        "column-unknown",
        "sheet-unknown",
        "setting-unknown",
        "list-votes-summed",
        "party-districts-only",
        "illustrative-figures",
        "seat-decided-by-lot",
        "district-seat-decided-by-lot",
        "project-lots-applied",
        "project-lots-saved",
    }
)


class Column(IntEnum):
    SEVERITY = 0
    MESSAGE = 1
    SOURCE = 2


def severity_of(notice: Notice, default: str = WARNING) -> str:
    """A notice's severity: its ``severity`` parameter, a known note code, or ``default``."""
    given = notice.params.get("severity")
    if isinstance(given, str) and given in SEVERITY_RANK:
        return given
    if notice.code in NOTE_CODES or notice.code.startswith("note-") or notice.code.endswith("-note"):
        return NOTE
    return default


class WarningsView(TabularView):
    """A list of notices: severity icon, message, source. ``noticeActivated`` carries the Notice."""

    noticeActivated = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._notices: list[tuple[Notice, str]] = []
        self._add_table("warningsTable", self._headers())
        self._table.setWordWrap(True)
        self._table.auto_fit = False  # the message column stretches instead
        self._table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        header = self._table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.SEVERITY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.MESSAGE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.SOURCE, QHeaderView.ResizeMode.ResizeToContents)
        self._table.activated.connect(self._on_activated)

        self._count = QLabel(self)
        self._count.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._count)
        layout.addWidget(self._table, 1)
        self._finish_setup()

    def retranslate_ui(self) -> None:
        """Titles, severities and messages in the current language."""
        self._model.set_headers(self._headers())
        self._table.setAccessibleName(self.tr("Warnings and notes"))
        self._refresh()

    def _headers(self) -> list[str]:
        return [self.tr("Severity"), self.tr("Message"), self.tr("Source")]

    # ---- public API (model, table, copy_to_clipboard: TabularView) -------------------------------
    def notices(self) -> list[Notice]:
        return [notice for notice, _ in self._notices]

    def rows(self) -> list[tuple[str, str, str]]:
        """(severity, message, source) of each row as displayed."""
        return self._shown_rows(Qt.ItemDataRole.DisplayRole)

    def set_notices(self, notices: Iterable[Notice], severity: str | None = None) -> None:
        """Show ``notices``; ``severity`` (error/warning/note) applies to all, else each is classified."""
        self._notices = [(n, severity or severity_of(n)) for n in notices]
        self._refresh()

    def append_notices(self, notices: Iterable[Notice], severity: str | None = None) -> None:
        """Add ``notices`` below the ones shown (e.g. import notes after the result's warnings)."""
        self._notices.extend((n, severity or severity_of(n)) for n in notices)
        self._refresh()

    def clear(self) -> None:
        self._notices = []
        self._refresh()

    # ---- rendering -------------------------------------------------------------------------------
    def _refresh(self) -> None:
        rows = [self._row(notice, severity) for notice, severity in self._notices]
        self._model.set_rows(rows, keys=list(range(len(rows))))
        self._table.resizeRowsToContents()
        counts = {s: sum(1 for _, sev in self._notices if sev == s) for s in SEVERITY_RANK}
        if not self._notices:
            self._count.setText(self.tr("No warnings or notes."))
        else:
            labels = {
                ERROR: self.tr("Errors: {n}"),
                WARNING: self.tr("Warnings: {n}"),
                NOTE: self.tr("Notes: {n}"),
            }
            parts = [labels[s].format(n=counts[s]) for s in SEVERITY_RANK if counts[s]]
            self._count.setText(" · ".join(parts))

    def _row(self, notice: Notice, severity: str) -> list[Cell]:
        source = str(notice.source) if notice.source is not None else ""
        message = render_notice(notice, translate=translate_message, with_source=False)
        return [
            Cell(
                self._severity_text(severity),
                SEVERITY_RANK[severity],
                severity,
                decoration=self._severity_icon(severity),
            ),
            Cell(message, message, tooltip=message),
            Cell(source, source, tooltip=source or None),
        ]

    def _severity_text(self, severity: str) -> str:
        return {ERROR: self.tr("Error"), WARNING: self.tr("Warning"), NOTE: self.tr("Note")}[severity]

    def _severity_icon(self, severity: str) -> QIcon:
        pixmap = {
            ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
            WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
            NOTE: QStyle.StandardPixmap.SP_MessageBoxInformation,
        }[severity]
        return self.style().standardIcon(pixmap)

    # ---- slots -----------------------------------------------------------------------------------
    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        row = self._proxy.mapToSource(index).row()
        self.noticeActivated.emit(self._notices[row][0])
