"""Seats that changed hands against the figures as read, outlined on the window's hemicycle.

For each party that holds more seats in the what-if than in the baseline, that many of its seats get a
thick dark outline: the seat attributes of the chart scene (stroke colour and width) are changed on the
seat items, so the seats' cached drawing follows. Which of a party's seats are outlined is a choice of
drawing (its outermost ones, list seats before district seats); the count is exact.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, QTimer

from ...charts.scene import INK, Tier

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

    def _seat_items(self) -> list:
        panel = getattr(self._window, "charts_panel", None)
        view = getattr(panel, "hemicycle", None)
        if view is not None and view is not self._watched:
            self._watched = view
            view.installEventFilter(self)
        return list(view.seat_items()) if view is not None else []

    def apply(self) -> None:
        items = self._seat_items()
        if not items:
            return
        wanted = dict(self._gains)
        # Outermost first (last row first), list seats before district seats.
        ordered = sorted(items, key=lambda i: (i.seat.tier is not Tier.LIST, -i.seat.row, i.seat.index))
        for item in ordered:
            seat = item.seat
            left = wanted.get(seat.party, 0)
            if left > 0:
                wanted[seat.party] = left - 1
                width = seat.r * OUTLINE_FRACTION
                if seat.stroke != INK or seat.stroke_width != width:
                    item.apply(replace(seat, stroke=INK, stroke_width=width))
