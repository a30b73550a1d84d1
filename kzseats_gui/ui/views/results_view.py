"""The party results table: votes, shares, threshold, list/district/total seats and the 30 % quota."""

from __future__ import annotations

from enum import IntEnum
from fractions import Fraction

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Signal, Slot
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...core.model import Election
from ...core.result import AllocationResult, PartyResult, QuotaResult
from ..formatting import INDEPENDENT_COLOR, MISSING, party_colors, swatch_color
from ..vocabulary_tr import seat_holder_name
from .short_text import ShortTextDelegate
from .tables import Cell, ExactSortProxy, copy_view, count_cell, fit_columns, share_cell
from .view_base import TabularView


class Column(IntEnum):
    PARTY = 0
    VOTES = 1
    SHARE = 2
    THRESHOLD = 3
    LIST_SEATS = 4
    VACANT = 5
    DISTRICT_SEATS = 6
    TOTAL_SEATS = 7
    QUOTA_REQUIRED = 8
    QUOTA_ELIGIBLE = 9
    QUOTA_FILLED = 10
    QUOTA_MET = 11


# Keys of the summary rows below the parties (pinned in this order whatever the sort).
INDEPENDENTS_ROW = "\x00independents"
AGAINST_ALL_ROW = "\x00against-all"
TOTAL_ROW = "\x00total"
BLANK = Cell("", None)


