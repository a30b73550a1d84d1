"""The window's red "not the law" banner above the results (the marks on paper are ``not_the_law``)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from ...charts.scene import NOT_THE_LAW_RED
from ...core.result import AllocationResult
from ...text.legal import not_the_law_mark
from ..i18n import translate_message


class NotTheLawBanner(QLabel):
    """The window's red banner above the results; hidden for the legal result."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("notTheLawBanner")
        self.setWordWrap(True)
        self.setStyleSheet(
            f"QLabel#notTheLawBanner {{ background: {NOT_THE_LAW_RED}; color: white; font-weight: bold;"
            " padding: 4px 8px; border-radius: 3px; }"
        )
        self.setVisible(False)
        self._result: AllocationResult | None = None

    def show_result(self, result: AllocationResult | None) -> None:
        self._result = result
        self.retranslate()

    def retranslate(self) -> None:
        mark = not_the_law_mark(self._result, translate_message) if self._result is not None else ""
        self.setText(mark)
        self.setVisible(bool(mark))
