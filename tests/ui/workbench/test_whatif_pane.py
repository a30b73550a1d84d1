"""What-if editing: counts, shares, swings and district winners change the result shown; the seats
that changed hands are marked in the table and on the hemicycle; every edit and setting undoes."""

from fractions import Fraction

from PySide6.QtCore import Qt

from kzseats_gui.core.allocator import allocate
from kzseats_gui.ui.workbench import edits
from kzseats_gui.ui.workbench import window_hooks as hooks
from kzseats_gui.ui.workbench.whatif_pane import SHARE, VOTES


def _row(table, name):
    for row in range(table.rowCount()):
        if table.item(row, 0).data(Qt.ItemDataRole.UserRole) == name:
            return row
    raise AssertionError(f"{name} not in the table")


def _type(table, name, column, text):
    table.item(_row(table, name), column).setText(text)


def test_a_swing_moves_votes_changes_seats_and_undoes(window, opened, settled, list_only_2023):
    baseline = opened(list_only_2023)
    pane = window.workbench.whatif
    assert baseline.changed_seats == 0
    assert pane.reset_button.isEnabled() is False
    pane.swing_from.setCurrentIndex(pane.swing_from.findData("Amanat"))
    pane.swing_to.setCurrentIndex(pane.swing_to.findData("Auyl"))
    pane.swing_points.setValue(5.0)
    pane.apply_swing()
    analysis = settled(window)
    document = hooks.document(window)
    valid = sum(v for _n, v in [(p.name, p.votes) for p in document.baseline.list_parties]) + \
        document.baseline.against_all
    moved = 5 * valid // 100
    assert document.election.party("Amanat").votes == 3_431_510 - moved
    assert document.election.party("Auyl").votes == 693_938 + moved
    expected = allocate(document.election, document.settings)
    assert hooks.document(window).result.party("Auyl").list_seats == expected.party("Auyl").list_seats
    gain = analysis.seat_change("Auyl")
    assert gain > 0 and analysis.seat_change("Amanat") < 0
    change = pane.parties.item(_row(pane.parties, "Auyl"), 5)
    assert change.text() == f"+{gain}"
    assert window.workbench.changed_seats.outlined().get("Auyl") == gain
    legend_row = window.workbench.changed_seats.legend_row()
    assert legend_row.text() == f"Changed hands: {analysis.changed_seats} seats"
    assert "change hands" in pane.state_label.text()
    assert pane.parties.item(_row(pane.parties, "Respublica"), 5).text() == "0"  # no change, not empty
    assert pane.parties.item(_row(pane.parties, edits.AGAINST_ALL), 5).text() == "\u2014"  # holds none

    assert "Move 5.00 points from Amanat to Auyl" in pane.undo_button.toolTip()
    pane.undo_button.click()
    analysis = settled(window)
    assert hooks.document(window).election is hooks.document(window).baseline
    assert analysis.changed_seats == 0
    assert window.workbench.changed_seats.legend_row() is None
    assert window.workbench.changed_seats.outlined() == {}  # no outline left on the seats either
    assert hooks.document(window).result.party("Amanat").list_seats == 40
    assert pane.redo_button.isEnabled()
    pane.redo_button.click()
    assert settled(window).seat_change("Auyl") == gain


def test_the_outline_follows_the_latest_changes_only(window, opened, list_only_2023):
    # The chart can be rebuilt between two analyses (a resize, the result coming back): an outline
    # drawn for the earlier changes must go when the next changes arrive, not stay on its seats.
    opened(list_only_2023)
    changed = window.workbench.changed_seats
    changed.show({"Auyl": 2, "Amanat": -2})
    assert changed.outlined() == {"Auyl": 2}
    changed.show({"Respublica": 1, "Amanat": -1})
    assert changed.outlined() == {"Respublica": 1}
    changed.show({})
    assert changed.outlined() == {} and changed.legend_row() is None


