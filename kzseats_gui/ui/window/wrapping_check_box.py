"""A check box whose caption wraps onto more lines in a narrow panel (a QCheckBox's own text cannot).

The caption is a label beside the box; clicking it toggles the box, its mnemonic focuses the box, and
the box carries the caption as its accessible name.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget


class WrappingCheckBox(QWidget):
    """``box`` is the QCheckBox (connect to it); ``setText`` sets the caption."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox(self)
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.caption.setBuddy(self.box)
        self.caption.installEventFilter(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.caption, 1)

    def setText(self, text: str) -> None:
        self.caption.setText(text)
        self.box.setAccessibleName(text.replace("&", ""))

    def text(self) -> str:
        return self.caption.text()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        clicked = event.type() == QEvent.Type.MouseButtonRelease
        if watched is self.caption and clicked and self.box.isEnabled():
            self.box.toggle()
            return True
        return super().eventFilter(watched, event)


__all__ = ["WrappingCheckBox"]
