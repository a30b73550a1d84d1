"""Handing a new result to the views without freezing the window.

Filling a view (models, column widths, charts) takes from a fraction of a millisecond to tens of
milliseconds. Doing all of them in one go would stop the window for the sum, so the views are filled
one per turn of the event loop, and a view on a tab that is not shown is filled only when its tab is
opened (it is marked stale until then, never left showing an older result).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

Fill = Callable[[], None]


class ViewRefresher(QObject):
    """A queue of view updates run one per event-loop turn; ``drained`` when the queue is empty."""

    drained = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._queue: list[tuple[QWidget, Fill]] = []
        self._stale: dict[QWidget, Fill] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._run_next)

    def schedule(self, view: QWidget, fill: Fill) -> None:
        """Fill ``view`` soon (replacing any fill still waiting for it)."""
        self._stale.pop(view, None)
        self._queue = [(v, f) for v, f in self._queue if v is not view]
        self._queue.append((view, fill))
        self._timer.start()

    def defer(self, view: QWidget, fill: Fill) -> None:
        """Fill ``view`` when ``refresh_if_stale(view)`` is called (its tab is opened)."""
        self._queue = [(v, f) for v, f in self._queue if v is not view]
        self._stale[view] = fill

    def refresh_if_stale(self, view: QWidget | None) -> None:
        fill = self._stale.pop(view, None) if view is not None else None
        if fill is not None:
            fill()

    def is_stale(self, view: QWidget) -> bool:
        return view in self._stale

    def cancel(self) -> None:
        """Forget every pending fill (the document changed and the views are cleared)."""
        self._queue.clear()
        self._stale.clear()
        self._timer.stop()

    def flush(self) -> None:
        """Fill everything now: queued and stale views (before printing or reading every view)."""
        self._timer.stop()
        while self._queue:
            _, fill = self._queue.pop(0)
            fill()
        for fill in list(self._stale.values()):
            fill()
        self._stale.clear()
        self.drained.emit()

    def is_pending(self) -> bool:
        return bool(self._queue)

    @Slot()
    def _run_next(self) -> None:
        if self._queue:
            _, fill = self._queue.pop(0)
            fill()
        if self._queue:
            self._timer.start()
        else:
            self.drained.emit()


class ResultFill:
    """Fills one view with one result (kept by the refresher until it runs)."""

    def __init__(self, view: QWidget, election: object, result: object):
        self._view, self._election, self._result = view, election, result

    def __call__(self) -> None:
        self._view.set_result(self._election, self._result)  # type: ignore[attr-defined]