class PartyResultsView(TabularView):
    """Every party of the election, one row each, with summary rows for independents, against all and
    totals. ``partySelected`` carries the party name when the user moves to a party's row."""

    partySelected = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._add_table("partyResultsTable", self._headers(), copy_selected=True)
        self._table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self._note = QLabel(self)
        self._note.setWordWrap(True)
        self._note.setVisible(False)
        self._emitted: str | None = None
        self._quiet = False
        self._shown: tuple[Election, AllocationResult] | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._table, 1)
        layout.addWidget(self._note)
        self._finish_setup()
        self._table.setColumnHidden(Column.VACANT, True)
        # Long party names give up width first: seats and totals stay in view.
        self._table.elastic_column = Column.PARTY
        self._table.keep_in_view = Column.TOTAL_SEATS
        self._table.setItemDelegateForColumn(Column.PARTY, ShortTextDelegate(self._table))

    def retranslate_ui(self) -> None:
        """Column titles and the shown result in the current language."""
        self._model.set_headers(self._headers(), self._header_tips())
        self._table.setAccessibleName(self.tr("Party results"))
        if self._shown is not None:
            selected = self.selected_party()
            self.set_result(*self._shown)
            if selected is not None:
                self.select_party(selected)

    # ---- public API (model, table, rows, copy_to_clipboard: TabularView) -------------------------
    def proxy(self) -> ExactSortProxy:
        return self._proxy

    def set_result(self, election: Election, result: AllocationResult) -> None:
        self._shown = (election, result)
        rows, keys, pinned = [], [], []
        colors = party_colors(result)
        for party in result.parties:
            rows.append(self._party_row(party, colors.get(party.name)))
            keys.append(party.name)
            pinned.append(0)
        if result.independents or result.settings.district_seats:
            rows.append(self._independents_row(result))
            keys.append(INDEPENDENTS_ROW)
            pinned.append(1)
        if result.settings.list_seats:
            rows.append(self._against_all_row(election, result))
            keys.append(AGAINST_ALL_ROW)
            pinned.append(2)
        rows.append(self._total_row(election, result))
        keys.append(TOTAL_ROW)
        pinned.append(3)

        self._quiet = True
        try:
            self._model.set_rows(rows, keys, pinned)
        finally:
            self._quiet = False
        self._emitted = None
        has_quota = any(p.quota is not None for p in result.parties)
        for column in (Column.QUOTA_REQUIRED, Column.QUOTA_ELIGIBLE, Column.QUOTA_FILLED, Column.QUOTA_MET):
            self._table.setColumnHidden(column, not has_quota)
        self._table.setColumnHidden(Column.VACANT, not any(p.vacant for p in result.parties))
        no_list = not result.settings.list_seats
        for column in (Column.VOTES, Column.SHARE, Column.THRESHOLD, Column.LIST_SEATS):
            self._table.setColumnHidden(column, no_list)
        self._show_note(result)
        fit_columns(self._table)

    def clear(self) -> None:
        self._shown = None
        self._quiet = True
        try:
            self._model.clear()
        finally:
            self._quiet = False
        self._emitted = None
        self._note.clear()
        self._note.setVisible(False)

    def select_party(self, name: str) -> None:
        """Move the selection to ``name``'s row (does not emit ``partySelected``)."""
        source_row = self._model.row_of(name)
        if source_row is None:
            return
        index = self._proxy.mapFromSource(self._model.index(source_row, 0))
        if not index.isValid():
            return
        self._quiet = True
        try:
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self._table.selectionModel().setCurrentIndex(index, flags)
        finally:
            self._quiet = False
        self._emitted = name
        self._table.scrollTo(index)

    def selected_party(self) -> str | None:
        index = self._table.currentIndex()
        if not index.isValid():
            return None
        key = self._model.key(self._proxy.mapToSource(index).row())
        return key if isinstance(key, str) and not key.startswith("\x00") else None

    def note_text(self) -> str:
        """The note under the table (vacant, pending, undecided seats), "" when there is none."""
        return "" if self._note.isHidden() else self._note.text()

    def copy_selection(self) -> str:
        return copy_view(self._table, all_rows=False)

    # ---- rows ------------------------------------------------------------------------------------
    def _headers(self) -> list[str]:
        return [
            self.tr("Party"),
            self.tr("List votes"),
            self.tr("Share (%)"),
            self.tr("Threshold"),
            self.tr("List seats"),
            seat_holder_name("vacant"),
            self.tr("District seats"),
            self.tr("Total seats"),
            self.tr("Quota required"),
            self.tr("Eligible"),
            self.tr("Filled"),
            self.tr("Quota met"),
        ]

    def _header_tips(self) -> list[str | None]:
        return [
            None,
            self.tr("Votes cast for the party list"),
            self.tr("Share of the votes the threshold is taken of"),
            self.tr("Whether the party passed the threshold and takes part in the list distribution"),
            self.tr("List seats held (won minus vacant)"),
            self.tr("List seats won that no candidate on the list can take"),
            self.tr("Single-member districts won by the party's candidates"),
            self.tr("List seats held plus district seats"),
            self.tr("Mandate holders who must be women, youth or persons with disabilities"),
            self.tr("Candidates on the whole list who count toward the quota"),
            self.tr("Mandate holders who count toward the quota"),
            self.tr("Whether the mandate holders meet the quota"),
        ]

    def _party_row(self, party: PartyResult, color: str | None) -> list[Cell]:
        on_list = party.votes is not None
        if not on_list:
            threshold = Cell(self.tr("not on the list ballot"), None, tone="muted")
        elif party.passed:
            threshold = Cell(self.tr("passed"), True, tone="good")
        else:
            threshold = Cell(self.tr("failed"), False, tone="bad")
        list_tip = None
        if party.vacant:
            list_tip = self.tr("Won {won}, of which {vacant} vacant: the list has too few candidates").format(
                won=party.list_seats_won, vacant=party.vacant
            )
        return [
            Cell(
                party.name,
                party.name,
                decoration=swatch_color(color),
                tooltip=_party_tip(party),
                short=party.label if party.label != party.name else None,
            ),
            count_cell(party.votes),
            share_cell(party.share),
            threshold,
            Cell(
                str(party.list_seats) if on_list else MISSING,
                party.list_seats if on_list else None,
                str(party.list_seats) if on_list else "",
                True,
                tooltip=list_tip,
                tone="warn" if party.vacant else None,
            ),
            Cell(
                str(party.vacant) if party.vacant else "",
                party.vacant,
                str(party.vacant),
                True,
                tone="warn" if party.vacant else None,
            ),
            count_cell(party.district_seats),
            Cell(str(party.total_seats), party.total_seats, str(party.total_seats), True, strong=True),
            *self._quota_cells(party.quota),
        ]

    def _quota_cells(self, quota: QuotaResult | None) -> list[Cell]:
        if quota is None:
            tip = self.tr("No candidate list in the workbook")
            return [Cell(MISSING, None, "", True, tip) for _ in range(3)] + [
                Cell(MISSING, None, "", tooltip=tip)
            ]
        if quota.met is None:
            met = Cell(MISSING, None, "", tooltip=self.tr("No list seat: the quota does not apply"))
        elif not quota.applies:
            met = Cell(
                self.tr("info only"),
                quota.met,
                "yes" if quota.met else "no",
                tooltip=self.tr("The mandate quota is not law for this body; shown for information"),
                tone="muted",
            )
        elif quota.met:
            met = Cell(self.tr("met"), True, "yes", tone="good")
        else:
            met = Cell(self.tr("not met"), False, "no", tone="bad")
        filled_tip = (
            self.tr("Among the holders the party chose (Elected column)")
            if quota.chosen
            else self.tr("Among the suggested holders (list order, eligible candidates swapped in)")
        )
        if quota.met is None:
            none = Cell(MISSING, None, "", True)
            return [none, count_cell(quota.eligible), none, met]
        return [
            count_cell(quota.required),
            count_cell(quota.eligible),
            Cell(str(quota.filled), quota.filled, str(quota.filled), True, filled_tip),
            met,
        ]

    def _independents_row(self, result: AllocationResult) -> list[Cell]:
        return _summary_row(
            {
                Column.PARTY: Cell(
                    seat_holder_name("self_nominated"),
                    None,
                    decoration=swatch_color(None, INDEPENDENT_COLOR),
                    tooltip=self.tr("District seats won by self-nominated candidates"),
                ),
                Column.DISTRICT_SEATS: count_cell(result.independents),
                Column.TOTAL_SEATS: count_cell(result.independents),
            }
        )

    def _against_all_row(self, election: Election, result: AllocationResult) -> list[Cell]:
        share = None if not result.threshold_base else Fraction(election.against_all, result.threshold_base)
        return _summary_row(
            {
                Column.PARTY: Cell(self.tr("Against all"), None),
                Column.VOTES: count_cell(election.against_all),
                Column.SHARE: share_cell(share),
            }
        )

    def _total_row(self, election: Election, result: AllocationResult) -> list[Cell]:
        list_parties = [p for p in result.parties if p.votes is not None]
        has_list = bool(result.settings.list_seats)
        votes = sum(p.votes or 0 for p in list_parties) + election.against_all if has_list else None
        list_held = sum(p.list_seats for p in result.parties)
        vacant = sum(p.vacant for p in result.parties)
        district = sum(p.district_seats for p in result.parties) + result.independents
        total = list_held + district
        share = (
            Fraction(votes, result.threshold_base) if votes is not None and result.threshold_base else None
        )
        total_tip = self.tr("{filled} of {total} seats filled").format(
            filled=total, total=result.settings.total_seats
        )
        return _summary_row(
            {
                Column.PARTY: Cell(self.tr("Total"), None, strong=True),
                Column.VOTES: count_cell(votes, strong=True),
                Column.SHARE: share_cell(share, strong=True),
                Column.LIST_SEATS: count_cell(list_held if has_list else None, strong=True),
                Column.VACANT: Cell(str(vacant) if vacant else "", vacant, str(vacant), True, strong=True),
                Column.DISTRICT_SEATS: count_cell(district, strong=True),
                Column.TOTAL_SEATS: Cell(str(total), total, str(total), True, total_tip, strong=True),
            }
        )

    def _show_note(self, result: AllocationResult) -> None:
        parts = []
        if result.vacant:
            parts.append(
                self.tr(
                    "%n list seat(s) vacant: a list has fewer candidates than seats won.", "", result.vacant
                )
            )
        if result.pending:
            parts.append(self.tr("%n district seat(s) pending.", "", result.pending))
        if result.undecided:
            parts.append(self.tr("%n seat(s) await a drawing of lots.", "", result.undecided))
        self._note.setText(" ".join(parts))
        self._note.setVisible(bool(parts))

    # ---- slots -----------------------------------------------------------------------------------
    @Slot(QModelIndex, QModelIndex)
    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet or not current.isValid():
            return
        name = self.selected_party()
        if name is not None and name != self._emitted:
            self._emitted = name
            self.partySelected.emit(name)


def _summary_row(cells: dict[Column, Cell]) -> list[Cell]:
    """A row below the parties: the given cells, the other columns blank."""
    return [cells.get(column, BLANK) for column in Column]


def _party_tip(party: PartyResult) -> str | None:
    return party.name if party.label == party.name else f"{party.name} ({party.label})"
