"""Method comparison: the list seats under Hare (the law), Droop, D'Hondt and Sainte-Laguë side by side.

Each column is a full allocation with only the method changed (``core.comparison``); a cell that
differs from the law's is marked. Seats waiting for a lot are in no cell: the column says so.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..formatting import number_text
from ..vocabulary_tr import method_name
from .analysis import Analysis
from .session import WorkbenchSession, failure_text
from .table_cells import cell, fit_columns, mark, new_table

translate = QCoreApplication.translate


def _two_lines(method) -> str:
    """'Droop quota' over '(not the law)': four columns fit a laptop's pane."""
    name, marked = method_name(method, short=True), method_name(method, short=True, law_mark=True)
    return marked.replace(name, name + "\n", 1).replace("\n ", "\n") if marked.startswith(name) else marked


class MethodsPane(QWidget):
    def __init__(self, session: WorkbenchSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("methodsPane")
        self.session = session
        self.table = new_table(self, "methodsTable", 6, seat_columns=(2, 3, 4, 5))
        self.note = QLabel(self)
        self.note.setObjectName("methodsNote")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        session.analysed.connect(self.show_analysis)
        session.analysisFailed.connect(self._on_analysis_failed)
        self.retranslate_ui()

    @Slot()
    def _on_analysis_failed(self) -> None:
        self.note.setText(failure_text())

    def retranslate_ui(self) -> None:
        if self.session.analysis is not None:
            self.show_analysis(self.session.analysis)
        else:
            self._headers(None)
            self.note.setText("")

    def _headers(self, analysis: Analysis | None) -> None:
        titles = [translate("MethodsPane", "Party"), translate("MethodsPane", "List votes")]
        if analysis is not None:
            titles += [_two_lines(c.method) for c in analysis.comparison.columns]
        self.table.setColumnCount(max(len(titles), 2))
        self.table.setHorizontalHeaderLabels(titles)

    @Slot(object)
    def show_analysis(self, analysis: Analysis) -> None:
        comparison = analysis.comparison
        self._headers(analysis)
        labels = {p.name: p.label for p in analysis.result.parties}
        self.table.setRowCount(len(comparison.parties))
        law = comparison.columns[0]
        for row, name in enumerate(comparison.parties):
            self.table.setItem(row, 0, cell(labels.get(name, name), data=name))
            self.table.setItem(row, 1, cell(number_text(comparison.votes[name]), number=True))
            for offset, column in enumerate(comparison.columns):
                seats = column.list_seats[name]
                text = number_text(seats) + (" + ?" if column.tied(name) else "")
                item = cell(text, number=True, data=seats)
                if name in column.differs:
                    mark(item, translate("MethodsPane", "{seats} under the law ({method})").format(
                        seats=number_text(law.list_seats[name]), method=method_name(law.method, short=True)))
                self.table.setItem(row, 2 + offset, item)
        fit_columns(self.table)
        differing = sum(len(c.differs) for c in comparison.columns)
        notes = [translate("MethodsPane", "Marked: a party's list seats differ from the law's.")
                 if differing else translate("MethodsPane", "Every method gives the same list seats.")]
        if comparison.lots_required:
            notes.append(translate("MethodsPane", "\u201c+ ?\u201d: a tie only a lot can decide; its seats "
                                                  "are in no party's cell."))
        notes.append(translate("MethodsPane", "Only the Hare method is the law; the others are shown for "
                                              "comparison and are not the law."))
        self.note.setText(" ".join(notes))
