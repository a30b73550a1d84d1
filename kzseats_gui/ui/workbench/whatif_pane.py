"""What-if: edit the list votes (count or share), "against all" and the district winners, or move
points from one party to another; the result follows and the seats that changed hands are marked.

Each edit is one step of the workbench's undo history (undo and redo here, or Ctrl+Z / Ctrl+Shift+Z
while the pane has the focus). A count is typed as a whole number, a share in percent (the party's
votes become the whole number nearest to it, the others unchanged).
"""

from __future__ import annotations

from fractions import Fraction

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..flow_layout import FlowLayout, side_by_side
from ..formatting import counted, number_text, percent_text
from ..views.number_spin_box import DecimalSpinBox
from ..vocabulary_tr import self_nominated
from . import edits
from .analysis import Analysis
from .session import WorkbenchSession, failure_text
from .table_cells import cell, change_cell, editable, fit_columns, new_table, parse_count, parse_percent

translate = QCoreApplication.translate
VOTES, SHARE = 1, 2


def change_summary(changed: int) -> str:
    """'What-if: 3 seats change hands.' (the verb agrees with one seat too)."""
    if changed == 0:
        return translate("WhatIfPane", "What-if: no seat changes hands.")
    if changed == 1:
        return translate("WhatIfPane", "What-if: one seat changes hands.")
    return counted(translate("WhatIfPane", "What-if: {count} seat(s) change hands."), changed).format(
        count=number_text(changed))


