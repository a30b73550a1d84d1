"""The `Parties` sheet [Партии]: one row per party on the list ballot, plus an "against all" row."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from .cells import BadCell, is_blank, parse_count, parse_text
from .hygiene import CleanedText, NameMatcher, note_lookalike, odd_letters
from .hygiene.confusables import folded_key
from .hygiene.totals import equals_sum_of_others, is_total_name
from .names import AGAINST_ALL, PARTIES_COLUMNS, normalize, shown
from .problems import Findings
from .tables import is_blank_row, note_extra_columns, open_table
from .xlsx_sheet import Row

_COLOR = re.compile(r"^#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$")
AGAINST_ALL_NAMES = NameMatcher(("against_all", name) for name in AGAINST_ALL)


@dataclass
class PartyRow:
    name: str
    name_cell: str
    votes: int | None = None
    votes_cell: str | None = None  # the Votes cell of the row (blank or not), when there is the column
    short_name: str | None = None
    color: str | None = None
    registration_order: int | None = None
    votes_written: bool = False  # the Votes cell is filled (even if with something unusable)


@dataclass
class TotalRow:
    name: str
    cell: str
    votes: int | None


@dataclass
class PartiesSheet:
    sheet: str
    rows: list[PartyRow] = field(default_factory=list)
    has_votes_column: bool = False
    against_all: int | None = None
    against_all_cell: str | None = None
    total_rows: list[TotalRow] = field(default_factory=list)
    header_cells: str = ""  # the header row's range, 'A1:D1'
    headers: tuple[str, ...] = ()  # the header row's texts, in column order


class PartyNames:
    """Finds a party by its name or short name, however it is spelled in case and spaces, and also
    when it differs only in Latin/Cyrillic look-alike letters (then ``resolve`` warns, naming the cell:
    on screen and on paper the two names are one, so the clerk meant that party)."""

    def __init__(self) -> None:
        self._by_key: dict[str, str] = {}
        self._by_folded: dict[str, tuple[str, str]] = {}  # folded key -> (party, the name as written)
        self._names: list[str] = []

    def names(self) -> list[str]:
        return list(self._names)

    def add(self, name: str, *aliases: str | None) -> None:
        if normalize(name) not in self._by_key:
            self._names.append(name)
        for text in (name, *aliases):
            if text:
                self._by_key.setdefault(normalize(text), name)
                self._by_folded.setdefault(folded_key(text), (name, text))

    def find(self, text: str) -> str | None:
        """The party ``text`` names exactly (case and spaces aside)."""
        return self._by_key.get(normalize(text))

    def resolve(self, text: str, findings: Findings, sheet: str, cell: str | None) -> str | None:
        """The party ``text`` names, also through look-alike letters (with a warning naming the cell)."""
        party = self._by_key.get(normalize(text))
        if party is not None:
            return party
        found = self._by_folded.get(folded_key(text))
        if found is None:
            return None
        party, written_as = found
        findings.warn(
            "party-lookalike", sheet, cell, written=text, party=party, letters=odd_letters(text, written_as)
        )
        return party

    def __contains__(self, text: str) -> bool:
        return normalize(text) in self._by_key


def _hidden_chars(value: object) -> str:
    """The invisible characters a name cell was written with: '' for none (an odd space is seen)."""
    return value.chars if isinstance(value, CleanedText) and value.invisible else ""


def parse_color(value: object) -> str:
    text = str(value).strip()
    match = _COLOR.match(text)
    if match is None or isinstance(value, bool):
        raise BadCell("color-invalid", value=text[:40])
    digits = match.group(1).upper()
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    return f"#{digits}"


def read_parties_sheet(rows: Iterator[Row], sheet: str, findings: Findings) -> PartiesSheet | None:
    table = open_table(rows, sheet, PARTIES_COLUMNS, ("party",), findings)
    if table is None:
        return None
    note_extra_columns(table, findings)
    result = PartiesSheet(
        sheet,
        has_votes_column="votes" in table.columns,
        header_cells=table.header_range(),
        headers=tuple(table.headers[column] for column in sorted(table.headers)),
    )
    seen: dict[str, str] = {}  # normalized name or short name -> the cell that gave it
    seen_hidden: dict[str, str] = {}  # ... -> the invisible characters it was written with, if any
    seen_folded: dict[str, tuple[str, str]] = {}  # folded name -> (the name as written, its cell)
    orders: dict[int, str] = {}
    for number, cells in table.rows:
        if is_blank_row(cells):
            continue
        values = {role: cells.get(column) for role, column in table.columns.items()}
        name_cell = table.cell(number, "party")
        if is_blank(values["party"]):
            findings.problem("party-name-missing", sheet, name_cell)
            continue
        try:
            name = parse_text(values["party"])
        except BadCell as bad:
            findings.problem(bad.code, sheet, name_cell, what="Party", **bad.params)
            continue

        votes = None
        votes_written = not is_blank(values.get("votes"))
        if votes_written:
            try:
                votes = parse_count(values["votes"])
            except BadCell as bad:
                findings.problem(bad.code, sheet, table.cell(number, "votes"), what="Votes", **bad.params)

        if is_total_name(name):  # a total typed under the parties is no party (checked below)
            result.total_rows.append(TotalRow(name, name_cell, votes))
            continue
        role, folded_from = AGAINST_ALL_NAMES.match(name)
        if folded_from is not None:
            note_lookalike(
                findings, "name-lookalike", sheet, name_cell, name, folded_from, meant=shown(AGAINST_ALL)
            )
        if role is not None:
            if result.against_all_cell is not None:
                findings.problem("against-all-duplicate", sheet, name_cell, other=result.against_all_cell)
            result.against_all = votes
            result.against_all_cell = table.cell(number, "votes") if "votes" in table.columns else name_cell
            continue

        votes_cell = table.cell(number, "votes") if "votes" in table.columns else None
        party = PartyRow(name, name_cell, votes, votes_cell, votes_written=votes_written)
        for role, what, parse in (
            ("short_name", "Short name", parse_text),
            ("color", "Color", parse_color),
            ("registration_order", "Registration order", parse_count),
        ):
            if is_blank(values.get(role)):
                continue
            try:
                setattr(party, role, parse(values[role]))
            except BadCell as bad:
                findings.problem(bad.code, sheet, table.cell(number, role), what=what, **bad.params)

        names = [(name, name_cell, _hidden_chars(values["party"]))]
        if party.short_name and normalize(party.short_name) != normalize(name):
            short_cell = table.cell(number, "short_name")
            names.append((party.short_name, short_cell, _hidden_chars(values["short_name"])))
        for text, cell, hidden in names:
            key = normalize(text)
            folded = folded_key(text)
            if key in seen and (hidden or seen_hidden[key]):  # alike on paper: as for look-alikes
                chars = hidden or seen_hidden[key]
                findings.problem(
                    "party-invisible-duplicate", sheet, cell, party=text, other=seen[key], chars=chars
                )
            elif key in seen:
                findings.problem("party-duplicate", sheet, cell, party=text, other=seen[key])
            elif folded in seen_folded:  # two parties that print alike: merging would be a guess
                other_text, other_cell = seen_folded[folded]
                findings.problem(
                    "party-lookalike-duplicate",
                    sheet,
                    cell,
                    party=text,
                    other_party=other_text,
                    other=other_cell,
                    letters=odd_letters(text, other_text),
                )
            else:
                seen[key] = cell
                seen_hidden[key] = hidden
                seen_folded[folded] = (text, cell)
        if party.registration_order is not None:
            cell = table.cell(number, "registration_order")
            if party.registration_order in orders:
                findings.problem(
                    "registration-order-duplicate",
                    sheet,
                    cell,
                    order=party.registration_order,
                    other=orders[party.registration_order],
                )
            orders[party.registration_order] = cell
        result.rows.append(party)
    _check_totals(result, findings)
    return result


def _check_totals(result: PartiesSheet, findings: Findings) -> None:
    """A total row by name is left out (said, with its sum); a party row that is exactly the sum of
    all others is refused: counting a total as a party would give it half the seats."""
    votes = [row.votes or 0 for row in result.rows]
    summed = sum(votes)
    for total in result.total_rows:
        if total.votes is None or total.votes in (summed, summed + (result.against_all or 0)):
            findings.warn(
                "total-row", result.sheet, total.cell, name=total.name, votes=total.votes, summed=summed
            )
        else:
            findings.warn(
                "total-row-mismatch",
                result.sheet,
                total.cell,
                name=total.name,
                votes=total.votes,
                summed=summed,
            )
    for index, row in enumerate(result.rows):
        if row.votes is not None and equals_sum_of_others(votes, index, result.against_all or 0):
            findings.problem(
                "total-row-arithmetic",
                result.sheet,
                row.votes_cell or row.name_cell,
                name=row.name,
                votes=row.votes,
            )
