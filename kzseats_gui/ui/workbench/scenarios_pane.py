"""Scenarios: the what-if figures and settings shown, saved under a name in the project file beside the
workbook (``fileio.project_scenarios``; the workbook is never written), reopened with it, opened
again as a what-if, and any two compared side by side (seats per party, the difference, and the two
hemicycles).

A scenario that departs from the law in any way (``core.departures``: the method, the threshold, the
seats, the quota, its edited figures...) is marked "not the law" in the list and in the comparison, its
departures in the tooltip. "Include in exports" is the window's File ▸ Include saved scenarios. When
the project file cannot be read, the pane says so and saves nothing, so the file is left as it is.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core.model import Election
from ...core.result import AllocationResult, Notice
from ...fileio.project_file import ProjectFileError, project_path
from ...fileio.project_scenarios import Scenario, read_scenarios, save_scenarios, scenario_of
from ...fileio.scenario_results import ScenarioOutcome, scenario_outcome
from ...text import render_notice
from ...text.legal import not_the_law_mark
from ..formatting import number_text
from ..i18n import translate_message
from ..onscreen.hemicycle_view import HemicycleView
from .session import WorkbenchSession
from .table_cells import cell, change_cell, fit_columns, least_width, new_table

translate = QCoreApplication.translate
AS_READ = -1  # the comparison's "figures as read" choice
CHARTS_MIN_HEIGHT = 330  # px: a 98-seat house and a legend of eight parties below it


class ScenariosPane(QWidget):
    def __init__(self, session: WorkbenchSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("scenariosPane")
        self.session = session
        self.scenarios: list[Scenario] = []
        self._outcomes: list[ScenarioOutcome] = []  # the scenarios allocated, in the same order
        self._readable = True  # False: the project file is damaged, nothing is saved over it
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("scenarioName")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("scenarioSave")
        self.save_button.clicked.connect(self.save_current)
        self.name_edit.returnPressed.connect(self.save_current)
        self.list = QListWidget(self)
        self.list.setObjectName("scenarioList")
        self.list.setWordWrap(True)  # a long name and its "not the law" wrap in the narrow list
        self.list.itemDoubleClicked.connect(lambda item: self.open_scenario(self.list.row(item)))
        self.open_button, self.delete_button = QPushButton(self), QPushButton(self)
        self.open_button.clicked.connect(lambda: self.open_scenario(self.list.currentRow()))
        self.delete_button.clicked.connect(self.delete_current)
        self.export_check = QCheckBox(self)
        self.export_check.setObjectName("scenarioExport")
        self.message = QLabel(self)
        self.message.setObjectName("scenarioMessage")
        self.message.setWordWrap(True)
        self.left_choice, self.right_choice = QComboBox(self), QComboBox(self)
        for box in (self.left_choice, self.right_choice):
            box.currentIndexChanged.connect(self.compare)
            # A long scenario name shortens in the box (whole in the list and the tooltip) rather than
            # widening the pane past a laptop's tab.
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(8)
        self.table = new_table(self, "scenarioComparison", 4)
        # The two houses side by side, under the table.
        self.left_chart, self.right_chart = HemicycleView(self), HemicycleView(self)
        self.left_chart.setObjectName("scenarioLeftChart")
        self.right_chart.setObjectName("scenarioRightChart")
        # Compact rows, so the whole comparison shows above the two houses on a laptop.
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        charts = QWidget(self)
        # Room for each house with its legend below it, not a scrolling legend cutting its counts off;
        # on a small screen the pane scrolls instead.
        charts.setMinimumHeight(CHARTS_MIN_HEIGHT)
        charts_layout = QHBoxLayout(charts)
        charts_layout.setContentsMargins(0, 0, 0, 0)
        charts_layout.addWidget(self.left_chart)
        charts_layout.addWidget(self.right_chart)
        self.comparison_note = QLabel(self)
        self.comparison_note.setWordWrap(True)

        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.name_edit)
        side_layout.addWidget(self.save_button)
        side_layout.addWidget(self.list, 1)
        # One above the other: side by side, their Russian and Kazakh titles widened the pane past a
        # laptop's tab.
        side_layout.addWidget(self.open_button)
        side_layout.addWidget(self.delete_button)
        side_layout.addWidget(self.export_check)
        side_layout.addWidget(self.message)
        main = QWidget(self)
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(0, 0, 0, 0)
        choose = QHBoxLayout()
        self.versus = QLabel(self)
        choose.addWidget(self.left_choice, 1)
        choose.addWidget(self.versus)
        choose.addWidget(self.right_choice, 1)
        main_layout.addLayout(choose)
        compared = QSplitter(Qt.Orientation.Vertical, main)
        compared.setChildrenCollapsible(False)
        compared.addWidget(self.table)
        compared.addWidget(charts)
        main_layout.addWidget(compared, 1)
        main_layout.addWidget(self.comparison_note)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(side)
        splitter.addWidget(main)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([220, 880])  # the list narrow, the comparison wide (scaled to the pane)
        self._splitter = splitter
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        session.documentChanged.connect(self.reload)
        self.retranslate_ui()

    def fit_width(self, room: int) -> None:
        """The list beside the comparison where both fit ``room`` pixels (the comparison's seats whole),
        else above it."""
        side, main = (self._splitter.widget(k).minimumSizeHint().width() for k in (0, 1))
        main = max(main, least_width(self.table))
        margins = self.layout().contentsMargins()
        needed = side + main + self._splitter.handleWidth() + margins.left() + margins.right()
        wanted = Qt.Orientation.Vertical if needed > room else Qt.Orientation.Horizontal
        if self._splitter.orientation() != wanted:
            self._splitter.setOrientation(wanted)

    def retranslate_ui(self) -> None:
        self.name_edit.setPlaceholderText(translate("ScenariosPane", "Name of the scenario"))
        self.save_button.setText(translate("ScenariosPane", "Save what is shown"))
        self.open_button.setText(translate("ScenariosPane", "Open as what-if"))
        self.delete_button.setText(translate("ScenariosPane", "Delete"))
        self.versus.setText(translate("ScenariosPane", "against"))
        self.export_check.setText(translate("ScenariosPane", "Include in exports"))
        self.export_check.setToolTip(translate(
            "ScenariosPane", "Add the saved scenarios to exported results (a sheet each), to the PDF report "
                             "and to printouts (a section), each marked as a what-if."))
        self.table.setHorizontalHeaderLabels([translate("ScenariosPane", "Party"), "", "",
                                              translate("ScenariosPane", "Difference")])
        self._fill_list()

    def follow_export_choice(self, action: QAction) -> None:
        """Show and set the window's "Include saved scenarios" choice (``action``, checkable)."""
        self.export_check.setChecked(action.isChecked())
        self.export_check.toggled.connect(action.setChecked)
        action.toggled.connect(self.export_check.setChecked)

    # ---- the file ------------------------------------------------------------------------------
    def _workbook(self):
        document = self.session.document()
        return document.path if document is not None else None

    @Slot()
    def reload(self) -> None:
        self.scenarios, self._readable = [], True
        self.message.setText("")
        workbook = self._workbook()
        if workbook is not None:
            try:
                self.scenarios = list(read_scenarios(workbook))
            except ProjectFileError as error:
                self._readable = False
                self.message.setText(self._file_problem(error))
        for box in (self.left_choice, self.right_choice):  # a new workbook: the default choices
            box.blockSignals(True)
            box.clear()
            box.blockSignals(False)
        self._fill_list()

    def _file_problem(self, error: ProjectFileError) -> str:
        params = error.notice.params
        if error.notice.code == "project-file-unwritable":
            return translate("ScenariosPane", "{file}: the scenarios cannot be saved ({problem}); the file "
                                              "is as it was.").format(
                file=params.get("file", ""), problem=params.get("problem", ""))
        return translate("ScenariosPane", "{file}: the scenarios cannot be read ({problem}). Nothing is "
                                          "saved over the file until it is repaired or moved away.").format(
            file=params.get("file", ""), problem=params.get("problem", ""))

    def _store(self, scenarios: list[Scenario]) -> bool:
        workbook = self._workbook()
        if workbook is None or not self._readable:
            return False
        try:
            save_scenarios(workbook, scenarios)
        except ProjectFileError as error:  # damaged: never save over it; unwritable: the user may retry
            self._readable = error.notice.code == "project-file-unwritable"
            self.message.setText(self._file_problem(error))
            return False
        self.scenarios = scenarios
        self.message.setText(translate("ScenariosPane", "Saved in {file}.").format(
            file=project_path(workbook).name))
        self._fill_list()
        return True

    # ---- commands --------------------------------------------------------------------------------
    @Slot()
    def save_current(self) -> None:
        document = self.session.document()
        name = self.name_edit.text().strip()
        if document is None or not name:
            return
        scenario = scenario_of(name, document.baseline, self.session.election(), document.user_overrides)
        kept = [s for s in self.scenarios if s.name != name]  # the same name replaces the earlier one
        if self._store([*kept, scenario]):
            self.name_edit.clear()
            self.list.setCurrentRow(len(self.scenarios) - 1)
            self.right_choice.setCurrentIndex(self.right_choice.findData(len(self.scenarios) - 1))

    def delete_current(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.scenarios):
            self._store(self.scenarios[:row] + self.scenarios[row + 1:])

    def open_scenario(self, row: int) -> None:
        document = self.session.document()
        if document is None or not 0 <= row < len(self.scenarios):
            return
        scenario = self.scenarios[row]
        unmatched = scenario.unmatched(document.baseline)
        if unmatched:  # opening it would show the scenario without the changes it cannot find
            self.message.setText(self._unusable(unmatched))
            return
        text = translate("ScenariosPane", "Open scenario {name}").format(name=scenario.name)
        self.session.open_scenario(scenario.election(document.baseline), scenario.settings, text)

    # ---- showing ---------------------------------------------------------------------------------
    def _outcome(self, scenario: Scenario) -> ScenarioOutcome | None:
        document = self.session.document()
        if document is None:
            return None
        return scenario_outcome(scenario, document.baseline, document.lots)

    def _title(self, outcome: ScenarioOutcome) -> str:
        if outcome.is_the_law:
            return outcome.scenario.name
        if outcome.result is None:  # its settings or figures do not fit this workbook (see the tooltip)
            unusable = translate("ScenariosPane", "{name} \u2014 cannot be used")
            return unusable.format(name=outcome.scenario.name)
        return translate("ScenariosPane", "{name} \u2014 not the law").format(name=outcome.scenario.name)

    def _tip(self, outcome: ScenarioOutcome) -> str:
        if outcome.result is None:
            return self._unusable(outcome.problems)
        return not_the_law_mark(outcome.result, translate_message)

    @staticmethod
    def _unusable(problems: Sequence[Notice]) -> str:
        return "\n".join([translate("ScenariosPane", "This scenario cannot be used:"),
                          *(f"\u2022 {render_notice(p, translate_message)}" for p in problems)])

    def _fill_list(self) -> None:
        row = self.list.currentRow()
        self.list.clear()
        outcomes = [self._outcome(s) for s in self.scenarios]
        self._outcomes = [o for o in outcomes if o is not None]
        for outcome in self._outcomes:
            item = QListWidgetItem(self._title(outcome))
            if not outcome.is_the_law:
                item.setForeground(Qt.GlobalColor.darkRed)
                item.setToolTip(self._tip(outcome))
            self.list.addItem(item)
        if self.scenarios:
            self.list.setCurrentRow(min(max(row, 0), len(self.scenarios) - 1))
        choices = [(translate("ScenariosPane", "Figures as read"), AS_READ)]
        choices += [(self._title(o), k) for k, o in enumerate(self._outcomes)]
        for box, default in ((self.left_choice, AS_READ), (self.right_choice, len(self.scenarios) - 1)):
            kept = box.currentData()
            box.blockSignals(True)
            box.clear()
            for text, data in choices:
                box.addItem(text, data)
            wanted = kept if kept is not None and box.findData(kept) >= 0 else default
            box.setCurrentIndex(max(0, box.findData(wanted)))
            box.blockSignals(False)
        self.compare()

    def _outcome_of(self, choice: int) -> ScenarioOutcome | None:
        document = self.session.document()
        if document is None:
            return None
        if choice == AS_READ or not 0 <= choice < len(self._outcomes):
            return scenario_outcome(Scenario(translate("ScenariosPane", "Figures as read")),
                                    document.baseline, document.lots)
        return self._outcomes[choice]

    def _result_of(self, choice: int) -> tuple[str, Election | None, AllocationResult | None]:
        outcome = self._outcome_of(choice)
        if outcome is None:
            return "", None, None
        if outcome.result is None:
            return outcome.scenario.name, None, None
        return self._title(outcome), outcome.election, outcome.result

    def _show_every_row(self) -> None:
        """The table as tall as its rows (a few parties): the comparison is read whole, not scrolled."""
        table = self.table
        rows = sum(table.rowHeight(row) for row in range(table.rowCount()))
        table.setMinimumHeight(table.horizontalHeader().sizeHint().height() + rows + 2 * table.frameWidth())

    @Slot()
    def compare(self) -> None:
        left, right = self.left_choice.currentData(), self.right_choice.currentData()
        if left is None or right is None or self.session.document() is None:
            self.table.setRowCount(0)
            self.left_chart.clear()
            self.right_chart.clear()
            return
        (left_name, left_election, a), (right_name, right_election, b) = (
            self._result_of(left), self._result_of(right))
        self.table.setHorizontalHeaderLabels([translate("ScenariosPane", "Party"), left_name, right_name,
                                              translate("ScenariosPane", "Difference")])
        self.left_choice.setToolTip(left_name)
        self.right_choice.setToolTip(right_name)
        for chart, election, result in ((self.left_chart, left_election, a),
                                        (self.right_chart, right_election, b)):
            if election is not None and result is not None:
                chart.set_result(election, result)
            else:
                chart.clear()
        if a is None or b is None:
            self.table.setRowCount(0)
            unusable = next((o for o in (self._outcome_of(left), self._outcome_of(right))
                            if o is not None and o.result is None), None)
            self.comparison_note.setText("" if unusable is None else
                                         f"{unusable.scenario.name}: {self._unusable(unusable.problems)}")
            return
        rows = [p for p in a.parties if p.list_seats + p.district_seats or b.party(p.name)]
        self.table.setRowCount(len(rows))
        for row, party in enumerate(rows):
            other = b.party(party.name)
            seats_a = party.list_seats + party.district_seats
            seats_b = other.list_seats + other.district_seats if other else 0
            self.table.setItem(row, 0, cell(party.label, data=party.name))
            self.table.setItem(row, 1, cell(number_text(seats_a), number=True, data=seats_a))
            self.table.setItem(row, 2, cell(number_text(seats_b), number=True, data=seats_b))
            self.table.setItem(row, 3, change_cell(seats_b - seats_a))
        fit_columns(self.table)
        self._show_every_row()
        self.comparison_note.setText(translate(
            "ScenariosPane", "Total seats per party; the difference is the right minus the left."))
