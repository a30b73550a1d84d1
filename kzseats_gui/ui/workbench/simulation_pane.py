"""Uncertainty: the list vote drawn many times (``core.simulation``), each run allocated exactly, in the
background with progress and Cancel. Per party the seat histogram, P(pass), P(majority) and
P(two-thirds); the seed is shown and can be typed in again to repeat a run.
"""

from __future__ import annotations

from fractions import Fraction

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core.simulation import SimulationResult, new_seed, simulate
from ...core.simulation_models import Model
from ..formatting import counted, fixed_decimal, number_text, percent_text
from ..session.task_runner import TaskRunner
from ..views.number_spin_box import DecimalSpinBox, NumberSpinBox
from .histogram_chart import HistogramChart
from .session import WorkbenchSession
from .table_cells import cell, fit_columns, new_table

translate = QCoreApplication.translate
DEFAULT_RUNS = 100_000


def simulation_job(election, settings, lots, runs, spread, seed, model, poll_size, vary_districts):
    lots = tuple(lots)

    def run(progress, is_cancelled) -> SimulationResult:
        return simulate(election, settings, runs, spread, seed, model=model, poll_size=poll_size,
                        vary_districts=vary_districts, lots=lots, progress=progress,
                        is_cancelled=is_cancelled)

    return run


