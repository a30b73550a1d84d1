"""What the breakdown charts share: titles that wrap, rows that scroll, labels that fit, lazy drawing.

A chart is a pyqtgraph plot with one row per party. Titles are Qt labels above the plot, so they wrap
instead of widening it; each row gets at least ``ROW_PIXELS``, and when the rows do not fit the plot
scrolls. Party names on the left are cut with an ellipsis to a share of the width (hovering a row shows
it whole), and the value labels beside the bars always get the pixels they need: the x range is chosen
from the plot's width in pixels, not as a fixed multiple of the largest bar.

Drawing is the costly part, so ``set_result`` only reads the rows; the bars are drawn when the chart is
shown (at once when it already is).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QCursor, QFont, QFontMetrics, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

# isort: split
import pyqtgraph as pg  # imported after PySide6: pyqtgraph uses the Qt binding already loaded

from ...core.model import Election
from ...core.result import AllocationResult

HIGHLIGHT_COLOR = "#FFF3B0"
TEXT_COLOR = "#1A1A1A"
AXIS_COLOR = "#9E9E9E"
ROW_PIXELS = 22  # a row is never squeezed below this; more rows than fit scroll
CHROME_PIXELS = 48  # the bottom axis and margins around the plot
LABEL_SHARE = 0.3  # party names take at most this share of the chart's width ...
LABEL_MAX = 220  # ... and never more than this (px)
LABEL_GAP = 6  # px between a bar and its value label
TICK_GAP = 8  # px at least between two tick labels of the bottom axis
MAX_TITLE_LINES = 3  # titles side by side wrap to at most this many lines, else they stack


def make_plot(layout: pg.GraphicsLayoutWidget, row: int, col: int) -> pg.PlotItem:
    plot = layout.addPlot(row=row, col=col)
    plot.hideButtons()
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(x=False, y=False)
    plot.invertY(True)
    plot.showGrid(x=True, y=False, alpha=0.25)
    for name in ("left", "bottom"):
        plot.getAxis(name).setTextPen(TEXT_COLOR)
        plot.getAxis(name).setPen(AXIS_COLOR)
    return plot


def axis_font(plot: pg.PlotItem) -> QFont:
    return plot.getAxis("left").style.get("tickFont") or QFont()


def set_row_labels(plot: pg.PlotItem, labels: Sequence[str], budget: int) -> None:
    """Party names as ticks of the left axis, cut with an ellipsis to ``budget`` pixels."""
    axis = plot.getAxis("left")
    metrics = QFontMetrics(axis_font(plot))
    shown = [metrics.elidedText(label, Qt.TextElideMode.ElideRight, budget) for label in labels]
    axis.setTicks([[(float(i), text) for i, text in enumerate(shown)]])
    widest = max((metrics.horizontalAdvance(text) for text in shown), default=0)
    width = widest + 18
    if round(axis.width()) != width:
        axis.setWidth(width)


def text_pixels(items: Sequence[pg.TextItem]) -> int:
    """Widest of the labels as drawn (text and the margins around it), in pixels."""
    return max((round(item.textItem.boundingRect().width()) for item in items if item.isVisible()), default=0)


def text_margins(item: pg.TextItem) -> int:
    """Pixels a label adds around its text."""
    return round(2 * item.textItem.document().documentMargin())


def nice_ticks(
    right: float, pixels: float, text_width, steps=None, upto: float | None = None
) -> list[tuple[float, str]]:
    """Ticks from 0 to ``right`` (data units; no further than ``upto``) on an axis ``pixels`` wide,
    spaced so that no two labels touch: the smallest step of 1, 2, 5 × 10^k (or of ``steps``) whose
    labels, measured with ``text_width``, each have room. pyqtgraph draws its first tick level however
    crowded it is, so the charts choose their ticks themselves."""
    if right <= 0 or pixels <= 0:
        return [(0.0, "0")]
    if steps is None:
        steps = [m * 10**k for k in range(7) for m in (1, 2, 5)]
    ticks: list[tuple[float, str]] = [(0.0, "0")]
    for step in steps:
        count = int(min(right, upto if upto is not None else right) / step + 1e-9)
        ticks = [(step * i, f"{step * i:g}") for i in range(count + 1)]
        room = pixels * step / right
        widest = max(text_width(text) for _, text in ticks)
        if room >= widest + TICK_GAP or step == steps[-1]:
            break
    return ticks


def fit_bottom_ticks(plot: pg.PlotItem, steps=None, upto: float | None = None) -> None:
    """Bottom-axis ticks for the plot's current x range and width, never running into each other."""
    axis = plot.getAxis("bottom")
    metrics = QFontMetrics(axis.style.get("tickFont") or QFont())
    right = plot.getViewBox().viewRange()[0][1]
    ticks = nice_ticks(right, plot.getViewBox().width(), metrics.horizontalAdvance, steps, upto)
    axis.setTicks([ticks])


