"""The `List votes` sheet [Голоса по спискам]: per-region or per-station counts, summed.

A national result has some 10,000 polling-station rows, so the summing loop keeps to plain integer
additions and leaves everything else (text counts, problems) to a slow path.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from .cells import BadCell, is_blank, parse_count
from .hygiene.totals import is_total_name
from .names import LIST_VOTES_COLUMNS
from .parties_sheet import PartyNames
from .problems import Findings
from .tables import open_table
from .xlsx_sheet import Row, cell_name

# Columns that are summed, besides one column per party.
COUNT_COLUMNS = ("against_all", "invalid", "ballots_cast", "registered_voters")


@dataclass
class ListVotes:
    sheet: str
    party_totals: dict[str, int] = field(default_factory=dict)  # party name -> summed votes
    party_columns: dict[str, str] = field(default_factory=dict)  # party name -> header cell
    totals: dict[str, int] = field(default_factory=dict)  # against_all, invalid, ... -> sum (when a column)
    rows: int = 0


def read_list_votes(
    rows: Iterator[Row],
    sheet: str,
    parties: PartyNames,
    findings: Findings,
    check_cancelled: Callable[[], None] = lambda: None,
) -> ListVotes | None:
    table = open_table(rows, sheet, LIST_VOTES_COLUMNS, (), findings)
    if table is None:
        return None
    result = ListVotes(sheet)
    keys: list[str] = []  # what each summed column adds to: a party name or one of COUNT_COLUMNS
    columns: list[int] = []
    for role in COUNT_COLUMNS:
        if role in table.columns:
            keys.append(role)
            columns.append(table.columns[role])
    unknown: dict[int, str] = {}
    for column, header in table.extras.items():
        header_cell = cell_name(table.header_row, column)
        party = parties.resolve(header, findings, sheet, header_cell)
        if party is None and is_total_name(header):  # a row total beside the parties is no party
            findings.warn("list-votes-total-column", sheet, header_cell, column=header)
        elif party is None:
            unknown[column] = header
        elif party in result.party_columns:
            findings.problem(
                "column-duplicate", sheet, header_cell, column=party, other=result.party_columns[party]
            )
        else:
            result.party_columns[party] = header_cell
            keys.append(party)
            columns.append(column)

    sums = [0] * len(columns)
    slots = list(enumerate(columns))
    numeric_unknown: set[int] = set()
    counted = 0
    label_columns = [table.columns[r] for r in ("region", "polling_station") if r in table.columns]
    totals_by_label: dict[str, bool] = {}  # region text -> is a total row (regions repeat)
    last: Row | None = None
    for number, cells in table.rows:
        if label_columns and _is_total_row(cells, label_columns, totals_by_label):
            label = next(str(cells[c]) for c in label_columns if isinstance(cells.get(c), str))
            findings.warn(
                "list-votes-total-row", sheet, cell_name(number, label_columns[0]), row=number, name=label
            )
            continue
        last = (number, cells)
        counted += 1
        if not counted & 1023:
            check_cancelled()
        for slot, column in slots:
            value = cells.get(column)
            if value is None:
                continue
            if type(value) is int and value >= 0:
                sums[slot] += value
            elif not is_blank(value):  # blank count cells are 0 here
                try:
                    sums[slot] += parse_count(value)
                except BadCell as bad:
                    key = keys[slot]
                    what = LIST_VOTES_COLUMNS[key][0] if key in COUNT_COLUMNS else key
                    findings.problem(bad.code, sheet, cell_name(number, column), what=what, **bad.params)
        if unknown:
            for column in unknown:
                value = cells.get(column)
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    numeric_unknown.add(column)
    if last is not None and counted >= 3 and _is_sum_of_others(last[1], columns, sums):
        number, cells = last
        for slot, column in slots:
            sums[slot] -= _count(cells.get(column))
        counted -= 1
        findings.warn("list-votes-total-row", sheet, cell_name(number, min(cells)), row=number, name="")
    result.rows = counted

    for column, header in unknown.items():
        header_cell = cell_name(table.header_row, column)
        if column in numeric_unknown and parties.names():
            # Counts under a name that is no party: summing them nowhere would lose votes silently.
            # (Without any party at all, the missing Parties sheet is the one problem to report.)
            findings.problem(
                "list-votes-party-unknown", sheet, header_cell, column=header, parties=tuple(parties.names())
            )
        else:
            findings.note("column-unknown", sheet, header_cell, column=header)
    for key, total in zip(keys, sums, strict=True):
        if key in COUNT_COLUMNS:
            result.totals[key] = total
        else:
            result.party_totals[key] = total
    return result


def _is_total_row(cells: dict[int, object], label_columns: list[int], known: dict[str, bool]) -> bool:
    for column in label_columns:
        label = cells.get(column)
        if isinstance(label, str):
            found = known.get(label)
            if found is None:
                found = known[label] = is_total_name(label)
            if found:
                return True
    return False


def _count(value: object) -> int:
    if is_blank(value):
        return 0
    try:
        return parse_count(value)
    except BadCell:
        return 0


def _is_sum_of_others(cells: dict[int, object], columns: list[int], sums: list[int]) -> bool:
    """The last row holds, in every summed column, exactly the sum of the rows above it (a total row
    without a label): then every sum is twice that row. Two or more filled columns are needed."""
    filled = 0
    for slot, column in enumerate(columns):
        value = _count(cells.get(column))
        if value * 2 != sums[slot]:
            return False
        filled += value > 0
    return filled >= 2
