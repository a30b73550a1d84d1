"""The on-screen hemicycle: the chart scene drawn with pyqtgraph, one graphics item per seat.

Every seat and text is painted by ``scene_painter`` from the same ``ChartScene`` that the exports and
the printer use, so the seats look exactly as in a PNG, PDF or print. On screen the scene leaves out the
title, date and source (the summary shows them) and its legend: the legend is a list beside or below
the chart (``HemicycleLegend``), in the screen's own font and scrolled when long, so the hemicycle keeps
its size however many parties there are. ``printable=True`` shows the whole printable scene instead.

The view keeps the scene's aspect ratio and fits it to the widget; it is vector-drawn, so it stays sharp
on high-DPI screens. Hovering a seat shows its party, tier and member; clicking a seat (or a legend
entry) emits ``partyClicked`` and dims every other party; clicking the paper clears the highlight.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QRectF, QSize, QTimer, Signal
from PySide6.QtGui import QPainter, QResizeEvent
from PySide6.QtWidgets import QGraphicsObject, QWidget

# isort: split
import pyqtgraph as pg  # imported after PySide6: pyqtgraph uses the Qt binding already loaded

from ...charts.chart_plan import ChartPlan, plan_chart
from ...charts.legend_layout import legend_items
from ...charts.options import ChartOptions
from ...charts.scene import PAPER, ChartScene, SeatStyle
from ...charts.scene_layout import build_scene
from ...core.model import Election
from ...core.result import AllocationResult
from ..paper.chart_labels import translated_chart_labels
from ..paper.scene_painter import DIMMED_OPACITY
from .hemicycle_items import DecorationItem, LegendEntryItem, ReferenceItem, SeatItem
from .hemicycle_legend import HemicycleLegend
from .seat_sprites import SeatSprites

SCENE_WIDTH = 720.0  # the printable view uses the size of the exports, so its legend columns match
SCENE_HEIGHT = 540.0
LEGEND_SHARE = 0.45  # the on-screen legend takes at most this share of the height (below) or width (beside)
SCROLLING_LEGEND_SHARE = 0.3  # ... and of the height only this when it has to scroll anyway
LEGEND_GAP = 4  # px between the chart and its legend
# On screen the scene is laid out at the size it is shown (in points), so its texts keep their sizes.
SCREEN_SCENE_WIDTHS = (240.0, 1100.0)
SCREEN_ASPECT = 0.58  # height / width of the on-screen scene before the first one is built
RELAYOUT_MS = 120  # after a resize, lay the scene out again once the size has settled


class HemicycleView(QWidget):
    """The hemicycle of an allocation result. ``partyClicked`` carries the seat's data-party value
    (a party name, or "Independent", "Pending", "Vacant")."""

    partyClicked = Signal(str)
    highlightCleared = Signal()  # a click on the paper or on the highlighted party again

    def __init__(self, parent: QWidget | None = None, *, printable: bool = False) -> None:
        super().__init__(parent)
        self._printable = printable
        self._graphics = pg.GraphicsView(self, background=PAPER)
        self._graphics.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self._box = pg.ViewBox(lockAspect=True, invertY=True, enableMouse=False, enableMenu=False)
        self._box.setDefaultPadding(0.0)
        self._graphics.setCentralItem(self._box)
        self._legend = HemicycleLegend(self)
        self._legend.setVisible(False)
        self._legend.partyActivated.connect(self.select_party)
        self._chart_width = 0  # px the chart is shown at
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(RELAYOUT_MS)
        self._relayout.timeout.connect(self._relayout_if_resized)
        self.setMinimumSize(160, 120)
        self._election: Election | None = None
        self._result: AllocationResult | None = None
        self._options = ChartOptions()
        self._plan: ChartPlan | None = None  # the chart of the result, planned once per result and options
        self._scene: ChartScene | None = None
        self._seat_items: list[SeatItem] = []
        self._legend_items: list[LegendEntryItem] = []
        self._other_items: list[QGraphicsObject] = []
        self._spare_seats: list[SeatItem] = []  # hidden by ``clear``, shown again by the next result
        self._spare_legend: list[LegendEntryItem] = []
        self._decoration: DecorationItem | None = None
        self._reference: ReferenceItem | None = None
        self._highlighted: str | None = None
        self.sprites = SeatSprites()

    # ---- data -------------------------------------------------------------------------------
    def set_result(self, election: Election, result: AllocationResult) -> None:
        self._election, self._result = election, result
        self._plan = None
        self._rebuild()

    def clear(self) -> None:
        self._election = self._result = None
        self._plan = None
        self._scene = None
        self._highlighted = None
        self._park_items()

    def set_order(self, order: str, custom_order: Sequence[str] = ()) -> None:
        """Party order: "ballot", "seats" or "custom" (``custom_order`` names parties left to right)."""
        self._options = ChartOptions(order, tuple(custom_order), self._options.neutral)
        self._plan = None
        self._rebuild()

    def set_neutral(self, place: str) -> None:
        """Where independent, pending and vacant seats sit: "centre" or "right"."""
        self._options = ChartOptions(self._options.order, self._options.custom_order, place)
        self._plan = None
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

    @property
    def legend(self) -> HemicycleLegend:
        """The on-screen legend (empty and hidden when the view shows the printable scene)."""
        return self._legend

    def legend_beside(self) -> bool:
        """True when the legend sits to the right of the chart, False when below it."""
        return self._legend.isVisible() and self._legend.x() > 0

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
        self._legend.highlight(self._highlighted)

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
    def _park_items(self) -> None:
        """Hide the items and keep them for the next result: making them again costs far more."""
        for item in (*self._seat_items, *self._legend_items, *self._other_items):
            item.hide()
        self._spare_seats.extend(self._seat_items)
        self._spare_legend.extend(self._legend_items)
        self._seat_items, self._legend_items = [], []
        self._legend.set_entries([])
        self._arrange()

    def _rebuild(self) -> None:
        if self._election is None or self._result is None:
            return
        if self._plan is None:
            self._plan = plan_chart(self._election, self._result, self._options)
        labels = translated_chart_labels()
        on_screen = not self._printable
        if on_screen:
            self._legend.set_entries(legend_items(self._plan, labels, SeatStyle.OUTLINED))
            self._arrange()  # the legend's room decides how wide the chart is shown
        scene = build_scene(
            self._plan,
            labels=labels,
            width=self._screen_scene_width() if on_screen else SCENE_WIDTH,
            height=None if on_screen else SCENE_HEIGHT,
            include_title=not on_screen,
            include_legend=not on_screen,
            include_source=not on_screen,
        )
        self._scene = scene
        # Items are reused: moving a seat is much cheaper than removing it and adding a new one.
        if self._decoration is None or self._reference is None:
            self._decoration, self._reference = DecorationItem(scene, self.select_party), ReferenceItem(scene)
            self._other_items = [self._decoration, self._reference]
            for item in self._other_items:
                self._box.addItem(item, ignoreBounds=True)
        else:
            self._decoration.apply(scene)
            self._reference.apply(scene)
            for item in self._other_items:
                item.show()
        self._seat_items = self._reuse(
            self._seat_items,
            self._spare_seats,
            scene.seats,
            lambda seat: SeatItem(seat, self.sprites, self.select_party),
            lambda item, seat: item.apply(seat),
        )
        self._legend_items = self._reuse(
            self._legend_items,
            self._spare_legend,
            scene.legend,
            lambda entry: LegendEntryItem(entry, scene, self.select_party),
            lambda item, entry: item.apply(entry, scene),
        )
        self._arrange()
        self._box.setRange(QRectF(0, 0, scene.width, scene.height), padding=0.0)
        self._box.updateMatrix()  # map seats to the screen now, not at the next paint
        self.highlight_party(self._highlighted)

    # ---- arranging chart and legend ---------------------------------------------------------
    def sizeHint(self) -> QSize:
        # modest: a panel that scrolls gives its content the preferred height, and the view grows
        # into whatever room it gets anyway
        return QSize(360, 240)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()
        if self._scene is not None and not self._printable:
            self._relayout.start()

    def _arrange(self) -> None:
        """The chart as large as it can be, with the legend below it or (if that leaves the chart
        larger) beside it; a legend that does not fit scrolls."""
        width, height = self.width(), self.height()
        scene, legend = self._scene, self._legend
        aspect = scene.height / scene.width if scene is not None else SCREEN_ASPECT
        if self._printable or legend.count() == 0:
            legend.setVisible(False)
            self._graphics.setGeometry(0, 0, width, height)
            self._chart_width = int(min(width, height / aspect))
            return
        below = legend.height_for_width(width)
        if below > height * LEGEND_SHARE:  # it scrolls anyway: the chart keeps more of the height
            below = int(height * SCROLLING_LEGEND_SHARE)
        chart_below = max(1.0, min(width, (height - below - LEGEND_GAP) / aspect))
        beside = min(legend.natural_width(), int(width * LEGEND_SHARE))
        chart_beside = max(1.0, min(width - beside - LEGEND_GAP, height / aspect))
        if chart_beside > chart_below * 1.05:
            self._graphics.setGeometry(0, 0, width - beside - LEGEND_GAP, height)
            legend.setGeometry(width - beside, 0, beside, height)
            self._chart_width = int(chart_beside)
        else:
            chart_height = max(1, min(height - below - LEGEND_GAP, math.ceil(chart_below * aspect)))
            self._graphics.setGeometry(0, 0, width, chart_height)
            top = chart_height + LEGEND_GAP
            legend.setGeometry(0, top, width, max(0, height - top))
            self._chart_width = int(chart_below)
        legend.setVisible(True)

    def _screen_scene_width(self) -> float:
        """The chart's width on screen in points, so that a text of 9 points is 9 points tall."""
        if not self._chart_width:
            self._arrange()
        dpi = self.logicalDpiX() or 96
        low, high = SCREEN_SCENE_WIDTHS
        return max(low, min(high, self._chart_width * 72.0 / dpi))

    def is_settling(self) -> bool:
        """True while a resize waits to lay the scene out again (what is shown is about to change)."""
        return self._relayout.isActive()

    def _relayout_if_resized(self) -> None:
        scene = self._scene
        if scene is None:
            return
        wanted = self._screen_scene_width()
        if abs(wanted - scene.width) > 0.03 * scene.width:
            self._rebuild()

    def _reuse(self, items: list, spare: list, data: Sequence, make, update) -> list:
        """Items for ``data``: the shown ones first, then parked ones, then new ones; extras go."""
        kept = items[: len(data)]
        for item in items[len(data) :]:
            self._box.removeItem(item)
        while spare and len(kept) < len(data):
            item = spare.pop()
            item.show()
            kept.append(item)
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
