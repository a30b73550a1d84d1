"""The settings panel: the rules the allocation uses, editable, with the workbook's values as the baseline.

Each edit re-allocates after a short pause (so typing 7.5 does not run three allocations). Fields whose
value differs from the workbook are highlighted and one click resets them all. Settings are built as
``SettingsOverrides`` on top of the workbook's own and resolved with ``resolve_settings``; settings that
cannot be used are explained inside the panel and nothing is re-allocated until they are fixed.

Longer than most modules: one form, whose fields, their workbook baseline, the body presets and the
reactions to an edit belong together (defaults come from ``core.bodies``, names from the vocabulary).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from fractions import Fraction

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ...core.bodies import given_or_preset, preset_values, resolve_settings
from ...core.errors import SettingsError
from ...core.model import AgainstAllLeads, Body, Election, Method, Settings, SettingsOverrides, ThresholdBase
from ...core.result import Notice
from ...text import render_notice
from ...text.vocabulary import AGAINST_ALL_RULES, TIE_RULES
from ..i18n import translate_message
from ..onscreen.eliding_combo_box import ElidingComboBox
from ..views.legal_basis import setting_rule_tooltip
from ..views.number_spin_box import DecimalSpinBox, NumberSpinBox
from ..vocabulary_tr import body_name, method_name, threshold_base_name, tr_term
from .wrapping_check_box import WrappingCheckBox

DEBOUNCE_MS = 150
# The panel's preferred width follows its longest caption, within these limits (px); longer captions
# wrap onto a second line, so no language has its captions cut.
WIDTH_LIMITS = (210, 250)
PERCENT_DECIMALS = 2
# Fields the body preset decides; when the body changes they follow the new body's preset.
BODY_DRIVEN = ("list_seats", "district_seats", "threshold_percent", "admit_runner_up")
DIFFERS_STYLE = "QLabel[differs=\"true\"] { font-weight: bold; color: palette(highlight); }"


def _in_hundredths(value: float | Fraction) -> Fraction:
    """A percentage as the panel shows it (to ``PERCENT_DECIMALS``): a spin box's or a workbook's."""
    scale = 10**PERCENT_DECIMALS
    return Fraction(round(value * scale), scale)


@dataclass
class _Field:
    name: str
    label: QLabel
    widget: QWidget
    get: Callable[[], object]
    put: Callable[[object], None]
    comparable: Callable[[object], object] = lambda value: value  # how a workbook value compares


class SettingsPanel(QWidget):
    """Emits ``settingsChanged(Settings)`` (debounced) when the user changes a setting that resolves."""

    settingsChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("settingsPanel")
        self._workbook = SettingsOverrides()
        self._base: dict[str, object] = {}
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._apply)

        self._body = ElidingComboBox(self)
        self._list_seats = self._spin(0, 10_000)
        self._district_seats = self._spin(0, 10_000)
        self._threshold = self._percent_spin()
        self._threshold_base = ElidingComboBox(self)
        self._method = ElidingComboBox(self)
        self._quota_percent = self._percent_spin()
        self._youth_age = self._spin(0, 150)
        self._against_all = ElidingComboBox(self)
        self._tie_rule = ElidingComboBox(self)
        self._runner_up_row = WrappingCheckBox(self)
        self._runner_up: QCheckBox = self._runner_up_row.box
        for combo in (self._body, self._threshold_base, self._method, self._against_all, self._tie_rule):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        self._fill_combos()

        self._differs = QFrame(self)
        self._differs.setObjectName("differsBanner")
        self._differs.setFrameShape(QFrame.Shape.StyledPanel)
        self._differs_label = QLabel(self._differs)
        self._differs_label.setWordWrap(True)
        self._reset = QPushButton(self._differs)
        self._reset.setObjectName("resetButton")
        self._reset.clicked.connect(self.reset_to_workbook)
        banner = QHBoxLayout(self._differs)
        banner.setContentsMargins(6, 4, 6, 4)
        banner.addWidget(self._differs_label, 1)
        banner.addWidget(self._reset)
        self._differs.setVisible(False)

        self._error = QLabel(self)
        self._error.setObjectName("settingsError")
        self._error.setWordWrap(True)
        self._error.setTextFormat(Qt.TextFormat.PlainText)
        self._error.setStyleSheet("color: #b00020;")
        self._error.setVisible(False)

        self._fields = self._make_fields()
        form_host = self._form_host = QWidget(self)
        form = QFormLayout(form_host)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Labels above their fields: the panel stays narrow and translated labels are never cut.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setContentsMargins(0, 0, 0, 0)
        for field in self._fields.values():
            field.label.setBuddy(field.widget)
            form.addRow(field.label, self._runner_up_row if field.widget is self._runner_up else field.widget)
        self._method_note = QLabel(self)
        self._method_note.setWordWrap(True)
        self._method_note.setObjectName("methodNote")
        form.addRow(self._method_note)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(form_host)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self._differs)
        layout.addWidget(scroll, 1)
        layout.addWidget(self._error)
        self.setStyleSheet(DIFFERS_STYLE)

        for field in self._fields.values():
            self._connect_change(field.widget)
        self._body.activated.connect(self._on_body_chosen)
        self.retranslate_ui()
        self.setEnabled(False)

    # ---- public API ------------------------------------------------------------------------------
    def set_election(self, election: Election | None, user: SettingsOverrides | None = None) -> None:
        """Show the settings of ``election`` (its workbook values as baseline) plus ``user`` overrides."""
        self._timer.stop()
        self._workbook = election.overrides if election is not None else SettingsOverrides()
        self._base = self._values_of(self._workbook)
        shown = self._values_of(self._workbook.merged(user or SettingsOverrides()))
        self._loading = True
        try:
            for name, field in self._fields.items():
                field.put(shown[name])
        finally:
            self._loading = False
        self.setEnabled(election is not None)
        self._refresh_state(validate=True)

    def user_overrides(self) -> SettingsOverrides:
        """What the user changed, as overrides on top of the workbook's settings."""
        changed = self.changed_fields()
        if "body" in changed:
            changed |= set(BODY_DRIVEN)
        return SettingsOverrides(**{name: self._fields[name].get() for name in sorted(changed)})

    def resolved_settings(self) -> Settings:
        """The settings to allocate with; raises SettingsError when they cannot be used."""
        return resolve_settings(self._workbook.merged(self.user_overrides()))

    def changed_fields(self) -> set[str]:
        return {
            name
            for name, field in self._fields.items()
            if field.get() != field.comparable(self._base.get(name))
        }

    def differs_from_workbook(self) -> bool:
        return bool(self.changed_fields())

    def error_text(self) -> str:
        return "" if self._error.isHidden() else self._error.text()

    def field_widget(self, name: str) -> QWidget:
        return self._fields[name].widget

    def field_label(self, name: str) -> QLabel:
        return self._fields[name].label

    def has_pending_change(self) -> bool:
        return self._timer.isActive()

    def preferred_width(self) -> int:
        """Width (px) that shows the longest caption on one line, within ``WIDTH_LIMITS``."""
        captions = [field.label for field in self._fields.values()]
        widest = max(label.fontMetrics().horizontalAdvance(label.text()) for label in captions)
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        margins = self.layout().contentsMargins()
        chrome = margins.left() + margins.right() + scroll_bar + 8
        low, high = WIDTH_LIMITS
        return max(low, min(high, widest + chrome))

    @Slot()
    def reset_to_workbook(self) -> None:
        self._loading = True
        try:
            for name, field in self._fields.items():
                field.put(self._base[name])
        finally:
            self._loading = False
        self._on_changed()

    def retranslate_ui(self) -> None:
        labels = {
            "body": self.tr("Body"),
            "list_seats": self.tr("List seats"),
            "district_seats": self.tr("District seats"),
            "threshold_percent": self.tr("Threshold"),
            "threshold_base": self.tr("Threshold base"),
            "method": self.tr("Method"),
            "quota_percent": self.tr("Quota (women, youth, disability)"),
            "youth_age_limit": self.tr("Youth: younger than"),
            "against_all_leads": self.tr("\u201cAgainst all\u201d leads a district"),
            "use_registration_order": self.tr("Equal remainders"),
            "admit_runner_up": self.tr("Only one party passes"),
        }
        for name, text in labels.items():
            self._fields[name].label.setText(text + ":")
        self._runner_up_row.setText(self.tr("Admit the runner-up (2009 rule)"))
        self._threshold.setSuffix(" %")
        self._quota_percent.setSuffix(" %")
        self._youth_age.setSuffix(" " + self.tr("years"))
        self._reset.setText(self.tr("Reset to workbook"))
        self._fill_combos()
        self._wrap_long_captions()
        self._refresh_state(validate=False)

    # ---- building --------------------------------------------------------------------------------
    def _wrap_long_captions(self) -> None:
        """Captions stay on one line where they fit; only one longer than the panel wraps (a wrapping
        label would break earlier than it must)."""
        # The scroll area's viewport, not the form: a caption that does not wrap widens the form itself.
        scroll = self._form_host.parentWidget()
        shown = self._form_host.isVisible() and scroll is not None
        room = scroll.width() if shown else self.preferred_width()
        margins = self._form_host.layout().contentsMargins()
        room -= margins.left() + margins.right()
        for field in self._fields.values():
            label = field.label
            wrap = label.fontMetrics().horizontalAdvance(label.text()) > room
            if label.wordWrap() != wrap:  # setting it, even unchanged, lays the panel out again
                label.setWordWrap(wrap)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._wrap_long_captions()

    def _spin(self, low: int, high: int) -> QSpinBox:
        spin = NumberSpinBox(self)
        spin.setRange(low, high)
        spin.setKeyboardTracking(True)
        return spin

    def _percent_spin(self) -> QDoubleSpinBox:
        spin = DecimalSpinBox(self)
        spin.setRange(0, 100)
        spin.setDecimals(PERCENT_DECIMALS)
        spin.setSingleStep(0.5)
        return spin

    def _fill_combos(self) -> None:
        # Names from the one vocabulary, so the panel says what the summary and the report say.
        entries = {
            self._body: [(body, body_name(body, short=True)) for body in Body],
            self._threshold_base: [(base, threshold_base_name(base)) for base in ThresholdBase],
            self._method: [(method, method_name(method, short=True, law_mark=True)) for method in Method],
            self._against_all: [(rule, tr_term(AGAINST_ALL_RULES[rule][1])) for rule in AgainstAllLeads],
            self._tie_rule: [(flag, tr_term(TIE_RULES[flag][1])) for flag in (True, False)],
        }
        for combo, items in entries.items():
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for value, text in items:
                combo.addItem(text, value.value if isinstance(value, Enum) else value)
            index = combo.findData(current)
            combo.setCurrentIndex(index if index >= 0 else 0)
            combo.blockSignals(False)

    def _make_fields(self) -> dict[str, _Field]:
        def combo_field(name: str, combo: QComboBox, kind: Callable[[object], object]) -> _Field:
            # Qt keeps item data as plain values (a str enum comes back as str): convert on the way out.
            def get() -> object:
                data = combo.currentData()
                return None if data is None else kind(data)

            def put(value: object) -> None:
                index = combo.findData(value.value if isinstance(value, Enum) else value)
                combo.setCurrentIndex(index if index >= 0 else 0)

            return _Field(name, QLabel(self), combo, get, put)

        def int_field(name: str, spin: QSpinBox) -> _Field:
            return _Field(name, QLabel(self), spin, spin.value, lambda v: spin.setValue(int(v or 0)),
                          lambda v: int(v or 0))

        def percent_field(name: str, spin: QDoubleSpinBox) -> _Field:
            return _Field(name, QLabel(self), spin, lambda: _in_hundredths(spin.value()),
                          lambda v: spin.setValue(float(v or 0)), lambda v: _in_hundredths(Fraction(v or 0)))

        fields = [
            combo_field("body", self._body, Body),
            int_field("list_seats", self._list_seats),
            int_field("district_seats", self._district_seats),
            percent_field("threshold_percent", self._threshold),
            combo_field("threshold_base", self._threshold_base, ThresholdBase),
            combo_field("method", self._method, Method),
            percent_field("quota_percent", self._quota_percent),
            int_field("youth_age_limit", self._youth_age),
            combo_field("against_all_leads", self._against_all, AgainstAllLeads),
            combo_field("use_registration_order", self._tie_rule, bool),
            _Field("admit_runner_up", QLabel(self), self._runner_up, self._runner_up.isChecked,
                   lambda v: self._runner_up.setChecked(bool(v)), bool),
        ]
        return {field.name: field for field in fields}

    def _connect_change(self, widget: QWidget) -> None:
        if isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(self._on_changed)
        elif isinstance(widget, QSpinBox | QDoubleSpinBox):
            widget.valueChanged.connect(self._on_changed)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(self._on_changed)

    # ---- values ----------------------------------------------------------------------------------
    def _values_of(self, given: SettingsOverrides) -> dict[str, object]:
        """Every panel value for ``given`` settings, the rest from the body's preset (``core.bodies``);
        a value that cannot be resolved stays as given, a missing seat count shows as 0."""
        values = given_or_preset(given)
        shown: dict[str, object] = {name: getattr(values, name) for name in self._fields}
        shown["list_seats"] = values.list_seats or 0
        shown["district_seats"] = values.district_seats or 0
        return shown

    # ---- reactions -------------------------------------------------------------------------------
    @Slot(int)
    def _on_body_chosen(self, _index: int) -> None:
        """A new body brings its own seat counts and threshold (the workbook's when it is the workbook's)."""
        body = self._fields["body"].get()
        if body == self._base.get("body"):
            values = {name: self._base[name] for name in BODY_DRIVEN}
        else:  # what the body has no preset for keeps the value shown
            list_seats = preset_values(body).list_seats
            if list_seats is None:
                list_seats = self._list_seats.value()
            preset = preset_values(body, list_seats)
            district = preset.district_seats
            values = {"list_seats": list_seats,
                      "district_seats": district if district is not None else self._district_seats.value(),
                      "threshold_percent": preset.threshold_percent,
                      "admit_runner_up": preset.admit_runner_up}
        self._loading = True
        try:
            for name, value in values.items():
                self._fields[name].put(value)
        finally:
            self._loading = False
        self._on_changed()

    @Slot()
    def _on_changed(self) -> None:
        if self._loading:
            return
        self._refresh_state(validate=False)
        self._timer.start()

    @Slot()
    def _apply(self) -> None:
        settings = self._refresh_state(validate=True)
        if settings is not None:
            self.settingsChanged.emit(settings)

    def _refresh_state(self, validate: bool) -> Settings | None:
        changed = self.changed_fields()
        for name, field in self._fields.items():
            differs = name in changed
            label = field.label
            if label.property("differs") != differs:
                label.setProperty("differs", differs)
                label.style().unpolish(label)
                label.style().polish(label)
            basis = setting_rule_tooltip(name)  # the law behind the setting
            changed_note = self.tr("Changed from the workbook") if differs else ""
            field.label.setToolTip("\n\n".join(t for t in (changed_note, basis) if t))
        self._differs.setVisible(bool(changed))
        self._differs_label.setText(
            self.tr("%n setting(s) differ from the workbook.", "", len(changed))
        )
        method = self._fields["method"].get()
        self._method_note.setText(
            "" if method is None or method.is_the_law
            else self.tr("This method is not the law; it is shown for comparison only.")
        )
        self._method_note.setVisible(method is not None and not method.is_the_law)
        if not validate:
            return None
        try:
            settings = self.resolved_settings()
        except SettingsError as error:
            self._show_error(error)
            return None
        self._error.clear()
        self._error.setVisible(False)
        return settings

    def _show_error(self, error: SettingsError) -> None:
        lines = []
        for problem in error.problems:
            params = dict(problem.params)
            name = params.get("setting")
            if isinstance(name, str):
                params["setting"] = self._setting_name(name)
            body = params.get("body")
            if isinstance(body, str):
                index = self._body.findData(body)
                params["body"] = self._body.itemText(index) if index >= 0 else body
            lines.append(render_notice(Notice(problem.code, params, problem.source), translate_message))
            if name == "ballots_cast":
                lines.append(self.tr("Give \u201cBallots cast\u201d on the workbook's Election sheet, or "
                                     "choose another threshold base."))
        self._error.setText(self.tr("These settings cannot be used:") + "\n" + "\n".join(lines))
        self._error.setVisible(True)

    def _setting_name(self, name: str) -> str:
        if name in self._fields:
            return "\u201c" + self._fields[name].label.text().rstrip(":") + "\u201d"
        if name == "ballots_cast":
            return "\u201c" + self.tr("Ballots cast") + "\u201d"
        return name

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
