"""The custom party order: a list of the hemicycle's parties, left to right, in a small popup.

Dragging a party, or moving it with Alt+Up / Alt+Down (Ctrl works too), changes its place and emits
``orderEdited``. The popup opens under the control that asked for it and closes on Escape or a click
outside; its texts are set by the charts panel.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSize, Qt, Signal, Slot
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

PARTY_ROLE = Qt.ItemDataRole.UserRole
MOVE_MODIFIERS = (Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier)


def _swatch(color: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(color))
    painter.setPen(QColor(color).darker(140))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


class PartyOrderList(QListWidget):
    """The parties of the hemicycle, left to right; dragging one sets a custom order."""

    orderEdited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setIconSize(QSize(12, 12))
        self.model().rowsMoved.connect(self._on_rows_moved)

    def parties(self) -> list[str]:
        return [self.item(i).data(PARTY_ROLE) for i in range(self.count())]

    def set_parties(self, entries: list[tuple[str, str, str, int]]) -> None:
        """(party, label, colour, seats) rows in the order to show."""
        self.blockSignals(True)
        self.clear()
        for party, label, color, seats in entries:
            item = QListWidgetItem(_swatch(color), f"{label}  ({seats})")
            item.setData(PARTY_ROLE, party)
            item.setToolTip(party)
            self.addItem(item)
        self.blockSignals(False)

    def move_current(self, step: int) -> bool:
        """Move the current party ``step`` places (-1: left, +1: right); False when it cannot move."""
        row = self.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.count():
            return False
        root = self.model().index(0, 0).parent()
        # moveRow takes the destination before which the row is put: one further when moving down
        if not self.model().moveRow(root, row, root, target + 1 if step > 0 else target):
            return False
        self.setCurrentRow(target)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        moving = any(event.modifiers() & modifier for modifier in MOVE_MODIFIERS)
        if moving and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
            event.accept()
            return
        super().keyPressEvent(event)

    @Slot()
    def _on_rows_moved(self, *args) -> None:
        self.orderEdited.emit()


class PartyOrderPopup(QFrame):
    """A popup holding ``hint`` and the order list; ``open_below(widget)`` shows it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("partyOrderPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.order_list = PartyOrderList(self)
        self.hint.setBuddy(self.order_list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.hint)
        layout.addWidget(self.order_list, 1)

    def open_below(self, anchor: QWidget) -> None:
        """Show the popup under ``anchor`` (above it when there is no room below), list focused."""
        rows = max(1, self.order_list.count())
        row_height = max(self.order_list.sizeHintForRow(0), self.fontMetrics().height() + 4)
        list_width = self.order_list.sizeHintForColumn(0) + 32
        width = max(260, min(420, list_width))
        self.hint.setFixedWidth(width - 12)
        height = self.hint.heightForWidth(width - 12) + rows * row_height + 30
        screen = (anchor.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        height = min(height, 440, screen.height() - 40)
        place = anchor.mapToGlobal(QPoint(0, anchor.height()))
        if place.y() + height > screen.bottom():
            place.setY(anchor.mapToGlobal(QPoint(0, 0)).y() - height)
        place.setX(max(screen.left(), min(place.x(), screen.right() - width)))
        self.setGeometry(place.x(), max(screen.top(), place.y()), width, height)
        self.show()
        self.order_list.setFocus(Qt.FocusReason.PopupFocusReason)
        if self.order_list.currentRow() < 0 and self.order_list.count():
            self.order_list.setCurrentRow(0)


__all__ = ["PartyOrderList", "PartyOrderPopup"]
