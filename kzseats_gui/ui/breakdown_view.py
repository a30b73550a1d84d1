"""Breakdown charts: seats by tier with vote vs seat share, and the 30 % quota fill per party.

Drawn with pyqtgraph. Rows are ``breakdown_data`` rows, so tests and the report see the same numbers.
District seats are hatched and list seats solid (as in the hemicycle), so the tiers read in greyscale.
A quota shortfall is a red segment from the filled count to the required count plus a red cross.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QVBoxLayout, QWidget

# isort: split
import pyqtgraph as pg  # imported after PySide6: pyqtgraph uses the Qt binding already loaded

from ..charts.palette import mix, outline_for
from ..core.model import Election
from ..core.result import AllocationResult
from .breakdown_data import QuotaRow, TierRow, quota_rows, tier_rows
from .formatting import percent_text

SHORTFALL_COLOR = "#D32F2F"
MET_COLOR = "#2E7D32"
REQUIRED_COLOR = "#1A1A1A"
HIGHLIGHT_COLOR = "#FFF3B0"
TEXT_COLOR = "#1A1A1A"
AXIS_COLOR = "#9E9E9E"
BAR_HEIGHT = 0.62
PAIR_HEIGHT = 0.34


def _plot(layout: pg.GraphicsLayoutWidget, row: int, col: int) -> pg.PlotItem:
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


def _set_row_labels(plot: pg.PlotItem, labels: list[str]) -> None:
    """Party names as ticks of the left axis, wide enough that none is dropped."""
    axis = plot.getAxis("left")
    axis.setTicks([[(float(i), label) for i, label in enumerate(labels)]])
    metrics = QFontMetrics(axis.style.get("tickFont") or QFont())
    widest = max((metrics.horizontalAdvance(label) for label in labels), default=0)
    axis.setWidth(min(widest + 18, 260))


class _BreakdownChart(QWidget):
    """Shared plumbing: a GraphicsLayoutWidget, row highlighting and clicks on a row."""

    partyClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._graphics = pg.GraphicsLayoutWidget(self)
        self._graphics.setBackground("w")
        self._graphics.ci.setContentsMargins(6, 6, 12, 6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._graphics)
        self._parties: list[str] = []
        self._highlight_items: list[pg.LinearRegionItem] = []
        self._highlighted: str | None = None
        self._plots: list[pg.PlotItem] = []
        self._graphics.scene().sigMouseClicked.connect(self._on_scene_clicked)

    @property
    def graphics(self) -> pg.GraphicsLayoutWidget:
        return self._graphics

    def set_result(self, election: Election, result: AllocationResult) -> None:
        keep = self._highlighted
        self.clear()
        self._build(election, result)
        self.highlight_party(keep)

    def clear(self) -> None:  # overridden
        pass

    def _build(self, election: Election, result: AllocationResult) -> None:  # overridden
        pass

    def highlighted_party(self) -> str | None:
        return self._highlighted

    def highlight_party(self, name: str | None) -> None:
        for item in self._highlight_items:
            view = item.getViewBox()
            if view is not None:
                view.removeItem(item)
        self._highlight_items = []
        self._highlighted = name if name in self._parties else None
        if self._highlighted is None:
            return
        index = self._parties.index(name)
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

    def _on_scene_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        for plot in self._plots:
            if plot.sceneBoundingRect().contains(event.scenePos()):
                point: QPointF = plot.getViewBox().mapSceneToView(event.scenePos())
                index = round(point.y())
                if 0 <= index < len(self._parties):
                    self.partyClicked.emit(self._parties[index])
                return

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def retranslate(self) -> None:  # overridden
        pass


class SeatsByTierView(_BreakdownChart):
    """Per party: list seats (solid) and district seats (hatched) stacked; beside it vote share vs
    seat share as a pair of bars."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[TierRow, ...] = ()
        self.seats_plot = _plot(self._graphics, 0, 0)
        self.share_plot = _plot(self._graphics, 0, 1)
        self.share_plot.setYLink(self.seats_plot)
        self.share_plot.getAxis("left").setStyle(showValues=False)
        self._graphics.ci.layout.setColumnStretchFactor(0, 3)
        self._graphics.ci.layout.setColumnStretchFactor(1, 2)
        self._plots = [self.seats_plot, self.share_plot]
        self.list_bars: pg.BarGraphItem | None = None
        self.district_bars: pg.BarGraphItem | None = None
        self.vote_bars: pg.BarGraphItem | None = None
        self.seat_share_bars: pg.BarGraphItem | None = None
        self.retranslate()

    def rows(self) -> tuple[TierRow, ...]:
        return self._rows

    def retranslate(self) -> None:
        self.seats_plot.setTitle(self.tr("Seats: list (solid) and district (hatched)"), color=TEXT_COLOR)
        self.share_plot.setTitle(self.tr("Vote share (light) vs seat share (solid), %"), color=TEXT_COLOR)

    def clear(self) -> None:
        self._rows = ()
        self._parties = []
        self._highlight_items = []
        for plot in self._plots:
            plot.clear()
        self.list_bars = self.district_bars = self.vote_bars = self.seat_share_bars = None

    def _build(self, election: Election, result: AllocationResult) -> None:
        neutral = {
            "Independent": self.tr("Independent"),
            "Pending": self.tr("Pending"),
            "Vacant": self.tr("Vacant"),
        }
        self._rows = tier_rows(election, result, neutral_labels=neutral)
        self._parties = [row.party for row in self._rows]
        if not self._rows:
            return
        ys = list(range(len(self._rows)))
        edges = [pg.mkPen(row.edge or outline_for(row.color), width=1) for row in self._rows]
        self.list_bars = pg.BarGraphItem(
            x0=[0] * len(ys),
            y=ys,
            width=[row.list_seats for row in self._rows],
            height=BAR_HEIGHT,
            brushes=[pg.mkBrush(row.color) for row in self._rows],
            pens=edges,
        )
        self.district_bars = pg.BarGraphItem(
            x0=[row.list_seats for row in self._rows],
            y=ys,
            width=[row.district_seats for row in self._rows],
            height=BAR_HEIGHT,
            brushes=[self._hatch_brush(row.color) for row in self._rows],
            pens=edges,
        )
        self.seats_plot.addItem(self.list_bars)
        self.seats_plot.addItem(self.district_bars)
        widest = max(row.total for row in self._rows) or 1
        for y, row in zip(ys, self._rows, strict=True):
            text = self._counts_text(row)
            label = pg.TextItem(text, color="#1A1A1A", anchor=(0, 0.5))
            label.setPos(row.total + widest * 0.02, y)
            self.seats_plot.addItem(label)
        self.seats_plot.setXRange(0, widest * 1.28, padding=0)
        self.seats_plot.setYRange(-0.6, len(ys) - 0.4, padding=0)
        _set_row_labels(self.seats_plot, [row.label for row in self._rows])

        votes = [float(row.vote_share or 0) * 100 for row in self._rows]
        seats = [float(row.seat_share) * 100 for row in self._rows]
        self.vote_bars = pg.BarGraphItem(
            x0=[0] * len(ys),
            y=[y - PAIR_HEIGHT / 2 for y in ys],
            width=votes,
            height=PAIR_HEIGHT,
            brushes=[pg.mkBrush(mix(row.color, "#FFFFFF", 0.6)) for row in self._rows],
            pens=edges,
        )
        self.seat_share_bars = pg.BarGraphItem(
            x0=[0] * len(ys),
            y=[y + PAIR_HEIGHT / 2 for y in ys],
            width=seats,
            height=PAIR_HEIGHT,
            brushes=[pg.mkBrush(row.color) for row in self._rows],
            pens=edges,
        )
        self.share_plot.addItem(self.vote_bars)
        self.share_plot.addItem(self.seat_share_bars)
        top = max(votes + seats) or 1
        for y, row, vote, seat in zip(ys, self._rows, votes, seats, strict=True):
            if row.vote_share is not None:
                vote_label = pg.TextItem(percent_text(row.vote_share, 1), color="#555555", anchor=(0, 0.5))
                vote_label.setPos(vote + top * 0.02, y - PAIR_HEIGHT / 2)
                self.share_plot.addItem(vote_label)
            seat_label = pg.TextItem(percent_text(row.seat_share, 1), color="#1A1A1A", anchor=(0, 0.5))
            seat_label.setPos(seat + top * 0.02, y + PAIR_HEIGHT / 2)
            self.share_plot.addItem(seat_label)
        self.share_plot.setXRange(0, top * 1.3, padding=0)

    def _counts_text(self, row: TierRow) -> str:
        if row.list_seats and row.district_seats:
            return self.tr("{list} + {district} = {total}").format(
                list=row.list_seats, district=row.district_seats, total=row.total
            )
        return str(row.total)

    @staticmethod
    def _hatch_brush(color: str) -> QBrush:
        brush = QBrush(QColor(color), Qt.BrushStyle.BDiagPattern)
        return brush


