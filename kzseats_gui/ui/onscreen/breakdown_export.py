"""The seats-by-tier and quota-fill charts written to SVG, PNG or PDF as the screen shows them.

The charts are drawn by pyqtgraph (vector items), so they are rendered through ``QWidget.render`` into
an SVG generator, a PDF page of the widget's size, or an image scaled to the chosen resolution. The
file appears complete or not at all, never over one of ``inputs``. A comparison's chart gets the
not-the-law mark as a red strip above it (``mark``), as the hemicycle carries it in its scene.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, QPoint, QRect, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QRegion
from PySide6.QtWidgets import QWidget

from ...fileio.safe_output import write_bytes_atomically
from ..paper.chart_export import ExportError, image_png_bytes

SCREEN_DPI = 96.0
MARK_HEIGHT = 26  # pixels of the not-the-law strip above a comparison's chart


def export_widget_chart(
    widget: QWidget,
    path: str | os.PathLike[str],
    dpi: float = 300,
    *,
    inputs: Iterable[str | os.PathLike[str]] = (),
    mark: str = "",
) -> None:
    """Write what ``widget`` shows to ``path`` (.svg, .png or .pdf), under ``mark`` when one is given."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in (".svg", ".png", ".pdf"):
        message = QCoreApplication.translate(
            "charts", "Unknown chart format {suffix}: use .svg, .png or .pdf."
        )
        raise ExportError(message.format(suffix=target.suffix or "''"))
    if suffix == ".png":
        data = image_png_bytes(_image(widget, dpi, mark))
    elif suffix == ".pdf":
        data = _pdf_bytes(widget, mark)
    else:
        data = _svg_bytes(widget, mark)
    write_bytes_atomically(target, data, inputs=inputs)


def _height(widget: QWidget, mark: str) -> int:
    return widget.height() + (MARK_HEIGHT if mark else 0)


def _render(widget: QWidget, painter: QPainter, mark: str = "") -> None:
    """The widget as shown (QWidget's render: a graphics view overrides ``render`` with another one)."""
    try:
        if mark:
            from ...charts.scene import NOT_THE_LAW_RED

            painter.fillRect(QRect(0, 0, widget.width(), MARK_HEIGHT), QColor(NOT_THE_LAW_RED))
            font = QFont(widget.font())
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QColor("white"))
            text = painter.fontMetrics().elidedText(mark, Qt.TextElideMode.ElideRight, widget.width() - 12)
            painter.drawText(QRect(6, 0, widget.width() - 12, MARK_HEIGHT),
                             int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), text)
            painter.translate(0, MARK_HEIGHT)
        QWidget.render(widget, painter, QPoint(), QRegion(QRect(QPoint(), widget.size())))
    finally:
        painter.end()


def _image(widget: QWidget, dpi: float, mark: str = "") -> QImage:
    scale = dpi / SCREEN_DPI
    height = _height(widget, mark)
    image = QImage(round(widget.width() * scale), round(height * scale), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(scale, scale)
    _render(widget, painter, mark)
    return image


def _buffer() -> QBuffer:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    return buffer


def _pdf_bytes(widget: QWidget, mark: str = "") -> bytes:
    buffer = _buffer()
    writer = QPdfWriter(buffer)
    writer.setResolution(int(SCREEN_DPI))
    points = QSizeF(widget.width() * 72 / SCREEN_DPI, _height(widget, mark) * 72 / SCREEN_DPI)
    writer.setPageLayout(
        QPageLayout(QPageSize(points, QPageSize.Unit.Point), QPageLayout.Orientation.Portrait, QMarginsF())
    )
    _render(widget, QPainter(writer), mark)
    del writer  # finishes the document
    return bytes(buffer.data().data())


def _svg_bytes(widget: QWidget, mark: str = "") -> bytes:
    from PySide6.QtSvg import QSvgGenerator

    buffer = _buffer()
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    size = widget.size()
    size.setHeight(_height(widget, mark))
    generator.setSize(size)
    generator.setViewBox(QRect(QPoint(), size))
    generator.setResolution(int(SCREEN_DPI))
    _render(widget, QPainter(generator), mark)
    return bytes(buffer.data().data())


__all__ = ["export_widget_chart"]
