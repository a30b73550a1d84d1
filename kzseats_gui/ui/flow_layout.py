"""A layout that places its items left to right and starts a new line where the width ends, so a row
of controls never makes a narrow pane wider than the screen (Qt has no such layout built in)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    """Items in lines, each line as many as fit; an item with a horizontal stretch policy
    (Expanding) takes the rest of its line."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(0, 0, 0, 0)
        self.setSpacing(spacing)

    # ---- QLayout --------------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt override)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt override)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt override)
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt override)
        return Qt.Orientation.Horizontal & Qt.Orientation.Vertical  # neither

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt override)
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        """All items on one line."""
        width = sum(item.sizeHint().width() for item in self._shown()) + self.spacing() * max(
            0, len(self._shown()) - 1)
        height = max((item.sizeHint().height() for item in self._shown()), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt override)
        """The widest single item: everything else can go on a line of its own."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # ---- placing --------------------------------------------------------------------------------
    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _arrange(self, rect: QRect, place: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._shown():
            width = item.sizeHint().width()
            if lines[-1] and used + self.spacing() + width > area.width():
                lines.append([])
                used = 0
            used += (self.spacing() if lines[-1] else 0) + width
            lines[-1].append(item)
        y = area.y()
        for line in lines:
            if not line:
                continue
            height = max(_height(item, min(item.sizeHint().width(), area.width())) for item in line)
            if place:
                self._place_line(line, area, y, height)
            y += height + self.spacing()
        return y - self.spacing() - rect.y() + margins.bottom()

    def _place_line(self, line: list[QLayoutItem], area: QRect, y: int, height: int) -> None:
        widths = [min(item.sizeHint().width(), area.width()) for item in line]
        spare = area.width() - sum(widths) - self.spacing() * (len(line) - 1)
        expand = QSizePolicy.PolicyFlag.ExpandFlag.value
        growing = [k for k, item in enumerate(line) if item.widget() is not None
                   and item.widget().sizePolicy().horizontalPolicy().value & expand]
        for k in growing:
            widths[k] += max(0, spare) // len(growing)
        x = area.x()
        for item, width in zip(line, widths, strict=True):
            item_height = _height(item, width)
            top = y + max(0, height - item_height) // 2
            item.setGeometry(QRect(QPoint(x, top), QSize(width, item_height)))
            x += width + self.spacing()


def side_by_side(parent: QWidget | None, *widgets: QWidget) -> QWidget:
    """``widgets`` kept on one line (a label and its field) as one item of a flow."""
    box = QWidget(parent)
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    for widget in widgets:
        layout.addWidget(widget)
    return box


def _height(item: QLayoutItem, width: int) -> int:
    """The item's height at ``width`` (a wrapping label grows taller as it gets narrower)."""
    return item.heightForWidth(width) if item.hasHeightForWidth() else item.sizeHint().height()


__all__ = ["FlowLayout", "side_by_side"]
