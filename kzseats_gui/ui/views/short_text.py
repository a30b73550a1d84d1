"""A cell delegate that shows a cell's short text (``SHORT_ROLE``, e.g. "Auyl" for "Auyl (People's
Democratic Patriotic Party)") when the full text does not fit the column, and elides only what is still
too long. The full text stays in the tooltip and on the clipboard."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from .tables import SHORT_ROLE


class ShortTextDelegate(QStyledItemDelegate):
    def initStyleOption(  # noqa: N802 (Qt override)
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        short = index.data(SHORT_ROLE)
        if not short or short == option.text:
            return
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget).width()
        margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1)
        if option.fontMetrics.horizontalAdvance(option.text) + margin > room:
            option.text = short
