"""`kzseats compare`: list seats under every method, the law's column first, differences marked."""

from __future__ import annotations

import argparse

from ..core.comparison import THE_LAW, MethodComparison, compare_methods
from ..core.model import Method
from ..text import format_number
from ..text.vocabulary import method_name
from .arguments import EXIT_LOTS_REQUIRED, EXIT_OK, UsageError, print_json
from .inputs import given_lots, load, lots_to_use, say_notices
from .json_output import tie_json


def heading(method: Method) -> str:
    """The column heading: the method's short name, the law's marked as such."""
    return method_name(method, short=True, law_mark=method.is_the_law)


def cmd_compare(args: argparse.Namespace) -> int:
    if args.method:
        raise UsageError("compare shows every method side by side; --method does not apply")
    given = given_lots(args)
    election, settings = load(args)
    lots, notices = lots_to_use(args, election, given)
    say_notices(notices)
    comparison = compare_methods(election, settings, lots)
    if args.json:
        print_json(comparison_json(comparison))
    else:
        print(render_comparison(comparison, settings.list_seats))
    return EXIT_LOTS_REQUIRED if comparison.lots_required else EXIT_OK


def comparison_json(comparison: MethodComparison) -> dict:
    columns = comparison.columns
    return {
        "methods": {c.method.value: dict(c.list_seats) for c in columns},
        "law": THE_LAW.value,
        "differs_from_law": {
            c.method.value: [name for name in comparison.parties if name in c.differs] for c in columns
        },
        "ties": {c.method.value: [tie_json(t) for t in c.open_ties] for c in columns},
        "vacant": {c.method.value: c.vacant for c in columns},
        "lots_required": comparison.lots_required,
        "parties": [
            {
                "name": name,
                "votes": comparison.votes[name],
                "list_seats": {c.method.value: c.list_seats[name] for c in columns},
                "differs_from_law": [c.method.value for c in columns if name in c.differs],
                "awaiting_lot": [c.method.value for c in columns if c.tied(name)],
            }
            for name in comparison.parties
        ],
    }


def render_comparison(comparison: MethodComparison, list_seats: int) -> str:
    columns = comparison.columns
    header = ["Party", "Votes", *(heading(c.method) for c in columns)]
    rows = [header]
    for name in comparison.parties:
        cells = []
        for c in columns:
            mark = " *" if name in c.differs else (" +lot" if c.tied(name) else "")
            cells.append(f"{c.list_seats[name]}{mark}")
        rows.append([name, format_number(comparison.votes[name]), *cells])
    rows.append(["Total", "", *(str(sum(c.list_seats.values())) for c in columns)])
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    lines = [f"List seats ({list_seats}) under each method; the first column is the law.", ""]
    for row in rows:
        lines.append("  ".join(
            cell.ljust(width) if i == 0 else cell.rjust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        ).rstrip())
    lines.append("")
    lines.append("* differs from the law.  +lot: shares a seat that only a lot can decide (not counted).")
    for c in columns:
        if c.vacant:
            lines.append(f"{heading(c.method)}: {c.vacant} list seat(s) vacant.")
        for tie in c.open_ties:
            lines.append(f"{heading(c.method)}: LOTS REQUIRED for {tie.seats} seat(s) between "
                         f"{', '.join(tie.between)} (equal standing; no rule decides it).")
    return "\n".join(lines)
