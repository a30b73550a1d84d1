"""Quota fill: per party, the holders who count toward the 30 % quota as a share of its list seats.

Drawn with pyqtgraph on the shared ``BreakdownChart``. Rows are ``charts.breakdown`` rows. A quota
shortfall is a red segment from the filled count to the required count plus a red cross; each row's
text wraps whole " · " parts into the lines its height allows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics
from PySide6.QtWidgets import QWidget

# isort: split
import pyqtgraph as pg  # imported after PySide6: pyqtgraph uses the Qt binding already loaded

from ...charts.breakdown import QuotaRow, quota_rows
from ...charts.chart_plan import plan_chart
from ...charts.palette import outline_for
from ...core.model import Election
from ...core.result import AllocationResult
from ..formatting import counted
from .breakdown_chart import (
    LABEL_GAP,
    BreakdownChart,
    fit_bottom_ticks,
    fit_x_range,
    set_row_labels,
    text_margins,
)
from .breakdown_view import (
    BAR_HEIGHT,
    INFO_COLOR,
    MET_COLOR,
    MUTED_COLOR,
    REQUIRED_COLOR,
    SEPARATOR,
    SHORTFALL_COLOR,
)

MAX_LABEL_LINES = 3
QUOTA_BARS_SHARE = 0.45  # the quota bars keep this share of the width; longer row texts are cut
COMPACT_BARS_SHARE = 0.2  # ... down to this share when the texts are the bare counts ("✓ 12/12")
REQUIRED_MARK_PIXELS = (8, 30)  # the required tick spans the bar, within these sizes


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
        widest, compact = 0, False
        for (label, text, color), row in zip(self._row_labels, self._rows, strict=True):
            shown = _wrapped(text, metrics, max(20, room), lines)
            first = text.split(SEPARATOR)[0]
            if not shown.replace("\n", " ").startswith(first):  # too narrow for the counts in words
                shown = f"{first.split(' ')[0]} {row.filled}/{row.required}"  # numbers whole, "✓ 12/12"
                compact = True
            widest = max(widest, *(metrics.horizontalAdvance(line) for line in shown.split("\n")))
            if shown != label.textItem.toPlainText():
                label.setText(shown, color=color)
        least = COMPACT_BARS_SHARE if compact else QUOTA_BARS_SHARE  # the figures whole, the bars give way
        gap = fit_x_range(self.plot, 100.0, min(whole, widest) + margins, least_share=least)
        if self.required_marks is not None:  # the tick spans the bar, whatever the row height
            row_pixels = self.plot.getViewBox().height() / max(1, len(self._rows))
            low, high = REQUIRED_MARK_PIXELS
            self.required_marks.setSize(max(low, min(high, row_pixels * BAR_HEIGHT + 4)))
        for (label, _, _), y in zip(self._row_labels, range(len(self._rows)), strict=True):
            label.setPos(100 + gap, y)
        fit_bottom_ticks(self.plot, steps=(25, 50, 100), upto=100)
        self._fit_axis_title(pixels)

    def _fit_axis_title(self, pixels: float) -> None:
        """The x axis's title in words where it fits under the plot, else just "%" (the chart's title
        says what of)."""
        axis = self.plot.getAxis("bottom")
        whole = self.tr("% of the party's list seats")
        metrics = QFontMetrics(axis.label.font())
        shown = whole if metrics.horizontalAdvance(whole) <= pixels + 16 else "%"
        if axis.labelText != shown:
            self.plot.setLabel("bottom", shown, color=REQUIRED_COLOR)

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


__all__ = ["QuotaFillView"]
