"""One number format per language: tables, spin boxes, engine messages and the clipboard follow the
interface language (ru/kk: decimal comma, spaced thousands), also after a live switch."""

from fractions import Fraction

import pytest
from PySide6.QtWidgets import QDoubleSpinBox

from kzseats_gui.core.result import Step
from kzseats_gui.paths import sample_path
from kzseats_gui.text import render_step
from kzseats_gui.ui import i18n
from kzseats_gui.ui.formatting import fixed_decimal, fraction_text, plain_percent


@pytest.fixture
def russian(qapp):
    i18n.install_language("ru")
    yield
    i18n.install_language("en")


def test_russian_numbers_take_the_decimal_comma(russian):
    assert fixed_decimal(Fraction(539, 10), 2) == "53,90"
    assert fraction_text(Fraction(31832205, 100)) == "318\u202f322,05"
    assert plain_percent(Fraction(539, 1000)) == "53,90"  # a Russian spreadsheet reads it as a number


def test_engine_messages_say_yes_and_no_in_the_language(russian):
    params = {"party": "A", "percent": 30, "seats": 10, "required": 3, "filled": 3, "eligible": 5}
    params["met"] = True
    text = render_step(Step("mandate-quota-suggested", params), i18n.translate_message)
    assert "выполнена: да." in text and "yes" not in text


def test_english_keeps_the_decimal_point():
    assert fixed_decimal(Fraction(539, 10), 2) == "53.90"


def test_a_live_switch_changes_tables_and_spin_boxes(qtbot, window, open_and_wait, party_cell):
    from kzseats_gui.ui.views.results_view import Column

    window.show()
    open_and_wait(window, sample_path())
    view = window.panes.results_view
    row = view.model().row_of("Amanat")
    assert view.model().index(row, Column.SHARE).data() == "53.90"
    window.set_language("kk")
    try:
        qtbot.waitUntil(lambda: view.model().index(row, Column.SHARE).data() == "53,90", timeout=3000)
        boxes = [box for box in window.panes.settings_panel.findChildren(QDoubleSpinBox) if box.decimals()]
        assert boxes and all("," in box.text() and "." not in box.text() for box in boxes)
    finally:
        window.set_language("en")
    assert all("." in box.text() for box in boxes)


def _expected_text(box) -> str:
    """What the project's formatter writes for the box's value (grouped where the box groups)."""
    from PySide6.QtWidgets import QSpinBox

    from kzseats_gui.text import format_number

    if isinstance(box, QSpinBox):
        figure = format_number(box.value()) if box.isGroupSeparatorShown() else str(box.value())
    else:
        figure = fixed_decimal(Fraction(str(round(box.value(), box.decimals()))), box.decimals())
    return box.prefix() + figure + box.suffix()


def test_every_spin_box_writes_numbers_as_the_tables_do(qtbot, window, open_and_wait):
    from PySide6.QtWidgets import QSpinBox

    from kzseats_gui.text import format_number

    open_and_wait(window, sample_path())
    boxes = window.findChildren(QSpinBox) + window.findChildren(QDoubleSpinBox)
    names = {box.objectName() for box in boxes}
    assert {"simulationRuns", "simulationSpread", "swingPoints"} <= names
    runs = window.findChild(QSpinBox, "simulationRuns")
    runs.setValue(5_000_000)
    try:
        for language in ("en", "ru", "kk", "en"):  # live switches, back to English
            window.set_language(language)
            assert runs.text() == format_number(5_000_000) == "5\u202f000\u202f000"  # not "5,000,000"
            for box in boxes:
                assert box.text() == _expected_text(box), (language, box.objectName())
            doubles = [box for box in boxes if isinstance(box, QDoubleSpinBox)]
            assert all(("," if language != "en" else ".") in box.text() for box in doubles)
    finally:
        window.set_language("en")
