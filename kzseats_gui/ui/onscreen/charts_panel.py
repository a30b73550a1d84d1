"""The charts of the window: hemicycle, seats by tier, and quota fill, as tabs.

A toolbar row above the hemicycle sets the party order (ballot order, by seats, or custom) and where
independent, pending and vacant seats sit (centre or right end). The custom order is edited in a small
popup with the parties in a list (drag them, or Alt+Up / Alt+Down); it opens when "Custom" is chosen and
from the button beside the order. The row wraps onto two lines when the panel is narrow. A click on a
party in any chart emits ``partyClicked`` and highlights it in all of them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QListWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...charts.seat_plan import NEUTRAL_NAMES
from ...core.model import Election
from ...core.result import AllocationResult
from ..flow_layout import side_by_side
from .eliding_combo_box import ElidingComboBox
from .hemicycle_view import HemicycleView
from .party_order_popup import PARTY_ROLE, PartyOrderList, PartyOrderPopup
from .quota_view import QuotaFillView
from .tier_view import SeatsByTierView

ORDERS = ("ballot", "seats", "custom")
NEUTRAL_PLACES = ("centre", "right")


class ControlRow(QWidget):
    """Groups of controls side by side, or one under the other when they do not fit the width; a
    group's label wraps only when even a line of its own is too narrow for it."""

    def __init__(self, groups: list[QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._groups = groups
        self._labels = [group.findChild(QLabel) for group in groups]
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(4, 4, 4, 2)
        self._grid.setHorizontalSpacing(16)
        self._grid.setVerticalSpacing(2)
        self._stacked: bool | None = None
        self._place(stacked=False)

    def _place(self, stacked: bool) -> None:
        if stacked == self._stacked:
            return
        self._stacked = stacked
        for group in self._groups:
            self._grid.removeWidget(group)
        for index, group in enumerate(self._groups):
            self._grid.addWidget(group, index if stacked else 0, 0 if stacked else index)
        for column in range(len(self._groups) + 1):
            self._grid.setColumnStretch(column, 0)
        self._grid.setColumnStretch(1 if stacked else len(self._groups), 1)

    def is_stacked(self) -> bool:
        return bool(self._stacked)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        margins = self._grid.contentsMargins()
        room = event.size().width() - margins.left() - margins.right()
        pairs = zip(self._groups, self._labels, strict=True)
        widths = [self._one_line_width(group, label) for group, label in pairs]
        spacing = self._grid.horizontalSpacing() * (len(self._groups) - 1)
        self._place(stacked=sum(widths) + spacing > room)
        for label, width in zip(self._labels, widths, strict=True):
            wrap = label is not None and width > room
            if label is not None and label.wordWrap() != wrap:  # setting it lays the row out again
                label.setWordWrap(wrap)

    @staticmethod
    def _one_line_width(group: QWidget, label: QLabel | None) -> int:
        """The group's width with its label on one line."""
        layout = group.layout()
        width = layout.spacing() * max(0, layout.count() - 1)
        for index in range(layout.count()):
            widget = layout.itemAt(index).widget()
            if widget is label and label is not None:
                width += label.fontMetrics().horizontalAdvance(label.text()) + 2 * label.margin() + 2
            elif widget is not None:
                width += widget.sizeHint().width()
        return width


class _ChoiceBox(ElidingComboBox):
    """As wide as its longest choice where there is room; on a narrow pane it gives way to a few
    letters and elides the choice (whole in the tooltip) rather than widening the pane."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        hint = super().minimumSizeHint()
        narrow = self.fontMetrics().horizontalAdvance("M" * 5) + 2 * self.iconSize().width()
        return QSize(min(hint.width(), narrow), hint.height())


class _FillLayout(QVBoxLayout):
    """Takes the room the window gives: wrapped control captions ask for a height for each width, and
    the scrolling slot would then make the panel taller than the pane (the chart scrolled away)."""

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return False


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
        self.order_box = _ChoiceBox(self)
        self.custom_button = QToolButton(self)
        self.neutral_label = QLabel(self)
        self.neutral_box = _ChoiceBox(self)
        self.order_popup = PartyOrderPopup(self)
        self.order_list: PartyOrderList = self.order_popup.order_list
        self.tabs = QTabWidget(self)

        for box in (self.order_box, self.neutral_box):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.order_label.setBuddy(self.order_box)
        self.neutral_label.setBuddy(self.neutral_box)
        # Titles are never cut ("Hemic…" reads as nothing); a narrow panel scrolls its tabs instead.
        self.tabs.setUsesScrollButtons(True)
        self.tabs.setElideMode(Qt.TextElideMode.ElideNone)
        self.custom_button.setText("\u2026")
        self.custom_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.controls = ControlRow(
            [
                side_by_side(None, self.order_label, self.order_box, self.custom_button),
                side_by_side(None, self.neutral_label, self.neutral_box),
            ],
            self,
        )
        hemicycle_page = QWidget(self)
        page_layout = QVBoxLayout(hemicycle_page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.setSpacing(0)
        page_layout.addWidget(self.controls)
        page_layout.addWidget(self.hemicycle, 1)
        self.tabs.addTab(hemicycle_page, "")
        # Tab goes through the controls, then the legend (a row with Enter highlights its party).
        for first, then in (
            (self.order_box, self.custom_button),
            (self.custom_button, self.neutral_box),
            (self.neutral_box, self.hemicycle.legend),
        ):
            QWidget.setTabOrder(first, then)
        self.tabs.addTab(self.seats_by_tier, "")
        self.tabs.addTab(self.quota_fill, "")
        layout = _FillLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

        for _ in ORDERS:
            self.order_box.addItem("")
        for _ in NEUTRAL_PLACES:
            self.neutral_box.addItem("")
        self.retranslate()
        self.order_box.currentIndexChanged.connect(self._on_order_chosen)
        self.order_box.activated.connect(self._on_order_activated)
        self.custom_button.clicked.connect(self.open_custom_order)
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

    @Slot()
    def open_custom_order(self) -> None:
        """Show the list of parties to drag into a custom order."""
        self.order_popup.open_below(self.order_box)

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
    def _on_order_activated(self, index: int) -> None:
        if ORDERS[index] == "custom":  # chosen by the user (also again): show the list to arrange
            self.open_custom_order()

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
        titles = (self.tr("Hemicycle"), self.tr("Seats by tier"), self.tr("Quota fill"))
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)
            self.tabs.setTabToolTip(index, title)
        self.order_label.setText(self.tr("Party order:"))
        self.neutral_label.setText(self.tr("Self-nominated and pending seats:"))
        for index, text in enumerate(
            (self.tr("Ballot order"), self.tr("Most seats first"), self.tr("Custom (drag in the list)"))
        ):
            self.order_box.setItemText(index, text)
        for index, text in enumerate((self.tr("Centre"), self.tr("Right end"))):
            self.neutral_box.setItemText(index, text)
        hint = self.tr("Drag a party to change its place in the hemicycle")
        self.order_list.setToolTip(hint)
        self.order_popup.hint.setText(hint)
        self.custom_button.setToolTip(hint)
        self.custom_button.setAccessibleName(self.order_box.itemText(ORDERS.index("custom")))
        self.order_list.setAccessibleName(self.tr("Party order:").rstrip(": "))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()


__all__ = ["ChartsPanel", "PartyOrderList"]
