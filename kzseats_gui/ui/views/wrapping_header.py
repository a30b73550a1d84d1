"""A table header whose titles wrap onto several lines, so long (Russian, Kazakh) column names fit
narrow number columns instead of forcing the table wider than the window."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QWidget

WRAP_ALIGNMENT = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap


class WrappingHeader(QHeaderView):
    """Horizontal header: each title wraps at word boundaries within its section's width."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setDefaultAlignment(WRAP_ALIGNMENT)
        self.sectionResized.connect(self._on_section_resized)
        self.user_sized = False  # the user dragged a section edge: leave the widths alone from now on
        self._dragging = False

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self._dragging = True
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self._dragging = False
        super().mouseReleaseEvent(event)

    def _title(self, section: int) -> str:
        model = self.model()
        if model is None:
            return ""
        value = model.headerData(section, self.orientation(), Qt.ItemDataRole.DisplayRole)
        return "" if value is None else str(value)

    def _chrome(self) -> int:
        """Horizontal room a section needs besides its text: margins and the sort arrow."""
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self)
        arrow = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, self)
        return 4 * margin + arrow

    def natural_width_for(self, section: int) -> int:
        """The width that shows the title on one line."""
        return self.fontMetrics().horizontalAdvance(self._title(section)) + self._chrome()

    def minimum_width_for(self, section: int) -> int:
        """The narrowest width that shows the longest word of the title without cutting it."""
        words = self._title(section).split()
        longest = max((self.fontMetrics().horizontalAdvance(w) for w in words), default=0)
        return longest + self._chrome()

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:  # noqa: N802, N803 (Qt override)
        size = super().sectionSizeFromContents(logicalIndex)
        title = self._title(logicalIndex)
        if not title:
            return size
        width = max(self.sectionSize(logicalIndex) - self._chrome(), 16)
        bounds = self.fontMetrics().boundingRect(QRect(0, 0, width, 10_000), WRAP_ALIGNMENT, title)
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        padding = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, option, self)
        size.setHeight(max(size.height(), bounds.height() + padding))
        return size

    def _on_section_resized(self, *_args: object) -> None:
        if self._dragging:
            self.user_sized = True
        # The height depends on the widths: recompute it (Qt caches the header's size hint).
        if self.count():
            self.headerDataChanged(self.orientation(), 0, self.count() - 1)
