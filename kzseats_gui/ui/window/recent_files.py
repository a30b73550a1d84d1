"""The File ▸ Recent menu: workbooks opened lately, most recent first, kept in QSettings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

RECENT_KEY = "files/recent"
MAX_RECENT = 10


class RecentFiles:
    """The list itself, stored as absolute paths."""

    def __init__(self, settings: QSettings):
        self._settings = settings

    def paths(self) -> list[Path]:
        value = self._settings.value(RECENT_KEY, [])
        if isinstance(value, str):  # QSettings returns a lone string for a one-item list
            value = [value]
        return [Path(item) for item in (value or []) if item]

    def add(self, path: Path) -> None:
        path = Path(path).resolve()
        paths = [path] + [p for p in self.paths() if p != path]
        self._store(paths[:MAX_RECENT])

    def remove(self, path: Path) -> None:
        path = Path(path)
        self._store([p for p in self.paths() if p != path])

    def clear(self) -> None:
        self._store([])

    def _store(self, paths: list[Path]) -> None:
        self._settings.setValue(RECENT_KEY, [str(p) for p in paths])


class RecentFilesMenu(QObject):
    """Keeps a QMenu in step with RecentFiles; ``fileChosen`` carries the path picked."""

    fileChosen = Signal(object)  # Path

    def __init__(self, menu: QMenu, recent: RecentFiles):
        super().__init__(menu)
        self._menu = menu
        self._recent = recent
        menu.aboutToShow.connect(self.rebuild)
        self.rebuild()

    @Slot()
    def rebuild(self) -> None:
        self._menu.clear()
        paths = self._recent.paths()
        for number, path in enumerate(paths, start=1):
            text = f"&{number} {path.name}" if number < 10 else path.name
            action = QAction(text, self._menu)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.setData(str(path))
            action.triggered.connect(self._on_triggered)
            self._menu.addAction(action)
        if paths:
            self._menu.addSeparator()
        clear = QAction(self.tr("Clear the list"), self._menu)
        clear.setEnabled(bool(paths))
        clear.triggered.connect(self._on_clear)
        self._menu.addAction(clear)
        self._menu.setEnabled(True)

    @Slot()
    def _on_triggered(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.fileChosen.emit(Path(action.data()))

    @Slot()
    def _on_clear(self) -> None:
        self._recent.clear()
        self.rebuild()
