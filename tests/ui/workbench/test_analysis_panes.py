"""The methods, margins and uncertainty panes show the core's exact figures for the figures shown."""

from PySide6.QtCore import Qt

from kzseats_gui.core.comparison import compare_methods
from kzseats_gui.core.seat_curve import seat_curve
from kzseats_gui.core.sensitivity import sensitivity
from kzseats_gui.core.simulation import simulate
from kzseats_gui.ui.formatting import number_text, percent_text
from kzseats_gui.ui.workbench import window_hooks as hooks
from kzseats_gui.ui.workbench.margins_pane import GAIN, LOSE, THRESHOLD


def _row(table, name):
    for row in range(table.rowCount()):
        if table.item(row, 0).data(Qt.ItemDataRole.UserRole) == name:
            return row
    raise AssertionError(f"{name} not in the table")


def test_methods_side_by_side_with_the_differences_marked(window, opened, list_only_2023):
    analysis = opened(list_only_2023)
    table = window.workbench.methods.table
    document = hooks.document(window)
    expected = compare_methods(document.election, document.settings)
    assert table.columnCount() == 6
    assert "Hare" in table.horizontalHeaderItem(2).text()
    marked = 0
    for row, name in enumerate(expected.parties):
        assert table.item(row, 0).data(Qt.ItemDataRole.UserRole) == name
        for offset, column in enumerate(expected.columns):
            item = table.item(row, 2 + offset)
            assert item.data(Qt.ItemDataRole.UserRole) == column.list_seats[name]
            is_marked = item.font().bold()
            assert is_marked == (name in column.differs)
            marked += is_marked
    assert marked > 0  # D'Hondt gives Amanat more than Hare on the 2023 figures
    assert analysis.comparison.column(expected.columns[2].method).list_seats["Amanat"] > 40
    assert "not the law" in window.workbench.methods.note.text()


def test_margins_are_the_exact_figures_and_apply_as_what_if(window, opened, settled, qtbot, list_only_2023):
    opened(list_only_2023)
    pane = window.workbench.margins
    document = hooks.document(window)
    figures = {f.name: f for f in sensitivity(document.election, document.settings)}
    for name, f in figures.items():
        row = _row(pane.parties, name)
        assert pane.parties.item(row, GAIN).data(Qt.ItemDataRole.UserRole) == f.votes_to_gain_seat
        assert pane.parties.item(row, LOSE).data(Qt.ItemDataRole.UserRole) == f.votes_to_lose_seat
    assert pane.parties.item(_row(pane.parties, "Baytaq"), THRESHOLD).data(
        Qt.ItemDataRole.UserRole) == figures["Baytaq"].votes_to_threshold
    assert "next seat goes to" in pane.next_seat.text()

    row = _row(pane.parties, "Auyl")
    pane.parties.cellClicked.emit(row, GAIN)
    analysis = settled(window)
    assert hooks.document(window).election.party("Auyl").votes == 693_938 + figures["Auyl"].votes_to_gain_seat
    assert analysis.list_seat_change("Auyl") == 1
    # the pane says what was applied and what it did, and offers to undo it there
    assert "What-if: one seat changes hands." in pane.applied.text() and "Auyl" in pane.applied.text()
    assert pane.undo_button.isVisibleTo(pane)
    pane.undo_button.click()
    settled(window)
    assert hooks.document(window).election is hooks.document(window).baseline
    assert not pane.undo_button.isVisibleTo(pane) and "Click a figure" in pane.applied.text()
    row = _row(pane.parties, "Baytaq")
    pane.parties.cellClicked.emit(row, THRESHOLD)
    assert settled(window).result.party("Baytaq").passed


def test_the_seat_curve_is_the_exact_steps_of_the_selected_party(window, opened, list_only_2023):
    analysis = opened(list_only_2023)
    pane = window.workbench.margins
    pane.parties.setCurrentCell(_row(pane.parties, "Respublica"), 0)
    chart = pane.chart
    curve = analysis.curves["Respublica"]
    assert chart.curve is curve
    xs, ys = chart.step_item.xData, chart.step_item.yData
    assert list(xs[:-1]) == [s.votes for s in curve.steps]
    assert list(ys) == [s.list_seats for s in curve.steps]
    assert curve.seats_at(curve.votes) == curve.list_seats == 6
    assert ys[0] == 0 and curve.threshold_votes is not None


def test_district_margins_flip_a_district(window, opened, settled):
    from kzseats_gui.ui.user_files import sample_copy

    analysis = opened(sample_copy())
    pane = window.workbench.margins
    first = analysis.districts[0]
    assert pane.districts.item(0, 3).data(Qt.ItemDataRole.UserRole) is None
    pane.districts.cellClicked.emit(0, 4)
    settled(window)
    outcome = next(d for d in hooks.document(window).result.districts if d.key == first.district)
    assert outcome.winner == first.runner_up


def test_simulation_runs_in_the_background_with_a_reusable_seed(window, opened, qtbot, list_only_2023):
    opened(list_only_2023)
    pane = window.workbench.simulation
    pane.runs.setValue(3_000)
    pane.seed.setValue(12345)
    with qtbot.waitSignal(pane.runner.succeeded, timeout=30_000):
        pane.start()
    first = pane.result
    document = hooks.document(window)
    expected = simulate(document.election, document.settings, 3_000, 2, 12345)
    assert first.parties == expected.parties
    assert "12345" in pane.status.text()
    row = _row(pane.table, "Amanat")
    amanat = expected.parties[row]
    assert 0 < amanat.p_majority < 1  # 40 of 69 seats, a majority in most runs but not all
    assert pane.table.item(row, 4).text() == percent_text(amanat.p_majority, 1)
    assert pane.table.item(row, 3).text() == percent_text(amanat.p_pass, 1)
    assert len(pane.histogram.bars.opts["x"]) == len(first.parties[row].histogram)

    pane.spread.setValue(0.0)
    with qtbot.waitSignal(pane.runner.succeeded, timeout=30_000):
        pane.start()
    for party in pane.result.parties:  # no spread: every run is the plain allocation
        plain = hooks.document(window).result.party(party.name)
        assert party.seats_p05 == party.seats_p95 == plain.list_seats


