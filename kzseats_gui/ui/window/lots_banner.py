"""The banner that says, plainly, when seats wait for a drawing of lots, and offers to record it; and,
once lots are recorded, which seats they decided (a seat decided by lot is never shown as ordinary)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...core.result import AllocationResult, Tie
from ..vocabulary_tr import status_text
from .lots_dialog import tie_description

BANNER_STYLE = (
    "QFrame#lotsBanner { background: rgba(230,160,0,70); border: 1px solid rgba(180,120,0,160);"
    " border-radius: 4px; }"
)


class LotsBanner(QFrame):
    """Hidden unless the result says "lots required"; ``recordRequested`` when the button is pressed."""

    recordRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("lotsBanner")
        self.setStyleSheet(BANNER_STYLE)
        self._result: AllocationResult | None = None
        self._heading = QLabel(self)
        self._heading.setObjectName("lotsHeading")
        font = self._heading.font()
        font.setBold(True)
        self._heading.setFont(font)
        self._heading.setWordWrap(True)
        self._details = QLabel(self)
        self._details.setObjectName("lotsDetails")
        self._details.setWordWrap(True)
        self._details.setTextFormat(Qt.TextFormat.PlainText)
        self._details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._button = QPushButton(self)
        self._button.setObjectName("recordLotButton")
        self._button.clicked.connect(self.recordRequested)

        text = QVBoxLayout()
        text.addWidget(self._heading)
        text.addWidget(self._details)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addLayout(text, 1)
        layout.addWidget(self._button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.retranslate_ui()
        self.setVisible(False)

    def open_ties(self) -> list[Tie]:
        return [tie for tie in self._result.ties if tie.is_open] if self._result else []

    def set_result(self, result: AllocationResult | None) -> None:
        self._result = result
        self._refresh()

    def clear(self) -> None:
        self.set_result(None)

    def heading_text(self) -> str:
        return self._heading.text()

    def details_text(self) -> str:
        return self._details.text()

    def button(self) -> QPushButton:
        return self._button

    def retranslate_ui(self) -> None:
        self._button.setText(self.tr("Record lot result\u2026"))
        self._refresh()

    def _refresh(self) -> None:
        ties = self.open_ties()
        if self._result is not None and not ties and self._result.lot_ties:
            self._heading.setText(status_text(self._result))
            self._details.setText("\n".join(self._lot_line(tie) for tie in self._result.lot_ties))
            self._button.setVisible(False)
            self.setVisible(True)
            return
        self._button.setVisible(True)
        if not ties or self._result is None:
            self.setVisible(False)
            return
        undecided = self._result.undecided or sum(t.seats for t in ties)
        self._heading.setText(
            self.tr("Lots required: %n seat(s) cannot be decided by the rules and wait for a drawing of "
                    "lots.", "", undecided)
        )
        method = self._result.settings.method
        self._details.setText("\n".join(tie_description(tie, method) for tie in ties))
        self.setVisible(True)

    def _lot_line(self, tie: Tie) -> str:
        text = self.tr("{winners}: won by lot between {between}; drawn: {drawn}").format(
            winners=", ".join(tie.winners),
            between=", ".join(tie.between),
            drawn=tie.drawn_on or self.tr("when and where not recorded"),
        )
        if tie.district:
            text = self.tr("District {district}: {text}").format(district=tie.district, text=text)
        return text

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
