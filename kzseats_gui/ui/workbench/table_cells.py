"""Small helpers for the workbench's tables: read-only cells, marked cells, signed changes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from ..formatting import number_text
from ..views.wrapping_header import WrappingHeader

MARKED = QColor("#FFE9A8")  # a cell that differs (from the law, or from the figures as read)
GAINED, LOST = QColor("#1B6E2E"), QColor("#A4161A")
SEAT_COLUMNS = "seatColumns"  # table property: the logical columns that hold seats
NAMES_LEAST = 64  # px: a name column never narrower (a few letters and the ellipsis)


def new_table(parent: QWidget, name: str, columns: int, seat_columns: tuple[int, ...] = ()) -> QTableWidget:
    """A read-only table whose titles wrap; ``seat_columns`` are kept in view first on a narrow pane."""
    table = QTableWidget(0, columns, parent)
    table.setObjectName(name)
    table.setProperty(SEAT_COLUMNS, list(seat_columns))
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    header = WrappingHeader(table)
    table.setHorizontalHeader(header)
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    _Refit(table)
    return table


def fit_columns(table: QTableWidget) -> None:
    """Each column as wide as its cells, and at least the longest word of its title (titles wrap).
    Where the table is narrower than that, the first column (the names) gives way — names are cut
    with an ellipsis, whole in their tooltip — so that the figures, seats first, stay in view."""
    header = table.horizontalHeader()
    titles = [header.minimum_width_for(column) if isinstance(header, WrappingHeader) else 0
              for column in range(table.columnCount())]
    widths = [max(table.sizeHintForColumn(column), title, 32) for column, title in enumerate(titles)]
    if widths:
        room = table.viewport().width()
        excess = sum(widths) - room
        if excess > 0:
            widths[0] = max(titles[0], NAMES_LEAST, widths[0] - excess)
        tight = sum(widths) > room
        _seats_first(table, tight)
        if tight:
            widths[0] += _slack(table, widths, room)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    blocked = table.blockSignals(True)  # a tooltip is no edit: itemChanged stays quiet
    for row in range(table.rowCount()):
        item = table.item(row, 0)
        if item is not None and not item.toolTip():
            item.setToolTip(item.text())  # the whole name where the column cuts it
    table.blockSignals(blocked)


def _slack(table: QTableWidget, widths: list[int], room: int) -> int:
    """The room right of the last figure column that fits whole; the names take it, so the columns in
    view end at the edge and none shows cut (the rest scroll in). None when not even one figure fits."""
    header = table.horizontalHeader()
    shown = widths[0]
    for visual in range(1, table.columnCount()):
        width = widths[header.logicalIndex(visual)]
        if shown + width > room:
            break
        shown += width
    return room - shown if shown > widths[0] else 0


def least_width(table: QTableWidget) -> int:
    """The width that shows every column whole but the names (cut to ``NAMES_LEAST``)."""
    header = table.horizontalHeader()
    columns = range(1, table.columnCount())
    titles = [header.minimum_width_for(c) if isinstance(header, WrappingHeader) else 0 for c in columns]
    pairs = zip(columns, titles, strict=True)
    figures = sum(max(table.sizeHintForColumn(c), title, 32) for c, title in pairs)
    chrome = 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width()
    return NAMES_LEAST + figures + chrome


def _seats_first(table: QTableWidget, tight: bool) -> None:
    """On a table too narrow for every column, show the seat columns right after the names (the
    other figures follow and scroll); otherwise the columns in their own order."""
    header = table.horizontalHeader()
    seats = [int(c) for c in (table.property(SEAT_COLUMNS) or [])]
    order = list(range(table.columnCount()))
    if tight and seats:
        order = [0, *seats, *(c for c in order[1:] if c not in seats)]
    for visual, logical in enumerate(order):
        if header.visualIndex(logical) != visual:
            header.moveSection(header.visualIndex(logical), visual)


class _Refit(QObject):
    """Fits a table's columns again when the width of its viewport changes (the table shown or
    resized, a scroll bar come or gone) or its titles change. A QObject slot, not a lambda: the
    connection ends with the table, never in a garbage collection on a worker thread."""

    def __init__(self, table: QTableWidget) -> None:
        super().__init__(table)
        self._table = table
        table.viewport().installEventFilter(self)
        table.model().headerDataChanged.connect(self.refit)

    @Slot()
    def refit(self) -> None:
        fit_columns(self._table)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Resize:
            if event.oldSize().width() != event.size().width():
                fit_columns(self._table)
        return False


def share_out_names(table: QTableWidget, columns: tuple[int, ...]) -> None:
    """Names in ``columns`` share the width the figures leave (cut short with "…", whole in the tooltip),
    so a long name never pushes a figure out of sight on a laptop."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    for column in columns:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for row in range(table.rowCount()):
            item = table.item(row, column)
            if item is not None and not item.toolTip():
                item.setToolTip(item.text())


def cell(text: str, *, number: bool = False, tip: str = "", data: object = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if tip:
        item.setToolTip(tip)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    return item


def editable(item: QTableWidgetItem) -> QTableWidgetItem:
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
    return item


def mark(item: QTableWidgetItem, tip: str) -> QTableWidgetItem:
    """Highlight ``item`` (bold on a light background) and say why in its tooltip."""
    item.setBackground(QBrush(MARKED))
    font = QFont(item.font())
    font.setBold(True)
    item.setFont(font)
    item.setToolTip(tip)
    return item


def change_cell(change: int | None) -> QTableWidgetItem:
    """'+2', '−1' or a plain '0' (no change, as an unmarked cell of the methods table reads), or a
    dash where no seats can change (None): an empty cell would read as a figure missing."""
    if change is None:
        return cell(number_text(None), number=True)
    if change == 0:
        return cell(number_text(0), number=True, data=0)
    text = ("+" if change > 0 else "\u2212") + number_text(abs(change))
    item = cell(text, number=True, data=change)
    item.setForeground(QBrush(GAINED if change > 0 else LOST))
    font = QFont(item.font())
    font.setBold(True)
    item.setFont(font)
    return item


def parse_count(text: str) -> int | None:
    """A count typed in any of the app's number styles ('1 234 567', '1,234,567'); None if not one."""
    digits = "".join(ch for ch in text if not ch.isspace() and ch not in ",.'\u00a0\u202f")
    return int(digits) if digits.isdigit() else None


def parse_percent(text: str):
    """A share typed as '12.5', '12,5' or '12,5 %' -> Fraction; None if not one."""
    from fractions import Fraction

    cleaned = text.replace("%", "").replace("\u00a0", "").replace(" ", "").replace(",", ".").strip()
    try:
        return Fraction(cleaned)
    except (ValueError, ZeroDivisionError):
        return None
