"""The on-screen legend of the hemicycle: one row per wedge (swatch, name, seats), then the seat-mark key.

It holds the same entries as the printed legend (``charts.legend_layout.legend_items``), but as a list
widget: text at the screen's own size, rows wrapped into as many columns as fit and scrolled when they
do not, so even fifty parties leave the hemicycle its room. A click (or Enter / Space on the current
row) on a party emits ``partyActivated``; the selected row is the highlighted party.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QIcon, QImage, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ...charts.legend_layout import LegendItem
from ...charts.scene import SeatKind, SeatMark, SeatStyle, Tier
from ..paper.scene_painter import paint_seat

PARTY_ROLE = Qt.ItemDataRole.UserRole
COUNT_ROLE = Qt.ItemDataRole.UserRole + 1
FULL_ROLE = Qt.ItemDataRole.UserRole + 2  # the party's full name, shown where the row has room for it
SWATCH = 16  # px: large enough for a greyscale pattern's bars to read as bars
GAP = 5  # px between swatch and name, and at the row's ends
COUNT_GAP = 10  # px at least between a name and its counts
LABEL_LIMIT = 240  # px: longer names are cut with an ellipsis (the tooltip has them whole)


def swatch_icon(item: LegendItem, size: int = SWATCH, ratio: float = 1.0) -> QIcon:
    """The legend swatch drawn by the chart's own seat painter, so it matches the seats (colour, style,
    greyscale pattern, lot mark) exactly as the exports draw them."""
    pixels = max(2, round(size * ratio))
    image = QImage(pixels, pixels, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    r = size / 2 - 1
    mark = SeatMark(
        index=-1,
        x=size / 2,
        y=size / 2,
        r=r,
        party=item.party,
        label=item.label,
        tier=Tier.DISTRICT if item.style in (SeatStyle.OUTLINED, SeatStyle.HATCHED) else Tier.LIST,
        kind=SeatKind.PARTY,
        style=item.style,
        fill=item.fill,
        stroke=item.stroke,
        stroke_width=max(0.6, r * 0.12),
        member=None,
        hover=item.label,
        by_lot=item.by_lot,
        pattern=item.pattern,  # as on the seats and in the printed legend
    )
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(ratio, ratio)
    paint_seat(painter, mark)
    painter.end()
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(ratio)
    return QIcon(pixmap)


def _name_room(row_width: int, count_width: int) -> int:
    """Pixels left for the name in a row ``row_width`` wide (GAP inset already taken off): the swatch
    and the counts come first, so the counts are always whole."""
    return row_width - SWATCH - GAP - count_width - COUNT_GAP + 1


def _fitting_name(metrics: QFontMetrics, name: str, room: int) -> str:
    """``name``, cut with "…" only where it does not fit."""
    return metrics.elidedText(name, Qt.TextElideMode.ElideRight, room)


class _RowDelegate(QStyledItemDelegate):
    """Swatch, name (cut with an ellipsis when narrow) and the seat counts right-aligned in bold."""

    def __init__(self, legend: HemicycleLegend) -> None:
        super().__init__(legend)
        self._legend = legend

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return self._legend.cell_size()

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        self.initStyleOption(option, index)
        widget = option.widget
        style = widget.style() if widget is not None else None
        icon = QIcon(option.icon)  # a copy: the option is cleared to draw the panel
        option.text, option.icon = "", QIcon()
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        rect = option.rect.adjusted(GAP // 2, 0, -GAP, 0)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        color = option.palette.highlightedText() if selected else option.palette.text()
        painter.save()
        icon_rect = QRect(rect.left(), rect.center().y() - SWATCH // 2 + 1, SWATCH, SWATCH)
        icon.paint(painter, icon_rect)
        painter.setPen(color.color())
        count = index.data(COUNT_ROLE) or ""
        bold = QFont(option.font)
        bold.setBold(True)
        text_left = icon_rect.right() + GAP
        text_width = _name_room(rect.width(), QFontMetrics(bold).horizontalAdvance(count))
        text_rect = QRect(text_left, rect.top(), text_width, rect.height())
        painter.setFont(option.font)
        shown = self._legend.shown_label(index.row())
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), shown)
        painter.setFont(bold)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), count)
        painter.restore()


class HemicycleLegend(QListWidget):
    """The legend rows in a grid that wraps to the width; ``partyActivated`` carries a data-party value."""

    partyActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hemicycleLegend")
        self.setViewMode(QListView.ViewMode.ListMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSpacing(0)
        self.setItemDelegate(_RowDelegate(self))
        self._cell = self._natural_cell = QSize(120, 20)
        self._least_width = 60
        self._full_names = False  # every full name fits: the legend shows them
        self.itemClicked.connect(self._on_clicked)

    # ---- content ----------------------------------------------------------------------------
    def set_entries(self, items: Sequence[LegendItem]) -> None:
        """Rows for ``items`` (wedge order, then the key); the selection follows ``highlight``."""
        self.blockSignals(True)
        self.clear()
        ratio = self.devicePixelRatioF()
        widest_label = widest_count = 0
        metrics = QFontMetrics(self.font())
        bold = QFont(self.font())
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)
        for entry in items:
            row = QListWidgetItem(swatch_icon(entry, ratio=ratio), entry.label)
            row.setData(PARTY_ROLE, entry.party if entry.kind != "key" else "")
            row.setData(COUNT_ROLE, entry.count_text or "")
            row.setData(FULL_ROLE, entry.party if entry.kind == "party" else entry.label)
            row.setToolTip(f"{entry.party}: {entry.count_text}" if entry.kind == "party" else entry.label)
            if entry.kind == "key":
                row.setFlags(Qt.ItemFlag.ItemIsEnabled)  # explains the marks; nothing to highlight
            self.addItem(row)
            widest_label = max(widest_label, metrics.horizontalAdvance(entry.label))
            widest_count = max(widest_count, bold_metrics.horizontalAdvance(entry.count_text or ""))
        label = min(widest_label, LABEL_LIMIT)
        frame = GAP // 2 + SWATCH + GAP + COUNT_GAP + widest_count + GAP  # all but the name
        height = max(metrics.height(), SWATCH) + 6
        self._natural_cell = QSize(frame + label, height)
        self._least_width = frame + min(label, metrics.horizontalAdvance("MM\u2026"))  # counts whole
        self._fit_cell()
        self.blockSignals(False)

    def parties(self) -> list[str]:
        """The data-party value of each row that is a party or neutral group (not the key)."""
        return [p for p in (self.item(i).data(PARTY_ROLE) for i in range(self.count())) if p]

    def highlight(self, party: str | None) -> None:
        self.blockSignals(True)
        self.clearSelection()
        for i in range(self.count()):
            row = self.item(i)
            if party and row.data(PARTY_ROLE) == party:
                row.setSelected(True)
                self.setCurrentItem(row, QItemSelectionModel.SelectionFlag.NoUpdate)
                self.scrollToItem(row)
        self.blockSignals(False)

    # ---- sizes ------------------------------------------------------------------------------
    def cell_size(self) -> QSize:
        return QSize(self._cell)

    def height_for_width(self, width: int) -> int:
        """Height that shows every row at ``width`` (rows wrap into as many columns as fit)."""
        if self.count() == 0:
            return 0
        columns = max(1, (width - 2 * self.frameWidth()) // max(1, self._cell.width()))
        rows = math.ceil(self.count() / columns)
        return rows * self._cell.height() + 2 * self.frameWidth() + 2

    def natural_width(self) -> int:
        """Width of one column of rows with room for a vertical scroll bar."""
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return self._cell.width() + 2 * self.frameWidth() + scroll_bar + 2

    def _name_room_of(self, row: int) -> int:
        bold = QFont(self.font())
        bold.setBold(True)
        count_width = QFontMetrics(bold).horizontalAdvance(self.item(row).data(COUNT_ROLE) or "")
        return _name_room(self._cell.width() - GAP // 2 - GAP, count_width)

    def shown_label(self, row: int) -> str:
        """The name row ``row`` shows at the current width (as the delegate draws it): full names when
        every one fits, else the short names for all (one kind of name per legend)."""
        item = self.item(row)
        name = (item.data(FULL_ROLE) or item.text()) if self._full_names else item.text()
        return _fitting_name(QFontMetrics(self.font()), name, self._name_room_of(row))

    def _fit_cell(self) -> None:
        """Rows no wider than the legend: a narrow pane shortens the names, never the seat counts; the
        room a row of columns leaves over is shared out, so full names show where it allows."""
        room = self.viewport().width() if self.isVisible() else self._natural_cell.width()
        width = max(self._least_width, min(self._natural_cell.width(), room))
        # QListView wraps within the viewport less a scroll bar's width, shown or not
        usable = room - self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent) - 2
        if usable > width and self.count():
            rows = math.ceil(self.count() / (usable // width))
            columns = math.ceil(self.count() / rows)  # as few columns as these rows need
            width = usable // columns
        cell = QSize(width, self._natural_cell.height())
        if cell != self._cell or self.gridSize() != cell:
            self._cell = cell
            self.setGridSize(cell)
        metrics = QFontMetrics(self.font())
        full_names = all(
            metrics.horizontalAdvance(self.item(row).data(FULL_ROLE) or self.item(row).text())
            <= self._name_room_of(row) for row in range(self.count()))
        if full_names != self._full_names:
            self._full_names = full_names
            self.viewport().update()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._fit_cell()

    # ---- input ------------------------------------------------------------------------------
    def _on_clicked(self, row: QListWidgetItem) -> None:
        party = row.data(PARTY_ROLE)
        if party:
            self.partyActivated.emit(party)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and row is not None:
            self._on_clicked(row)
            event.accept()
            return
        super().keyPressEvent(event)


__all__ = ["HemicycleLegend", "swatch_icon"]
