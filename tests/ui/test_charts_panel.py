"""The charts panel: three tabs on one result, order and neutral controls, highlighting across charts."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from charts_data import maslikhat_17, sample  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from kzseats_gui.charts.scene import INDEPENDENT  # noqa: E402
from kzseats_gui.ui.onscreen.charts_panel import ChartsPanel  # noqa: E402

OSDP = "OSDP (Nationwide Social Democratic Party)"


@pytest.fixture(scope="module")
def mazhilis():
    return sample("mazhilis-2023.xlsx")


@pytest.fixture
def panel(qtbot, mazhilis):
    widget = ChartsPanel()
    qtbot.addWidget(widget)
    widget.resize(1100, 650)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_result(*mazhilis)
    return widget


def _wedge_order(panel: ChartsPanel) -> list[str]:
    order: list[str] = []
    for item in panel.hemicycle.seat_items():
        if not order or order[-1] != item.seat.party:
            order.append(item.seat.party)
    return order


def test_tabs_and_all_charts_get_the_result(panel, mazhilis):
    election, result = mazhilis
    assert [panel.tabs.tabText(i) for i in range(panel.tabs.count())] == [
        "Hemicycle",
        "Seats by tier",
        "Quota fill",
    ]
    assert len(panel.hemicycle.seat_items()) == result.settings.total_seats
    assert sum(row.total for row in panel.seats_by_tier.rows()) == result.settings.total_seats
    assert panel.quota_fill.rows()


def test_the_order_list_shows_the_parties_with_seats_in_wedge_order(panel, mazhilis):
    election, result = mazhilis
    parties_with_seats = [p.name for p in result.parties if p.total_seats]
    assert panel.order_list.parties() == [p for p in _wedge_order(panel) if p in parties_with_seats]


def test_order_by_seats_then_back_to_ballot(panel):
    panel.order_box.setCurrentIndex(1)
    assert panel.order() == "seats"
    assert _wedge_order(panel)[0] == "Amanat"
    assert panel.order_list.parties()[0] == "Amanat"
    panel.order_box.setCurrentIndex(0)
    assert panel.order() == "ballot"


def test_dragging_a_party_sets_a_custom_order(panel):
    model = panel.order_list.model()
    row = panel.order_list.parties().index(OSDP)
    # what a drag and drop in the list does: move the row to the top
    assert model.moveRow(model.index(0, 0).parent(), row, model.index(0, 0).parent(), 0)
    assert panel.order() == "custom"
    assert panel.custom_order()[0] == OSDP
    assert _wedge_order(panel)[0] == OSDP


def test_neutral_seats_move_to_the_right_end(panel):
    panel.set_neutral_place("right")
    assert _wedge_order(panel)[-1] == INDEPENDENT
    panel.set_neutral_place("centre")
    assert _wedge_order(panel)[-1] != INDEPENDENT


def test_highlight_reaches_every_chart_and_clicks_are_forwarded(qtbot, panel):
    panel.highlight_party("Respublica")
    assert panel.hemicycle.highlighted_party() == "Respublica"
    assert panel.seats_by_tier.highlighted_party() == "Respublica"
    with qtbot.waitSignal(panel.partyClicked, timeout=1000) as signal:
        panel.seats_by_tier.partyClicked.emit("Amanat")
    assert signal.args == ["Amanat"]
    assert panel.hemicycle.highlighted_party() == "Amanat"
    assert panel.quota_fill.highlighted_party() == "Amanat"


def test_a_new_result_keeps_the_order_and_clear_empties_everything(panel):
    panel.set_order("seats")
    election, result = maslikhat_17()
    panel.set_result(election, result)
    assert panel.order() == "seats"
    assert _wedge_order(panel)[0] == "«AMANAT» партиясы"
    panel.clear()
    assert panel.hemicycle.seat_items() == []
    assert panel.seats_by_tier.rows() == () and panel.quota_fill.rows() == ()
    assert panel.order_list.count() == 0


def test_the_order_controls_sit_in_a_row_above_the_chart_and_take_no_width_beside_it(panel):
    page = panel.tabs.widget(0)
    controls = panel.controls.geometry()
    chart = panel.hemicycle.geometry()
    assert controls.bottom() <= chart.top()  # a toolbar row above, not a column beside
    assert chart.width() >= page.width() - 2
    assert not panel.order_popup.isVisible()  # the drag list opens only on demand


def test_the_custom_order_list_opens_from_the_button_and_from_choosing_custom(qtbot, panel):
    qtbot.mouseClick(panel.custom_button, Qt.MouseButton.LeftButton)
    assert panel.order_popup.isVisible()
    assert panel.order_list.parties() and panel.order_list.hasFocus()
    panel.order_popup.close()
    panel.order_box.setCurrentIndex(2)
    panel.order_box.activated.emit(2)  # what choosing "Custom" in the list does
    assert panel.order_popup.isVisible()
    panel.order_popup.close()


def test_a_party_can_be_moved_with_the_keyboard(qtbot, panel):
    panel.open_custom_order()
    first = panel.order_list.parties()[0]
    panel.order_list.setCurrentRow(0)
    qtbot.keyClick(panel.order_list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert panel.order() == "custom"
    assert panel.custom_order()[1] == first
    assert _wedge_order(panel)[1] == first
    panel.order_popup.close()


def test_the_control_row_stacks_its_groups_when_narrow(qtbot, panel):
    panel.resize(1100, 650)
    qtbot.waitUntil(lambda: not panel.controls.is_stacked())
    panel.resize(330, 650)
    qtbot.waitUntil(panel.controls.is_stacked)
    # the row wraps instead of widening the panel
    qtbot.waitUntil(lambda: panel.minimumSizeHint().width() <= 330, timeout=2000)


def test_clicking_a_legend_row_highlights_its_party_everywhere(qtbot, panel):
    legend = panel.hemicycle.legend
    auyl = next(party for party in legend.parties() if party.startswith("Auyl"))
    row = legend.parties().index(auyl)
    with qtbot.waitSignal(panel.partyClicked, timeout=1000) as signal:
        qtbot.mouseClick(
            legend.viewport(), Qt.MouseButton.LeftButton, pos=legend.visualItemRect(legend.item(row)).center()
        )
    assert signal.args == [auyl]
    assert panel.seats_by_tier.highlighted_party() == auyl
    assert legend.item(row).isSelected()


def test_charts_on_hidden_tabs_are_drawn_when_their_tab_opens(qtbot, mazhilis):
    widget = ChartsPanel()
    qtbot.addWidget(widget)
    widget.resize(700, 500)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_result(*mazhilis)
    assert widget.seats_by_tier.rows()  # the numbers are there at once ...
    assert not widget.seats_by_tier.is_drawn()  # ... the drawing waits for the tab
    widget.tabs.setCurrentIndex(1)
    assert widget.seats_by_tier.is_drawn() and widget.seats_by_tier.list_bars is not None


def test_the_keyboard_reaches_the_controls_and_the_legend(qtbot, panel):
    panel.activateWindow()
    qtbot.waitActive(panel)
    panel.order_box.setFocus()
    for expected in (panel.custom_button, panel.neutral_box, panel.hemicycle.legend):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is expected
    legend = panel.hemicycle.legend
    legend.setCurrentRow(legend.parties().index("Respublica"))
    with qtbot.waitSignal(panel.partyClicked, timeout=1000) as signal:
        qtbot.keyClick(legend, Qt.Key.Key_Return)
    assert signal.args == ["Respublica"]
