"""A party's list seats as its votes run from 0 to twice the count: the exact steps of
``core.seat_curve`` drawn as a step line, with the threshold and the current count marked. Where more
votes give fewer seats (the 2009 runner-up rule, the threshold moving with the total) the line steps
down and each fall is marked, so the step line is not read as rising throughout."""

from __future__ import annotations

from itertools import pairwise

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...core.seat_curve import SeatCurve, SeatStep
from ..formatting import counted, number_text

translate = QCoreApplication.translate
LINE, THRESHOLD, NOW, FALL = "#1F4E79", "#A4161A", "#1A1A1A", "#A4161A"


class _VotesAxis(pg.AxisItem):
    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph override)
        return [number_text(int(round(v))) for v in values]


class SeatCurveChart(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("seatCurveChart")
        self.plot = pg.PlotWidget(self, background="#FFFFFF", axisItems={"bottom": _VotesAxis("bottom")})
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(False, False)
        self.plot.hideButtons()
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        for name in ("left", "bottom"):
            self.plot.getAxis(name).setTextPen("#1A1A1A")
            self.plot.getAxis(name).setPen("#666666")
        self.plot.setMinimumHeight(120)
        self.title = QLabel(self)
        self.title.setObjectName("seatCurveTitle")
        self.title.setWordWrap(True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.falls_note = QLabel(self)
        self.falls_note.setObjectName("seatCurveFalls")
        self.falls_note.setWordWrap(True)
        self.falls_note.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.falls_note.setStyleSheet(f"color: {FALL};")
        self.falls_note.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.falls_note)
        layout.addWidget(self.plot, 1)
        self.curve: SeatCurve | None = None
        self._label = ""
        self.step_item: pg.PlotDataItem | None = None
        self.fall_item: pg.PlotDataItem | None = None  # a mark where each fall of the seats begins

    def retranslate_ui(self) -> None:
        # No title on the seats axis: the chart is short on a laptop, and the title above says it.
        self.plot.setLabel("bottom", translate("SeatCurveChart", "Votes"))
        if self.curve is not None:
            self.show_curve(self.curve, self._label)

    def clear(self) -> None:
        self.curve = None
        self.step_item = self.fall_item = None
        self.plot.clear()
        self.title.setText("")
        self.falls_note.hide()

    def show_curve(self, curve: SeatCurve, label: str) -> None:
        self.curve, self._label = curve, label
        self.plot.clear()
        end = max(2 * curve.votes, curve.steps[-1].votes + 1, 1)
        xs = [step.votes for step in curve.steps] + [end]
        ys = [step.list_seats for step in curve.steps]
        # stepMode "center": ys[k] holds from xs[k] to xs[k + 1]; a fall is drawn as a step down
        self.step_item = self.plot.plot(xs, ys, stepMode="center", pen=pg.mkPen(LINE, width=2))
        falls = falling_steps(curve)
        self.fall_item = None
        if falls:
            # each stretch held after a fall in red, over the blue line: one seat in a hundred is a pixel
            stretches = [(later.votes, self._stretch_end(curve, later, end), later.list_seats)
                         for _, later in falls]
            self.plot.plot([x for a, b, _ in stretches for x in (a, b)],
                           [y for _, _, seats in stretches for y in (seats, seats)],
                           connect="pairs", pen=pg.mkPen(FALL, width=3))
            self.fall_item = self.plot.plot(
                [later.votes for _, later in falls],
                [(earlier.list_seats + later.list_seats) / 2 for earlier, later in falls], pen=None,
                symbol="t", symbolSize=11, symbolBrush=FALL, symbolPen=FALL)
        if curve.threshold_votes is not None and curve.threshold_votes <= end:
            pen = pg.mkPen(THRESHOLD, style=Qt.PenStyle.DashLine)
            line = pg.InfiniteLine(curve.threshold_votes, angle=90, pen=pen,
                                   label=translate("SeatCurveChart", "threshold"),
                                   labelOpts={"position": 0.9, "color": THRESHOLD})
            self.plot.addItem(line)
        self.plot.plot([curve.votes], [curve.list_seats], pen=None, symbol="o", symbolSize=9,
                       symbolBrush=NOW, symbolPen=NOW)
        title = counted(translate("SeatCurveChart", "{party} with {votes} votes: {seats} list seat(s)"),
                        curve.list_seats).format(
            party=label, seats=number_text(curve.list_seats), votes=number_text(curve.votes))
        if not curve.complete:
            title += " " + translate("SeatCurveChart", "(steps cut off)")
        self.title.setText(title)
        self.falls_note.setVisible(bool(falls))
        if falls:
            self.falls_note.setText(translate(
                "SeatCurveChart",
                "\u25bc More votes can give {party} fewer seats: the line steps down at each red mark.",
            ).format(party=label))
        self.plot.setXRange(0, end, padding=0.02)
        top = max(ys + [1])
        self.plot.setYRange(0, top + max(1.0, top * 0.06), padding=0)  # room above for the marks

    @staticmethod
    def _stretch_end(curve: SeatCurve, step: SeatStep, end: int) -> int:
        later = [s.votes for s in curve.steps if s.votes > step.votes]
        return later[0] if later else end


def falling_steps(curve: SeatCurve) -> list[tuple[SeatStep, SeatStep]]:
    """(the step before, the step) wherever the party holds fewer seats than just below it."""
    return [(earlier, later) for earlier, later in pairwise(curve.steps)
            if later.list_seats < earlier.list_seats]
