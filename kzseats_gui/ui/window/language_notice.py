"""The status bar's notice that the chosen language's translation could not be loaded.

Without it a missing ``.qm`` file would silently leave the window in English; the notice names the
language and the file, and stays until a language that loads is chosen.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from .. import i18n


class LanguageNotice(QLabel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("languageNotice")
        self.setStyleSheet("QLabel { color: #a33a00; }")
        self.refresh()

    def refresh(self) -> None:
        text = i18n.missing_translation_text()
        self.setText(text)
        self.setToolTip(str(i18n.missing_translation() or ""))
        self.setVisible(bool(text))
