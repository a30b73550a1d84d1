"""The graphics items of the on-screen hemicycle: seats, printable legend rows, paper and texts, and the
reference lines. Each paints with ``scene_painter`` from the shared ``ChartScene``; a click calls the
``on_click`` it was given with the party (None: the paper, to clear the selection). Items know the
sprites they draw with and that callback, never the view that holds them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject, QStyleOptionGraphicsItem

from ...charts.scene import PAPER, ChartScene, LegendEntry, SeatMark
from ...charts.text_metrics import text_width as estimated_width
from ..paper.scene_painter import paint_legend_entry, paint_reference_lines, paint_texts
from .seat_sprites import SeatSprites

OnClick = Callable[[str | None], None]  # the party clicked, None for the paper


def _looks(seat: SeatMark) -> tuple:
    """What decides how a seat is drawn."""
    return (seat.x, seat.y, seat.r, seat.style, seat.fill, seat.stroke, seat.stroke_width, seat.by_lot,
            seat.pattern)


class SeatItem(QGraphicsObject):
    """One seat; its tooltip is the scene's hover text. Qt caches each seat's drawing, so a repaint
    that does not change a seat costs no Python at all."""

    def __init__(self, seat: SeatMark, sprites: SeatSprites, on_click: OnClick) -> None:
        super().__init__()
        self._sprites = sprites
        self._on_click = on_click
        self.setAcceptHoverEvents(True)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.apply(seat)

    def apply(self, seat: SeatMark) -> None:
        """Show ``seat`` (items are reused when the result changes)."""
        previous = getattr(self, "seat", None)
        self.seat = seat
        if previous is not None and _looks(previous) == _looks(seat):
            if previous.hover != seat.hover:
                self.setToolTip(seat.hover)
            return  # same place and look: Qt keeps the cached drawing
        self.prepareGeometryChange()
        margin = seat.stroke_width + 1
        self._bounds = QRectF(
            seat.x - seat.r - margin, seat.y - seat.r - margin, 2 * (seat.r + margin), 2 * (seat.r + margin)
        )
        self.setToolTip(seat.hover)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(
            QRectF(self.seat.x - self.seat.r, self.seat.y - self.seat.r, 2 * self.seat.r, 2 * self.seat.r)
        )
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: object = None) -> None:
        self._sprites.draw(painter, self.seat)

    def mouseClickEvent(self, event) -> None:  # pyqtgraph's click protocol
        if event.button() == Qt.MouseButton.LeftButton:
            event.accept()
            self._on_click(self.seat.party)

    def hoverEvent(self, event) -> None:  # makes pyqtgraph route clicks here first
        if not event.isExit():
            event.acceptClicks(Qt.MouseButton.LeftButton)


class LegendEntryItem(QGraphicsObject):
    """A legend row (swatch, label, counts); a party's row is clickable like its seats."""

    def __init__(self, entry: LegendEntry, scene: ChartScene, on_click: OnClick) -> None:
        super().__init__()
        self._on_click = on_click
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.apply(entry, scene)

    def apply(self, entry: LegendEntry, scene: ChartScene) -> None:
        if getattr(self, "entry", None) == entry and self._family == scene.font_family:
            return
        self.prepareGeometryChange()
        self.entry = entry
        self._family = scene.font_family
        texts = [entry.label_item] + ([entry.count_item] if entry.count_item else [])
        left = entry.x - entry.swatch_r - entry.stroke_width
        right = entry.x + entry.swatch_r + entry.stroke_width
        top = entry.y - entry.swatch_r - entry.stroke_width
        bottom = entry.y + entry.swatch_r + entry.stroke_width
        for item in texts:
            # the layout's own (generous) width estimate: enough for a bounding box
            width = estimated_width(item.text, item.size, bold=item.bold) * 1.1 + 2
            shift = {"end": width, "middle": width / 2}.get(item.anchor.value, 0.0)
            left, right = min(left, item.x - shift), max(right, item.x - shift + width)
            top, bottom = min(top, item.y - item.size), max(bottom, item.y + item.size * 0.3)
        self._bounds = QRectF(left, top, right - left, bottom - top).adjusted(-1, -1, 1, 1)
        self.setToolTip(entry.label if entry.kind != "key" else "")
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: object = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        paint_legend_entry(painter, self.entry, self._family)

    def mouseClickEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.entry.kind != "key":
            event.accept()
            self._on_click(self.entry.party)


class DecorationItem(QGraphicsObject):
    """Paper, reference lines and free texts of the scene (below the seats and the legend)."""

    def __init__(self, scene: ChartScene, on_click: OnClick) -> None:
        super().__init__()
        self.scene_data = scene
        self._on_click = on_click
        self.setZValue(-10)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def apply(self, scene: ChartScene) -> None:
        old = self.scene_data
        self.scene_data = scene
        if (old.width, old.height, old.background, old.texts) != (
            scene.width,
            scene.height,
            scene.background,
            scene.texts,
        ):
            self.prepareGeometryChange()
            self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.scene_data.width, self.scene_data.height)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: object = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.boundingRect(), QColor(self.scene_data.background or PAPER))
        paint_texts(painter, self.scene_data)

    def mouseClickEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            event.accept()
            self._on_click(None)


class ReferenceItem(QGraphicsObject):
    """Majority and two-thirds lines, drawn above the seats as in the exports."""

    def __init__(self, scene: ChartScene) -> None:
        super().__init__()
        self.scene_data = scene
        self.setZValue(10)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def apply(self, scene: ChartScene) -> None:
        old = self.scene_data
        self.scene_data = scene
        if (old.width, old.height, old.reference_lines) != (scene.width, scene.height, scene.reference_lines):
            self.prepareGeometryChange()
            self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.scene_data.width, self.scene_data.height)

    def shape(self) -> QPainterPath:
        return QPainterPath()  # never in the way of a click on a seat

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: object = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        paint_reference_lines(painter, self.scene_data)


__all__ = ["DecorationItem", "LegendEntryItem", "ReferenceItem", "SeatItem"]