class SimulationPane(QWidget):
    def __init__(self, session: WorkbenchSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("simulationPane")
        self.session = session
        self.runner = TaskRunner(self)
        self.runner.progressed.connect(self._on_progress)
        self.runner.succeeded.connect(self._on_done)
        self.runner.failed.connect(self._on_failed)
        self.runner.cancelled.connect(self._on_cancelled)
        self.result: SimulationResult | None = None
        self._figures: tuple | None = None  # (election, settings) of the run under way or shown
        self._shown_figures: tuple | None = None  # ... of the result shown
        self._closed = False
        self._running = False

        self.model = QComboBox(self)
        self.model.setObjectName("simulationModel")
        for model in Model:
            self.model.addItem("", model)
        self.model.currentIndexChanged.connect(self._on_model_chosen)
        self.spread = DecimalSpinBox(self)
        self.spread.setObjectName("simulationSpread")
        self.spread.setRange(0.0, 100.0)
        self.spread.setDecimals(2)
        self.spread.setValue(2.0)
        self.poll_size = NumberSpinBox(self)
        self.poll_size.setObjectName("simulationPollSize")
        self.poll_size.setRange(1, 10_000_000)
        self.poll_size.setValue(1_000)
        self.poll_size.setGroupSeparatorShown(True)
        self.runs = NumberSpinBox(self)
        self.runs.setObjectName("simulationRuns")
        self.runs.setRange(1, 10_000_000)
        self.runs.setSingleStep(10_000)
        self.runs.setValue(DEFAULT_RUNS)
        self.runs.setGroupSeparatorShown(True)
        self.seed = NumberSpinBox(self)  # an identifier: never grouped
        self.seed.setObjectName("simulationSeed")
        self.seed.setRange(0, 2**31 - 1)
        self.seed.setValue(new_seed())
        self.new_seed_button = QPushButton(self)
        self.new_seed_button.clicked.connect(lambda: self.seed.setValue(new_seed()))
        self.districts = QCheckBox(self)
        self.districts.setObjectName("simulationDistricts")
        self.run_button, self.cancel_button = QPushButton(self), QPushButton(self)
        self.run_button.setObjectName("simulationRun")
        self.cancel_button.setObjectName("simulationCancel")
        self.run_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.runner.cancel)
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("simulationProgress")
        self.status = QLabel(self)
        self.status.setObjectName("simulationStatus")
        self.status.setWordWrap(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self._labels = [QLabel(self) for _ in range(5)]
        seed_row = QHBoxLayout()
        seed_row.addWidget(self.seed)
        seed_row.addWidget(self.new_seed_button)
        seed_row.addStretch(1)
        for label, field in zip(self._labels, (self.model, self.spread, self.poll_size, self.runs, seed_row),
                                strict=True):
            form.addRow(label, field)
        form.addRow(self.districts)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.progress, 1)

        self.table = new_table(self, "simulationTable", 6, seat_columns=(1, 2))
        self.table.currentCellChanged.connect(lambda row, *_: self._show_histogram(row))
        self.histogram = HistogramChart(self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.histogram)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        session.documentChanged.connect(self._on_document_changed)
        session.analysed.connect(lambda _analysis: self._show_status())
        self._on_model_chosen()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        names = {Model.ABSOLUTE: translate("SimulationPane", "Absolute points"),
                 Model.PROPORTIONAL: translate("SimulationPane", "Proportional to each share"),
                 Model.POLL: translate("SimulationPane", "A poll of N respondents")}
        for index in range(self.model.count()):
            self.model.setItemText(index, names[self.model.itemData(index)])
        for label, text in zip(self._labels, (
                translate("SimulationPane", "Uncertainty"), translate("SimulationPane", "Spread"),
                translate("SimulationPane", "Poll size"), translate("SimulationPane", "Runs"),
                translate("SimulationPane", "Seed")), strict=True):
            label.setText(text)
        self._on_model_chosen()
        self.new_seed_button.setText(translate("SimulationPane", "New seed"))
        self.districts.setText(translate("SimulationPane", "Draw the districts' votes too"))
        self.run_button.setText(translate("SimulationPane", "Simulate"))
        self.cancel_button.setText(translate("SimulationPane", "Cancel"))
        self.table.setHorizontalHeaderLabels([
            translate("SimulationPane", "Party"), translate("SimulationPane", "Seats (mean)"),
            translate("SimulationPane", "Seats, 5\u201395 %"), translate("SimulationPane", "P(pass)"),
            translate("SimulationPane", "P(majority)"), translate("SimulationPane", "P(two-thirds)"),
        ])
        self.histogram.retranslate_ui()
        if self.result is not None:
            self._show_result(self.result)

    def _on_model_chosen(self, *_args) -> None:
        model = self.model.currentData()
        self.poll_size.setEnabled(model is Model.POLL)
        self.spread.setEnabled(model is not Model.POLL)
        self.spread.setSuffix(translate("SimulationPane", " % of each share") if model is Model.PROPORTIONAL
                              else translate("SimulationPane", " points"))

    # ---- running ---------------------------------------------------------------------------------
    def shutdown(self) -> None:
        self._closed = True
        self.runner.shutdown()

    def is_running(self) -> bool:
        return self.runner.is_busy()

    @Slot()
    def start(self) -> None:
        document = self.session.document()
        if document is None or document.settings is None or self._closed:
            return
        model = self.model.currentData()
        spread = Fraction(str(round(self.spread.value(), 2)))
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        status = translate("SimulationPane", "Simulating\u2026")
        if self.result is not None:  # the table is not this run's until it ends
            status += " " + translate("SimulationPane", "The table shows the earlier simulation until "
                                                        "this one ends.")
        self.status.setText(status)
        self._figures = (document.election, document.settings)
        self._running = True
        self.runner.submit(simulation_job(
            document.election, document.settings, document.lots, self.runs.value(), spread,
            self.seed.value(), model, self.poll_size.value() if model is Model.POLL else None,
            self.districts.isChecked()), document.number)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setValue(int(100 * done / total))

    def _stopped(self) -> None:
        self._running = False
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)

    @Slot(object, object)
    def _on_done(self, _tag: object, result: object) -> None:
        self._stopped()
        if isinstance(result, SimulationResult):
            self.progress.setValue(100)
            self.result, self._shown_figures = result, self._figures
            self._show_result(result)

    @Slot(object, object)
    def _on_failed(self, _tag: object, failure: object) -> None:
        self._stopped()
        self.status.setText(translate("SimulationPane", "The simulation failed: {error}").format(
            error=getattr(failure, "error", failure)))

    @Slot(object)
    def _on_cancelled(self, _tag: object) -> None:
        self._stopped()
        self.progress.setValue(0)  # a bar left part full would read as runs kept
        self._show_status(translate("SimulationPane", "Cancelled; no runs of it are kept."))

    def _on_document_changed(self) -> None:
        self.runner.cancel()
        self.result = self._shown_figures = None
        self.table.setRowCount(0)
        self.histogram.clear()
        self.status.setText("")

    # ---- showing ---------------------------------------------------------------------------------
    def _summary(self, result: SimulationResult) -> str:
        status = counted(translate("SimulationPane", "%n run(s)", "", result.runs), result.runs)
        status = status.replace(str(result.runs), number_text(result.runs), 1)  # "100 000", not "100000"
        status += " \u00b7 " + translate("SimulationPane", "seed {seed}").format(seed=result.seed)
        status += " \u00b7 " + self.model.itemText(self.model.findData(result.model))
        if result.runs_with_open_tie:
            ties = result.runs_with_open_tie
            tied = translate("SimulationPane",
                             "{runs} run(s) ended in a tie, counted by the odds of a fair lot")
            status += " \u00b7 " + counted(tied, ties).format(runs=number_text(ties))
        return status

    def _show_status(self, event: str = "") -> None:
        """What happened last (``event``), which run the table shows, and whether the figures have
        changed since it ran."""
        if self._running:
            return  # "Simulating…" stays until the run ends
        if self.result is None:
            self.status.setText(event)
            return
        parts = [event, translate("SimulationPane", "Shown: the earlier simulation, {summary}.").format(
            summary=self._summary(self.result))] if event else [self._summary(self.result)]
        document = self.session.document()
        shown = self._shown_figures
        if document is not None and shown is not None and (
                shown[0] is not document.election or shown[1] != document.settings):
            parts[-1] = parts[-1].rstrip(".") + "."
            parts.append(translate("SimulationPane", "The figures or settings have changed since: press "
                                                     "Simulate to run it again on what is shown now."))
        self.status.setText(" ".join(parts))

    def _show_result(self, result: SimulationResult) -> None:
        self._show_status()
        analysis = self.session.analysis
        labels = {p.name: p.label for p in analysis.result.parties} if analysis is not None else {}
        self.table.setRowCount(len(result.parties))
        for row, party in enumerate(result.parties):
            values = [
                cell(labels.get(party.name, party.name), data=party.name),
                cell(fixed_decimal(party.seats_mean, 1), number=True),
                cell(f"{number_text(party.seats_p05)}\u2013{number_text(party.seats_p95)}", number=True),
                cell(percent_text(party.p_pass, 1), number=True),
                cell(percent_text(party.p_majority, 1), number=True),
                cell(percent_text(party.p_two_thirds, 1), number=True),
            ]
            for column, item in enumerate(values):
                self.table.setItem(row, column, item)
        fit_columns(self.table)
        if result.parties:
            self.table.setCurrentCell(0, 0)
            self._show_histogram(0)

    def _show_histogram(self, row: int) -> None:
        if self.result is None or not 0 <= row < len(self.result.parties):
            return
        party = self.result.parties[row]
        self.histogram.show_party(party, self.table.item(row, 0).text(), self.result.house)
