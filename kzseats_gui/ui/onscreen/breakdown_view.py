"""Breakdown charts: seats by tier with vote vs seat share, and the 30 % quota fill per party.

Drawn with pyqtgraph on the shared ``BreakdownChart`` (wrapping titles, scrolling rows, labels that
fit, drawn when first shown). Rows are ``charts.breakdown`` rows, so tests and the report see the same
numbers. District seats are hatched and list seats solid (as in the hemicycle), so the tiers read in
greyscale. A quota shortfall is a red segment from the filled count to the required count plus a red
cross.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics
from PySide6.QtWidgets import QWidget

# isort: split
import pyqtgraph as pg  # imported after PySide6: pyqtgraph uses the Qt binding already loaded

from ...charts.breakdown import QuotaRow, TierRow, quota_rows, tier_rows
from ...charts.chart_plan import plan_chart
from ...charts.palette import mix, outline_for
from ...core.model import Election
from ...core.result import AllocationResult
from ..formatting import counted, percent_text
from ..vocabulary_tr import neutral_names
from .breakdown_chart import LABEL_GAP, BreakdownChart, fit_x_range, set_row_labels, text_margins, text_pixels

SHORTFALL_COLOR = "#D32F2F"
MET_COLOR = "#2E7D32"
REQUIRED_COLOR = "#1A1A1A"
INFO_COLOR = "#757575"  # the quota where it is not law: shown for information only
MAX_LABEL_LINES = 3
MUTED_COLOR = "#555555"
BAR_HEIGHT = 0.62
PAIR_HEIGHT = 0.34
QUOTA_BARS_SHARE = 0.45  # the quota bars keep this share of the width; longer row texts are cut
LEAST_BARS_SHARE = 0.4  # the seat bars keep at least this share of their plot's width ...
LEAST_SHARE_BARS_SHARE = 0.1  # ... the vote and seat share bars this much (their figures come first)
REQUIRED_MARK_PIXELS = (8, 30)  # the required tick spans the bar, within these sizes
SEPARATOR = " · "


class SeatsByTierView(BreakdownChart):
    """Per party: list seats (solid) and district seats (hatched) stacked; beside it vote share vs
    seat share as a pair of bars."""

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
        self._graphics.ci.layout.setColumnStretchFactor(0, 3)
        self._graphics.ci.layout.setColumnStretchFactor(1, 2)
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

    def retranslate(self) -> None:
        self.seats_title.setText(self.tr("Seats: list (solid) and district (hatched)"))
        self.share_title.setText(self.tr("Vote share (light) vs seat share (solid), %"))

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
                vote_label = pg.TextItem(percent_text(row.vote_share, 1), color=MUTED_COLOR, anchor=(0, 0.5))
                self.share_plot.addItem(vote_label)
                self._share_labels.append((vote_label, vote, y - PAIR_HEIGHT / 2))
                self._vote_labels.append(vote_label)
            seat_label = pg.TextItem(percent_text(row.seat_share, 1), color=REQUIRED_COLOR, anchor=(0, 0.5))
            self.share_plot.addItem(seat_label)
            self._share_labels.append((seat_label, seat, y + PAIR_HEIGHT / 2))

    def _fit(self) -> None:
        if not self._drawn or not self._rows:
            return
        set_row_labels(self.seats_plot, [row.label for row in self._rows], self._label_budget())
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
        line = QFontMetrics(self._count_labels[0][0].textItem.font()).height()
        for label in self._vote_labels:
            label.setVisible(row_pixels >= 2 * line)
        # the share labels cannot be shortened: on a narrow chart their bars give way, not the figures
        fits = ((self.seats_plot, self._count_labels, LEAST_BARS_SHARE),
                (self.share_plot, self._share_labels, LEAST_SHARE_BARS_SHARE))
        for plot, labels, least in fits:
            largest = max((end for _, end, _ in labels), default=0.0) or 1.0
            gap = fit_x_range(plot, largest, text_pixels([label for label, _, _ in labels]), least)
            for label, end, y in labels:
                label.setPos(end + gap, y)

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


class QuotaFillView(BreakdownChart):
    """Per party, as a share of its list seats: holders who count toward the quota (solid bar), the
    required number (black tick), a shortfall (red segment and cross); counts written beside."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[QuotaRow, ...] = ()
        self.title = self._add_title()
        self.plot = self._add_plot(0)
        self.filled_bars: pg.BarGraphItem | None = None
        self.shortfall_bars: pg.BarGraphItem | None = None
        self.seat_bars: pg.BarGraphItem | None = None
        self.required_marks: pg.ScatterPlotItem | None = None
        self._row_labels: list[tuple[pg.TextItem, str, str]] = []  # label, whole text, colour
        self._empty = pg.TextItem("", color=MUTED_COLOR, anchor=(0.5, 0.5))
        self.retranslate()

    def rows(self) -> tuple[QuotaRow, ...]:
        return self._rows

    def retranslate(self) -> None:
        self.title.setText(self.tr("Quota fill: holders who count toward the quota, share of list seats"))
        self.plot.setLabel("bottom", self.tr("% of the party's list seats"), color=REQUIRED_COLOR)
        self._empty.setText(self.tr("No candidate data: the quota cannot be checked."))

    def _read_rows(self, election: Election, result: AllocationResult) -> list[str]:
        self._rows = quota_rows(plan_chart(election, result))
        return [row.party for row in self._rows]

    def _clear_rows(self) -> None:
        self._rows = ()
        self._row_labels = []
        self.filled_bars = self.shortfall_bars = self.seat_bars = self.required_marks = None

    def _draw_rows(self) -> None:
        self._row_labels = []
        self.filled_bars = self.shortfall_bars = self.seat_bars = self.required_marks = None
        if not self._rows:
            self.plot.addItem(self._empty)
            self._empty.setPos(50, 0)
            self.plot.setXRange(0, 100, padding=0)
            self.plot.setYRange(-1, 1, padding=0)
            set_row_labels(self.plot, [], self._label_budget())
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
        # the required tick in black where the quota is law, in grey where it is for information only
        tick = {True: REQUIRED_COLOR, False: INFO_COLOR}
        self.required_marks = pg.ScatterPlotItem(
            x=[pct(row.required, row) for row in self._rows],
            y=ys,
            symbol="|",
            size=26,
            pen=[pg.mkPen(tick[row.applies], width=3) for row in self._rows],
            brush=[pg.mkBrush(tick[row.applies]) for row in self._rows],
        )
        for item in (self.seat_bars, self.filled_bars, self.shortfall_bars, self.required_marks):
            if item is not None:
                self.plot.addItem(item)
        for y, row in zip(ys, self._rows, strict=True):
            if not row.applies:  # as the party table says: information only, neither met nor failed
                mark, color = "\u24d8", INFO_COLOR
            else:
                mark = "\u2713" if row.met else "\u2717"
                color = MET_COLOR if row.met else SHORTFALL_COLOR
            text = f"{mark} {self._row_text(row)}"
            label = pg.TextItem(text, color=color, anchor=(0, 0.5))
            label.setPos(100, y)
            self.plot.addItem(label)
            self._row_labels.append((label, text, color))
        self.plot.setYRange(-0.6, len(ys) - 0.4, padding=0)
        self.plot.getAxis("bottom").setTicks([[(v, str(v)) for v in (0, 25, 50, 75, 100)]])

    def _fit(self) -> None:
        if not self._drawn:
            return
        if not self._rows:
            self._empty.setTextWidth(max(80.0, self.plot.getViewBox().width() - 20))
            return
        set_row_labels(self.plot, [row.label for row in self._rows], self._label_budget())
        pixels = max(1.0, self.plot.getViewBox().width())
        metrics = QFontMetrics(self._empty.textItem.font())
        whole = max(metrics.horizontalAdvance(text) for _, text, _ in self._row_labels)
        margins = text_margins(self._row_labels[0][0])
        room = int(pixels * (1 - QUOTA_BARS_SHARE)) - 2 * LABEL_GAP - margins
        # as many lines as a row has height for (up to three): the parts wrap, measured, never cut
        row_pixels = self.plot.getViewBox().height() / max(1, len(self._rows))
        lines = max(1, min(MAX_LABEL_LINES, int(row_pixels * 0.95 // metrics.lineSpacing())))
        widest = 0
        for label, text, color in self._row_labels:
            shown = _wrapped(text, metrics, max(20, room), lines)
            widest = max(widest, *(metrics.horizontalAdvance(line) for line in shown.split("\n")))
            if shown != label.textItem.toPlainText():
                label.setText(shown, color=color)
        gap = fit_x_range(self.plot, 100.0, min(whole, widest) + margins, least_share=QUOTA_BARS_SHARE)
        if self.required_marks is not None:  # the tick spans the bar, whatever the row height
            row_pixels = self.plot.getViewBox().height() / max(1, len(self._rows))
            low, high = REQUIRED_MARK_PIXELS
            self.required_marks.setSize(max(low, min(high, row_pixels * BAR_HEIGHT + 4)))
        for (label, _, _), y in zip(self._row_labels, range(len(self._rows)), strict=True):
            label.setPos(100 + gap, y)

    def _row_tooltip(self, index: int) -> str:
        row = self._rows[index]
        return f"{row.party}\n{self._row_text(row)}"

    def _row_text(self, row: QuotaRow) -> str:
        """Parts joined by " · ", the most important first: the counts, then (where the quota is not
        law) "info only", a shortfall, the seats, the eligible candidates."""
        parts = [self.tr("{filled} of {required} required").format(filled=row.filled, required=row.required)]
        if not row.applies:
            parts.append(self.tr("info only"))
        if row.shortfall:
            parts.append(self.tr("short by {count}").format(count=row.shortfall))
        parts.append(counted(self.tr("%n list seat(s)", "", row.seats), row.seats))
        parts.append(self.tr("{eligible} eligible on list").format(eligible=row.eligible))
        if not row.chosen:
            parts.append(self.tr("suggested holders"))
        return SEPARATOR.join(parts)


def _wrapped(text: str, metrics: QFontMetrics, room: int, lines: int) -> str:
    """The " · " parts of ``text`` packed whole into at most ``lines`` lines of ``room`` pixels (a part
    wider than a line breaks at its spaces); what finds no room is left to the tooltip ("…")."""

    def width(line: str) -> int:
        return metrics.horizontalAdvance(line)

    pieces: list[tuple[str, str]] = []  # (joint before it, text): whole parts, or a long part's words
    for part in text.split(SEPARATOR):
        words = [part] if width(part) <= room else part.split(" ")
        pieces.extend((SEPARATOR if k == 0 else " ", word) for k, word in enumerate(words))
    shown: list[str] = []
    line = ""
    for index, (joint, piece) in enumerate(pieces):
        candidate = f"{line}{joint}{piece}" if line else piece
        if width(candidate) <= room or not line:
            line = candidate
            continue
        shown.append(line)
        if len(shown) == lines:
            rest = line + "".join(j + p for j, p in pieces[index:])
            shown[-1] = _shortened(rest, metrics, room)
            return "\n".join(shown)
        line = piece
    shown.append(line)
    return "\n".join(shown)


def _shortened(text: str, metrics: QFontMetrics, room: int) -> str:
    """As many whole " · " parts of ``text`` as fit ``room`` pixels; the first part cut if need be."""
    parts = text.split(SEPARATOR)
    for count in range(len(parts), 0, -1):
        shown = SEPARATOR.join(parts[:count]) + (" \u2026" if count < len(parts) else "")
        if metrics.horizontalAdvance(shown) <= room:
            return shown
    if metrics.horizontalAdvance(parts[0]) <= room:
        return parts[0]
    return metrics.elidedText(parts[0], Qt.TextElideMode.ElideRight, room)


__all__ = ["MET_COLOR", "QuotaFillView", "SHORTFALL_COLOR", "SeatsByTierView"]
