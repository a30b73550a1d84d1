"""The settings panel: edits re-allocate after a short pause, differences from the workbook show and
reset, a new body brings its preset, and settings that cannot be used are explained in the panel."""

from fractions import Fraction

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from kzseats_gui.core.model import Body, Election, Method, Party, SettingsOverrides, ThresholdBase
from kzseats_gui.ui.views.results_view import Column
from kzseats_gui.ui.window.settings_panel import SettingsPanel


@pytest.fixture
def panel(qtbot):
    widget = SettingsPanel()
    qtbot.addWidget(widget)
    election = Election(
        parties=(Party("A", 600, 1), Party("B", 400, 2)),
        overrides=SettingsOverrides(body=Body.MAZHILIS, threshold_percent=Fraction(5)),
    )
    widget.set_election(election)
    return widget


def test_a_change_emits_resolved_settings_once_after_the_pause(qtbot, panel):
    emitted = []
    panel.settingsChanged.connect(emitted.append)
    threshold = panel.field_widget("threshold_percent")
    with qtbot.waitSignal(panel.settingsChanged, timeout=2000):
        threshold.setValue(6)
        threshold.setValue(7)
        threshold.setValue(7.5)
    assert len(emitted) == 1  # typing 7.5 runs one allocation, not three
    assert emitted[0].threshold_percent == Fraction(15, 2)  # exact, not a float
    assert panel.user_overrides() == SettingsOverrides(threshold_percent=Fraction(15, 2))


def test_changed_fields_are_marked_and_reset_returns_to_the_workbook(qtbot, panel):
    panel.field_widget("threshold_percent").setValue(7)
    assert panel.changed_fields() == {"threshold_percent"}
    assert panel.field_label("threshold_percent").property("differs") is True
    assert panel.field_label("list_seats").property("differs") is False
    assert panel.differs_from_workbook()

    with qtbot.waitSignal(panel.settingsChanged, timeout=2000) as blocker:
        panel.reset_to_workbook()
    assert blocker.args[0].threshold_percent == 5
    assert not panel.differs_from_workbook()
    assert panel.field_label("threshold_percent").property("differs") is False
    assert panel.user_overrides() == SettingsOverrides()


def test_choosing_a_body_brings_its_seats_and_threshold(qtbot, panel):
    body = panel.field_widget("body")
    with qtbot.waitSignal(panel.settingsChanged, timeout=2000) as blocker:
        body.setCurrentIndex(body.findData(Body.MAZHILIS_2007.value))
        body.activated.emit(body.currentIndex())
    settings = blocker.args[0]
    assert (settings.body, settings.list_seats, settings.district_seats) == (Body.MAZHILIS_2007, 98, 0)
    assert settings.threshold_percent == 7
    assert settings.admit_runner_up  # the 2009 runner-up rule is that body's law

    with qtbot.waitSignal(panel.settingsChanged, timeout=2000) as blocker:
        body.setCurrentIndex(body.findData(Body.MAZHILIS.value))
        body.activated.emit(body.currentIndex())
    settings = blocker.args[0]
    assert (settings.list_seats, settings.district_seats, settings.threshold_percent) == (69, 29, 5)
    assert not settings.admit_runner_up
    assert not panel.differs_from_workbook()


def test_each_setting_shows_the_rule_behind_it_on_hover(qtbot, panel):
    from kzseats_gui.core.rules import RULES

    assert RULES["quota-hare"].source in panel.field_label("method").toolTip()
    assert "statute" in panel.field_label("admit_runner_up").toolTip()
    assert RULES["runner-up-2009"].source in panel.field_label("admit_runner_up").toolTip()
    panel.field_widget("threshold_percent").setValue(7)
    tip = panel.field_label("threshold_percent").toolTip()
    assert tip.startswith("Changed from the workbook") and RULES["threshold"].source in tip


@pytest.mark.parametrize("body", list(Body))
def test_a_workbook_naming_only_its_body_shows_the_laws_values_unchanged(qtbot, body):
    """The panel shows what the allocation will use: the resolver's values, none marked as changed."""
    from kzseats_gui.core.bodies import preset_values, resolve_settings

    widget = SettingsPanel()
    qtbot.addWidget(widget)
    # seat counts a body has no preset for are given, as a workbook must
    preset = preset_values(body)
    given = SettingsOverrides(body=body, list_seats=20 if preset.list_seats is None else None,
                              district_seats=10 if preset_values(body, 20).district_seats is None else None)
    widget.set_election(Election(parties=(Party("A", 600, 1),), overrides=given))
    settings = resolve_settings(given)
    assert not widget.differs_from_workbook()
    assert widget.resolved_settings() == settings
    for name in ("list_seats", "district_seats", "threshold_percent", "quota_percent", "youth_age_limit"):
        assert widget.field_widget(name).value() == getattr(settings, name), name