class QuotaFillView(_BreakdownChart):
    """Per party, as a share of its list seats: holders who count toward the quota (solid bar), the
    required number (black tick), a shortfall (red segment and cross); counts written beside."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[QuotaRow, ...] = ()
        self.plot = _plot(self._graphics, 0, 0)
        self._plots = [self.plot]
        self.filled_bars: pg.BarGraphItem | None = None
        self.shortfall_bars: pg.BarGraphItem | None = None
        self.seat_bars: pg.BarGraphItem | None = None
        self.required_marks: pg.ScatterPlotItem | None = None
        self._empty = pg.TextItem("", color="#555555", anchor=(0.5, 0.5))
        self.retranslate()

    def rows(self) -> tuple[QuotaRow, ...]:
        return self._rows

    def retranslate(self) -> None:
        self.plot.setTitle(
            self.tr("Quota fill: holders who count toward the quota, share of list seats"), color=TEXT_COLOR
        )
        self.plot.setLabel("bottom", self.tr("% of the party's list seats"), color=TEXT_COLOR)
        self._empty.setText(self.tr("No candidate data: the quota cannot be checked."))

    def clear(self) -> None:
        self._rows = ()
        self._parties = []
        self._highlight_items = []
        self.plot.clear()
        self.filled_bars = self.shortfall_bars = self.seat_bars = self.required_marks = None

    def _build(self, election: Election, result: AllocationResult) -> None:
        self._rows = quota_rows(election, result)
        self._parties = [row.party for row in self._rows]
        if not self._rows:
            self.plot.addItem(self._empty)
            self._empty.setPos(50, 0)
            self.plot.setXRange(0, 100, padding=0)
            self.plot.setYRange(-1, 1, padding=0)
            _set_row_labels(self.plot, [])
            return
        ys = list(range(len(self._rows)))

        def pct(count: int, row: QuotaRow) -> float:
            return 100.0 * count / row.seats if row.seats else 0.0

        self.seat_bars = pg.BarGraphItem(
            x0=[0] * len(ys),
            y=ys,
            width=[100] * len(ys),
            height=BAR_HEIGHT,
            brushes=[pg.mkBrush("#F4F4F4")] * len(ys),
            pens=[pg.mkPen("#9E9E9E")] * len(ys),
        )
        self.filled_bars = pg.BarGraphItem(
            x0=[0] * len(ys),
            y=ys,
            width=[pct(row.filled, row) for row in self._rows],
            height=BAR_HEIGHT,
            brushes=[pg.mkBrush(row.color) for row in self._rows],
            pens=[pg.mkPen(outline_for(row.color)) for row in self._rows],
        )
        short = [(y, row) for y, row in zip(ys, self._rows, strict=True) if row.shortfall]
        if short:  # pyqtgraph cannot build an empty bar item with per-bar pens
            self.shortfall_bars = pg.BarGraphItem(
                x0=[pct(row.filled, row) for _, row in short],
                y=[y for y, _ in short],
                width=[pct(row.shortfall, row) for _, row in short],
                height=BAR_HEIGHT,
                brushes=[QBrush(QColor(SHORTFALL_COLOR), Qt.BrushStyle.FDiagPattern)] * len(short),
                pens=[pg.mkPen(SHORTFALL_COLOR, width=2)] * len(short),
            )
        self.required_marks = pg.ScatterPlotItem(
            x=[pct(row.required, row) for row in self._rows],
            y=ys,
            symbol="|",
            size=26,
            pen=pg.mkPen(REQUIRED_COLOR, width=3),
            brush=pg.mkBrush(REQUIRED_COLOR),
        )
        for item in (self.seat_bars, self.filled_bars, self.shortfall_bars, self.required_marks):
            if item is not None:
                self.plot.addItem(item)
        for y, row in zip(ys, self._rows, strict=True):
            mark = "\u2713" if row.met else "\u2717"
            color = MET_COLOR if row.met else SHORTFALL_COLOR
            label = pg.TextItem(f"{mark} {self._row_text(row)}", color=color, anchor=(0, 0.5))
            label.setPos(103, y)
            self.plot.addItem(label)
        self.plot.setXRange(0, 200, padding=0)
        self.plot.setYRange(-0.6, len(ys) - 0.4, padding=0)
        self.plot.getAxis("bottom").setTicks([[(v, str(v)) for v in (0, 25, 50, 75, 100)]])
        _set_row_labels(self.plot, [row.label for row in self._rows])

    def _row_text(self, row: QuotaRow) -> str:
        template = self.tr("{filled} of {required} required · {seats} seats · {eligible} eligible on list")
        text = template.format(
            filled=row.filled, required=row.required, seats=row.seats, eligible=row.eligible
        )
        if row.shortfall:
            text += " · " + self.tr("short by {count}").format(count=row.shortfall)
        if not row.chosen:
            text += " · " + self.tr("suggested holders")
        if not row.applies:
            text += " · " + self.tr("for information")
        return text


__all__ = ["MET_COLOR", "QuotaFillView", "SHORTFALL_COLOR", "SeatsByTierView"]
