"""The on-screen hemicycle: the chart scene drawn with pyqtgraph, one graphics item per seat.

Every seat, legend swatch and text is painted by ``scene_painter`` from the same ``ChartScene`` that
the exports and the printer use, so the screen shows exactly what a PNG, PDF or print will show. The
view keeps the scene's aspect ratio and fits it to the widget; it is vector-drawn, so it stays sharp on
high-DPI screens. Hovering a seat shows its party, tier and member; clicking a seat (or a legend entry)
emits ``partyClicked`` and dims every other party; clicking the paper clears the highlight.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject, QStyleOptionGraphicsItem, QVBoxLayout, QWidget

# isort: split
import pyqtgraph as pg  # imported after PySide6: pyqtgraph uses the Qt binding already loaded

from ..charts.scene import PAPER, ChartScene, LegendEntry, SeatMark, build_scene
from ..charts.text_metrics import text_width as estimated_width
from ..core.model import Election
from ..core.result import AllocationResult
from .chart_labels import translated_chart_labels
from .scene_painter import DIMMED_OPACITY, paint_legend_entry, paint_reference_lines, paint_texts
from .seat_sprites import SeatSprites

SCENE_WIDTH = 720.0  # the same size the exports use, so the layout (legend columns) is identical
SCENE_HEIGHT = 540.0


def _looks(seat: SeatMark) -> tuple:
    """What decides how a seat is drawn."""
    return (seat.x, seat.y, seat.r, seat.style, seat.fill, seat.stroke, seat.stroke_width)


class SeatItem(QGraphicsObject):
    """One seat; its tooltip is the scene's hover text. Qt caches each seat's drawing, so a repaint
    that does not change a seat costs no Python at all."""

    def __init__(self, seat: SeatMark, view: HemicycleView) -> None:
        super().__init__()
        self._view = view
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
        self._view.sprites.draw(painter, self.seat)

    def mouseClickEvent(self, event) -> None:  # pyqtgraph's click protocol
        if event.button() == Qt.MouseButton.LeftButton:
            event.accept()
            self._view.select_party(self.seat.party)

    def hoverEvent(self, event) -> None:  # makes pyqtgraph route clicks here first
        if not event.isExit():
            event.acceptClicks(Qt.MouseButton.LeftButton)


class LegendEntryItem(QGraphicsObject):
    """A legend row (swatch, label, counts); a party's row is clickable like its seats."""

    def __init__(self, entry: LegendEntry, scene: ChartScene, view: HemicycleView) -> None:
        super().__init__()
        self._view = view
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
            self._view.select_party(self.entry.party)


class DecorationItem(QGraphicsObject):
    """Paper, reference lines and free texts of the scene (below the seats and the legend)."""

    def __init__(self, scene: ChartScene, view: HemicycleView) -> None:
        super().__init__()
        self.scene_data = scene
        self._view = view
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
            self._view.select_party(None)


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


