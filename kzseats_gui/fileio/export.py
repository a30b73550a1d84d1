"""The full result as an .xlsx workbook: summary, parties, districts, quota, ties, audit trail.

Exact values (quota, remainders, shares) are written as decimal numbers for reading and sorting, with
the exact fraction beside them where a seat may hang on the last digit. The file is written beside
its target and moved into place, so a failed export never leaves a broken file.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from fractions import Fraction
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from .. import __version__
from ..core.model import Election, Settings
from ..core.result import AllocationResult
from ..core.rules import rules_used
from ..text import render_notice, render_step, vocabulary
from ..text.legal import edit_text, not_the_law_mark
from .output_origin import GENERATOR, RESULTS_DESCRIPTION
from .scenario_results import ScenarioSet
from .scenario_sheets import add_scenario_sheets
from .template import save_atomically

HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDE5F0")
WARNING_FONT = Font(bold=True, color="B00020")
DECIMALS = "#,##0.000000"
PERCENT = "0.00%"
SELF_NOMINATED = vocabulary.self_nominated()


def exact_text(value: Fraction | int | None) -> str | None:
    """'5971719/69' (or '86546' when whole): the value as the calculation used it."""
    if value is None:
        return None
    value = Fraction(value)
    return str(value.numerator) if value.denominator == 1 else f"{value.numerator}/{value.denominator}"


def decimal(value: Fraction | int | None) -> float | int | None:
    """A number for the spreadsheet to show; whole values stay exact integers."""
    if value is None:
        return None
    value = Fraction(value)
    return value.numerator if value.denominator == 1 else float(value)


def export_results(
    path: Path | str, election: Election, result: AllocationResult, *, inputs: Iterable[Path | str] = (),
    scenarios: ScenarioSet | None = None,
) -> None:
    """Write the result of ``election`` to the .xlsx file ``path`` (replaced atomically, never one of
    ``inputs``: raises safe_output.OutputError); with ``scenarios``, one more sheet for each."""
    book = Workbook()
    book.properties.creator = GENERATOR
    book.properties.description = RESULTS_DESCRIPTION  # so writing it again may replace it
    book.remove(book.active)
    _summary(book.create_sheet("Summary"), election, result)
    _parties(book.create_sheet("Parties"), result)
    _districts(book.create_sheet("Districts"), result)
    _quota(book.create_sheet("Quota"), result)
    _ties(book.create_sheet("Ties"), result)
    _audit(book.create_sheet("Audit trail"), result)
    _legal_basis(book.create_sheet("Legal basis"), result)
    _warnings(book.create_sheet("Warnings"), election, result)
    if scenarios is not None:
        add_scenario_sheets(book, scenarios)
    save_atomically(book, Path(path), inputs)


def _table(sheet: Worksheet, header: list[str], rows: list[list[Any]], widths: list[int]) -> None:
    sheet.append(header)
    for index, width in enumerate(widths, start=1):
        cell = sheet.cell(row=1, column=index)
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        sheet.column_dimensions[get_column_letter(index)].width = width
    for row in rows:
        sheet.append(row)
    sheet.freeze_panes = "A2"


def _format_column(sheet: Worksheet, column: int, number_format: str) -> None:
    for row in range(2, sheet.max_row + 1):
        sheet.cell(row=row, column=column).number_format = number_format


def method_label(settings: Settings) -> str:
    return vocabulary.method_name(settings.method, law_mark=True)


def _summary(sheet: Worksheet, election: Election, result: AllocationResult) -> None:
    settings = result.settings
    status = vocabulary.status_text(result)
    rows: list[tuple[str, Any, str | None]] = [
        ("Title", settings.title, None),
        ("Body", vocabulary.body_name(settings.body), None),
        ("Status", status, None),
        ("Departures from the law", not_the_law_mark(result) or "none: the legal result", None),
        ("List seats", settings.list_seats, None),
        ("District seats", settings.district_seats, None),
        ("Total seats", settings.total_seats, None),
        ("Method", method_label(settings), None),
        ("Threshold percent", decimal(settings.threshold_percent), exact_text(settings.threshold_percent)),
        (
            "Threshold base",
            f"{vocabulary.threshold_base_name(settings.threshold_base)}: {result.threshold_base:,}".replace(
                ",", " "
            ),
            None,
        ),
        ("Votes needed to pass (fewest whole votes)", result.threshold_min_votes,
         exact_text(result.threshold_votes)),
        ("Party votes + against all (valid list ballots)", result.valid_ballots, None),
        ("Against all", election.against_all, None),
        ("Invalid ballots", election.invalid, None),
        ("Votes of admitted parties", result.admitted_votes, None),
        ("Quota (votes per seat)", decimal(result.quota), exact_text(result.quota)),
        (SELF_NOMINATED, result.independents, None),
        ("Pending district seats", result.pending, None),
        ("Vacant seats", result.vacant, None),
        ("Seats awaiting a lot", result.undecided, None),
        ("Seats decided by lot", result.seats_by_lot, None),
        *_lot_rows(result),
        ("", None, None),
        ("Settings used", None, None),
        (
            "Election date",
            settings.election_date.isoformat() if settings.election_date else "not given",
            None,
        ),
        ("Ballots cast", settings.ballots_cast, None),
        ("Registered voters", settings.registered_voters, None),
        ("Quota percent", decimal(settings.quota_percent), exact_text(settings.quota_percent)),
        ("Quota rounding", vocabulary.rounding_name(settings.quota_rounding), None),
        ("Youth age limit", settings.youth_age_limit, None),
        ("Registration order breaks remainder ties", _yes(settings.use_registration_order), None),
        ("Admit the runner-up when one party passes", _yes(settings.admit_runner_up), None),
        ("When against all leads a district", vocabulary.against_all_rule(settings), None),
        ("30 % quota applies to mandate holders", _yes(settings.mandate_quota), None),
        ("", None, None),
        ("Source file", election.source_name, None),
        ("Source SHA-256", election.source_sha256, None),
        ("Exported", datetime.now().replace(microsecond=0).isoformat(sep=" "), None),
        ("Program", f"kzseats {__version__}", None),
        *(("Edited figure (what-if)", edit_text(edit), None) for edit in result.edits),
    ]
    _table(sheet, ["Item", "Value", "Exact value"], [list(row) for row in rows], [46, 60, 28])
    for row in sheet.iter_rows(min_row=2):
        if isinstance(row[1].value, float):
            row[1].number_format = DECIMALS
        row[1].alignment = Alignment(horizontal="left")
        if row[0].value == "Settings used":
            row[0].font = HEADER_FONT
        if row[0].value == "Edited figure (what-if)":
            row[1].font = WARNING_FONT
    if result.lots_required:
        sheet["B4"].font = WARNING_FONT
    if not settings.method.is_the_law:
        sheet["B8"].font = WARNING_FONT


def _lot_rows(result: AllocationResult) -> list[tuple[str, Any, str | None]]:
    """Who won each lot, between whom, and when and where it was drawn."""
    rows: list[tuple[str, Any, str | None]] = []
    for tie in result.lot_ties:
        where = f"district {tie.district}" if tie.district else "list seats"
        rows.append((
            f"Decided by lot ({where})",
            f"{', '.join(tie.winners)} (between {', '.join(tie.between)})",
            f"drawn: {tie.drawn_on or 'not recorded'}",
        ))
    return rows


def _yes(flag: bool | None) -> str | None:
    return None if flag is None else "yes" if flag else "no"


def _parties(sheet: Worksheet, result: AllocationResult) -> None:
    rows = []
    for p in result.parties:
        quota = p.quota
        rows.append(
            [
                p.name,
                p.label,
                p.votes,
                decimal(p.share),
                _yes(p.passed) if p.votes is not None else "-",
                decimal(p.standing),
                exact_text(p.standing),
                p.list_seats_won,
                p.vacant,
                p.list_seats,
                p.district_seats,
                p.total_seats,
                quota.required if quota else None,
                quota.filled if quota else None,
                (_yes(quota.met) if quota.applies else "not required") if quota and quota.met is not None
                else None,
            ]
        )
    header = [
        "Party",
        "Label",
        "Votes",
        "Share",
        "Passed",
        "Standing",
        "Standing (exact)",
        "List seats won",
        vocabulary.seat_holder_name("vacant"),
        "List seats",
        "District seats",
        "Total seats",
        "Quota required",
        "Quota filled",
        "Quota met",
    ]
    _table(sheet, header, rows, [40, 16, 14, 10, 8, 16, 22, 14, 8, 10, 14, 12, 14, 12, 12])
    _format_column(sheet, 4, PERCENT)
    _format_column(sheet, 6, DECIMALS)
    for column in (3,):
        _format_column(sheet, column, "#,##0")
    total_row = [
        SELF_NOMINATED,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        result.independents,
        result.independents,
    ]
    sheet.append(total_row)


def _districts(sheet: Worksheet, result: AllocationResult) -> None:
    rows = []
    for d in result.districts:
        state = vocabulary.district_state(d)
        candidates = "; ".join(f"{c.name} ({c.party or SELF_NOMINATED}): {c.votes}" for c in d.candidates)
        rows.append(
            [
                d.key,
                d.winner,
                (d.party or SELF_NOMINATED) if d.winner else None,
                d.winner_votes,
                vocabulary.margin_tie() if d.tie else d.margin,
                d.against_all,
                d.total_votes,
                decimal(d.against_all_share),
                state,
                candidates,
            ]
        )
    header = [
        "District",
        "Winner",
        "Party",
        "Winner votes",
        "Margin",
        "Against all",
        "Total votes",
        "Against all share",
        "Status",
        "Candidates (votes)",
    ]
    _table(sheet, header, rows, [10, 34, 30, 13, 10, 12, 12, 16, 26, 80])
    _format_column(sheet, 8, PERCENT)


def _quota(sheet: Worksheet, result: AllocationResult) -> None:
    rows = []
    holders = []
    for p in result.parties:
        q = p.quota
        if q is None:
            continue
        rows.append(
            [
                p.name,
                p.list_seats,
                q.required,
                q.eligible,
                q.filled,
                _yes(q.met),
                "party's choice (Elected)" if q.chosen else "suggested",
                q.list_length,
                _yes(q.list_eligible_ok),
                _yes(q.list_length_ok),
                _yes(q.applies),
            ]
        )
        for h in q.holders:
            holders.append([p.name, h.position, h.name, h.category or "-", _yes(h.swapped_in)])
    header = [
        "Party",
        "List seats",
        "Required",
        "Eligible on list",
        "Filled",
        "Met",
        "Holders",
        "List length",
        "List has 30 % eligible",
        "List within 130 %",
        "Rule applies",
    ]
    _table(sheet, header, rows, [40, 10, 10, 15, 8, 6, 24, 11, 20, 16, 12])
    if not rows:
        sheet.append(["No candidate data: the quota could not be checked."])
        return
    sheet.append([])
    sheet.append(["Holders", "Position", "Name", "Counts as", "Swapped in"])
    for cell in sheet[sheet.max_row]:
        cell.font = HEADER_FONT
    for row in holders:
        sheet.append(row)


def _ties(sheet: Worksheet, result: AllocationResult) -> None:
    rows = [
        [
            t.tier,
            t.district,
            ", ".join(t.between),
            t.seats,
            decimal(t.standing),
            exact_text(t.standing),
            t.resolved_by or "OPEN: lots required",
            ", ".join(t.winners),
            t.drawn_on,
        ]
        for t in result.ties
    ]
    header = [
        "Tier",
        "District",
        "Between",
        "Seats",
        "Standing",
        "Standing (exact)",
        "Resolved by",
        "Winners",
        "Drawn on",
    ]
    _table(sheet, header, rows, [8, 10, 50, 7, 16, 22, 22, 40, 24])
    _format_column(sheet, 5, DECIMALS)
    if not rows:
        sheet.append(["No tie decided a seat."])


def _audit(sheet: Worksheet, result: AllocationResult) -> None:
    rows = [
        [index, render_step(step), ", ".join(step.rules)] for index, step in enumerate(result.steps, start=1)
    ]
    _table(sheet, ["#", "Step", "Rules"], rows, [6, 140, 40])


def _legal_basis(sheet: Worksheet, result: AllocationResult) -> None:
    """Every rule the steps applied: its id (as in the audit trail), basis and source."""
    rows = [[rule.id, rule.basis.value, rule.source] for rule in rules_used(result.rule_ids)]
    _table(sheet, ["Rule", "Basis", "Source"], rows, [28, 12, 140])


def _warnings(sheet: Worksheet, election: Election, result: AllocationResult) -> None:
    rows = [["warning", str(n.source or ""), render_notice(n, with_source=False)] for n in result.warnings]
    rows += [
        ["import note", str(n.source or ""), render_notice(n, with_source=False)] for n in election.notes
    ]
    _table(sheet, ["Kind", "Where", "Text"], rows, [12, 40, 120])
    if not rows:
        sheet.append(["none", None, "No warnings."])
