"""The PDF report: summary page with signatures, districts, the 30 % quota, and the audit trail.

Every page carries the footer (source file and SHA-256, settings, print time, app version, page x of y).
The same pages go to a printer (``print_report``) in the printer's page size and orientation.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from datetime import datetime

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, QRectF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter

from ... import __version__
from ...charts.options import ChartOptions
from ...core.model import Election
from ...core.result import AllocationResult, DistrictOutcome, Tie
from ...core.rules import rules_used
from ...fileio.safe_output import write_bytes_atomically
from ...fileio.scenario_results import ScenarioSet
from ...text import render_notice, render_step
from ...text.legal import basis_name, rule_source
from ...text.vocabulary import district_state_key
from ..formatting import MISSING, number_text, standing_text
from ..vocabulary_tr import district_state, margin_tie, self_nominated
from .chart_export import ExportError, ensure_gui_application
from .report_layout import Column, DrawOp, Flow, Table, Typesetter, begin_points
from .report_scenarios import scenarios_section
from .summary_page import PageInfo, content_rect, draw_footer, render_summary_page

PDF_RESOLUTION = 600
SHORTFALL_COLOR = "#C62828"


def _tr(text: str) -> str:
    return QCoreApplication.translate("report", text)


def _messages(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def _district_status(outcome: DistrictOutcome) -> str:
    return "" if district_state_key(outcome) == "decided" else district_state(outcome)


def districts_table(election: Election, result: AllocationResult) -> Table:
    labels = {p.name: p.label for p in result.parties}
    columns = [
        Column(_tr("District"), 0.8),
        Column(_tr("Winner"), 2.6),
        Column(_tr("Party"), 1.8),
        Column(_tr("Votes"), 1.0, "right"),
        Column(_tr("Margin"), 0.9, "right"),
        Column(_tr("Against all"), 1.0, "right"),
        Column(_tr("Status"), 1.7),
    ]
    rows, colors = [], {}
    for i, outcome in enumerate(result.districts):
        party = (
            labels.get(outcome.party, outcome.party)
            if outcome.party
            else (self_nominated() if outcome.winner else MISSING)
        )
        rows.append(
            [
                outcome.key,
                outcome.winner or MISSING,
                party,
                number_text(outcome.winner_votes),
                margin_tie() if outcome.tie else number_text(outcome.margin),
                number_text(outcome.against_all),
                _district_status(outcome),
            ]
        )
        if outcome.tie or outcome.void or outcome.against_all_leads:
            colors[i] = SHORTFALL_COLOR
    return Table(columns, rows, size=7.5, colors=colors)


def quota_table(result: AllocationResult) -> Table:
    columns = [
        Column(_tr("Party"), 2.6),
        Column(_tr("List seats"), 0.9, "right"),
        Column(_tr("Required"), 0.9, "right"),
        Column(_tr("Filled"), 0.8, "right"),
        Column(_tr("Eligible on list"), 1.2, "right"),
        Column(_tr("Met"), 0.7, "center"),
        Column(_tr("Holders"), 1.1),
        Column(_tr("List checks"), 1.6),
    ]
    rows, colors = [], {}
    for party in result.parties:
        quota = party.quota
        if quota is None or (party.list_seats == 0 and party.list_seats_won == 0):
            continue
        checks = []
        if not quota.list_eligible_ok:
            checks.append(_tr("too few eligible"))
        if not quota.list_length_ok:
            checks.append(_tr("list too long"))
        met = _tr("yes") if quota.met else _tr("no, short by {n}").format(n=quota.required - quota.filled)
        if not quota.applies:
            met += " " + _tr("(for information)")
        rows.append(
            [
                party.name,
                str(party.list_seats),
                str(quota.required),
                str(quota.filled),
                str(quota.eligible),
                met,
                _tr("chosen") if quota.chosen else _tr("suggested"),
                ", ".join(checks) or _tr("ok"),
            ]
        )
        if not quota.met or checks:
            colors[len(rows) - 1] = SHORTFALL_COLOR
    return Table(columns, rows, size=7.5, colors=colors)


def _category_name(category: str | None) -> str:
    return {"woman": _tr("woman"), "youth": _tr("youth"), "disability": _tr("disability")}.get(
        category or "", MISSING
    )


def holders_table(holders) -> Table:
    columns = [
        Column(_tr("Position"), 0.8, "right"),
        Column(_tr("Name"), 3.4),
        Column(_tr("Counts toward the quota"), 1.8),
        Column(_tr("Moved up"), 1.0, "center"),
    ]
    rows = [
        [str(h.position), h.name, _category_name(h.category), _tr("yes") if h.swapped_in else ""]
        for h in holders
    ]
    return Table(columns, rows, size=7.5)


def _tie_outcome(tie: Tie) -> str:
    winners = ", ".join(tie.winners)
    if tie.by_lot:
        return _tr("{winners} by lot, drawn: {drawn}").format(
            winners=winners, drawn=tie.drawn_on or _tr("when and where not recorded")
        )
    if tie.resolved_by:
        return _tr("{winners}: the list registered earlier").format(winners=winners)
    return _tr("open: lots required")


def _flow_pages(
    setter: Typesetter, page: QRectF, election: Election, result: AllocationResult,
    scenarios: ScenarioSet | None = None,
) -> list[list[DrawOp]]:
    """Every page after the summary page (the saved ``scenarios`` last)."""
    flow = Flow(setter, content_rect(page))
    if result.districts:
        flow.heading(_tr("Single-member districts"))
        flow.table(districts_table(election, result))
    quota = quota_table(result)
    if quota.rows:
        flow.new_page()
        flow.heading(_tr("The 30 % quota per party"))
        flow.table(quota)
        for party in result.parties:
            if party.quota is None or not party.quota.holders:
                continue
            flow.space(10)
            title = _tr("{party}: mandate holders ({how})").format(
                party=party.name, how=_tr("chosen by the party") if party.quota.chosen else _tr("suggested")
            )
            flow.heading(title, 10.0)
            if not party.quota.chosen:
                flow.paragraph(_tr("The party's governing body chooses; this is a suggestion."), 7.5)
            flow.table(holders_table(party.quota.holders))
    flow.new_page()
    flow.heading(_tr("Audit trail"))
    for number, step in enumerate(result.steps, start=1):
        text = render_step(step, _messages) + (f"  [{', '.join(step.rules)}]" if step.rules else "")
        flow.paragraph(text, 8.0, indent=26, hanging=f"{number}.")
    if result.ties:
        flow.space(8)
        flow.heading(_tr("Ties"), 10.0)
        for tie in result.ties:
            flow.paragraph(
                _tr("{tier}: {between}, {seats} seat(s), standing {standing} — {how}").format(
                    tier=_tr("District {district}").format(district=tie.district) if tie.district
                    else _tr("List seats"),
                    between=", ".join(tie.between),
                    seats=tie.seats,
                    standing=standing_text(tie),
                    how=_tie_outcome(tie),
                ),
                8.0,
                indent=26,
                hanging="•",
            )
    legal_basis(flow, result)
    notices = (*result.warnings, *election.notes)
    if notices:
        flow.space(8)
        flow.heading(_tr("Warnings and notes"), 10.0)
        for notice in notices:
            flow.paragraph(render_notice(notice, _messages), 8.0, indent=26, hanging="•")
    if scenarios is not None:
        scenarios_section(flow, scenarios)
    return flow.pages


def legal_basis(flow: Flow, result: AllocationResult) -> None:
    """Every rule the steps applied, with its basis and source: the "why" of each number."""
    flow.space(8)
    flow.heading(_tr("Legal basis"), 10.0)
    flow.paragraph(_tr(
        "Each step of the audit trail names its rules in brackets. Statute: the text of the law says it; "
        "practice: what an election commission did where the law is silent or unclear; assumption: no "
        "rule was found, the app's own choice."
    ), 7.5)
    for rule in rules_used(result.rule_ids):
        flow.paragraph(
            f"{rule.id} — {basis_name(rule.basis, _messages)}: {rule_source(rule.id, _messages)}",
            8.0, indent=26, hanging="•",
        )


def _paint_document(
    device: QPagedPaintDevice,
    election: Election,
    result: AllocationResult,
    *,
    options: ChartOptions | None = None,
    scenarios: ScenarioSet | None = None,
) -> int:
    """Paint every page onto ``device``; returns the page count."""
    painter = QPainter()
    if not painter.begin(device):
        raise ExportError(_tr("Cannot start drawing on the output."))
    try:
        page = begin_points(painter)
        setter = Typesetter(device)
        later_pages = _flow_pages(setter, page, election, result, scenarios)
        count = 1 + len(later_pages)
        printed_at = datetime.now()
        render_summary_page(
            painter,
            page,
            election,
            result,
            options=options,
            page=PageInfo(1, count, printed_at),
        )
        for number, ops in enumerate(later_pages, start=2):
            device.newPage()
            for op in ops:
                op(painter)
            draw_footer(painter, setter, page, election, result, PageInfo(number, count, printed_at))
    finally:
        painter.end()
    return count


def write_report_pdf(
    election: Election,
    result: AllocationResult,
    path: str | os.PathLike[str],
    *,
    options: ChartOptions | None = None,
    inputs: Iterable[str | os.PathLike[str]] = (),
    scenarios: ScenarioSet | None = None,
) -> int:
    """Write the multi-page A4 report to ``path`` (complete or not at all, never over one of
    ``inputs``: raises OutputError); returns the page count. ``scenarios``: a section at the end."""
    ensure_gui_application()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setCreator(f"kzseats {__version__}")
    writer.setTitle(result.settings.title)
    a4 = QPageSize(QPageSize.PageSizeId.A4)
    writer.setPageLayout(QPageLayout(a4, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    count = _paint_document(writer, election, result, options=options, scenarios=scenarios)
    del writer  # the painter has ended: the whole PDF is in the buffer
    write_bytes_atomically(path, bytes(buffer.data().data()), inputs=inputs)
    return count


def print_report(
    election: Election,
    result: AllocationResult,
    printer,
    *,
    options: ChartOptions | None = None,
    scenarios: ScenarioSet | None = None,
) -> int:
    """The whole report on ``printer`` (a QPrinter), in its page size and orientation."""
    printer.setFullPage(True)  # the pages draw their own margins
    return _paint_document(printer, election, result, options=options, scenarios=scenarios)


__all__ = ["districts_table", "holders_table", "print_report", "quota_table", "write_report_pdf"]