def test_a_long_simulation_can_be_cancelled(window, opened, qtbot, list_only_2023):
    opened(list_only_2023)
    pane = window.workbench.simulation
    pane.runs.setValue(10_000_000)
    pane.start()
    assert pane.cancel_button.isEnabled()
    with qtbot.waitSignal(pane.runner.cancelled, timeout=10_000):
        pane.cancel_button.click()
    assert pane.run_button.isEnabled() and pane.result is None
    assert "Cancelled" in pane.status.text() and pane.progress.value() == 0


def test_after_a_cancel_or_an_edit_the_pane_says_which_run_it_shows(window, opened, settled, qtbot,
                                                                    list_only_2023):
    opened(list_only_2023)
    pane = window.workbench.simulation
    pane.runs.setValue(2_000)
    pane.seed.setValue(777)
    with qtbot.waitSignal(pane.runner.succeeded, timeout=30_000):
        pane.start()
    earlier = pane.result
    assert f"{number_text(2_000)} runs" in pane.status.text()  # grouped like every count in the window
    pane.runs.setValue(10_000_000)
    pane.start()
    assert "earlier simulation" in pane.status.text()  # while it runs, the table is not its own yet
    with qtbot.waitSignal(pane.runner.cancelled, timeout=10_000):
        pane.cancel_button.click()
    # the table still holds the earlier run: the status says so, with its seed
    assert pane.result is earlier and pane.table.rowCount() == len(earlier.parties)
    assert "Cancelled" in pane.status.text() and "earlier simulation" in pane.status.text()
    assert "seed 777" in pane.status.text() and pane.progress.value() == 0

    whatif = window.workbench.whatif
    whatif.swing_from.setCurrentIndex(whatif.swing_from.findData("Amanat"))
    whatif.swing_to.setCurrentIndex(whatif.swing_to.findData("Auyl"))
    whatif.apply_swing()
    settled(window)
    assert "have changed since" in pane.status.text()  # the runs are of the figures before the edit
    window.workbench.session.undo_stack.undo()
    settled(window)
    assert "changed since" not in pane.status.text() and "seed 777" in pane.status.text()


def test_a_failing_analysis_is_logged_and_the_window_goes_on(window, open_and_wait, qtbot, log_file,
                                                              monkeypatch, list_only_2023):
    from kzseats_gui.ui.workbench import analysis

    def broken(*_args):
        raise RuntimeError("sensitivity broke")

    monkeypatch.setattr(analysis, "sensitivity", broken)
    open_and_wait(window, list_only_2023)
    qtbot.waitUntil(lambda: log_file.exists() and "sensitivity broke" in log_file.read_text(encoding="utf-8"))
    assert "workbench analysis" in log_file.read_text(encoding="utf-8")
    assert hooks.document(window).result.party("Amanat").list_seats == 40
    assert window.workbench.session.analysis is None
    bench = window.workbench  # each pane says why it is empty, rather than nothing at all
    qtbot.waitUntil(lambda: "could not analyse" in bench.whatif.state_label.text())
    assert "could not analyse" in bench.margins.applied.text()
    assert "could not analyse" in bench.methods.note.text()


def test_where_more_votes_cost_a_seat_the_margins_say_so_and_the_chart_steps_down(window, opened, workbook):
    # The 2007-2021 rules with one list far ahead: only it passes 7 %, the next list comes in as the
    # runner-up (2009 rule), and somewhere between 0 and twice its count more votes give it fewer seats.
    path = workbook("2007.xlsx", {
        "Election": [("Setting", "Value"), ("Body", "mazhilis-2007")],
        "Parties": [("Party", "Votes"), ("Leader", 4_331_396), ("Second", 31_703), ("Third", 33_340),
                    ("Against all", 170_274)],
    })
    analysis = opened(path)
    document = hooks.document(window)
    falling = {name for name in ("Leader", "Second", "Third")
               if seat_curve(document.election, document.settings, name).falls}
    assert falling  # the case this test is about
    pane = window.workbench.margins
    for name in ("Leader", "Second", "Third"):
        assert pane.parties.item(_row(pane.parties, name), 0).font().bold() == (name in falling)
    assert pane.falls_note.isVisibleTo(pane) and "fewer list seats" in pane.falls_note.text()
    assert all(name in pane.falls_note.text() for name in falling)

    name = sorted(falling)[0]
    pane.parties.setCurrentCell(_row(pane.parties, name), 0)
    chart, curve = pane.chart, analysis.curves[name]
    xs, ys = list(chart.step_item.xData), list(chart.step_item.yData)
    assert xs[:-1] == [s.votes for s in curve.steps] and ys == [s.list_seats for s in curve.steps]
    downs = [k for k in range(1, len(ys)) if ys[k] < ys[k - 1]]  # drawn as steps down, where they are
    assert downs and list(chart.fall_item.xData) == [xs[k] for k in downs]
    assert chart.falls_note.isVisibleTo(chart) and name in chart.falls_note.text()

    plain = next(n for n in ("Leader", "Second", "Third") if n not in falling)
    pane.parties.setCurrentCell(_row(pane.parties, plain), 0)
    assert chart.fall_item is None and not chart.falls_note.isVisibleTo(chart)
