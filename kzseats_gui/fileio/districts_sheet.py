"""The `Districts` sheet [Округа]: one row per candidate per single-member district."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from ..core.model import District, DistrictCandidate
from .cells import BadCell, is_blank, parse_count, parse_text
from .names import AGAINST_ALL, DISTRICTS_COLUMNS, SELF_NOMINATED, normalize
from .parties_sheet import PartyNames
from .problems import Findings
from .tables import is_blank_row, note_extra_columns, open_table
from .xlsx_sheet import Row

AGAINST_ALL_KEYS = frozenset(normalize(name) for name in AGAINST_ALL)
SELF_NOMINATED_KEYS = frozenset(normalize(name) for name in SELF_NOMINATED)


@dataclass
class _DistrictRows:
    key: str
    candidates: list[DistrictCandidate] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)  # normalized candidate -> cell
    against_all: int = 0
    against_all_cell: str | None = None


@dataclass
class DistrictsSheet:
    sheet: str
    districts: tuple[District, ...]
    new_parties: tuple[str, ...]  # parties named here that are on no list, in order of appearance


def read_districts_sheet(
    rows: Iterator[Row], sheet: str, parties: PartyNames, findings: Findings
) -> DistrictsSheet | None:
    table = open_table(rows, sheet, DISTRICTS_COLUMNS, ("district", "candidate"), findings)
    if table is None:
        return None
    note_extra_columns(table, findings)
    districts: dict[str, _DistrictRows] = {}
    new_parties: list[str] = []
    for number, cells in table.rows:
        if is_blank_row(cells):
            continue
        values = {role: cells.get(column) for role, column in table.columns.items()}
        try:
            key = parse_text(values["district"]) if not is_blank(values["district"]) else ""
            name = parse_text(values["candidate"]) if not is_blank(values["candidate"]) else ""
        except BadCell as bad:
            findings.problem(bad.code, sheet, table.cell(number, "district"), what="District", **bad.params)
            continue
        if not key:
            findings.problem("district-missing", sheet, table.cell(number, "district"))
            continue
        if not name:
            findings.problem("candidate-name-missing", sheet, table.cell(number, "candidate"))
            continue
        votes = 0
        if "votes" in table.columns and not is_blank(values["votes"]):
            try:
                votes = parse_count(values["votes"])
            except BadCell as bad:
                findings.problem(bad.code, sheet, table.cell(number, "votes"), what="Votes", **bad.params)
        district = districts.setdefault(normalize(key), _DistrictRows(key))
        name_cell = table.cell(number, "candidate")
        if normalize(name) in AGAINST_ALL_KEYS:
            if district.against_all_cell is not None:
                findings.problem("against-all-duplicate", sheet, name_cell, other=district.against_all_cell)
            district.against_all += votes
            district.against_all_cell = name_cell
            continue
        if normalize(name) in district.names:
            findings.problem(
                "candidate-duplicate",
                sheet,
                name_cell,
                candidate=name,
                district=key,
                other=district.names[normalize(name)],
            )
            continue
        district.names[normalize(name)] = name_cell
        party = None
        if "party" in table.columns and not is_blank(values["party"]):
            try:
                written = parse_text(values["party"])
            except BadCell as bad:
                findings.problem(bad.code, sheet, table.cell(number, "party"), what="Party", **bad.params)
                continue
            if normalize(written) not in SELF_NOMINATED_KEYS:
                party = parties.find(written)
                if party is None:
                    parties.add(written)
                    new_parties.append(written)
                    findings.note("party-districts-only", sheet, table.cell(number, "party"), party=written)
                    party = written
        district.candidates.append(DistrictCandidate(name, party, votes))
    return DistrictsSheet(
        sheet,
        tuple(District(d.key, tuple(d.candidates), d.against_all) for d in districts.values()),
        tuple(new_parties),
    )
