"""The charts of the window: hemicycle, seats by tier, and quota fill, as tabs.

Small controls above the hemicycle set the party order (ballot order, by seats, or custom — drag the
parties in the list beside the chart) and where independent, pending and vacant seats sit (centre or
right end). A click on a party in any chart emits ``partyClicked`` and highlights it in all of them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal, Slot
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..charts.seat_plan import NEUTRAL_NAMES
from ..core.model import Election
from ..core.result import AllocationResult
from .breakdown_view import QuotaFillView, SeatsByTierView
from .hemicycle_view import HemicycleView

ORDERS = ("ballot", "seats", "custom")
NEUTRAL_PLACES = ("centre", "right")
PARTY_ROLE = Qt.ItemDataRole.UserRole
SIDE_COLUMN_WIDTH = 190


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

    @Slot()
    def _on_rows_moved(self, *args) -> None:
        self.orderEdited.emit()


class ChartsPanel(QWidget):
    """Tabs "Hemicycle", "Seats by tier", "Quota fill" for one allocation result."""

    partyClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._election: Election | None = None
        self._result: AllocationResult | None = None
        self._custom: list[str] = []
        self.hemicycle = HemicycleView(self)
        self.seats_by_tier = SeatsByTierView(self)
        self.quota_fill = QuotaFillView(self)
        self.order_label = QLabel(self)
        self.order_box = QComboBox(self)
        self.neutral_label = QLabel(self)
        self.neutral_box = QComboBox(self)
        self.order_list = PartyOrderList(self)
        self.tabs = QTabWidget(self)

        # The controls form a narrow column beside the chart, so the panel stays narrow too.
        side = QVBoxLayout()
        side.setContentsMargins(4, 4, 4, 4)
        for widget in (
            self.order_label,
            self.order_box,
            self.order_list,
            self.neutral_label,
            self.neutral_box,
        ):
            side.addWidget(widget)
        side.setStretch(2, 1)
        for box in (self.order_box, self.neutral_box):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(10)
        self.order_label.setWordWrap(True)
        self.neutral_label.setWordWrap(True)
        side_widget = QWidget(self)
        side_widget.setLayout(side)
        side_widget.setMaximumWidth(SIDE_COLUMN_WIDTH)
        hemicycle_page = QWidget(self)
        page_layout = QHBoxLayout(hemicycle_page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self.hemicycle, 1)
        page_layout.addWidget(side_widget)
        self.tabs.addTab(hemicycle_page, "")
        self.tabs.addTab(self.seats_by_tier, "")
        self.tabs.addTab(self.quota_fill, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

        for _ in ORDERS:
            self.order_box.addItem("")
        for _ in NEUTRAL_PLACES:
            self.neutral_box.addItem("")
        self.retranslate()
        self.order_box.currentIndexChanged.connect(self._on_order_chosen)
        self.neutral_box.currentIndexChanged.connect(self._on_neutral_chosen)
        self.order_list.orderEdited.connect(self._on_order_dragged)
        for view in (self.hemicycle, self.seats_by_tier, self.quota_fill):
            view.partyClicked.connect(self._on_party_clicked)
        self.hemicycle.highlightCleared.connect(self._on_highlight_cleared)
        self.order_list.itemClicked.connect(self._on_list_item_clicked)

    # ---- public API -------------------------------------------------------------------------
    def set_result(self, election: Election, result: AllocationResult) -> None:
        self._election, self._result = election, result
        self.hemicycle.set_result(election, result)
        self.seats_by_tier.set_result(election, result)
        self.quota_fill.set_result(election, result)
        self._fill_order_list()
        self.highlight_party(self.hemicycle.highlighted_party())

    def clear(self) -> None:
        self._election = self._result = None
        self.hemicycle.clear()
        self.seats_by_tier.clear()
        self.quota_fill.clear()
        self.order_list.set_parties([])

    @Slot(str)
    def highlight_party(self, name: str | None) -> None:
        """Highlight ``name`` in every chart (None or an unknown name clears the highlight)."""
        self.hemicycle.highlight_party(name)
        self.seats_by_tier.highlight_party(name)
        self.quota_fill.highlight_party(name)
        self.order_list.blockSignals(True)
        self.order_list.clearSelection()
        for i in range(self.order_list.count()):
            item = self.order_list.item(i)
            if item.data(PARTY_ROLE) == name:
                item.setSelected(True)
        self.order_list.blockSignals(False)

    def order(self) -> str:
        return ORDERS[self.order_box.currentIndex()]

    def neutral_place(self) -> str:
        return NEUTRAL_PLACES[self.neutral_box.currentIndex()]

    def custom_order(self) -> list[str]:
        return self.order_list.parties()

    def set_order(self, order: str, custom_order: list[str] | None = None) -> None:
        if custom_order is not None:
            self._custom = list(custom_order)
        self.order_box.setCurrentIndex(ORDERS.index(order))
        self._apply_order()

    def set_neutral_place(self, place: str) -> None:
        self.neutral_box.setCurrentIndex(NEUTRAL_PLACES.index(place))

    # ---- internals --------------------------------------------------------------------------
    def _apply_order(self) -> None:
        order = self.order()
        self.hemicycle.set_order(order, self._custom if order == "custom" else ())
        self._fill_order_list()

    def _fill_order_list(self) -> None:
        scene = self.hemicycle.chart_scene
        if scene is None:
            self.order_list.set_parties([])
            return
        entries: dict[str, tuple[str, str, str, int]] = {}
        for seat in scene.seats:
            if seat.party in NEUTRAL_NAMES:
                continue
            party, label, color, count = entries.get(seat.party, (seat.party, seat.label, seat.fill, 0))
            entries[seat.party] = (party, label, color, count + 1)
        self.order_list.set_parties(list(entries.values()))

    @Slot(int)
    def _on_order_chosen(self, index: int) -> None:
        if ORDERS[index] == "custom" and not self._custom:
            self._custom = self.order_list.parties()
        self._apply_order()

    @Slot(int)
    def _on_neutral_chosen(self, index: int) -> None:
        self.hemicycle.set_neutral(NEUTRAL_PLACES[index])
        self._fill_order_list()

    @Slot()
    def _on_order_dragged(self) -> None:
        self._custom = self.order_list.parties()
        if self.order() != "custom":
            self.order_box.blockSignals(True)
            self.order_box.setCurrentIndex(ORDERS.index("custom"))
            self.order_box.blockSignals(False)
        self.hemicycle.set_order("custom", self._custom)

    @Slot()
    def _on_highlight_cleared(self) -> None:
        self.highlight_party(None)

    @Slot(QListWidgetItem)
    def _on_list_item_clicked(self, item: QListWidgetItem) -> None:
        self._on_party_clicked(item.data(PARTY_ROLE))

    @Slot(str)
    def _on_party_clicked(self, name: str) -> None:
        self.highlight_party(name)
        self.partyClicked.emit(name)

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Hemicycle"))
        self.tabs.setTabText(1, self.tr("Seats by tier"))
        self.tabs.setTabText(2, self.tr("Quota fill"))
        self.order_label.setText(self.tr("Party order:"))
        self.neutral_label.setText(self.tr("Independent and pending seats:"))
        for index, text in enumerate(
            (self.tr("Ballot order"), self.tr("Most seats first"), self.tr("Custom (drag in the list)"))
        ):
            self.order_box.setItemText(index, text)
        for index, text in enumerate((self.tr("Centre"), self.tr("Right end"))):
            self.neutral_box.setItemText(index, text)
        self.order_list.setToolTip(self.tr("Drag a party to change its place in the hemicycle"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()


__all__ = ["ChartsPanel", "PartyOrderList"]