def test_the_method_says_whether_it_is_the_law(qtbot, panel):
    method = panel.field_widget("method")
    assert "the law" in method.currentText() and "not" not in method.currentText()
    method.setCurrentIndex(method.findData(Method.DHONDT.value))
    assert "not the law" in method.currentText()
    note = panel.findChild(type(panel.field_label("method")), "methodNote")
    assert note.isVisibleTo(panel) and "not the law" in note.text()


def test_settings_that_cannot_be_used_are_explained_in_the_panel(qtbot, panel):
    emitted = []
    panel.settingsChanged.connect(emitted.append)
    base = panel.field_widget("threshold_base")
    base.setCurrentIndex(base.findData(ThresholdBase.BALLOTS.value))  # needs "ballots cast", not given
    qtbot.waitUntil(lambda: not panel.has_pending_change(), timeout=2000)
    assert emitted == []
    assert "\u201cBallots cast\u201d" in panel.error_text()  # named as the user knows it

    base.setCurrentIndex(base.findData(ThresholdBase.VALID.value))
    with qtbot.waitSignal(panel.settingsChanged, timeout=2000):
        pass
    assert panel.error_text() == ""


def test_a_threshold_change_reallocates_in_the_window(qtbot, window, open_and_wait, list_only_2023,
                                                      party_cell):
    open_and_wait(window, list_only_2023)
    assert party_cell(window.panes.results_view, "Respublica", Column.LIST_SEATS) > 0

    threshold = window.panes.settings_panel.field_widget("threshold_percent")
    with qtbot.waitSignal(window.resultShown, timeout=10_000):
        threshold.setValue(10)
    assert window.session.result.settings.threshold_percent == 10
    # only Amanat (53.9 %) and Auyl (10.9 %) pass 10 %
    assert party_cell(window.panes.results_view, "Respublica", Column.LIST_SEATS) == 0
    assert party_cell(window.panes.results_view, "Auyl", Column.LIST_SEATS) > 0
    assert window.panes.settings_panel.differs_from_workbook()
    assert window.session.document.user_overrides.threshold_percent == 10

    with qtbot.waitSignal(window.resultShown, timeout=10_000):
        window.panes.settings_panel.findChild(type(window.task_status.cancel_button), "resetButton").click()
    assert window.session.result.settings.threshold_percent == 5
    assert party_cell(window.panes.results_view, "Respublica", Column.LIST_SEATS) == 6
    assert not window.panes.settings_panel.differs_from_workbook()


@pytest.fixture
def language():
    """``language(code)`` installs the committed translation; English again afterwards."""
    from kzseats_gui.ui import i18n

    yield i18n.install_language
    i18n.install_language("en")


@pytest.mark.parametrize("code", ["en", "ru", "kk"])
def test_captions_are_never_cut_at_the_preferred_width(qtbot, language, code):
    language(code)
    widget = SettingsPanel()
    qtbot.addWidget(widget)
    width = widget.preferred_width()
    assert width <= 250  # narrower than the docks of earlier versions (270 px)
    widget.resize(width, 1200)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.wait(20)
    labels = [widget.field_label(name) for name in ("body", "quota_percent", "against_all_leads",
                                                    "admit_runner_up", "youth_age_limit")]
    for label in labels:
        one_line = label.fontMetrics().horizontalAdvance(label.text())
        if label.wordWrap():  # only a caption longer than the panel wraps, and then onto more lines
            assert one_line > label.width() and label.height() >= 2 * label.fontMetrics().height()
        else:
            assert label.width() >= one_line
    if code == "en":
        assert not any(label.wordWrap() for label in labels)


def test_the_runner_up_caption_wraps_and_a_click_on_it_ticks_the_box(qtbot, panel):
    panel.resize(200, 1200)
    panel.show()
    qtbot.waitExposed(panel)
    box = panel.field_widget("admit_runner_up")
    caption = next(label for label in panel.findChildren(QLabel) if label.buddy() is box
                   and label is not panel.field_label("admit_runner_up"))
    assert caption.wordWrap() and box.accessibleName() == caption.text()
    assert not box.isChecked()
    qtbot.mouseClick(caption, Qt.MouseButton.LeftButton)
    assert box.isChecked()
    assert panel.changed_fields() == {"admit_runner_up"}
