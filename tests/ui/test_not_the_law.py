"""The window marks a comparison "not the law" for every departure, and clears the mark for the law."""

from conftest import AGAINST_ALL_2023, PARTIES_2023


def test_the_banner_names_every_departure_and_goes_away_for_the_legal_result(qtbot, window, workbook,
                                                                           open_and_wait):
    rows = [("Party", "Votes"), *PARTIES_2023, ("Against all", AGAINST_ALL_2023)]
    comparison = workbook("dhondt.xlsx", {
        "Election": [("Setting", "Value"), ("Method", "dhondt"), ("Quota rounding", "floor")],
        "Parties": rows,
    })
    legal = workbook("legal.xlsx", {"Election": [("Setting", "Value")], "Parties": rows})
    result = open_and_wait(window, comparison)
    assert result.departures == ("method", "quota-rounding")
    banner = window.panes.not_the_law_banner
    assert banner.isVisibleTo(window)
    assert banner.text().startswith("NOT THE LAW — a comparison: the D'Hondt method")
    assert "rounded down" in banner.text()
    assert window.panes.summary_view.method_notice()  # the badge beside the title too
    result = open_and_wait(window, legal)
    assert result.departures == () and not banner.isVisibleTo(window)
    assert window.panes.summary_view.method_notice() == ""


def test_a_departure_other_than_the_method_gets_the_same_badge(qtbot, window, workbook, open_and_wait):
    rows = [("Party", "Votes"), *PARTIES_2023, ("Against all", AGAINST_ALL_2023)]
    floor = workbook("floor.xlsx", {
        "Election": [("Setting", "Value"), ("Quota rounding", "floor")], "Parties": rows,
    })
    result = open_and_wait(window, floor)
    assert result.departures == ("quota-rounding",)
    assert window.panes.not_the_law_banner.isVisibleTo(window)
    assert window.panes.summary_view.method_notice() == "Not the law"


def test_breakdown_chart_exports_carry_the_mark_above_the_chart(qtbot, tmp_path):
    from PySide6.QtGui import QColor, QImage
    from PySide6.QtWidgets import QLabel

    from kzseats_gui.charts.scene import NOT_THE_LAW_RED
    from kzseats_gui.ui.onscreen.breakdown_export import MARK_HEIGHT, export_widget_chart

    chart = QLabel("Seats by tier")
    qtbot.addWidget(chart)
    chart.resize(400, 200)
    marked, plain = tmp_path / "marked.png", tmp_path / "plain.png"
    export_widget_chart(chart, marked, 96, mark="NOT THE LAW — a comparison: D'Hondt")
    export_widget_chart(chart, plain, 96)
    image, clean = QImage(str(marked)), QImage(str(plain))
    assert image.height() == clean.height() + MARK_HEIGHT
    assert image.pixelColor(2, 2) == QColor(NOT_THE_LAW_RED)
    assert clean.pixelColor(2, 2) != QColor(NOT_THE_LAW_RED)
    svg = tmp_path / "marked.svg"
    export_widget_chart(chart, svg, mark="NOT THE LAW — a comparison: D'Hondt")
    assert "NOT THE LAW" in svg.read_text(encoding="utf-8")