class HemicycleView(QWidget):
    """The hemicycle of an allocation result. ``partyClicked`` carries the seat's data-party value
    (a party name, or "Independent", "Pending", "Vacant")."""

    partyClicked = Signal(str)
    highlightCleared = Signal()  # a click on the paper or on the highlighted party again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._graphics = pg.GraphicsView(self, background=PAPER)
        self._graphics.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self._box = pg.ViewBox(lockAspect=True, invertY=True, enableMouse=False, enableMenu=False)
        self._box.setDefaultPadding(0.0)
        self._graphics.setCentralItem(self._box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._graphics)
        self._election: Election | None = None
        self._result: AllocationResult | None = None
        self._order = "ballot"
        self._custom_order: tuple[str, ...] = ()
        self._neutral = "centre"
        self._scene: ChartScene | None = None
        self._seat_items: list[SeatItem] = []
        self._legend_items: list[LegendEntryItem] = []
        self._other_items: list[QGraphicsObject] = []
        self._decoration: DecorationItem | None = None
        self._reference: ReferenceItem | None = None
        self._highlighted: str | None = None
        self.sprites = SeatSprites()

    # ---- data -------------------------------------------------------------------------------
    def set_result(self, election: Election, result: AllocationResult) -> None:
        self._election, self._result = election, result
        self._rebuild()

    def clear(self) -> None:
        self._election = self._result = None
        self._scene = None
        self._highlighted = None
        self._remove_items()

    def set_order(self, order: str, custom_order: Sequence[str] = ()) -> None:
        """Party order: "ballot", "seats" or "custom" (``custom_order`` names parties left to right)."""
        self._order, self._custom_order = order, tuple(custom_order)
        self._rebuild()

    def set_neutral(self, place: str) -> None:
        """Where independent, pending and vacant seats sit: "centre" or "right"."""
        self._neutral = place
        self._rebuild()

    @property
    def chart_scene(self) -> ChartScene | None:
        return self._scene

    def seat_items(self) -> list[SeatItem]:
        return list(self._seat_items)

    def legend_items(self) -> list[LegendEntryItem]:
        return list(self._legend_items)

    @property
    def graphics_view(self) -> pg.GraphicsView:
        return self._graphics

    # ---- highlighting -----------------------------------------------------------------------
    def highlighted_party(self) -> str | None:
        return self._highlighted

    def highlight_party(self, name: str | None) -> None:
        """Dim every seat and legend row except ``name``'s (None: show all at full colour)."""
        present = {item.seat.party for item in self._seat_items}
        self._highlighted = name if name in present else None
        for item in self._seat_items:
            item.setOpacity(self._opacity_for(item.seat.party))
        for item in self._legend_items:
            if item.entry.kind != "key":
                item.setOpacity(self._opacity_for(item.entry.party))

    def select_party(self, name: str | None) -> None:
        """A click: highlight the party and tell listeners; a second click on it clears the highlight."""
        if name is None or name == self._highlighted:
            was_highlighted = self._highlighted is not None
            self.highlight_party(None)
            if was_highlighted:
                self.highlightCleared.emit()
            return
        self.highlight_party(name)
        self.partyClicked.emit(name)

    def _opacity_for(self, party: str) -> float:
        return 1.0 if self._highlighted is None or party == self._highlighted else DIMMED_OPACITY

    # ---- building ---------------------------------------------------------------------------
    def _remove_items(self) -> None:
        for item in (*self._seat_items, *self._legend_items, *self._other_items):
            self._box.removeItem(item)
        self._seat_items, self._legend_items, self._other_items = [], [], []
        self._decoration = self._reference = None

    def _rebuild(self) -> None:
        if self._election is None or self._result is None:
            return
        scene = build_scene(
            self._election,
            self._result,
            order=self._order,
            custom_order=self._custom_order or None,
            neutral=self._neutral,
            labels=translated_chart_labels(),
            width=SCENE_WIDTH,
            height=SCENE_HEIGHT,
        )
        self._scene = scene
        # Items are reused: moving a seat is much cheaper than removing it and adding a new one.
        if self._decoration is None or self._reference is None:
            self._decoration, self._reference = DecorationItem(scene, self), ReferenceItem(scene)
            self._other_items = [self._decoration, self._reference]
            for item in self._other_items:
                self._box.addItem(item, ignoreBounds=True)
        else:
            self._decoration.apply(scene)
            self._reference.apply(scene)
        self._seat_items = self._reuse(
            self._seat_items,
            scene.seats,
            lambda seat: SeatItem(seat, self),
            lambda item, seat: item.apply(seat),
        )
        self._legend_items = self._reuse(
            self._legend_items,
            scene.legend,
            lambda entry: LegendEntryItem(entry, scene, self),
            lambda item, entry: item.apply(entry, scene),
        )
        self._box.setRange(QRectF(0, 0, scene.width, scene.height), padding=0.0)
        self._box.updateMatrix()  # map seats to the screen now, not at the next paint
        self.highlight_party(self._highlighted)

    def _reuse(self, items: list, data: Sequence, make, update) -> list:
        kept = items[: len(data)]
        for item in items[len(data) :]:
            self._box.removeItem(item)
        for item, value in zip(kept, data, strict=False):
            update(item, value)
        for value in data[len(kept) :]:
            item = make(value)
            self._box.addItem(item, ignoreBounds=True)
            kept.append(item)
        return kept

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._rebuild()


__all__ = ["DecorationItem", "HemicycleView", "LegendEntryItem", "ReferenceItem", "SeatItem"]
