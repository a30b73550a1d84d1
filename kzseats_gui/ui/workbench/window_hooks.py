"""Everything the workbench asks of the main window, in one place: its result tabs, settings panel,
hemicycle, document session and whether it is busy. (The window's own layout may move; only this
module follows it.)"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget


def tabs(window) -> QTabWidget:
    return window.panes.tabs


def add_tab(window, page: QWidget) -> None:
    """Put ``page`` beside the result tabs (its title is set by the workbench)."""
    window.panes.tabs.addTab(page, "")


def settings_panel(window):
    return window.panes.settings_panel


def hemicycle(window):
    """The window's hemicycle view (None while its charts are not built yet)."""
    panel = getattr(window, "charts_panel", None)
    return getattr(panel, "hemicycle", None)


def document_session(window):
    return window.session


def document(window):
    return window.session.document


def window_busy(window) -> bool:
    return window.session.is_busy()