class WhatIfPane(QWidget):
    def __init__(self, session: WorkbenchSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("whatIfPane")
        self.session = session
        self._filling = False
        stack = session.undo_stack
        # Short button labels; the step each one undoes or redoes is in its tooltip.
        self.undo_button, self.redo_button = QPushButton(self), QPushButton(self)
        self.undo_button.setObjectName("whatIfUndo")
        self.redo_button.setObjectName("whatIfRedo")
        self.undo_button.clicked.connect(stack.undo)
        self.redo_button.clicked.connect(stack.redo)
        stack.canUndoChanged.connect(self.undo_button.setEnabled)
        stack.canRedoChanged.connect(self.redo_button.setEnabled)
        stack.undoTextChanged.connect(self.undo_button.setToolTip)
        stack.redoTextChanged.connect(self.redo_button.setToolTip)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        self.undo_action, self.redo_action = QAction(self), QAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.undo_action.triggered.connect(stack.undo)
        self.redo_action.triggered.connect(stack.redo)
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.reset_button = QPushButton(self)
        self.reset_button.clicked.connect(session.reset)
        self.state_label = QLabel(self)
        self.state_label.setObjectName("whatIfState")
        self.state_label.setWordWrap(True)
        top = FlowLayout()  # the controls wrap on a narrow pane instead of widening it
        for widget in (self.undo_button, self.redo_button, self.reset_button, self.state_label):
            top.addWidget(widget)
        self.state_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

        self.swing_points = DecimalSpinBox(self)
        self.swing_points.setObjectName("swingPoints")
        self.swing_points.setRange(0.01, 100.0)
        self.swing_points.setDecimals(2)
        self.swing_points.setValue(1.0)
        self.swing_from, self.swing_to = QComboBox(self), QComboBox(self)
        self.swing_from.setObjectName("swingFrom")
        self.swing_to.setObjectName("swingTo")
        self.swing_button = QPushButton(self)
        self.swing_button.setObjectName("swingApply")
        self.swing_button.clicked.connect(self.apply_swing)
        for box in (self.swing_from, self.swing_to):
            box.currentIndexChanged.connect(self._explain_swing)
        self.move_label, self.from_label, self.to_label = QLabel(self), QLabel(self), QLabel(self)
        swing = FlowLayout()
        for widgets in ((self.move_label, self.swing_points), (self.from_label, self.swing_from),
                        (self.to_label, self.swing_to), (self.swing_button,)):
            swing.addWidget(side_by_side(self, *widgets))  # a label never leaves its field

        self.parties = new_table(self, "whatIfParties", 6, seat_columns=(3, 4, 5))
        self.parties.setEditTriggers(self.parties.EditTrigger.DoubleClicked
                                     | self.parties.EditTrigger.EditKeyPressed
                                     | self.parties.EditTrigger.AnyKeyPressed)
        self.parties.itemChanged.connect(self._on_item_changed)
        self.districts = new_table(self, "whatIfDistricts", 4)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.parties)
        splitter.addWidget(self.districts)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(swing)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.hint)
        session.analysed.connect(self.show_analysis)
        session.analysisFailed.connect(self._on_analysis_failed)
        self.retranslate_ui()

    @Slot()
    def _on_analysis_failed(self) -> None:
        self.state_label.setText(failure_text())

    def retranslate_ui(self) -> None:
        self.reset_button.setText(translate("WhatIfPane", "Figures as read"))
        self.reset_button.setToolTip(translate("WhatIfPane", "Undo every what-if edit in one step"))
        self.undo_button.setText(translate("WhatIfPane", "Undo"))
        self.redo_button.setText(translate("WhatIfPane", "Redo"))
        self.move_label.setText(translate("WhatIfPane", "Move"))
        self.swing_points.setSuffix(translate("WhatIfPane", " points"))
        self.from_label.setText(translate("WhatIfPane", "from"))
        self.to_label.setText(translate("WhatIfPane", "to"))
        self.swing_button.setText(translate("WhatIfPane", "Apply"))
        self._explain_swing()
        self.parties.setHorizontalHeaderLabels([
            translate("WhatIfPane", "Party"), translate("WhatIfPane", "List votes"),
            translate("WhatIfPane", "Share"), translate("WhatIfPane", "List seats"),
            translate("WhatIfPane", "Total seats"), translate("WhatIfPane", "\u00b1 as read"),
        ])
        self.districts.setHorizontalHeaderLabels([
            translate("WhatIfPane", "District"), translate("WhatIfPane", "Winner"),
            translate("WhatIfPane", "Party"), translate("WhatIfPane", "Margin"),
        ])
        self.hint.setText(translate(
            "WhatIfPane", "Double-click a count or a share to change it; choose a district's winner in "
            "its list. Seats that changed hands are outlined on the hemicycle."))
        if self.session.analysis is not None:
            self.show_analysis(self.session.analysis)

    # ---- showing ---------------------------------------------------------------------------------
    @Slot(object)
    def show_analysis(self, analysis: Analysis) -> None:
        self._filling = True
        try:
            self._fill_parties(analysis)
            self._fill_districts(analysis)
            self._fill_swing(analysis)
        finally:
            self._filling = False
        if not self.session.is_edited():
            text = translate("WhatIfPane", "The figures as read. Edit a count to ask \u201cwhat if\u201d.")
        else:
            text = change_summary(analysis.changed_seats)
        self.state_label.setText(text)
        self.reset_button.setEnabled(self.session.is_edited())

    def _fill_parties(self, analysis: Analysis) -> None:
        election, result = analysis.election, analysis.result
        valid = edits.valid_list_votes(election)
        rows = [(p.name, p.label, p.votes) for p in result.parties if p.votes is not None]
        rows.append((edits.AGAINST_ALL, translate("WhatIfPane", "Against all"), election.against_all))
        self.parties.setRowCount(len(rows))
        for row, (name, label, votes) in enumerate(rows):
            share = Fraction(votes, valid) if valid else None
            party = result.party(name) if name != edits.AGAINST_ALL else None
            items = [
                cell(label, data=name),
                editable(cell(number_text(votes), number=True, data=name)),
                editable(cell(percent_text(share), number=True, data=name)),
                cell(number_text(party.list_seats if party else None), number=True),
                cell(number_text(party.list_seats + party.district_seats if party else None), number=True),
                change_cell(analysis.seat_change(name) if party else None),
            ]
            for column, item in enumerate(items):
                self.parties.setItem(row, column, item)
        fit_columns(self.parties)

    def _fill_districts(self, analysis: Analysis) -> None:
        election = analysis.election
        margins = {m.district: m for m in analysis.districts}
        shown = [d for d in election.districts if d.candidates]
        self.districts.setRowCount(len(shown))
        for row, district in enumerate(shown):
            margin = margins.get(district.key)
            self.districts.setItem(row, 0, cell(district.key))
            choice = QComboBox(self.districts)
            choice.setObjectName(f"winner:{district.key}")
            for candidate in district.candidates:
                choice.addItem(candidate.name, candidate.name)
            winner = margin.winner if margin is not None else None
            choice.setCurrentIndex(max(0, choice.findData(winner)) if winner else -1)
            choice.activated.connect(lambda _i, key=district.key, box=choice: self._on_winner(key, box))
            self.districts.setCellWidget(row, 1, choice)
            party = margin.party if margin is not None and margin.party else self_nominated()
            self.districts.setItem(row, 2, cell(party if winner else ""))
            self.districts.setItem(row, 3, cell(number_text(margin.margin if margin else None), number=True))
        fit_columns(self.districts)

    def _fill_swing(self, analysis: Analysis) -> None:
        names = [(p.name, p.label) for p in analysis.result.parties if p.votes is not None]
        names.append((edits.AGAINST_ALL, translate("WhatIfPane", "Against all")))
        for box in (self.swing_from, self.swing_to):
            kept = box.currentData()
            box.clear()
            for name, label in names:
                box.addItem(label, name)
            if kept is not None and box.findData(kept) >= 0:
                box.setCurrentIndex(box.findData(kept))
        if self.swing_to.currentIndex() == self.swing_from.currentIndex() and self.swing_to.count() > 1:
            self.swing_to.setCurrentIndex(1)

    @Slot()
    def _explain_swing(self) -> None:
        """Apply only for a swing that moves something; the tooltip says what it moves or why it cannot."""
        source, target = self.swing_from.currentData(), self.swing_to.currentData()
        if source is None:
            reason = translate("WhatIfPane", "Choose the party that loses the votes (\u201cfrom\u201d).")
        elif target is None:
            reason = translate("WhatIfPane", "Choose the party that gains the votes (\u201cto\u201d).")
        elif source == target:
            reason = translate("WhatIfPane", "“From” and “to” are the same: choose another party.")
        else:
            reason = None
        self.swing_button.setEnabled(reason is None)
        self.swing_button.setToolTip(reason or translate(
            "WhatIfPane", "Move the points from {source} to {target}").format(
            source=self.swing_from.currentText(), target=self.swing_to.currentText()))

    # ---- editing ---------------------------------------------------------------------------------
    @Slot(QTableWidgetItem)
    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        election = self.session.election()
        name = item.data(Qt.ItemDataRole.UserRole)
        if election is None or not isinstance(name, str):
            return
        label = self.parties.item(item.row(), 0).text()
        if item.column() == VOTES:
            votes = parse_count(item.text())
        elif item.column() == SHARE:
            percent = parse_percent(item.text())
            votes = (edits.votes_for_share(election, name, percent)
                     if percent is not None and 0 <= percent < 100 else None)
        else:
            return
        if votes is None:
            self.session.analysis and self.show_analysis(self.session.analysis)  # put the figure back
            return
        self.set_votes(name, votes, label)

    def set_votes(self, name: str, votes: int, label: str | None = None) -> None:
        election = self.session.election()
        if election is None:
            return
        text = translate("WhatIfPane", "{party}: {votes} votes").format(
            party=label or name, votes=number_text(votes))
        self.session.apply(edits.with_votes(election, name, votes), text)

    @Slot()
    def apply_swing(self) -> None:
        election = self.session.election()
        source, target = self.swing_from.currentData(), self.swing_to.currentData()
        if election is None or source is None or target is None or source == target:
            return
        points = Fraction(str(round(self.swing_points.value(), 2)))
        text = translate("WhatIfPane", "Move {points} points from {source} to {target}").format(
            points=self.swing_points.textFromValue(self.swing_points.value()),
            source=self.swing_from.currentText(), target=self.swing_to.currentText())
        self.session.apply(edits.swing(election, source, target, points), text)

    def _on_winner(self, district: str, box: QComboBox) -> None:
        election = self.session.election()
        candidate = box.currentData()
        if election is None or not isinstance(candidate, str):
            return
        text = translate("WhatIfPane", "District {district}: {candidate} wins").format(
            district=district, candidate=candidate)
        self.session.apply(edits.with_district_winner(election, district, candidate), text)
