"""The single-member districts: winner, party, votes, margin, "against all" and what needs attention."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ...core.model import Election
from ...core.result import AllocationResult, DistrictOutcome
from ..formatting import INDEPENDENT_COLOR, MISSING, number_text, party_colors, swatch_color
from ..vocabulary_tr import district_state, margin_tie, self_nominated
from .tables import Cell, ExactSortProxy, count_cell, fit_columns, share_cell
from .view_base import TabularView, fit_to_placeholder


class Column(IntEnum):
    DISTRICT = 0
    WINNER = 1
    PARTY = 2
    WINNER_VOTES = 3
    MARGIN = 4
    AGAINST_ALL = 5
    AGAINST_ALL_SHARE = 6
    FLAGS = 7


class Flag:
    """Raw flag values in the Flags column (``rows()`` gives a tuple of them); the display text is
    translated."""

    AGAINST_ALL_LEADS = "against-all-leads"
    TIE = "tie"
    BY_LOT = "by-lot"
    PENDING = "pending"
    VOID = "void"


class DistrictsView(TabularView):
    """One row per district. Flags say where a seat is undecided or the result needs a second look."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._summary = QLabel(self)
        self._summary.setWordWrap(True)
        self._summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._filter = QLineEdit(self)
        self._filter.setClearButtonEnabled(True)
        self._filter.textChanged.connect(self._on_filter_changed)

        self._add_table("districtsTable", copy_selected=True)
        self._table.fit_max_width = 320

        top = QHBoxLayout()
        top.addWidget(self._summary, 1)
        top.addWidget(self._filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self._table, 1)
        self.setTabOrder(self._filter, self._table)
        self._shown: tuple[Election, AllocationResult] | None = None
        self._finish_setup()

    def retranslate_ui(self) -> None:
        """Static text and the shown result in the current language."""
        self._model.set_headers(self._headers(), self._header_tips())
        self._filter.setPlaceholderText(self.tr("Filter districts, candidates, parties…"))
        self._filter.setAccessibleName(self.tr("Filter districts"))
        fit_to_placeholder(self._filter)
        self._table.setAccessibleName(self.tr("District results"))
        if self._shown is None:
            self._empty_text()
        else:
            self.set_result(*self._shown)

    # ---- public API (model, table, rows, copy_to_clipboard: TabularView) -------------------------
    def proxy(self) -> ExactSortProxy:
        return self._proxy

    def filter_edit(self) -> QLineEdit:
        return self._filter

    def set_result(self, election: Election, result: AllocationResult) -> None:
        self._shown = (election, result)
        colors = party_colors(result)
        rows = [self._district_row(d, colors) for d in result.districts]
        self._model.set_rows(rows, keys=[d.key for d in result.districts])
        self._summary.setText(self._summary_text(result))
        fit_columns(self._table)

    def clear(self) -> None:
        self._model.clear()
        self._shown = None
        self._empty_text()

    def summary_text(self) -> str:
        """The one-line count above the table (districts, party/self-nominated winners, undecided)."""
        return self._summary.text()

    # ---- rows ------------------------------------------------------------------------------------
    def _headers(self) -> list[str]:
        return [
            self.tr("District"),
            self.tr("Winner"),
            self.tr("Party"),
            self.tr("Winner's votes"),
            self.tr("Margin"),
            self.tr("Against all"),
            self.tr("Against all (%)"),
            self.tr("Flags"),
        ]

    def _header_tips(self) -> list[str | None]:
        return [
            None,
            self.tr("The candidate with the most votes; empty while the seat is undecided"),
            None,
            None,
            self.tr("Votes ahead of the runner-up candidate"),
            self.tr('"Against all" votes in the district'),
            self.tr('"Against all" as a share of all votes in the district (candidates + against all)'),
            None,
        ]

    def _district_row(self, d: DistrictOutcome, colors: dict[str, str | None]) -> list[Cell]:
        flags = self._flags(d)
        tone = "bad" if ((d.tie and not d.by_lot) or d.void) else (
            "warn" if (d.against_all_leads or d.by_lot) else None
        )
        if tone is None and d.pending:
            tone = "muted"
        if d.winner is None:
            winner = Cell(self._undecided_text(d), None, "", tooltip=self._candidates_tip(d), tone=tone)
            party = Cell(MISSING, None, "")
        else:
            winner = Cell(d.winner, d.winner, tooltip=self._candidates_tip(d))
            if d.party is None:
                party = Cell(
                    self_nominated(),
                    self_nominated(),
                    decoration=swatch_color(None, INDEPENDENT_COLOR),
                )
            else:
                party = Cell(d.party, d.party, decoration=swatch_color(colors.get(d.party)))
        return [
            Cell(d.key, d.key),
            winner,
            party,
            count_cell(d.winner_votes),
            Cell(margin_tie(), 0, None, True) if d.tie else count_cell(d.margin),
            count_cell(d.against_all if d.total_votes else None),
            share_cell(d.against_all_share),
            Cell(
                ", ".join(text for _, text in flags),
                tuple(code for code, _ in flags),
                tone=tone,
                tooltip="\n".join(self._flag_explanation(code) for code, _ in flags) or None,
            ),
        ]

    def _flags(self, d: DistrictOutcome) -> list[tuple[str, str]]:
        flags = []
        if d.pending:
            flags.append((Flag.PENDING, self.tr("pending")))
        if d.void:
            flags.append((Flag.VOID, self.tr("void")))
        if d.against_all_leads:
            flags.append((Flag.AGAINST_ALL_LEADS, self.tr("against all leads")))
        if d.by_lot:
            flags.append((Flag.BY_LOT, district_state(d)))
        elif d.tie:
            flags.append((Flag.TIE, district_state(d)))
        return flags

    def _flag_explanation(self, code: str) -> str:
        return {
            Flag.PENDING: self.tr("No results yet: the seat is shown as undecided, not guessed."),
            Flag.VOID: self.tr(
                '"Against all" led and the settings treat such a district as void (a what-if, not the law): '
                "the seat waits for a repeat election."
            ),
            Flag.AGAINST_ALL_LEADS: self.tr(
                '"Against all" received more votes than the leading candidate. '
                "No rule was found in the law that voids the district; the leading candidate wins."
            ),
            Flag.TIE: self.tr("The leading candidates have equal votes: the seat is decided by lot."),
            Flag.BY_LOT: self.tr(
                "The leading candidates had equal votes; the recorded lot gave the seat to the winner shown."
            ),
        }[code]

    def _undecided_text(self, d: DistrictOutcome) -> str:
        if d.tie:
            return self.tr("(tie)")
        if d.void:
            return self.tr("(void)")
        return self.tr("(pending)")

    def _candidates_tip(self, d: DistrictOutcome) -> str | None:
        if not d.candidates:
            return None
        lines = []
        for c in sorted(d.candidates, key=lambda c: -c.votes):
            party = c.party or self_nominated()
            lines.append(f"{c.name} ({party}): {number_text(c.votes)}")
        lines.append(self.tr("Against all: {votes}").format(votes=number_text(d.against_all)))
        return "\n".join(lines)

    def _summary_text(self, result: AllocationResult) -> str:
        districts = result.districts
        if not districts:
            if result.settings.district_seats:
                return self.tr("No district results in the workbook: every district seat is pending.")
            return self.tr("This election has no district seats.")
        decided = [d for d in districts if d.winner is not None]
        party_won = sum(1 for d in decided if d.party is not None)
        parts = [
            self.tr("Districts: {n}").format(n=len(districts)),
            self.tr("won by party candidates: {n}").format(n=party_won),
            self.tr("self-nominated: {n}").format(n=len(decided) - party_won),
        ]
        pending = sum(1 for d in districts if d.winner is None)
        if pending:
            parts.append(self.tr("undecided: {n}").format(n=pending))
        leads = sum(1 for d in districts if d.against_all_leads)
        if leads:
            parts.append(self.tr('"against all" leads: {n}').format(n=leads))
        return " · ".join(parts)

    def _empty_text(self) -> None:
        self._summary.setText(self.tr("No district results."))

    # ---- slots -----------------------------------------------------------------------------------
    @Slot(str)
    def _on_filter_changed(self, text: str) -> None:
        self._proxy.setFilterFixedString(text)
