"""The `Parties` sheet [Партии]: one row per party on the list ballot, plus an "against all" row."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from .cells import BadCell, is_blank, parse_count, parse_text
from .names import AGAINST_ALL, PARTIES_COLUMNS, normalize
from .problems import Findings
from .tables import is_blank_row, note_extra_columns, open_table
from .xlsx_sheet import Row

_COLOR = re.compile(r"^#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$")
AGAINST_ALL_KEYS = frozenset(normalize(name) for name in AGAINST_ALL)


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
class PartiesSheet:
    sheet: str
    rows: list[PartyRow] = field(default_factory=list)
    has_votes_column: bool = False
    against_all: int | None = None
    against_all_cell: str | None = None


class PartyNames:
    """Finds a party by its name or short name, however it is spelled in case and spaces."""

    def __init__(self) -> None:
        self._by_key: dict[str, str] = {}
        self._names: list[str] = []

    def names(self) -> list[str]:
        return list(self._names)

    def add(self, name: str, *aliases: str | None) -> None:
        if normalize(name) not in self._by_key:
            self._names.append(name)
        for text in (name, *aliases):
            if text:
                self._by_key.setdefault(normalize(text), name)

    def find(self, text: str) -> str | None:
        return self._by_key.get(normalize(text))

    def __contains__(self, text: str) -> bool:
        return normalize(text) in self._by_key


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
    result = PartiesSheet(sheet, has_votes_column="votes" in table.columns)
    seen: dict[str, str] = {}  # normalized name or short name -> the cell that gave it
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

        if normalize(name) in AGAINST_ALL_KEYS:
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

        names = [(name, name_cell)]
        if party.short_name and normalize(party.short_name) != normalize(name):
            names.append((party.short_name, table.cell(number, "short_name")))
        for text, cell in names:
            key = normalize(text)
            if key in seen:
                findings.problem("party-duplicate", sheet, cell, party=text, other=seen[key])
            else:
                seen[key] = cell
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
    return result
