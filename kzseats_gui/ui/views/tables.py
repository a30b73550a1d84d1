"""Shared table plumbing for the result views: cells, a read-only model, exact sorting, copying.

A view builds its rows as ``Cell`` objects (display text, raw value, clipboard text, tone) and hands them
to a ``CellTableModel``. ``ExactSortProxy`` sorts on the raw Python values, so Fractions compare exactly
and "1 234" sorts as a number, and keeps summary rows (totals, against all) pinned below the data.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ..formatting import (
    MISSING,
    NUMBER_ALIGNMENT,
    TEXT_ALIGNMENT,
    exact_text,
    fixed_decimal,
    number_text,
    plain_number,
    plain_percent,
)
from .wrapping_header import WrappingHeader

ModelIndex = QModelIndex | QPersistentModelIndex

# Extra roles: the raw Python value of a cell and its clipboard text.
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1
EXPORT_ROLE = Qt.ItemDataRole.UserRole + 2
SHORT_ROLE = Qt.ItemDataRole.UserRole + 3  # a shorter text for when the full one does not fit

# Background tints with alpha, readable on light and dark palettes alike.
TONES = {
    "good": QColor(46, 160, 67, 45),
    "bad": QColor(220, 50, 47, 55),
    "warn": QColor(230, 160, 0, 70),
    "muted": QColor(128, 128, 128, 30),
}


@dataclass(frozen=True)
class Cell:
    text: str = ""
    value: Any = None  # raw value: what rows() returns and what sorting compares
    export: str | None = None  # clipboard text; None = the display text
    numeric: bool = False  # right-aligned
    tooltip: str | None = None
    decoration: QColor | QIcon | None = None  # a colour swatch or an icon before the text
    strong: bool = False
    tone: str | None = None  # key of TONES, tints the cell
    short: str | None = None  # shown instead of ``text`` when the column is too narrow for it

    @property
    def clipboard_text(self) -> str:
        return self.text if self.export is None else self.export


def count_cell(value: int | None, strong: bool = False) -> Cell:
    """A whole number with grouped digits; plain digits on the clipboard."""
    return Cell(number_text(value), value, plain_number(value), True, strong=strong)


def share_cell(share: Fraction | None, strong: bool = False) -> Cell:
    """A share in percent with two fixed decimals (the header carries the sign); exact in the tooltip."""
    text = MISSING if share is None else fixed_decimal(share * 100, 2)
    tip = None if share is None else f"{exact_text(share * 100)} %"
    return Cell(text, share, plain_percent(share, 4), True, tip, strong=strong)


def natural_key(text: str) -> tuple[Any, ...]:
    """'District 10' after 'District 9': digit runs compare as numbers, the rest case-insensitively."""
    parts = re.split(r"(\d+)", text.casefold())
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in parts if p)


def sort_key(cell: Cell) -> tuple[Any, ...]:
    value = cell.value
    if value is None:
        return (0,)  # missing values sort before every real one
    if isinstance(value, str):
        return (1, natural_key(value))
    return (1, value)


class CellTableModel(QAbstractTableModel):
    """A read-only table of ``Cell`` rows. ``pinned`` rows (totals and the like) stay at the bottom."""

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None):
        super().__init__(parent)
        self._headers = list(headers)
        self._header_tips: list[str | None] = [None] * len(headers)
        self._rows: list[list[Cell]] = []
        self._pinned: list[int] = []  # 0 = data row; 1, 2, ... = summary rows in that order
        self._keys: list[object] = []  # what a row stands for (party name, district key, ...)

    # ---- filling ---------------------------------------------------------------------------------
    def set_headers(self, headers: Sequence[str], tips: Sequence[str | None] | None = None) -> None:
        """New column titles (e.g. after a language change); a new column count resets the model."""
        tips_list = list(tips) if tips is not None else [None] * len(headers)
        if len(headers) != len(self._headers):
            self.beginResetModel()
            self._headers, self._header_tips = list(headers), tips_list
            self.endResetModel()
            return
        self._headers, self._header_tips = list(headers), tips_list
        if headers:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(headers) - 1)

    def set_rows(
        self,
        rows: Sequence[Sequence[Cell]],
        keys: Sequence[object] | None = None,
        pinned: Sequence[int] | None = None,
    ) -> None:
        self.beginResetModel()
        self._rows = [list(r) for r in rows]
        self._keys = list(keys) if keys is not None else [None] * len(rows)
        self._pinned = list(pinned) if pinned is not None else [0] * len(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    # ---- reading (tests, copying, the views themselves) -----------------------------------------
    def rows(self) -> list[tuple[Any, ...]]:
        """Every row's raw values, in the order built (unsorted), summary rows included."""
        return [tuple(c.value for c in row) for row in self._rows]

    def cell(self, row: int, column: int) -> Cell:
        return self._rows[row][column]

    def key(self, row: int) -> object:
        return self._keys[row]

    def row_of(self, key: object) -> int | None:
        try:
            return self._keys.index(key)
        except ValueError:
            return None

    def pin_rank(self, row: int) -> int:
        return self._pinned[row]

    def headers(self) -> list[str]:
        return list(self._headers)

    # ---- QAbstractTableModel --------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips[section] or self._headers[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        cell = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return NUMBER_ALIGNMENT if cell.numeric else TEXT_ALIGNMENT
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell.tooltip
        if role == Qt.ItemDataRole.DecorationRole:
            return cell.decoration
        if role == Qt.ItemDataRole.FontRole and cell.strong:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and cell.tone:
            return TONES.get(cell.tone)
        if role == VALUE_ROLE:
            return cell.value
        if role == EXPORT_ROLE:
            return cell.clipboard_text
        if role == SHORT_ROLE:
            return cell.short
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return cell.tooltip or cell.text
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class ExactSortProxy(QSortFilterProxyModel):
    """Sorts on raw values (exact Fractions, natural district order); pinned rows never move."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def _source(self) -> CellTableModel:
        source = self.sourceModel()
        assert isinstance(source, CellTableModel)
        return source

    def lessThan(self, left: ModelIndex, right: ModelIndex) -> bool:
        source = self._source()
        left_pin, right_pin = source.pin_rank(left.row()), source.pin_rank(right.row())
        if left_pin or right_pin:
            # Descending order asks lessThan(right, left): invert so pinned rows stay last either way.
            if self.sortOrder() == Qt.SortOrder.AscendingOrder:
                return left_pin < right_pin
            return left_pin > right_pin
        a = sort_key(source.cell(left.row(), left.column()))
        b = sort_key(source.cell(right.row(), right.column()))
        try:
            return a < b
        except TypeError:  # mixed kinds in one column: fall back to the text
            return str(a) < str(b)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        if self._source().pin_rank(source_row):
            return True
        return super().filterAcceptsRow(source_row, source_parent)

    def source_row(self, proxy_row: int) -> int:
        return self.mapToSource(self.index(proxy_row, 0)).row()


class ResultTableView(QTableView):
    """A table that runs ``copy_handler`` on the platform's copy key (Ctrl+C), ahead of any window-wide
    shortcut on the same key, instead of copying only the current cell."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.copy_handler: Callable[[], object] | None = None
        self.fit_max_width = 360
        self.auto_fit = True  # refit the columns to the width on resize, until the user sizes one
        # The column that gives up width when the table is too wide (long names, shown short or elided,
        # full in the tooltip), so that the number columns after it stay in view.
        self.elastic_column: int | None = None
        self.keep_in_view: int | None = None  # ... up to this column (those after it may scroll)

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and self.copy_handler is not None
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Copy)
        ):
            event.accept()  # the key reaches keyPressEvent below
            return True
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        header = self.horizontalHeader()
        if self.auto_fit and self.model() is not None and isinstance(header, WrappingHeader):
            if not header.user_sized:
                fit_columns(self)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if self.copy_handler is not None and event.matches(QKeySequence.StandardKey.Copy):
            self.copy_handler()
            event.accept()
            return
        super().keyPressEvent(event)


