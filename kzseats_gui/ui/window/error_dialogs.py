"""Dialogs that bring errors to the user: every problem of a workbook that cannot be used, and an
unexpected failure with its details (copyable, and written to the log)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Slot
from PySide6.QtGui import (
    QGuiApplication,
    QKeySequence,
    QShortcut,
    QShowEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.result import Notice
from ...text import render_notice
from ..i18n import translate_message


class WorkbookErrorDialog(QDialog):
    """Lists every problem of a workbook: one row per problem with its sheet, cell and what is wrong."""

    def __init__(self, path: Path | str | None, problems: Sequence[Notice], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("workbookErrorDialog")
        self._file = Path(path).name if path else ""
        self._problems = list(problems)
        self.setWindowTitle(self.tr("The workbook cannot be used"))

        heading = QLabel(self)
        heading.setObjectName("heading")
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setText(
            self.tr(
                "{file}: %n problem(s) must be fixed before the workbook can be used.",
                "",
                len(self._problems),
            ).format(file=self._file or self.tr("The workbook"))
        )

        self._model = QStandardItemModel(0, 3, self)
        self._model.setHorizontalHeaderLabels([self.tr("Sheet"), self.tr("Cell"), self.tr("Problem")])
        for notice in self._problems:
            source = notice.source
            row = [
                QStandardItem((source.sheet or "") if source else ""),
                QStandardItem((source.cell or "") if source else ""),
                QStandardItem(render_notice(notice, translate_message, with_source=False)),
            ]
            for item in row:
                item.setEditable(False)
            self._model.appendRow(row)

        self._table = QTableView(self)
        self._table.setObjectName("problemsTable")
        self._table.setModel(self._model)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.setWordWrap(True)
        self._table.verticalHeader().setVisible(False)
        header = self._table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # Wrapped problem texts need their row height once the column has its width (and on resize).
        header.sectionResized.connect(self._fit_rows)
        self._table.doubleClicked.connect(self._show_problem)
        QShortcut(QKeySequence.StandardKey.Copy, self._table, self._copy_selection)

        hint = QLabel(
            self.tr("Double-click a problem to see it in full. Ctrl+C copies the selected rows."), self
        )
        hint.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = QPushButton(self.tr("Copy all"), self)
        copy.setObjectName("copyButton")
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_all)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self._table, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(760, 420)

    def model(self) -> QStandardItemModel:
        return self._model

    def table(self) -> QTableView:
        return self._table

    def rows(self) -> list[tuple[str, str, str]]:
        return [
            tuple(self._model.item(r, c).text() for c in range(3))  # type: ignore[misc]
            for r in range(self._model.rowCount())
        ]

    def full_text(self, row: int) -> str:
        notice = self._problems[row]
        text = render_notice(notice, translate_message, with_source=False)
        where = str(notice.source) if notice.source is not None else self._file
        return f"{where}: {text}" if where else text

    def as_text(self, rows: Sequence[int] | None = None) -> str:
        chosen = range(self._model.rowCount()) if rows is None else rows
        header = "\t".join(self._model.headerData(c, Qt.Orientation.Horizontal) for c in range(3))
        lines = [self._file, header] if self._file else [header]
        lines += ["\t".join(self._model.item(r, c).text() for c in range(3)) for r in chosen]
        return "\n".join(lines)

    @Slot()
    def copy_all(self) -> None:
        QGuiApplication.clipboard().setText(self.as_text())

    @Slot()
    def _fit_rows(self) -> None:
        self._table.resizeRowsToContents()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_rows()

    @Slot()
    def _copy_selection(self) -> None:
        rows = sorted({index.row() for index in self._table.selectionModel().selectedRows()})
        QGuiApplication.clipboard().setText(self.as_text(rows or None))

    @Slot(QModelIndex)
    def _show_problem(self, index: QModelIndex) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Problem"),
            self.full_text(index.row()),
            QMessageBox.StandardButton.Close,
            self,
        )
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.exec()


class UnexpectedErrorDialog(QDialog):
    """Something failed that should not have: say so, show the details, offer to copy them."""

    def __init__(self, summary: str, details: str, log_file: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("unexpectedErrorDialog")
        self.setWindowTitle(self.tr("Unexpected error"))
        self._details = details

        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(32, 32))
        message = QLabel(self)
        message.setObjectName("message")
        message.setWordWrap(True)
        message.setTextFormat(Qt.TextFormat.PlainText)
        text = self.tr(
            "Something went wrong: {summary}\nThe window is still usable; the last action had no effect."
        ).format(summary=summary)
        if log_file is not None:
            text += "\n" + self.tr("The details were written to {log}.").format(log=str(log_file))
        message.setText(text)

        self._text = QPlainTextEdit(self)
        self._text.setObjectName("details")
        self._text.setReadOnly(True)
        self._text.setPlainText(details)
        self._text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = QPushButton(self.tr("Copy details"), self)
        copy.setObjectName("copyButton")
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        top = QWidget(self)
        row = QHBoxLayout(top)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(message, 1)
        layout.addWidget(top)
        layout.addWidget(self._text, 1)
        layout.addWidget(buttons)
        self.resize(720, 400)

    def details(self) -> str:
        return self._details

    @Slot()
    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self._details)