def fit_x_range(plot: pg.PlotItem, largest: float, label_pixels: int, least_share: float = 0.4) -> float:
    """Set the x range so that a bar of ``largest`` plus a label of ``label_pixels`` fits the plot;
    bars keep at least ``least_share`` of the width. Returns the data width of ``LABEL_GAP`` pixels."""
    pixels = max(1.0, plot.getViewBox().width())
    bars = max(pixels - label_pixels - 2 * LABEL_GAP, pixels * least_share)
    right = max(largest, 1e-9) * pixels / bars
    plot.setXRange(0, right, padding=0)
    return LABEL_GAP * right / pixels


class BreakdownChart(QWidget):
    """Shared plumbing: titles, scrolling rows, row highlighting, clicks and hover on a row."""

    partyClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._graphics = pg.GraphicsLayoutWidget()
        self._graphics.setBackground("w")
        self._graphics.ci.setContentsMargins(6, 6, 12, 6)
        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setWidget(self._graphics)
        self._titles = QHBoxLayout()
        self._titles.setContentsMargins(8, 4, 8, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(self._titles)
        layout.addWidget(self._scroll, 1)
        self._result: tuple[Election, AllocationResult] | None = None
        self._drawn = False  # the graphics show the current rows
        self._parties: list[str] = []
        self._highlight_items: list[pg.LinearRegionItem] = []
        self._highlighted: str | None = None
        self._hovered: int | None = None
        self._plots: list[pg.PlotItem] = []
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit)
        self._graphics.scene().sigMouseClicked.connect(self._on_scene_clicked)
        self._graphics.scene().sigMouseMoved.connect(self._on_mouse_moved)

    def _add_title(self, stretch: int = 1) -> QLabel:
        title = QLabel(self)
        title.setWordWrap(True)
        title.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self._titles.addWidget(title, stretch)
        return title

    def _add_plot(self, col: int) -> pg.PlotItem:
        plot = make_plot(self._graphics, 0, col)
        plot.getViewBox().sigResized.connect(self._fit_timer.start)
        self._plots.append(plot)
        return plot

    @property
    def graphics(self) -> pg.GraphicsLayoutWidget:
        return self._graphics

    # ---- result -----------------------------------------------------------------------------
    def set_result(self, election: Election, result: AllocationResult) -> None:
        """Read the rows now; draw them now if the chart is shown, else when it is first shown."""
        keep = self._highlighted
        self._result = (election, result)
        self._parties = self._read_rows(election, result)
        self._drawn = False
        self._highlighted = keep if keep in self._parties else None
        if self.isVisible():
            self.draw()

    def clear(self) -> None:
        self._result = None
        self._parties = []
        self._drawn = False
        self._highlight_items = []
        self._clear_rows()
        for plot in self._plots:
            plot.clear()

    def is_drawn(self) -> bool:
        """True when the graphics show the current result (charts on hidden tabs wait)."""
        return self._drawn

    def draw(self) -> None:
        """Draw the current rows (done by ``set_result`` or the first show; tests and prints call it)."""
        if self._result is None or self._drawn:
            return
        for plot in self._plots:
            plot.clear()
        self._highlight_items = []
        self._draw_rows()
        self._drawn = True
        self._graphics.setMinimumHeight(self._graphics_height(max(2, len(self._parties))))
        self._show_highlight()
        self._fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.draw()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.arrange_titles()
        self._fit_timer.start()

    def arrange_titles(self) -> None:
        """Titles side by side while each has room for its longest word in at most three lines;
        otherwise one above the other (long Kazakh titles never run into each other)."""
        titles = [self._titles.itemAt(i).widget() for i in range(self._titles.count())]
        titles = [t for t in titles if t is not None and not t.isHidden()]
        if len(titles) < 2:
            return
        margins = self._titles.contentsMargins()
        room = self.width() - margins.left() - margins.right() - self._titles.spacing() * (len(titles) - 1)
        weights = [max(1, self._titles.stretch(self._titles.indexOf(t))) for t in titles]
        side_by_side = True
        for title, weight in zip(titles, weights, strict=True):
            share = room * weight / sum(weights) - 4
            metrics = title.fontMetrics()
            longest = max((metrics.horizontalAdvance(w) for w in title.text().split()), default=0)
            lines = metrics.horizontalAdvance(title.text()) / max(1.0, share)
            if longest > share or lines > MAX_TITLE_LINES:
                side_by_side = False
        direction = QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        if self._titles.direction() != direction:
            self._titles.setDirection(direction)

    # ---- for the charts ---------------------------------------------------------------------
    def _read_rows(self, election: Election, result: AllocationResult) -> list[str]:  # overridden
        """Keep the rows of ``result``; return each row's data-party value."""
        return []

    def _clear_rows(self) -> None:  # overridden
        pass

    def _draw_rows(self) -> None:  # overridden
        pass

    def _fit(self) -> None:  # overridden: labels and x ranges for the current width
        pass

    def _row_tooltip(self, index: int) -> str:  # overridden
        return self._parties[index]

    def _graphics_height(self, rows: int) -> int:  # overridden where plots stack
        """The least height of the plots for ``rows`` rows."""
        return rows * ROW_PIXELS + CHROME_PIXELS

    def _label_budget(self) -> int:
        return max(60, min(LABEL_MAX, int(self.width() * LABEL_SHARE)))

    # ---- highlighting -----------------------------------------------------------------------
    def highlighted_party(self) -> str | None:
        return self._highlighted

    def highlight_party(self, name: str | None) -> None:
        self._highlighted = name if name in self._parties else None
        if self._drawn:
            self._show_highlight()

    def _show_highlight(self) -> None:
        for item in self._highlight_items:
            view = item.getViewBox()
            if view is not None:
                view.removeItem(item)
        self._highlight_items = []
        if self._highlighted is None:
            return
        index = self._parties.index(self._highlighted)
        for plot in self._plots:
            band = pg.LinearRegionItem(
                values=(index - 0.5, index + 0.5),
                orientation="horizontal",
                movable=False,
                brush=pg.mkBrush(HIGHLIGHT_COLOR),
                pen=pg.mkPen(None),
            )
            band.setZValue(-20)
            plot.addItem(band, ignoreBounds=True)
            self._highlight_items.append(band)

    # ---- mouse ------------------------------------------------------------------------------
    def _row_at(self, scene_pos: QPointF) -> int | None:
        for plot in self._plots:
            if plot.sceneBoundingRect().contains(scene_pos):
                point = plot.getViewBox().mapSceneToView(scene_pos)
                index = round(point.y())
                return index if 0 <= index < len(self._parties) else None
        return None

    def _on_scene_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        index = self._row_at(event.scenePos())
        if index is not None:
            self.partyClicked.emit(self._parties[index])

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        index = self._row_at(scene_pos) if self._drawn else None
        if index == self._hovered:
            return
        self._hovered = index
        if index is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(QCursor.pos(), self._row_tooltip(index), self._graphics)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.arrange_titles()

    def retranslate(self) -> None:  # overridden
        pass


__all__ = [
    "AXIS_COLOR",
    "BreakdownChart",
    "HIGHLIGHT_COLOR",
    "TEXT_COLOR",
    "axis_font",
    "fit_bottom_ticks",
    "fit_x_range",
    "make_plot",
    "set_row_labels",
    "text_margins",
    "text_pixels",
]