def make_table_view(parent: QWidget | None = None) -> ResultTableView:
    """A read-only, sortable table with whole-row selection, sized to its text."""
    view = ResultTableView(parent)
    view.setSortingEnabled(True)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move within it
    view.setWordWrap(False)
    view.setCornerButtonEnabled(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header = WrappingHeader(view)
    view.setHorizontalHeader(header)
    header.setHighlightSections(False)
    header.setSectionsMovable(False)
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    # Start in the order the data came (ballot order); a third click on a header returns to it.
    header.setSortIndicatorClearable(True)
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return view


def fit_columns(view: QTableView, max_width: int | None = None) -> None:
    """Each column as wide as its cells and its title on one line when the table fits its width that
    way; otherwise titles wrap, each column keeping at least the longest word of its title. Nothing is
    cut off either way. Columns never grow past ``max_width`` (long names are elided, full in tooltips)."""
    if max_width is None:
        max_width = getattr(view, "fit_max_width", 360)
    header = view.horizontalHeader()
    columns = [c for c in range(header.count()) if not view.isColumnHidden(c)]
    content = {c: view.sizeHintForColumn(c) for c in columns}
    if isinstance(header, WrappingHeader):
        natural = {c: min(max(content[c], header.natural_width_for(c), 24), max_width) for c in columns}
        compact = {c: min(max(content[c], header.minimum_width_for(c), 24), max_width) for c in columns}
        available = view.viewport().width() if view.isVisible() else view.width()
        widths = natural if sum(natural.values()) <= available else compact
        elastic = getattr(view, "elastic_column", None)
        if elastic in widths and sum(widths.values()) > available:
            last = getattr(view, "keep_in_view", None)
            kept = [c for c in widths if c != elastic and (last is None or c <= last)]
            room = available - sum(widths[c] for c in kept)
            widths[elastic] = max(elastic_minimum(view, elastic), min(widths[elastic], room))
    else:
        widths = {c: min(max(content[c], header.sectionSizeHint(c), 24), max_width) for c in columns}
    for column, width in widths.items():
        header.resizeSection(column, width)


def elastic_minimum(view: QTableView, column: int) -> int:
    """The narrowest an elastic column gets: its longest short text, at most a few letters (the rest
    elided), and its icon."""
    model = view.model()
    metrics = view.fontMetrics()
    shorts = [model.index(row, column).data(SHORT_ROLE) for row in range(model.rowCount())]
    text = max((metrics.horizontalAdvance(s) for s in shorts if s), default=0)
    icon = view.iconSize().width() if view.iconSize().isValid() else 16
    return min(text, metrics.horizontalAdvance("M" * 5)) + icon + 16


def table_text(
    model: QAbstractItemModel, rows: Sequence[int] | None = None, hidden: Sequence[int] = ()
) -> str:
    """Tab-separated text with a header line, from the model's clipboard role, in its row order."""
    columns = [c for c in range(model.columnCount()) if c not in set(hidden)]
    lines = ["\t".join(_clean(model.headerData(c, Qt.Orientation.Horizontal)) for c in columns)]
    for row in rows if rows is not None else range(model.rowCount()):
        cells = [model.index(row, c).data(EXPORT_ROLE) for c in columns]
        lines.append("\t".join(_clean(c) for c in cells))
    return "\n".join(lines) + "\n"


def _clean(value: object) -> str:
    return "" if value is None else str(value).replace("\t", " ").replace("\n", " ")


def copy_text(text: str) -> str:
    QGuiApplication.clipboard().setText(text)
    return text


def copy_view(view: QTableView, all_rows: bool) -> str:
    """Copy the selected rows (or every row) of ``view`` as tab-separated text; returns the text."""
    model = view.model()
    hidden = [c for c in range(model.columnCount()) if view.isColumnHidden(c)]
    rows: list[int] | None = None
    if not all_rows:
        selected = sorted({i.row() for i in view.selectionModel().selectedRows()})
        rows = selected or None
    return copy_text(table_text(model, rows, hidden))


def install_copy_shortcut(view: QTableView, copy: Callable[[], object]) -> None:
    """Ctrl+C (the platform's copy key) on the table runs ``copy``."""
    if isinstance(view, ResultTableView):
        view.copy_handler = copy
        return
    shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Copy), view)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(copy)
