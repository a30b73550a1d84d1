"""Margins: how close the result is, exactly. Per party the votes to gain a list seat, to lose one and to
reach the threshold; who takes the next seat if the house grew by one; each district winner's margin;
and the selected party's seats-versus-votes steps. Clicking a figure applies it as a what-if.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..formatting import counted, number_text
from . import edits
from .analysis import Analysis
from .seat_curve_chart import SeatCurveChart
from .session import WorkbenchSession, failure_text
from .table_cells import cell, fit_columns, mark, new_table, share_out_names
from .whatif_pane import change_summary

translate = QCoreApplication.translate
GAIN, LOSE, THRESHOLD = 3, 4, 5  # party table columns that apply a what-if
WINNER, RUNNER_UP, FLIP = 1, 2, 4  # district table columns


class MarginsPane(QWidget):
    def __init__(self, session: WorkbenchSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("marginsPane")
        self.session = session
        self.parties = new_table(self, "marginsParties", 6, seat_columns=(2,))
        self.parties.cellClicked.connect(self._on_party_clicked)
        self.parties.currentCellChanged.connect(lambda row, *_: self._show_curve_of_row(row))
        self.next_seat = QLabel(self)
        self.next_seat.setObjectName("nextSeat")
        self.next_seat.setWordWrap(True)
        self.falls_note = QLabel(self)  # parties whose seats can fall as their votes grow
        self.falls_note.setObjectName("marginsFalls")
        self.falls_note.setWordWrap(True)
        self.falls_note.hide()
        self.districts = new_table(self, "marginsDistricts", 5)
        self.districts.cellClicked.connect(self._on_district_clicked)
        self.chart = SeatCurveChart(self)
        # One line above the tables: how to use them, or, once the figures are edited (a click here
        # changes them under the user's eyes), what is applied, with a button to undo it.
        self.applied = QLabel(self)
        self.applied.setObjectName("marginsApplied")
        self.applied.setWordWrap(True)
        self.undo_button = QPushButton(self)
        self.undo_button.setObjectName("marginsUndo")
        self.undo_button.clicked.connect(session.undo_stack.undo)
        applied_row = QHBoxLayout()
        applied_row.addWidget(self.applied, 1)
        applied_row.addWidget(self.undo_button)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.parties, 1)
        top_layout.addWidget(self.falls_note)
        top_layout.addWidget(self.next_seat)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        for widget in (top, self.chart, self.districts):
            splitter.addWidget(widget)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(applied_row)
        layout.addWidget(splitter, 1)
        self._selected: str | None = None
        session.analysed.connect(self.show_analysis)
        session.analysisFailed.connect(self._on_analysis_failed)
        self.retranslate_ui()

    @Slot()
    def _on_analysis_failed(self) -> None:
        self.applied.setText(failure_text())

    def retranslate_ui(self) -> None:
        self.parties.setHorizontalHeaderLabels([
            translate("MarginsPane", "Party"), translate("MarginsPane", "List votes"),
            translate("MarginsPane", "List seats"), translate("MarginsPane", "Votes to gain a seat"),
            translate("MarginsPane", "Votes lost that cost a seat"),
            translate("MarginsPane", "Votes to the threshold"),
        ])
        self.districts.setHorizontalHeaderLabels([
            translate("MarginsPane", "District"), translate("MarginsPane", "Winner"),
            translate("MarginsPane", "Runner-up"), translate("MarginsPane", "Margin"),
            translate("MarginsPane", "Votes that flip it"),
        ])
        self.chart.retranslate_ui()
        self.undo_button.setText(translate("WhatIfPane", "Undo"))
        if self.session.analysis is not None:
            self.show_analysis(self.session.analysis)
        else:
            self._show_applied(None)

    @Slot(object)
    def show_analysis(self, analysis: Analysis) -> None:
        labels = {p.name: p.label for p in analysis.result.parties}
        self.parties.setRowCount(len(analysis.margins))
        selected_row = 0
        curves = analysis.curves
        falling = [f.name for f in analysis.margins if f.name in curves and curves[f.name].falls]
        for row, figures in enumerate(analysis.margins):
            if figures.name == self._selected:
                selected_row = row
            name = cell(labels.get(figures.name, figures.name), data=figures.name)
            if figures.name in falling:
                mark(name, translate("MarginsPane", "More votes can give this party fewer list seats: select "
                                                    "it to see every change on the chart."))
            values = [
                name,
                cell(number_text(figures.votes), number=True),
                cell(number_text(figures.list_seats), number=True),
                self._clickable(figures.votes_to_gain_seat, "+"),
                self._clickable(figures.votes_to_lose_seat, "\u2212"),
                self._clickable(figures.votes_to_threshold or None, "+"),
            ]
            for column, item in enumerate(values):
                self.parties.setItem(row, column, item)
        fit_columns(self.parties)
        self._show_applied(analysis)
        self._show_falls([labels.get(name, name) for name in falling])
        self.next_seat.setText(self._next_seat_text(analysis, labels))
        self._fill_districts(analysis, labels)
        if analysis.margins:
            self.parties.setCurrentCell(selected_row, 0)
            self._show_curve_of_row(selected_row)
        else:
            self.chart.clear()

    def _show_applied(self, analysis: Analysis | None) -> None:
        """The what-if in force (a margin applied here, or any other edit) and its last step."""
        edited = analysis is not None and self.session.is_edited()
        self.undo_button.setVisible(edited)
        if not edited:
            self.applied.setText(translate(
                "MarginsPane", "Exact figures, all other counts unchanged. Click a figure to apply it as a "
                "what-if; select a party to see its seats as its votes change."))
            return
        text = change_summary(analysis.changed_seats)
        step = self.session.undo_stack.undoText()
        if step:
            text += " " + translate("MarginsPane", "Last step: {step}.").format(step=step)
            self.undo_button.setToolTip(step)
        self.applied.setText(text)

    def _show_falls(self, parties: list[str]) -> None:
        """Where more votes can cost a seat, one figure per direction does not tell the whole story."""
        self.falls_note.setVisible(bool(parties))
        if parties:
            self.falls_note.setText(translate(
                "MarginsPane", "Marked: more votes can give {parties} fewer list seats (the runner-up "
                "rule, or the threshold moving with the total). The figures are the fewest votes that first "
                "give a seat more or fewer; the chart shows every change.",
            ).format(parties=", ".join(parties)))

    def _clickable(self, votes: int | None, sign: str) -> QTableWidgetItem:
        if votes is None:
            return cell("\u2014", number=True)
        tip = translate("MarginsPane", "Click: apply {sign}{votes} votes as a what-if").format(
            sign=sign, votes=number_text(votes))
        item = cell(number_text(votes), number=True, data=votes, tip=tip)
        item.setForeground(self.palette().link())
        return item

    def _next_seat_text(self, analysis: Analysis, labels: dict[str, str]) -> str:
        seat = analysis.next_seat
        n = seat.list_seats  # "%n": the plural form of each language (English through ``counted``)
        names = ", ".join(labels.get(name, name) for name in seat.gains)
        if seat.open_tie is not None:
            text = self.tr("With %n list seat(s) a tie between {parties} would need a lot.", "", n)
            text = counted(text, n).format(parties=", ".join(labels.get(p, p) for p in seat.open_tie.between))
        elif seat.vacant or not names:
            text = counted(self.tr("With %n list seat(s) the extra seat would stay vacant.", "", n), n)
        else:
            text = self.tr("With %n list seat(s) the next seat goes to {parties}.", "", n)
            text = counted(text, n).format(parties=names)
        if seat.losses:
            lose = translate("MarginsPane", "{parties} would lose a seat (the Alabama paradox).")
            text += " " + lose.format(parties=", ".join(labels.get(n, n) for n in seat.losses))
        return text

    def _fill_districts(self, analysis: Analysis, labels: dict[str, str]) -> None:
        self.districts.setRowCount(len(analysis.districts))
        for row, margin in enumerate(analysis.districts):
            winner = margin.winner or ""
            if margin.party:
                winner += f" ({labels.get(margin.party, margin.party)})"
            flip = margin.votes_to_flip if margin.runner_up is not None and not margin.tie else None
            values = [cell(margin.district, data=margin.district), cell(winner),
                      cell(margin.runner_up or "\u2014"),
                      cell(number_text(margin.margin) if margin.margin is not None else "\u2014",
                           number=True),
                      self._clickable(flip, "")]
            for column, item in enumerate(values):
                self.districts.setItem(row, column, item)
        fit_columns(self.districts)
        share_out_names(self.districts, (WINNER, RUNNER_UP))

    # ---- clicks ----------------------------------------------------------------------------------
    def _show_curve_of_row(self, row: int) -> None:
        analysis = self.session.analysis
        item = self.parties.item(row, 0) if row >= 0 else None
        if analysis is None or item is None:
            return
        name = item.data(Qt.ItemDataRole.UserRole)
        self._selected = name
        curve = analysis.curves.get(name)
        if curve is not None:
            self.chart.show_curve(curve, item.text())

    @Slot(int, int)
    def _on_party_clicked(self, row: int, column: int) -> None:
        analysis, election = self.session.analysis, self.session.election()
        if analysis is None or election is None or column not in (GAIN, LOSE, THRESHOLD):
            return
        delta = self.parties.item(row, column).data(Qt.ItemDataRole.UserRole)
        if not isinstance(delta, int):
            return
        name = self.parties.item(row, 0).data(Qt.ItemDataRole.UserRole)
        votes = edits.votes_of(election, name) + (-delta if column == LOSE else delta)
        text = translate("MarginsPane", "{party}: {votes} votes (a margin)").format(
            party=self.parties.item(row, 0).text(), votes=number_text(votes))
        self.session.apply(edits.with_votes(election, name, votes), text)

    @Slot(int, int)
    def _on_district_clicked(self, row: int, column: int) -> None:
        analysis, election = self.session.analysis, self.session.election()
        if analysis is None or election is None or column != FLIP or row >= len(analysis.districts):
            return
        margin = analysis.districts[row]
        if margin.votes_to_flip is None or margin.winner is None or margin.runner_up is None:
            return
        text = translate("MarginsPane", "District {district}: {votes} votes from {source} to {target}")
        text = text.format(
            district=margin.district, votes=number_text(margin.votes_to_flip), source=margin.winner,
            target=margin.runner_up)
        self.session.apply(edits.with_district_votes_moved(
            election, margin.district, margin.winner, margin.runner_up, margin.votes_to_flip), text)
