"""The readable table `kzseats allocate` prints when --json is not given."""

from __future__ import annotations

from ..core.model import Election
from ..core.result import AllocationResult
from ..fileio.problems import input_warnings, is_warning
from ..text import format_fraction, format_number, format_percent, render_notice
from ..text.legal import not_the_law_mark
from ..text.vocabulary import body_name, method_name, self_nominated, status_text, threshold_base_name


def _row(cells: list[str], widths: list[int], numeric_from: int) -> str:
    parts = [
        cell.ljust(width) if i < numeric_from else cell.rjust(width)
        for i, (cell, width) in enumerate(zip(cells, widths, strict=True))
    ]
    return "  ".join(parts).rstrip()


def render_table(election: Election, result: AllocationResult) -> str:
    settings = result.settings
    base = threshold_base_name(settings.threshold_base, short=True)
    mark = not_the_law_mark(result)
    lines = [
        *([mark, ""] if mark else []),
        settings.title,
        f"Status: {status_text(result)}",
        f"Body: {body_name(settings.body)}   Seats: {settings.list_seats} list + "
        f"{settings.district_seats} district = {settings.total_seats}",
        f"Method: {method_name(settings.method, law_mark=True)}",
        f"Valid ballots (party votes + against all): {format_number(result.valid_ballots)}",
        f"Threshold: {format_fraction(settings.threshold_percent)} % of "
        f"{format_number(result.threshold_base)} ({base}): "
        f"at least {format_number(result.threshold_min_votes)} votes",
    ]
    if result.quota is not None:
        lines.append(f"Quota: {format_fraction(result.quota)} votes per seat")
    lines.append("")

    header = ["Party", "Votes", "Share", "Passed", "List", "District", "Total", "Quota"]
    rows = [header]
    for p in result.parties:
        quota = "-"
        if p.quota is not None and p.quota.met is not None:
            mark = "met" if p.quota.met else "NOT MET"
            quota = f"{p.quota.filled}/{p.quota.required} {mark}"
        list_cell = str(p.list_seats) + (f" (+{p.vacant} vacant)" if p.vacant else "")
        rows.append(
            [
                p.name,
                format_number(p.votes) if p.votes is not None else "-",
                format_percent(p.share) if p.share is not None else "-",
                "yes" if p.passed else ("no" if p.votes is not None else "-"),
                list_cell,
                str(p.district_seats),
                str(p.total_seats),
                quota,
            ]
        )
    rows.append([self_nominated(), "", "", "", "", str(result.independents), str(result.independents), ""])
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    lines.extend(_row(r, widths, 1) for r in rows)
    lines.append("")
    lines.append(
        f"Pending district seats: {result.pending}   Vacant seats: {result.vacant}   "
        f"Seats awaiting a lot: {result.undecided}"
    )
    for tie in result.ties:
        names = ", ".join(tie.between)
        where = f"district {tie.district}" if tie.district else "list tier"
        if tie.by_lot:
            how = f"{', '.join(tie.winners)} won by lot" + (f", drawn {tie.drawn_on}" if tie.drawn_on else "")
        elif tie.resolved_by:
            how = f"{', '.join(tie.winners)} ({tie.resolved_by})"
        else:
            how = "LOTS REQUIRED"
        lines.append(f"Tie ({where}) for {tie.seats} seat(s) between {names}: {how}")
    notes = [*result.warnings, *election.notes]
    if notes:
        lines.append("")
        lines.extend(f"warning: {render_notice(n)}" for n in (*input_warnings(election), *result.warnings))
        lines.extend(f"note: {render_notice(n)}" for n in election.notes if not is_warning(n))
    if result.lots_required:
        lines.append("")
        lines.append("LOTS REQUIRED: record the lot result with --lot and run again (see README).")
    return "\n".join(lines)
