"""The charts panel: three tabs on one result, order and neutral controls, highlighting across charts."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from charts_data import maslikhat_17, sample  # noqa: E402

from kzseats_gui.charts.scene import INDEPENDENT  # noqa: E402
from kzseats_gui.ui.charts_panel import ChartsPanel  # noqa: E402

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