def test_typed_count_and_share_are_allocated(window, opened, settled, list_only_2023):
    opened(list_only_2023)
    pane = window.workbench.whatif
    _type(pane.parties, "Baytaq", VOTES, "400 000")
    analysis = settled(window)
    assert hooks.document(window).election.party("Baytaq").votes == 400_000
    baytaq = hooks.document(window).result.party("Baytaq")
    assert baytaq.passed and baytaq.list_seats > 0
    assert analysis.seat_change("Baytaq") == hooks.document(window).result.party("Baytaq").list_seats

    _type(pane.parties, "OSDP", SHARE, "2,5")
    settled(window)
    election = hooks.document(window).election
    share = Fraction(election.party("OSDP").votes, edits.valid_list_votes(election))
    assert abs(share - Fraction(25, 1000)) < Fraction(1, 10**6)
    assert not hooks.document(window).result.party("OSDP").passed

    _type(pane.parties, "Auyl", VOTES, "many")  # not a number: nothing changes, the figure comes back
    assert window.workbench.session.undo_stack.count() == 2
    assert pane.parties.item(_row(pane.parties, "Auyl"), VOTES).text().replace("\u202f", " ").replace(
        "\u00a0", " ") == "693 938"


def test_against_all_is_edited_like_a_party(window, opened, settled, list_only_2023):
    opened(list_only_2023)
    pane = window.workbench.whatif
    _type(pane.parties, edits.AGAINST_ALL, VOTES, "2000000")
    settled(window)
    assert hooks.document(window).election.against_all == 2_000_000
    # a larger threshold base: OSDP (331 058 votes) no longer reaches 5 %
    assert not hooks.document(window).result.party("OSDP").passed


def test_a_district_winner_is_chosen(window, opened, settled):
    from kzseats_gui.ui.user_files import sample_copy

    analysis = opened(sample_copy())
    pane = window.workbench.whatif
    first = analysis.districts[0]
    box = pane.districts.cellWidget(0, 1)
    other = next(i for i in range(box.count()) if box.itemData(i) != first.winner)
    chosen = box.itemData(other)
    box.setCurrentIndex(other)
    box.activated.emit(other)
    analysis = settled(window)
    outcome = next(d for d in hooks.document(window).result.districts if d.key == first.district)
    assert outcome.winner == chosen
    if outcome.party != first.party and first.party is not None:
        assert analysis.seat_change(first.party) == -1
    assert pane.districts.cellWidget(0, 1).currentData() == chosen


def test_settings_changes_are_undone_too(window, opened, settled, qtbot, list_only_2023):
    opened(list_only_2023)
    panel = hooks.settings_panel(window)
    spin = panel.field_widget("threshold_percent")
    spin.setValue(7.0)
    qtbot.waitUntil(lambda: hooks.document(window).settings.threshold_percent == 7)
    settled(window)
    stack = window.workbench.session.undo_stack
    assert stack.count() == 1
    stack.undo()
    analysis = settled(window)
    assert hooks.document(window).settings.threshold_percent == 5
    assert spin.value() == 5.0
    assert analysis.settings.threshold_percent == 5
    stack.redo()
    settled(window)
    assert hooks.document(window).settings.threshold_percent == 7


def test_a_swing_without_a_receiving_party_says_why_apply_is_off(window, opened, list_only_2023):
    opened(list_only_2023)
    pane = window.workbench.whatif
    assert pane.swing_button.isEnabled()
    pane.swing_to.setCurrentIndex(pane.swing_from.currentIndex())
    assert not pane.swing_button.isEnabled()
    assert "same" in pane.swing_button.toolTip()
    pane.swing_to.setCurrentIndex(-1)
    assert not pane.swing_button.isEnabled()
    assert "gains" in pane.swing_button.toolTip()
    pane.swing_to.setCurrentIndex(pane.swing_to.findData("Auyl"))
    pane.swing_from.setCurrentIndex(pane.swing_from.findData("Amanat"))
    assert pane.swing_button.isEnabled() and "Auyl" in pane.swing_button.toolTip()
