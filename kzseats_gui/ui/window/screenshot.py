"""``kzseats-gui --screenshot FILE.png``: save the window as a picture once the allocation has finished."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Slot

# Give layouts and charts one more turn of the event loop after the result arrived.
SETTLE_MS = 150
# Never hang a script: give up when the window is not done after this long.
TIMEOUT_MS = 300_000


class ScreenshotTaker(QObject):
    """Waits for the window's ``idle`` signal, grabs it, saves ``path`` and quits the application."""

    def __init__(self, window, path: Path):
        super().__init__(window)
        self._window = window
        self._path = Path(path)
        self.exit_code = 1
        window.idle.connect(self._on_idle)
        self._timeout = QTimer(self)
        self._timeout.setSingleShot(True)
        self._timeout.timeout.connect(self._on_timeout)
        self._timeout.start(TIMEOUT_MS)
        self._taken = False

    @Slot()
    def _on_idle(self) -> None:
        if not self._taken:
            QTimer.singleShot(SETTLE_MS, self._take)

    @Slot()
    def _take(self) -> None:
        if self._taken or self._window.session.is_busy():
            return
        panel = self._window.charts_panel
        if panel is not None and panel.hemicycle.is_settling():  # a late resize: the chart follows it
            QTimer.singleShot(SETTLE_MS, self._take)
            return
        workbench = getattr(self._window, "workbench", None)
        if workbench is not None and workbench.is_busy():
            QTimer.singleShot(SETTLE_MS, self._take)  # its panes fill after the window's result
            return
        self._taken = True
        self._timeout.stop()
        self._path.parent.mkdir(parents=True, exist_ok=True)
        if not self._window.grab().save(str(self._path)):
            print(f"kzseats-gui: cannot write {self._path}", file=sys.stderr)
            self.exit_code = 1
        else:
            self.exit_code = 2 if self._window.commands.last_error else 0
        QCoreApplication.quit()

    @Slot()
    def _on_timeout(self) -> None:
        print("kzseats-gui: the window did not finish in time; no screenshot written", file=sys.stderr)
        self.exit_code = 1
        QCoreApplication.quit()
