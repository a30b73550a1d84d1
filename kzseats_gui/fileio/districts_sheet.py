"""The `Districts` sheet [Округа]: one row per candidate per single-member district."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from ..core.model import District, DistrictCandidate
from .cells import BadCell, is_blank, parse_count, parse_text
from .hygiene import NameMatcher, note_lookalike
from .hygiene.totals import equals_sum_of_others, is_total_name
from .names import AGAINST_ALL, DISTRICTS_COLUMNS, SELF_NOMINATED, normalize, shown
from .parties_sheet import PartyNames
from .problems import Findings
from .tables import is_blank_row, note_extra_columns, open_table
from .xlsx_sheet import Row

SPECIAL_NAMES = NameMatcher(
    [*(("against_all", name) for name in AGAINST_ALL), *(("self_nominated", name) for name in SELF_NOMINATED)]
)
SPECIAL_SHOWN = {"against_all": shown(AGAINST_ALL), "self_nominated": shown(SELF_NOMINATED)}


@dataclass
class _DistrictRows:
    key: str
    first_cell: str  # the District cell of its first row
    candidates: list[DistrictCandidate] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)  # normalized candidate -> cell
    cells: list[str] = field(default_factory=list)  # each candidate's Votes (or name) cell, in order
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
        district = districts.get(normalize(key))
        if district is None:
            district = districts[normalize(key)] = _DistrictRows(key, table.cell(number, "district"))
        name_cell = table.cell(number, "candidate")
        if is_total_name(name):
            findings.warn("candidate-total-row", sheet, name_cell, name=name, district=key)
            continue
        if _special(name, findings, sheet, name_cell) == "against_all":
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
            party_cell = table.cell(number, "party")
            if _special(written, findings, sheet, party_cell) != "self_nominated":
                party = parties.resolve(written, findings, sheet, party_cell)
                if party is None:
                    parties.add(written)
                    new_parties.append(written)
                    findings.note("party-districts-only", sheet, table.cell(number, "party"), party=written)
                    party = written
        district.cells.append(table.cell(number, "votes") if "votes" in table.columns else name_cell)
        district.candidates.append(DistrictCandidate(name, party, votes))
    for district in districts.values():
        _check_totals(district, sheet, findings)
    _check_keys_alike(districts.values(), sheet, findings)
    return DistrictsSheet(
        sheet,
        tuple(District(d.key, tuple(d.candidates), d.against_all) for d in districts.values()),
        tuple(new_parties),
    )


def _special(text: str, findings: Findings, sheet: str, cell: str) -> str | None:
    """'against_all', 'self_nominated' or None; a look-alike spelling is read so, with a warning."""
    role, folded_from = SPECIAL_NAMES.match(text)
    if folded_from is not None and role is not None:
        note_lookalike(findings, "name-lookalike", sheet, cell, text, folded_from, meant=SPECIAL_SHOWN[role])
    return role


_KEY_NOISE = re.compile(r"[\s№#]+")
_WHOLE_FLOAT = re.compile(r"(\d)\.0+$")
_NUMBER = re.compile(r"\d+")


def key_alike(key: str) -> str:
    """'01', ' 1', '1.0' and '№ 1' -> '1': the district number as a reader of the printout sees it."""
    text = _WHOLE_FLOAT.sub(r"\1", _KEY_NOISE.sub("", normalize(key)))
    return _NUMBER.sub(lambda digits: digits.group().lstrip("0") or "0", text)


def _check_keys_alike(districts: Iterable[_DistrictRows], sheet: str, findings: Findings) -> None:
    """Two districts whose keys differ only in leading zeros, spaces, '№' or '.0' ('01' and 1) are
    refused: read apart, one district elects two members; read as one, a mistyped '10' would merge
    two districts. Only the clerk knows which, and retyping one cell settles it."""
    first: dict[str, _DistrictRows] = {}
    for district in districts:
        other = first.setdefault(key_alike(district.key), district)
        if other is not district:
            findings.problem(
                "district-key-lookalike",
                sheet,
                district.first_cell,
                district=district.key,
                other_district=other.key,
                other=other.first_cell,
            )


def _check_totals(district: _DistrictRows, sheet: str, findings: Findings) -> None:
    """A candidate without a party whose votes are exactly the other candidates' sum is a total row."""
    votes = [c.votes for c in district.candidates]
    for index, candidate in enumerate(district.candidates):
        if candidate.party is None and equals_sum_of_others(votes, index, district.against_all):
            findings.problem(
                "candidate-total-arithmetic",
                sheet,
                district.cells[index],
                name=candidate.name,
                district=district.key,
                votes=candidate.votes,
            )
