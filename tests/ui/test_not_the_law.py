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
    banner = window.not_the_law_banner
    assert banner.isVisibleTo(window)
    assert banner.text().startswith("NOT THE LAW — a comparison: the D'Hondt method")
    assert "rounded down" in banner.text()
    assert window.summary_view.method_notice()  # the badge beside the title too
    result = open_and_wait(window, legal)
    assert result.departures == () and not banner.isVisibleTo(window)
    assert window.summary_view.method_notice() == ""


def test_a_departure_other_than_the_method_gets_the_same_badge(qtbot, window, workbook, open_and_wait):
    rows = [("Party", "Votes"), *PARTIES_2023, ("Against all", AGAINST_ALL_2023)]
    floor = workbook("floor.xlsx", {
        "Election": [("Setting", "Value"), ("Quota rounding", "floor")], "Parties": rows,
    })
    result = open_and_wait(window, floor)
    assert result.departures == ("quota-rounding",)
    assert window.not_the_law_banner.isVisibleTo(window)
    assert window.summary_view.method_notice() == "Not the law"
