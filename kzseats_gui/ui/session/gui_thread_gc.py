"""Python's cycle collector runs on the GUI thread only.

Left automatic, a collection starts in whichever thread happens to allocate, often a worker running an
allocation or a simulation. There it frees Qt wrappers, PySide disconnects their signals, and that can
deadlock against the GUI thread connecting a signal at the same moment: a frozen window. So automatic
collection is switched off and the GUI thread collects on a timer, generation by generation, by the
same thresholds Python itself would use. Reference counting still frees everything that is not a cycle
at once, in any thread.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Slot

INTERVAL_MS = 500  # often enough that cyclic garbage stays small, rare enough to cost nothing


class MainThreadCollector(QObject):
    """Create it on the GUI thread with the application as parent; ``stop`` gives collection back."""

    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect)
        self._timer.start(interval_ms)

    @Slot()
    def collect(self) -> None:
        young, middle, old = gc.get_count()
        first, second, third = self._thresholds
        if young <= first:
            return
        generation = 0
        if middle > second:
            generation = 2 if old > third else 1
        gc.collect(generation)

    def stop(self) -> None:
        self._timer.stop()
        if self._was_enabled:
            gc.enable()


def collect_on_gui_thread_only() -> MainThreadCollector | None:
    """Install the collector on the running application once (before any worker thread starts)."""
    app = QCoreApplication.instance()
    if app is None:
        return None
    found = app.findChild(MainThreadCollector)
    return found if found is not None else MainThreadCollector(app)


__all__ = ["MainThreadCollector", "collect_on_gui_thread_only"]
