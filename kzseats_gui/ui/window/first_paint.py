"""Start-up timing for the benchmark: print when the window first paints and when the result shows."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer, Slot


class FirstPaintReporter(QObject):
    """Prints ``first-paint``, ``result-painted`` and ``charts-painted`` with the unix time, once each."""

    def __init__(self, window, started: float):
        super().__init__(window)
        self._window = window
        self._started = started
        self._painted = False
        self._result_painted = False
        window.installEventFilter(self)
        self._charts_painted = False
        window.resultShown.connect(self._on_result_shown)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._painted and watched is self._window and event.type() == QEvent.Type.Paint:
            self._painted = True
            QTimer.singleShot(0, self._report_first_paint)  # after this paint has completed
        return False

    @Slot()
    def _report_first_paint(self) -> None:
        print(f"first-paint {time.time():.6f}", flush=True)

    @Slot()
    def _on_result_shown(self) -> None:
        # resultShown comes again when the charts arrive and are filled; report each mark once.
        if not self._result_painted:
            self._result_painted = True
            self._report("result-painted")
        if not self._charts_painted and self._window.charts_panel is not None:
            self._charts_painted = True
            self._report("charts-painted")

    def _report(self, mark: str) -> None:
        self._window.repaint()  # paint what is shown now, synchronously, then take the time
        print(f"{mark} {time.time():.6f}", flush=True)
