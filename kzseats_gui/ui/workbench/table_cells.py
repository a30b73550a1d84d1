"""Small helpers for the workbench's tables: read-only cells, marked cells, signed changes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from ..formatting import number_text
from ..views.wrapping_header import WrappingHeader

MARKED = QColor("#FFE9A8")  # a cell that differs (from the law, or from the figures as read)
GAINED, LOST = QColor("#1B6E2E"), QColor("#A4161A")


def new_table(parent: QWidget, name: str, columns: int) -> QTableWidget:
    table = QTableWidget(0, columns, parent)
    table.setObjectName(name)
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
    return table


def fit_columns(table: QTableWidget) -> None:
    """Each column as wide as its cells, and at least the longest word of its title (titles wrap)."""
    header = table.horizontalHeader()
    for column in range(table.columnCount()):
        title = header.minimum_width_for(column) if isinstance(header, WrappingHeader) else 0
        table.setColumnWidth(column, max(table.sizeHintForColumn(column), title, 32))


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
