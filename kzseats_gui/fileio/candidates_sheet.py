"""The `Candidates` sheet [Кандидаты]: the party lists, for the 30 % quota."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..core.model import Candidate, Gender
from .cells import BadCell, Choice, is_blank, parse_count, parse_date, parse_text, parse_yes_no
from .names import CANDIDATES_COLUMNS, GENDER_VALUES, normalize
from .parties_sheet import PartyNames
from .problems import Findings
from .tables import is_blank_row, note_extra_columns, open_table
from .xlsx_sheet import Row

_GENDER = Choice(GENDER_VALUES, key_of=normalize)


def parse_gender(value: Any) -> Gender:
    try:
        return Gender(_GENDER.parse(value))
    except BadCell as bad:
        raise BadCell("gender-invalid", **bad.params) from None


def parse_position(value: Any) -> int:
    position = parse_count(value)
    if position < 1:
        raise BadCell("position-invalid", value=str(position))
    return position


OPTIONAL = (
    ("gender", "Gender", parse_gender),
    ("birth_date", "Birth date", parse_date),
    ("disability", "Disability", parse_yes_no),
    ("elected", "Elected", parse_yes_no),
)


def read_candidates_sheet(
    rows: Iterator[Row], sheet: str, parties: PartyNames, findings: Findings
) -> tuple[Candidate, ...] | None:
    table = open_table(rows, sheet, CANDIDATES_COLUMNS, ("party", "position", "name"), findings)
    if table is None:
        return None
    note_extra_columns(table, findings)
    candidates: list[Candidate] = []
    positions: dict[tuple[str, int], str] = {}
    for number, cells in table.rows:
        if is_blank_row(cells):
            continue
        values = {role: cells.get(column) for role, column in table.columns.items()}
        fields: dict[str, Any] = {}
        ok = True
        for role, what, parse in (
            ("party", "Party", parse_text),
            ("position", "Position", parse_position),
            ("name", "Name", parse_text),
        ):
            if is_blank(values[role]):
                findings.problem("candidate-field-missing", sheet, table.cell(number, role), what=what)
                ok = False
                continue
            try:
                fields[role] = parse(values[role])
            except BadCell as bad:
                findings.problem(bad.code, sheet, table.cell(number, role), what=what, **bad.params)
                ok = False
        for role, what, parse_optional in OPTIONAL:
            if role in table.columns and not is_blank(values[role]):
                try:
                    fields[role] = parse_optional(values[role])
                except BadCell as bad:
                    findings.problem(bad.code, sheet, table.cell(number, role), what=what, **bad.params)
                    ok = False
        if "party" in fields:
            party = parties.resolve(fields["party"], findings, sheet, table.cell(number, "party"))
            if party is None:
                findings.problem(
                    "candidate-party-unknown", sheet, table.cell(number, "party"), party=fields["party"]
                )
                ok = False
            fields["party"] = party
        if not ok:
            continue
        place = (fields["party"], fields["position"])
        cell = table.cell(number, "position")
        if place in positions:
            findings.problem(
                "position-duplicate", sheet, cell, party=place[0], position=place[1], other=positions[place]
            )
            continue
        positions[place] = cell
        fields.setdefault("disability", False)
        candidates.append(Candidate(**fields))
    return tuple(candidates)
