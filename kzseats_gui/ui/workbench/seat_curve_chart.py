"""A party's list seats as its votes run from 0 to twice the count: the exact steps of
``core.seat_curve`` drawn as a step line, with the threshold and the current count marked."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...core.seat_curve import SeatCurve
from ..formatting import number_text

translate = QCoreApplication.translate
LINE, THRESHOLD, NOW = "#1F4E79", "#A4161A", "#1A1A1A"


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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.plot, 1)
        self.curve: SeatCurve | None = None
        self._label = ""
        self.step_item: pg.PlotDataItem | None = None

    def retranslate_ui(self) -> None:
        # No title on the seats axis: the chart is short on a laptop, and the title above says it.
        self.plot.setLabel("bottom", translate("SeatCurveChart", "Votes"))
        if self.curve is not None:
            self.show_curve(self.curve, self._label)

    def clear(self) -> None:
        self.curve = None
        self.plot.clear()
        self.title.setText("")

    def show_curve(self, curve: SeatCurve, label: str) -> None:
        self.curve, self._label = curve, label
        self.plot.clear()
        end = max(2 * curve.votes, curve.steps[-1].votes + 1, 1)
        xs = [step.votes for step in curve.steps] + [end]
        ys = [step.list_seats for step in curve.steps]
        self.step_item = self.plot.plot(xs, ys, stepMode="center", pen=pg.mkPen(LINE, width=2))
        if curve.threshold_votes is not None and curve.threshold_votes <= end:
            pen = pg.mkPen(THRESHOLD, style=Qt.PenStyle.DashLine)
            line = pg.InfiniteLine(curve.threshold_votes, angle=90, pen=pen,
                                   label=translate("SeatCurveChart", "threshold"),
                                   labelOpts={"position": 0.9, "color": THRESHOLD})
            self.plot.addItem(line)
        self.plot.plot([curve.votes], [curve.list_seats], pen=None, symbol="o", symbolSize=9,
                       symbolBrush=NOW, symbolPen=NOW)
        title = translate("SeatCurveChart", "{party}: {seats} list seats with {votes} votes").format(
            party=label, seats=number_text(curve.list_seats), votes=number_text(curve.votes))
        if not curve.complete:
            title += " " + translate("SeatCurveChart", "(steps cut off)")
        self.title.setText(title)
        self.plot.setXRange(0, end, padding=0.02)
        self.plot.setYRange(0, max(ys + [1]) + 0.5, padding=0)
