"""Export the seat chart as SVG, PNG or PDF: the same scene the window shows and the printer prints.

SVG comes from the Qt-free writer in ``charts.svg``; PNG and PDF paint the scene with
``scene_painter``. Works without a window: when no Qt application exists (the command line), an
offscreen QGuiApplication is created for fonts and painting.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

from ... import __version__
from ...charts.chart_plan import plan_chart
from ...charts.options import ChartOptions
from ...charts.scene import ChartLabels, ChartScene
from ...charts.scene_layout import build_scene
from ...charts.svg import scene_to_svg
from ...core.model import Election
from ...core.result import AllocationResult
from ...fileio.output_origin import GENERATOR, PNG_KEY
from ...fileio.safe_output import write_bytes_atomically
from .chart_labels import translated_chart_labels
from .scene_painter import paint_scene

FORMATS = (".svg", ".png", ".pdf")
DEFAULT_WIDTH = 720.0  # points: 10 inches, the chart's natural size
DEFAULT_HEIGHT = 540.0
PDF_RESOLUTION = 1200
MAX_PIXELS = 400_000_000  # refuse a raster larger than about 20 000 x 20 000

_offscreen_app: QGuiApplication | None = None


def ensure_gui_application() -> QCoreApplication:
    """The running Qt application, or a new offscreen QGuiApplication (fonts need one)."""
    global _offscreen_app
    app = QCoreApplication.instance()
    if app is not None:
        return app
    argv = ["kzseats"]
    if not os.environ.get("QT_QPA_PLATFORM"):
        argv += ["-platform", "offscreen"]  # the command line may run without any display
    _offscreen_app = QGuiApplication(argv)
    return _offscreen_app


class ExportError(Exception):
    """The chart could not be written (unknown format, bad size, file not writable)."""


def chart_scene(
    election: Election,
    result: AllocationResult,
    *,
    options: ChartOptions | None = None,
    labels: ChartLabels | None = None,
    transparent: bool = False,
    width: float = DEFAULT_WIDTH,
    height: float = DEFAULT_HEIGHT,
) -> ChartScene:
    """The scene every export draws (translated labels unless ``labels`` are given)."""
    return build_scene(
        plan_chart(election, result, options),
        labels=labels if labels is not None else translated_chart_labels(),
        width=width,
        height=height,
        transparent=transparent,
    )


def scene_image(scene: ChartScene, dpi: float, *, transparent: bool = False) -> QImage:
    """The scene as an ARGB image at ``dpi`` (scene units are points: 1/72 inch)."""
    width = max(1, round(scene.width * dpi / 72))
    height = max(1, round(scene.height * dpi / 72))
    if width * height > MAX_PIXELS:
        message = QCoreApplication.translate("charts", "{dpi} dpi gives an image too large to write.")
        raise ExportError(message.format(dpi=dpi))
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(QColor(0, 0, 0, 0) if transparent or scene.background is None else QColor(scene.background))
    painter = QPainter(image)
    try:
        paint_scene(painter, scene, QRectF(0, 0, width, height), background=not transparent)
    finally:
        painter.end()
    return image


def scene_pdf_bytes(scene: ChartScene, *, title: str = "") -> bytes:
    """One PDF page exactly the scene's size, drawn as vectors."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setCreator(f"kzseats {__version__}")
    writer.setTitle(title or scene.title)
    page = QPageSize(
        QSizeF(scene.width, scene.height), QPageSize.Unit.Point, "chart", QPageSize.SizeMatchPolicy.ExactMatch
    )
    writer.setPageLayout(QPageLayout(page, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    painter = QPainter()
    if not painter.begin(writer):
        raise ExportError(QCoreApplication.translate("charts", "The chart could not be drawn."))
    try:
        paint_scene(painter, scene, QRectF(0, 0, writer.width(), writer.height()))
    finally:
        painter.end()  # writes the whole PDF into the buffer
    return bytes(buffer.data().data())


def write_scene_pdf(scene: ChartScene, path: str | os.PathLike[str], *, title: str = "") -> None:
    """The scene as a one-page PDF at ``path``, complete or not at all."""
    write_bytes_atomically(path, scene_pdf_bytes(scene, title=title))


def image_png_bytes(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.setText(PNG_KEY, GENERATOR)  # fileio.output_origin: an output that may be written again
    if not image.save(buffer, "PNG"):
        raise ExportError(QCoreApplication.translate("charts", "The chart could not be drawn."))
    return bytes(buffer.data().data())


def export_chart(
    election: Election,
    result: AllocationResult,
    path: str | os.PathLike[str],
    *,
    dpi: float = 150,
    transparent: bool = False,
    options: ChartOptions | None = None,
    labels: ChartLabels | None = None,
    inputs: Iterable[str | os.PathLike[str]] = (),
) -> None:
    """Write the hemicycle with its legend to ``path``; the format follows the suffix (.svg/.png/.pdf).

    ``dpi`` sets the PNG resolution; ``transparent`` leaves the PNG (and SVG) background clear.
    The file appears complete or not at all, never over one of ``inputs`` (raises OutputError)."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in FORMATS:
        message = QCoreApplication.translate(
            "charts", "Unknown chart format {suffix}: use .svg, .png or .pdf."
        )
        raise ExportError(message.format(suffix=target.suffix or "''"))
    if suffix == ".png" and not dpi > 0:
        raise ExportError(QCoreApplication.translate("charts", "The resolution must be above 0 dpi."))
    ensure_gui_application()
    scene = chart_scene(
        election,
        result,
        options=options,
        labels=labels,
        transparent=transparent and suffix != ".pdf",
    )
    if suffix == ".svg":
        data = scene_to_svg(scene).encode("utf-8")
    elif suffix == ".png":
        data = image_png_bytes(scene_image(scene, dpi, transparent=transparent))
    else:
        data = scene_pdf_bytes(scene)
    write_bytes_atomically(target, data, inputs=inputs)


__all__ = [
    "ExportError",
    "FORMATS",
    "chart_scene",
    "ensure_gui_application",
    "export_chart",
    "scene_image",
    "write_scene_pdf",
]
