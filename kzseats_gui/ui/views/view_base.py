"""What the result views share: showing their text again when the language changes, and the sortable,
copyable table most of them are built around.

Translated strings stay in the views themselves: ``tr()`` takes its context from the view's class.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, Slot
from PySide6.QtWidgets import QLineEdit, QTableView, QWidget

from .tables import (
    VALUE_ROLE,
    CellTableModel,
    ExactSortProxy,
    ResultTableView,
    copy_view,
    install_copy_shortcut,
    make_table_view,
)


class TranslatedView(QWidget):
    """A view that shows its text in the current language again on every language change. A subclass
    builds its widgets, then calls ``_finish_setup()``."""

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def _finish_setup(self) -> None:
        """Show the text in the current language; from now on a language change translates it again."""
        self.retranslate_ui()
        self._built = True

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        # Qt may deliver a language change while the widget is still being built: skip it then.
        if event.type() == QEvent.Type.LanguageChange and getattr(self, "_built", False):
            self.retranslate_ui()
        super().changeEvent(event)


class TabularView(TranslatedView):
    """A view around one table of ``Cell`` rows: the model, its exact-sorting proxy, the table itself,
    the rows as shown and copying them. A subclass calls ``_add_table()`` where the table belongs in its
    focus order."""

    _model: CellTableModel
    _proxy: ExactSortProxy
    _table: ResultTableView

    def _add_table(
        self, object_name: str, headers: Sequence[str] = (), copy_selected: bool = False
    ) -> ResultTableView:
        """Create the model, the proxy and the table. Ctrl+C copies the whole table; with
        ``copy_selected`` it copies the selected rows when more than one is selected."""
        self._model = CellTableModel(headers, self)
        self._proxy = ExactSortProxy(self)
        self._proxy.setSourceModel(self._model)
        self._table = make_table_view(self)
        self._table.setModel(self._proxy)
        self._table.setObjectName(object_name)
        copy = self._copy_from_keyboard if copy_selected else self.copy_to_clipboard
        install_copy_shortcut(self._table, copy)
        return self._table

    def model(self) -> CellTableModel:
        """The source model: rows in the order built (unsorted), summary rows last."""
        return self._model

    def table(self) -> QTableView:
        return self._table

    def rows(self) -> list[tuple]:
        """Raw values of the rows as displayed (current sort order and filter), summary rows included."""
        return self._shown_rows(VALUE_ROLE)

    def copy_to_clipboard(self) -> str:
        """Copy every shown row (header line first) as tab-separated text; returns the text."""
        return copy_view(self._table, all_rows=True)

    def _shown_rows(self, role: int) -> list[tuple[Any, ...]]:
        return [
            tuple(self._proxy.index(r, c).data(role) for c in range(self._proxy.columnCount()))
            for r in range(self._proxy.rowCount())
        ]

    @Slot()
    def _copy_from_keyboard(self) -> None:
        copy_view(self._table, all_rows=len(self._table.selectionModel().selectedRows()) <= 1)


def fit_to_placeholder(edit: QLineEdit) -> None:
    """Make a search box wide enough for its placeholder text and its clear button."""
    hint = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
    edit.setMinimumWidth(min(hint + 48, 360))
