"""One party's total seats across the simulation's runs, as bars of probability."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...core.simulation import PartySimulation

translate = QCoreApplication.translate
BAR, MAJORITY = "#1F4E79", "#A4161A"


class HistogramChart(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("histogramChart")
        self.plot = pg.PlotWidget(self, background="#FFFFFF")
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(False, False)
        self.plot.hideButtons()
        for name in ("left", "bottom"):
            self.plot.getAxis(name).setTextPen("#1A1A1A")
            self.plot.getAxis(name).setPen("#666666")
        self.plot.setMinimumHeight(140)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.bars: pg.BarGraphItem | None = None
        self._shown: tuple[PartySimulation, str, int] | None = None

    def retranslate_ui(self) -> None:
        self.plot.setLabel("left", translate("HistogramChart", "Share of runs, %"))
        self.plot.setLabel("bottom", translate("HistogramChart", "Total seats"))
        if self._shown is not None:
            self.show_party(*self._shown)

    def clear(self) -> None:
        self._shown = None
        self.bars = None
        self.plot.clear()
        self.plot.setTitle("")

    def show_party(self, party: PartySimulation, label: str, house: int) -> None:
        self._shown = (party, label, house)
        self.plot.clear()
        seats = [s for s, _p in party.histogram]
        heights = [float(p * 100) for _s, p in party.histogram]
        self.bars = pg.BarGraphItem(x=seats, height=heights, width=0.8, brush=BAR, pen=BAR)
        self.plot.addItem(self.bars)
        if house and seats and max(seats) >= house // 2 - 2:
            self.plot.addItem(pg.InfiniteLine(house // 2 + 1, angle=90, pen=pg.mkPen(
                MAJORITY, style=Qt.PenStyle.DashLine), label=translate("HistogramChart", "majority"),
                labelOpts={"position": 0.9, "color": MAJORITY}))
        self.plot.setTitle(label, color="#1A1A1A", size="9pt")
        if seats:
            self.plot.setXRange(min(seats) - 1, max(seats) + 1, padding=0)
