"""Where the main window may go: inside the screen's available geometry (without task bars), at any size
and scale factor.

The window opens at the size it asks for (or the saved one) shrunk to the available area of its screen
and moved so that all of it shows. A saved geometry is used only when it still fits one of the screens
(a laptop undocked from a large monitor, or a larger scale factor, gets a fitted window instead).

``--screenshot --size WxH`` renders a WxH-pixel screen: the window's inside (the picture: no frame)
fills ``emulated_screen`` (W/s × H/s logical pixels at scale factor s), so a 1920×1080 screenshot at
scale 2 shows the 960×540 window a user of such a screen sees.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def available_geometry(window: QWidget) -> QRect:
    """The area of the window's screen a window may use (the whole virtual desktop when unknown)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 800)


def frame_margins(window: QWidget) -> QSize:
    """Width and height the window manager adds around the window (title bar, borders)."""
    frame, inner = window.frameGeometry(), window.geometry()
    return QSize(max(0, frame.width() - inner.width()), max(0, frame.height() - inner.height()))


def fitted(wanted: QSize, available: QRect, margins: QSize = QSize(0, 0)) -> QSize:  # noqa: B008
    """``wanted`` shrunk (never grown) so that it and its frame fit ``available``."""
    return QSize(
        max(1, min(wanted.width(), available.width() - margins.width())),
        max(1, min(wanted.height(), available.height() - margins.height())),
    )


def fits(rect: QRect, available: QRect) -> bool:
    return available.contains(rect)


def fit_window(
    window: QWidget, wanted: QSize, available: QRect | None = None, *, with_frame: bool = True
) -> None:
    """Resize ``window`` to ``wanted`` within ``available`` and move it so that all of it shows
    (``with_frame=False``: the window's inside alone fills ``available``, as in a screenshot)."""
    area = available if available is not None else available_geometry(window)
    margins = frame_margins(window) if with_frame else QSize(0, 0)
    size = fitted(wanted, area, margins)
    window.resize(size)
    left = min(max(window.x(), area.left()), area.right() + 1 - size.width() - margins.width())
    top = min(max(window.y(), area.top()), area.bottom() + 1 - size.height() - margins.height())
    window.move(max(area.left(), left), max(area.top(), top))


def restore_if_fits(window: QWidget, saved: QByteArray | bytes) -> bool:
    """Restore a saved geometry when it fits a screen's available area; otherwise leave the window."""
    before = window.saveGeometry()
    if not window.restoreGeometry(saved):
        return False
    if window.isMaximized() or window.isFullScreen():
        return True  # the window system fits these itself
    screens = QGuiApplication.screens()
    if any(fits(window.frameGeometry(), screen.availableGeometry()) for screen in screens):
        return True
    window.restoreGeometry(before)
    return False


def emulated_screen(size_px: tuple[int, int]) -> QRect:
    """A screen of ``size_px`` device pixels in logical pixels at the application's scale factor."""
    screen = QGuiApplication.primaryScreen()
    ratio = screen.devicePixelRatio() if screen is not None else 1.0
    return QRect(0, 0, round(size_px[0] / ratio), round(size_px[1] / ratio))


__all__ = [
    "available_geometry",
    "emulated_screen",
    "fit_window",
    "fits",
    "fitted",
    "frame_margins",
    "restore_if_fits",
]
