"""A party's mandate holders and the 30 % quota: who counts toward it and whether the list complies."""

from __future__ import annotations

from enum import IntEnum
from fractions import Fraction

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.model import Election
from ...core.result import AllocationResult, Holder, PartyResult, QuotaResult
from ..formatting import MISSING, fixed_decimal, party_colors, percent_value_text, swatch_icon
from ..vocabulary_tr import rounding_name
from .tables import Cell, fit_columns
from .view_base import TabularView

FAIL_COLOR = "#c62828"
PASS_MARK = "\u2714"  # heavy check mark
FAIL_MARK = "\u2718"  # heavy ballot x


class Column(IntEnum):
    POSITION = 0
    NAME = 1
    COUNTS = 2
    CATEGORY = 3
    SWAPPED_IN = 4


class CandidatesView(TabularView):
    """Pick a party; see its holders (chosen by the party, or the suggested set) and the quota checks."""

    partySelected = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._result: AllocationResult | None = None
        self._election: Election | None = None

        self._party_box = QComboBox(self)
        self._party_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._party_box.currentIndexChanged.connect(self._on_party_changed)
        self._party_label = QLabel(self)
        self._party_label.setBuddy(self._party_box)

        self._info = QLabel(self)  # "info only" banner for bodies where the quota is not law
        self._info.setWordWrap(True)
        self._info.setFrameShape(QFrame.Shape.StyledPanel)
        self._info.setVisible(False)
        self._holders_title = QLabel(self)
        self._holders_title.setWordWrap(True)

        self._figures: dict[str, QLabel] = {}
        self._captions: dict[str, QLabel] = {}
        figures = QHBoxLayout()
        self._mandate_box = QGroupBox(self)
        self._composition_box = QGroupBox(self)
        for box, keys in (
            (self._mandate_box, ("seats", "required", "filled", "met")),
            (self._composition_box, ("list_eligible", "list_length")),
        ):
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            for key in keys:
                value = QLabel(box)
                value.setWordWrap(True)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self._figures[key] = value
                self._captions[key] = QLabel(box)
                form.addRow(self._captions[key], value)
            figures.addWidget(box, 1)

        self._add_table("holdersTable")

        content = QWidget(self)
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(self._info)
        content_layout.addLayout(figures)
        content_layout.addWidget(self._holders_title)
        content_layout.addWidget(self._table, 1)

        self._message = QLabel(self)
        self._message.setWordWrap(True)
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message.setMargin(24)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self._message)
        self._stack.addWidget(content)

        top = QHBoxLayout()
        top.addWidget(self._party_label)
        top.addWidget(self._party_box)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self._stack, 1)
        self.setTabOrder(self._party_box, self._table)
        self._finish_setup()
        self.clear()

    def retranslate_ui(self) -> None:
        """Static text in the current language; a shown party is rendered again."""
        self._party_label.setText(self.tr("&Party:"))
        self._party_box.setAccessibleName(self.tr("Party"))
        self._mandate_box.setTitle(self.tr("Mandate quota"))
        self._composition_box.setTitle(self.tr("List composition"))
        for key, caption in self._captions_text().items():
            self._captions[key].setText(caption)
        self._model.set_headers(self._headers())
        self._table.setAccessibleName(self.tr("Mandate holders"))
        if self._result is None or self._election is None:
            self._show_message(self.tr("No result yet."))
        else:
            self.set_result(self._election, self._result)

    # ---- public API (model, table, rows, copy_to_clipboard: TabularView) -------------------------
    def party_box(self) -> QComboBox:
        return self._party_box

    def figures(self) -> dict[str, str]:
        """The header figures as shown, by key (required, eligible, filled, met, list_eligible, ...)."""
        return {key: label.text() for key, label in self._figures.items()}

    def message(self) -> str | None:
        """The message shown instead of the table (no candidate data), or None."""
        return self._message.text() if self._stack.currentWidget() is self._message else None

    def info(self) -> str | None:
        return None if self._info.isHidden() else self._info.text()

    def holders_caption(self) -> str:
        """Whose holders the table shows: the party's own choice or the suggested set."""
        return self._holders_title.text()

    def current_party(self) -> str | None:
        return self._party_box.currentData()

    def set_result(self, election: Election, result: AllocationResult) -> None:
        self._result, self._election = result, election
        previous = self.current_party()
        parties = [p for p in result.parties if p.quota is not None]
        self._party_box.blockSignals(True)
        self._party_box.clear()
        colors = party_colors(result)
        for party in parties:
            self._party_box.addItem(swatch_icon(colors.get(party.name)), party.name, party.name)
        self._party_box.blockSignals(False)
        self._party_box.setEnabled(bool(parties))
        if not parties:
            self._show_message(self._no_data_text(election, result))
            return
        names = [p.name for p in parties]
        self._party_box.setCurrentIndex(names.index(previous) if previous in names else 0)
        self._show_party(parties[self._party_box.currentIndex()])

    def clear(self) -> None:
        self._result = self._election = None
        self._party_box.blockSignals(True)
        self._party_box.clear()
        self._party_box.blockSignals(False)
        self._party_box.setEnabled(False)
        self._model.clear()
        self._show_message(self.tr("No result yet."))

    def select_party(self, name: str) -> None:
        """Show ``name``'s holders (ignored when that party has no candidate data)."""
        index = self._party_box.findData(name)
        if index >= 0:
            self._party_box.setCurrentIndex(index)

    # ---- content ---------------------------------------------------------------------------------
    def _headers(self) -> list[str]:
        return [
            self.tr("Position"),
            self.tr("Name"),
            self.tr("Counts toward quota"),
            self.tr("Why"),
            self.tr("Swapped in"),
        ]

    def _captions_text(self) -> dict[str, str]:
        return {
            "seats": self.tr("List seats held:"),
            "required": self.tr("Required:"),
            "filled": self.tr("Holders who count:"),
            "met": self.tr("Quota:"),
            "list_eligible": self.tr("Eligible on the list:"),
            "list_length": self.tr("List length:"),
        }

    def _set_figure(self, key: str, text: str, ok: bool | None = None) -> None:
        """Show a figure; a failed check gets its mark and a red, bold text (not colour alone)."""
        label = self._figures[key]
        label.setText(text if ok is None else f"{mark(ok)} {text}")
        label.setStyleSheet("" if ok is not False else f"color: {FAIL_COLOR}; font-weight: bold;")

    def _show_message(self, text: str) -> None:
        self._message.setText(text)
        self._stack.setCurrentWidget(self._message)

    def _no_data_text(self, election: Election, result: AllocationResult) -> str:
        if not result.settings.list_seats:
            return self.tr("This election has no party lists, so there is no mandate quota to check.")
        return self.tr(
            "The workbook has no candidate lists. Add a Candidates sheet (party, position, name, gender, "
            "birth date, disability, elected) to check the {percent} quota for women, youth and persons "
            "with disabilities."
        ).format(percent=percent_value_text(result.settings.quota_percent))

    def _show_party(self, party: PartyResult) -> None:
        quota = party.quota
        assert quota is not None and self._result is not None
        settings = self._result.settings
        self._stack.setCurrentIndex(1)
        self._info.setVisible(not quota.applies)
        self._info.setText(
            self.tr(
                "For this body the mandate quota is not law: the figures are shown for information only. "
                "The list composition rules apply."
            )
        )
        percent = percent_value_text(settings.quota_percent)
        rounding = rounding_name(settings.quota_rounding)
        seats_text = str(party.list_seats)
        if party.vacant:
            seats_text += " " + self.tr("({vacant} vacant)").format(vacant=party.vacant)
        self._set_figure("seats", seats_text)
        self._set_figure(
            "required",
            self.tr("{required} ({percent} of {seats} seats, {rounding})").format(
                required=quota.required, percent=percent, seats=party.list_seats, rounding=rounding
            ),
        )
        self._set_figure(
            "filled",
            self.tr("{filled} of {holders} holders").format(filled=quota.filled, holders=len(quota.holders)),
        )
        if quota.met is None:
            self._set_figure("met", MISSING)
        else:
            self._set_figure("met", self.tr("met") if quota.met else self.tr("not met"), quota.met)
        self._set_figure("list_eligible", self._list_eligible_text(quota, percent), quota.list_eligible_ok)
        self._set_figure(
            "list_length",
            self.tr("{names} names; at most 130 % of {seats} list seats allowed").format(
                names=quota.list_length, seats=settings.list_seats
            ),
            quota.list_length_ok,
        )
        self._holders_title.setText(
            self.tr("Mandate holders chosen by the party (Elected column):")
            if quota.chosen
            else self.tr(
                "Suggested mandate holders: list order, with the highest-placed eligible candidates "
                "swapped in for the lowest-placed others until the quota holds. The party's governing "
                "body chooses; this is a suggestion."
            )
        )
        self._model.set_rows(
            [self._holder_row(h) for h in quota.holders], keys=[h.position for h in quota.holders]
        )
        fit_columns(self._table)

    def _list_eligible_text(self, quota: QuotaResult, percent: str) -> str:
        share = Fraction(quota.eligible, quota.list_length) if quota.list_length else None
        share_text = "" if share is None else f" ({fixed_decimal(share * 100, 1)} %)"
        return self.tr("{eligible} of {names}{share}; at least {percent} required").format(
            eligible=quota.eligible, names=quota.list_length, share=share_text, percent=percent
        )

    def _holder_row(self, holder: Holder) -> list[Cell]:
        counts = holder.category is not None
        youth_limit = self._result.settings.youth_age_limit if self._result else 29
        category_text = {
            "woman": self.tr("woman"),
            "youth": self.tr("youth (under {age})").format(age=youth_limit),
            "disability": self.tr("person with disability"),
        }.get(holder.category or "", holder.category or "")
        return [
            Cell(str(holder.position), holder.position, numeric=True),
            Cell(holder.name, holder.name),
            Cell(self.tr("yes") if counts else self.tr("no"), counts, tone="good" if counts else None),
            Cell(category_text, holder.category, category_text),
            Cell(
                self.tr("\u2191 swapped in") if holder.swapped_in else "",
                holder.swapped_in,
                "yes" if holder.swapped_in else "",
                tone="warn" if holder.swapped_in else None,
                tooltip=self.tr("Takes a seat ahead of list order so the quota holds")
                if holder.swapped_in
                else None,
            ),
        ]

    # ---- slots -----------------------------------------------------------------------------------
    @Slot(int)
    def _on_party_changed(self, index: int) -> None:
        if index < 0 or self._result is None:
            return
        name = self._party_box.itemData(index)
        party = self._result.party(name)
        if party is not None and party.quota is not None:
            self._show_party(party)
            self.partySelected.emit(name)


def mark(ok: bool) -> str:
    """A pass/fail mark that does not rely on colour alone."""
    return PASS_MARK if ok else FAIL_MARK
