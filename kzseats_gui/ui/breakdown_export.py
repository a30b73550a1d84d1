"""The seats-by-tier and quota-fill charts written to SVG, PNG or PDF as the screen shows them.

The charts are drawn by pyqtgraph (vector items), so they are rendered through ``QWidget.render`` into
an SVG generator, a PDF page of the widget's size, or an image scaled to the chosen resolution. The
file appears complete or not at all, never over one of ``inputs``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, QPoint, QRect, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QRegion
from PySide6.QtWidgets import QWidget

from ..fileio.safe_output import write_bytes_atomically
from .chart_export import ExportError, image_png_bytes

SCREEN_DPI = 96.0


def export_widget_chart(
    widget: QWidget,
    path: str | os.PathLike[str],
    dpi: float = 300,
    *,
    inputs: Iterable[str | os.PathLike[str]] = (),
) -> None:
    """Write what ``widget`` shows to ``path`` (.svg, .png or .pdf)."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in (".svg", ".png", ".pdf"):
        message = QCoreApplication.translate(
            "charts", "Unknown chart format {suffix}: use .svg, .png or .pdf."
        )
        raise ExportError(message.format(suffix=target.suffix or "''"))
    if suffix == ".png":
        data = image_png_bytes(_image(widget, dpi))
    elif suffix == ".pdf":
        data = _pdf_bytes(widget)
    else:
        data = _svg_bytes(widget)
    write_bytes_atomically(target, data, inputs=inputs)


def _render(widget: QWidget, painter: QPainter) -> None:
    """The widget as shown (QWidget's render: a graphics view overrides ``render`` with another one)."""
    try:
        QWidget.render(widget, painter, QPoint(), QRegion(QRect(QPoint(), widget.size())))
    finally:
        painter.end()


def _image(widget: QWidget, dpi: float) -> QImage:
    scale = dpi / SCREEN_DPI
    image = QImage(round(widget.width() * scale), round(widget.height() * scale), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(scale, scale)
    _render(widget, painter)
    return image


def _buffer() -> QBuffer:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    return buffer


def _pdf_bytes(widget: QWidget) -> bytes:
    buffer = _buffer()
    writer = QPdfWriter(buffer)
    writer.setResolution(int(SCREEN_DPI))
    points = QSizeF(widget.width() * 72 / SCREEN_DPI, widget.height() * 72 / SCREEN_DPI)
    writer.setPageLayout(
        QPageLayout(QPageSize(points, QPageSize.Unit.Point), QPageLayout.Orientation.Portrait, QMarginsF())
    )
    _render(widget, QPainter(writer))
    del writer  # finishes the document
    return bytes(buffer.data().data())


def _svg_bytes(widget: QWidget) -> bytes:
    from PySide6.QtSvg import QSvgGenerator

    buffer = _buffer()
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(widget.size())
    generator.setViewBox(QRect(QPoint(), widget.size()))
    generator.setResolution(int(SCREEN_DPI))
    _render(widget, QPainter(generator))
    return bytes(buffer.data().data())


__all__ = ["export_widget_chart"]
