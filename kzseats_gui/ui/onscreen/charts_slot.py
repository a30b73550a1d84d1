"""Where the charts live in the window, so they can arrive after the first result is on screen.

The charts bring pyqtgraph and numpy with them, most of the app's start-up time. At start-up the window
shows its summary and tables first and puts the charts in right after; everywhere else they are built
at once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QWidget


class ChartsSlot(QScrollArea):
    """Holds the ChartsPanel once ``install`` has built it; ``ready`` then."""

    ready = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("chartsSlot")
        # The panel scrolls rather than forcing a wide window: the window stays usable at 1024 px.
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.panel = None
        waiting = QLabel(self.tr("Drawing the charts\u2026"), self)
        waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWidget(waiting)

    def install(self):
        """Build the charts panel (once) and put it in place."""
        if self.panel is None:
            from .charts_panel import ChartsPanel

            self.panel = ChartsPanel(self)
            self.setWidget(self.panel)  # the waiting label goes
            self.ready.emit()
        return self.panel
