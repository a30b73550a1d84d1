"""Seats by tier: per party list seats (solid) and district seats (hatched) stacked, and beside (or,
on a narrow pane, below) it vote share vs seat share as a pair of bars.

Drawn with pyqtgraph on the shared ``BreakdownChart``. Rows are ``charts.breakdown`` rows, so tests and
the report see the same numbers. District seats are hatched and list seats solid (as in the hemicycle),
so the tiers read in greyscale. Where the two plots side by side would leave either too narrow for its
bars and figures, they stack: the share plot moves below the seat plot with its own title and party
names, and the pane scrolls.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics
from PySide6.QtWidgets import QWidget

# isort: split
import pyqtgraph as pg  # imported after PySide6: pyqtgraph uses the Qt binding already loaded

from ...charts.breakdown import TierRow, tier_rows
from ...charts.chart_plan import plan_chart
from ...charts.palette import mix, outline_for
from ...core.model import Election
from ...core.result import AllocationResult
from ..formatting import percent_text
from ..vocabulary_tr import neutral_names
from .breakdown_chart import (
    CHROME_PIXELS,
    LABEL_GAP,
    ROW_PIXELS,
    BreakdownChart,
    axis_font,
    fit_bottom_ticks,
    fit_x_range,
    set_row_labels,
    text_margins,
    text_pixels,
)
from .breakdown_view import BAR_HEIGHT, MUTED_COLOR, PAIR_HEIGHT, REQUIRED_COLOR

LEAST_BARS_SHARE = 0.4  # the seat bars keep at least this share of their plot's width ...
LEAST_SHARE_BARS_SHARE = 0.1  # ... the vote and seat share bars this much (their figures come first)
LEAST_BAR_PIXELS = 60  # side by side, each plot keeps this many pixels for its bars, else they stack
PLOT_MARGINS = 40  # px around the plots that hold no bars (layout margins, spacing, axis ends)


class SeatsByTierView(BreakdownChart):
    """Per party: list seats (solid) and district seats (hatched) stacked; beside it (below it when
    narrow) vote share vs seat share as a pair of bars."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[TierRow, ...] = ()
        self.seats_title = self._add_title(3)
        self.share_title = self._add_title(2)
        self.seats_plot = self._add_plot(0)
        self.share_plot = self._add_plot(1)
        self.share_plot.setYLink(self.seats_plot)
        self.share_plot.getAxis("left").setStyle(showValues=False)
        self.share_plot.getAxis("left").setWidth(4)
        self.share_heading = pg.LabelItem(justify="center")  # the share plot's title when stacked
        self._stacked = False
        self._place_plots()
        self.list_bars: pg.BarGraphItem | None = None
        self.district_bars: pg.BarGraphItem | None = None
        self.vote_bars: pg.BarGraphItem | None = None
        self.seat_share_bars: pg.BarGraphItem | None = None
        self._count_labels: list[tuple[pg.TextItem, float, float]] = []  # label, bar end, row
        self._share_labels: list[tuple[pg.TextItem, float, float]] = []
        self._vote_labels: list[pg.TextItem] = []
        self.retranslate()

    def rows(self) -> tuple[TierRow, ...]:
        return self._rows

    def is_stacked(self) -> bool:
        """True when the share plot sits below the seat plot (a pane too narrow for both side by side)."""
        return self._stacked

    def retranslate(self) -> None:
        self.seats_title.setText(self.tr("Seats: list (solid) and district (hatched)"))
        self.share_title.setText(self.tr("Vote share (light) vs seat share (solid), %"))
        if self._stacked:
            self._show_share_heading()

    # ---- side by side or stacked ------------------------------------------------------------
    def _side_by_side_fits(self) -> bool:
        """Whether both plots, side by side (3 : 2), keep ``LEAST_BAR_PIXELS`` for bars beside their
        figures, measured with the figures of the current rows."""
        if not self._rows:
            return True
        metrics = QFontMetrics(axis_font(self.seats_plot))
        widest_name = max(metrics.horizontalAdvance(row.label) for row in self._rows)
        names = min(self._label_budget(), widest_name) + 18
        room = self.width() - names - PLOT_MARGINS
        counts = max(metrics.horizontalAdvance(str(row.total)) for row in self._rows)
        shares = max(metrics.horizontalAdvance(percent_text(row.seat_share, 1)) for row in self._rows)
        seats_room, share_room = room * 3 / 5, room * 2 / 5
        return (seats_room >= counts + 2 * LABEL_GAP + LEAST_BAR_PIXELS
                and share_room >= shares + 2 * LABEL_GAP + LEAST_BAR_PIXELS)

    def _place_plots(self) -> None:
        """The share plot beside the seat plot (titles above both), or below it under its own title."""
        layout = self._graphics.ci
        for item in (self.seats_plot, self.share_heading, self.share_plot):
            if item in layout.items:
                layout.removeItem(item)
        axis = self.share_plot.getAxis("left")
        layout.addItem(self.seats_plot, row=0, col=0)
        if self._stacked:
            layout.addItem(self.share_heading, row=1, col=0)
            layout.addItem(self.share_plot, row=2, col=0)
            layout.layout.setColumnStretchFactor(1, 0)
            axis.setStyle(showValues=True)
            self._show_share_heading()
        else:
            layout.addItem(self.share_plot, row=0, col=1)
            layout.layout.setColumnStretchFactor(0, 3)
            layout.layout.setColumnStretchFactor(1, 2)
            axis.setStyle(showValues=False)
            axis.setWidth(4)
        self.share_heading.setVisible(self._stacked)
        self.share_title.setVisible(not self._stacked)

    def _show_share_heading(self) -> None:
        """The share plot's own title, wrapped at word boundaries to the width of the plots."""
        font = self.share_title.font()
        metrics = QFontMetrics(font)
        margins = self._graphics.ci.layout.getContentsMargins()
        room = self._scroll.viewport().width() - round(margins[0] + margins[2]) - 8
        lines = wrap_words(self.share_title.text(), metrics, max(60, room))
        text = "<br>".join(html.escape(line) for line in lines)
        if text != self.share_heading.text:
            self.share_heading.setText(text, color=REQUIRED_COLOR, size=f"{font.pointSizeF():g}pt")

    def _graphics_height(self, rows: int) -> int:
        plot = rows * ROW_PIXELS + CHROME_PIXELS
        if not self._stacked:
            return plot
        return 2 * plot + round(self.share_heading.itemRect().height())

    def arrange_titles(self) -> None:
        stacked = not self._side_by_side_fits()
        if stacked != self._stacked:
            self._stacked = stacked
            self._place_plots()
            if self._drawn:
                self._graphics.setMinimumHeight(self._graphics_height(max(2, len(self._rows))))
        elif stacked:
            self._show_share_heading()  # rewrapped to the new width
        super().arrange_titles()

    def _read_rows(self, election: Election, result: AllocationResult) -> list[str]:
        neutral = neutral_names()
        self._rows = tier_rows(plan_chart(election, result), neutral_labels=neutral)
        return [row.party for row in self._rows]

    def _clear_rows(self) -> None:
        self._rows = ()
        self._count_labels, self._share_labels, self._vote_labels = [], [], []
        self.list_bars = self.district_bars = self.vote_bars = self.seat_share_bars = None

    def _draw_rows(self) -> None:
        self._count_labels, self._share_labels, self._vote_labels = [], [], []
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
        for y, row in zip(ys, self._rows, strict=True):
            label = pg.TextItem(self._counts_text(row), color=REQUIRED_COLOR, anchor=(0, 0.5))
            self.seats_plot.addItem(label)
            self._count_labels.append((label, float(row.total), float(y)))
        self.seats_plot.setYRange(-0.6, len(ys) - 0.4, padding=0)

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
        for y, row, vote, seat in zip(ys, self._rows, votes, seats, strict=True):
            if row.vote_share is not None:
                vote_label = pg.TextItem(percent_text(row.vote_share, 1), color=MUTED_COLOR, anchor=(0, 1))
                self.share_plot.addItem(vote_label)
                self._share_labels.append((vote_label, vote, y))  # above the row's middle ...
                self._vote_labels.append(vote_label)
            seat_label = pg.TextItem(percent_text(row.seat_share, 1), color=REQUIRED_COLOR, anchor=(0, 0))
            self.share_plot.addItem(seat_label)
            self._share_labels.append((seat_label, seat, y))  # ... and below it: never on each other

    def _fit(self) -> None:
        if not self._drawn or not self._rows:
            return
        self.arrange_titles()  # the first rows decide whether the plots fit side by side
        labels = [row.label for row in self._rows]
        set_row_labels(self.seats_plot, labels, self._label_budget())
        if self._stacked:
            set_row_labels(self.share_plot, labels, self._label_budget())
        # "40 + 22 = 62" where it fits beside the bars, else the total alone (the tooltip has both)
        first = self._count_labels[0][0]
        room = self.seats_plot.getViewBox().width() * (1 - LEAST_BARS_SHARE) - 2 * LABEL_GAP
        room -= text_margins(first)
        whole = [self._counts_text(row) for row in self._rows]
        metrics = QFontMetrics(first.textItem.font())
        short = max(metrics.horizontalAdvance(text) for text in whole) > room
        for (label, _, _), row, text in zip(self._count_labels, self._rows, whole, strict=True):
            shown = str(row.total) if short else text
            if label.textItem.toPlainText() != shown:
                label.setText(shown, color=REQUIRED_COLOR)
        # the vote share's label only where a row has room for two lines of text
        row_pixels = self.share_plot.getViewBox().height() / len(self._rows)
        line = self._count_labels[0][0].textItem.boundingRect().height()  # with the text's margins
        for label in self._vote_labels:
            label.setVisible(row_pixels >= 2 * line)
        # the share labels cannot be shortened: on a narrow chart their bars give way, not the figures
        fits = ((self.seats_plot, self._count_labels, LEAST_BARS_SHARE, None),
                (self.share_plot, self._share_labels, LEAST_SHARE_BARS_SHARE, 100))
        for plot, labels, least, upto in fits:
            largest = max((end for _, end, _ in labels), default=0.0) or 1.0
            gap = fit_x_range(plot, largest, text_pixels([label for label, _, _ in labels]), least)
            for label, end, y in labels:
                label.setPos(end + gap, y)
            fit_bottom_ticks(plot, upto=upto)

    def _row_tooltip(self, index: int) -> str:
        row = self._rows[index]
        text = f"{row.label}: {self._counts_text(row)}"
        if row.label != row.party:
            text = f"{row.party}\n{text}"
        if row.vote_share is not None:
            text += "\n" + self.share_title.text() + ": " + " / ".join(
                percent_text(share, 1) for share in (row.vote_share, row.seat_share)
            )
        return text

    def _counts_text(self, row: TierRow) -> str:
        if row.list_seats and row.district_seats:
            return self.tr("{list} + {district} = {total}").format(
                list=row.list_seats, district=row.district_seats, total=row.total
            )
        return str(row.total)

    @staticmethod
    def _hatch_brush(color: str) -> QBrush:
        return QBrush(QColor(color), Qt.BrushStyle.BDiagPattern)



def wrap_words(text: str, metrics: QFontMetrics, room: int) -> list[str]:
    """``text`` in lines of at most ``room`` pixels, broken between words (a longer word stands alone)."""
    lines: list[str] = []
    for word in text.split():
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= room:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines or [""]


__all__ = ["SeatsByTierView", "wrap_words"]
