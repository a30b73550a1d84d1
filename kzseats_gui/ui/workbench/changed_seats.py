"""Seats that changed hands against the figures as read, outlined on the window's hemicycle.

For each party that holds more seats in the what-if than in the baseline, that many of its seats get a
thick dark outline: the seat attributes of the chart scene (stroke colour and width) are changed on the
seat items, so the seats' cached drawing follows. Which of a party's seats are outlined is a choice of
drawing (its outermost ones, list seats before district seats); the count is exact.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRectF, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QListWidgetItem

from ...charts.scene import INK, Tier
from ..formatting import counted
from . import window_hooks as hooks

translate = QCoreApplication.translate
LEGEND_ROLE = Qt.ItemDataRole.UserRole + 71  # marks the legend row this module adds
SWATCH = 12

OUTLINE_FRACTION = 0.32  # of the seat radius
RELAYOUT_AFTER_MS = 400  # after the hemicycle's own relayout on a resize


def gains(changes: dict[str, int]) -> dict[str, int]:
    return {name: change for name, change in changes.items() if change > 0}


class ChangedSeats(QObject):
    """Keeps the outline on the hemicycle of ``window`` (re-applied when the chart is rebuilt)."""

    def __init__(self, window):
        super().__init__(window)
        self._window = window
        self._gains: dict[str, int] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RELAYOUT_AFTER_MS)
        self._timer.timeout.connect(self.apply)
        self._watched = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._timer.start()  # the chart lays its seats out again after a resize
        return False

    def show(self, changes: dict[str, int]) -> None:
        """Outline the seats ``changes`` gives (party -> seats more or fewer than the baseline)."""
        self._gains = gains(changes)
        self.apply()

    def outlined(self) -> dict[str, int]:
        """Outlined seats per party, as drawn now."""
        counted: dict[str, int] = {}
        for item in self._seat_items():
            if item.seat.stroke == INK and item.seat.stroke_width >= item.seat.r * OUTLINE_FRACTION:
                counted[item.seat.party] = counted.get(item.seat.party, 0) + 1
        return counted

    def _view(self):
        view = hooks.hemicycle(self._window)
        if view is not None and view is not self._watched:
            self._watched = view
            view.installEventFilter(self)
        return view

    def _seat_items(self) -> list:
        view = self._view()
        return list(view.seat_items()) if view is not None else []

    def legend_row(self) -> QListWidgetItem | None:
        """The "changed hands" row of the hemicycle's legend, when seats changed hands."""
        view = self._view()
        legend = view.legend if view is not None else None
        if legend is None:
            return None
        return next((legend.item(i) for i in range(legend.count()) if legend.item(i).data(LEGEND_ROLE)),
                    None)

    def _show_legend_row(self) -> None:
        view = self._view()
        if view is None:
            return
        legend = view.legend
        row = self.legend_row()
        changed = sum(self._gains.values())
        if not changed:
            if row is not None:
                legend.takeItem(legend.row(row))
            return
        text = counted(translate("ChangedSeats", "Changed hands: {count} seat(s)"), changed).format(
            count=changed)
        if row is None:
            row = QListWidgetItem(_ring_icon(legend.devicePixelRatioF()), text)
            row.setData(LEGEND_ROLE, True)
            row.setFlags(Qt.ItemFlag.ItemIsEnabled)  # explains the mark; nothing to highlight
            legend.addItem(row)
        row.setText(text)
        row.setToolTip(translate("ChangedSeats", "Outlined: seats that changed hands against the "
                                                 "figures as read (what-if)"))

    def apply(self) -> None:
        view = self._view()
        scene = view.chart_scene if view is not None else None
        items = self._seat_items()
        if not items or scene is None:
            return
        self._show_legend_row()
        wanted = dict(self._gains)
        # Each item drawn from the scene's own seat: an outline no longer wanted goes (the chart keeps
        # its items when the result shown comes back unchanged, so it would not remove it itself).
        drawn = list(zip(items, scene.seats, strict=False))
        # Outermost first (last row first), list seats before district seats.
        drawn.sort(key=lambda pair: (pair[1].tier is not Tier.LIST, -pair[1].row, pair[1].index))
        for item, seat in drawn:
            left = wanted.get(seat.party, 0)
            if left > 0:
                wanted[seat.party] = left - 1
                seat = replace(seat, stroke=INK, stroke_width=seat.r * OUTLINE_FRACTION)
            if item.seat != seat:
                item.apply(seat)


def _ring_icon(ratio: float) -> QIcon:
    """A white seat with the thick dark outline of a seat that changed hands."""
    pixmap = QPixmap(round(SWATCH * ratio), round(SWATCH * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    width = SWATCH / 2 * OUTLINE_FRACTION * 1.6
    painter.setPen(QPen(QColor(INK), width))
    painter.setBrush(QBrush(Qt.GlobalColor.white))
    inset = width / 2 + 0.5
    painter.drawEllipse(QRectF(inset, inset, SWATCH - 2 * inset, SWATCH - 2 * inset))
    painter.end()
    return QIcon(pixmap)
