"""Seat drawings kept as pixmaps for the screen: each distinct look is painted once and then copied."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap

from ...charts.scene import SeatMark
from ..paper.scene_painter import paint_seat


class SeatSprites:
    """Seats drawn once per look (style, colours, size, zoom) into a pixmap at device resolution and
    then copied: a chamber has a handful of distinct looks, and copying is far cheaper than painting
    antialiased rings. The pixmaps are rendered by ``paint_seat``, so they look exactly like the export."""

    LIMIT = 512

    def __init__(self) -> None:
        self._pixmaps: dict[tuple, QPixmap] = {}

    def draw(self, painter: QPainter, seat: SeatMark) -> None:
        transform = painter.worldTransform()
        scale = math.hypot(transform.m11(), transform.m12())
        ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        if scale <= 0 or transform.isRotating():
            paint_seat(painter, seat)
            return
        pixels = scale * ratio  # device pixels per scene unit
        key = (
            seat.style,
            seat.fill,
            seat.stroke,
            round(seat.stroke_width, 3),
            round(seat.r, 3),
            round(pixels, 3),
            seat.by_lot,
            seat.pattern,
        )
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            pixmap = self._render(seat, pixels, ratio)
            if len(self._pixmaps) >= self.LIMIT:
                self._pixmaps.clear()
            self._pixmaps[key] = pixmap
        centre = transform.map(QPointF(seat.x, seat.y))
        half = pixmap.width() / ratio / 2
        painter.save()
        painter.resetTransform()
        # snap to whole device pixels so that the copy is not resampled (stays sharp)
        left = round((centre.x() - half) * ratio) / ratio
        top = round((centre.y() - half) * ratio) / ratio
        painter.drawPixmap(QPointF(left, top), pixmap)
        painter.restore()

    @staticmethod
    def _render(seat: SeatMark, pixels: float, ratio: float) -> QPixmap:
        extent = seat.r + seat.stroke_width + 1 / pixels  # scene units from the centre to the edge
        size = max(2, math.ceil(2 * extent * pixels))
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(size / 2, size / 2)
        painter.scale(pixels, pixels)
        painter.translate(-seat.x, -seat.y)
        paint_seat(painter, seat)
        painter.end()
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        return pixmap


__all__ = ["SeatSprites"]
