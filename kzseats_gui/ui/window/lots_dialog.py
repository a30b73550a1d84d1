"""Recording the result of a drawing of lots that decides a tie.

The law breaks no such tie by itself (unless registration order applies), so the window never guesses:
the user says who won each open tie (only the tied names can be picked, exactly as many as there are
seats at stake) and when and where the lots were drawn. The records go back to the allocator.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...core.model import LotRecord, Method
from ...core.result import Tie
from ..formatting import standing_text

translate = QCoreApplication.translate


def tie_description(tie: Tie, method: Method | None) -> str:
    """One plain sentence: who is tied, on what standing, for how many seats."""
    names = ", ".join(tie.between)
    standing = standing_text(tie)
    if tie.tier == "district":
        text = translate(
            "LotsDialog",
            "District {district}: {names} received the same number of votes ({standing}) and lead the "
            "district; its seat is decided by lot.",
        )
        return text.format(district=tie.district or "?", names=names, standing=standing)
    if method in (Method.DHONDT, Method.SAINTE_LAGUE):
        text = translate(
            "LotsDialog", "{names} have equal quotients ({standing}) for the last %n list seat(s).", "",
            tie.seats,
        )
    else:
        text = translate(
            "LotsDialog", "{names} have equal remainders ({standing}) for the last %n list seat(s).", "",
            tie.seats,
        )
    return text.format(names=names, standing=standing)


def current_timestamp() -> str:
    return QDateTime.currentDateTime().toString("yyyy-MM-dd HH:mm")


class _TieChoice(QGroupBox):
    """The names of one tie; exactly ``tie.seats`` of them must be picked."""

    def __init__(self, tie: Tie, method: Method | None, parent: QWidget):
        super().__init__(parent)
        self.tie = tie
        if tie.tier == "district":
            title = translate("LotsDialog", "District {district}")
            self.setTitle(title.format(district=tie.district or "?"))
        else:
            self.setTitle(translate("LotsDialog", "Party lists"))
        layout = QVBoxLayout(self)
        description = QLabel(tie_description(tie, method), self)
        description.setWordWrap(True)
        layout.addWidget(description)
        question = translate("LotsDialog", "Who won the lot? Pick %n.", "", tie.seats)
        layout.addWidget(QLabel(question, self))
        self.buttons: dict[str, QAbstractButton] = {}
        self._group = QButtonGroup(self)
        self._group.setExclusive(tie.seats == 1)
        for name in tie.between:
            button: QAbstractButton = QRadioButton(name, self) if tie.seats == 1 else QCheckBox(name, self)
            self._group.addButton(button)
            self.buttons[name] = button
            layout.addWidget(button)
        self.count_label = QLabel(self)
        layout.addWidget(self.count_label)

    def winners(self) -> tuple[str, ...]:
        return tuple(name for name in self.tie.between if self.buttons[name].isChecked())

    def complete(self) -> bool:
        return len(self.winners()) == self.tie.seats

    def update_count(self) -> None:
        text = translate("LotsDialog", "Chosen: {chosen} of {seats}")
        self.count_label.setText(text.format(chosen=len(self.winners()), seats=self.tie.seats))


class LotsDialog(QDialog):
    """Asks who won each open tie; ``lot_records()`` gives the answer once accepted."""

    def __init__(self, ties: Sequence[Tie], method: Method | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("lotsDialog")
        self.setWindowTitle(self.tr("Record lot result"))
        self._choices = [_TieChoice(tie, method, self) for tie in ties if tie.is_open]

        intro = QLabel(
            self.tr("The seats below are tied and no rule decides them. Record the result of the drawing "
                    "of lots; the calculation then finishes with it, and the lot appears in the audit "
                    "trail and in every export. It is kept in the project file beside the workbook and "
                    "applied again whenever the same workbook is opened."),
            self,
        )
        intro.setWordWrap(True)

        self.drawn_on = QLineEdit(current_timestamp(), self)
        self.drawn_on.setObjectName("drawnOn")
        self.drawn_on.setPlaceholderText(self.tr("date and time, place, who drew"))
        form = QFormLayout()
        form.addRow(self.tr("Drawn on (when, where, by whom):"), self.drawn_on)

        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record and recalculate"))
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for choice in self._choices:
            layout.addWidget(choice)
            for button in choice.buttons.values():
                button.toggled.connect(self._update_state)
        layout.addLayout(form)
        layout.addWidget(self._buttons, 0, Qt.AlignmentFlag.AlignRight)
        self._update_state()
        self.setMinimumWidth(480)

    def choices(self) -> list[_TieChoice]:
        return self._choices

    def choose(self, tie_index: int, names: Sequence[str]) -> None:
        """Tick exactly ``names`` for the ``tie_index``-th open tie (names outside the tie are ignored)."""
        choice = self._choices[tie_index]
        for name, button in choice.buttons.items():
            button.setChecked(name in names)

    def is_complete(self) -> bool:
        return bool(self._choices) and all(choice.complete() for choice in self._choices)

    def lot_records(self) -> list[LotRecord]:
        drawn_on = self.drawn_on.text().strip() or None
        return [
            LotRecord(tier=c.tie.tier, winners=c.winners(), district=c.tie.district, drawn_on=drawn_on)
            for c in self._choices
        ]

    @Slot()
    def _update_state(self) -> None:
        for choice in self._choices:
            choice.update_count()
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.is_complete())

    def accept(self) -> None:
        if self.is_complete():
            super().accept()
