"""Figures that cannot be: more valid ballots than ballots cast, or than registered voters.

The seats are computed from the party votes; when those exceed the ballots or the voters the workbook
itself gives, one of the figures is mistyped and the result cannot be signed: the workbook is refused,
naming the cells.
"""

from __future__ import annotations

from ..problems import Findings


def check_plausibility(
    findings: Findings,
    *,
    valid: int,
    invalid: int | None,
    ballots_cast: int | None,
    registered: int | None,
    sheet: str | None,
    cells: dict[str, str | None],
) -> None:
    """``valid``: party list votes plus "against all"; the others as the workbook gives them."""
    cast_by_count = valid + (invalid or 0)
    if ballots_cast is not None and cast_by_count > ballots_cast:
        findings.problem(
            "ballots-fewer-than-votes",
            sheet,
            cells.get("ballots_cast"),
            ballots=ballots_cast,
            valid=valid,
            invalid=invalid or 0,
        )
    if registered is not None:
        if valid > registered:
            findings.problem(
                "voters-fewer-than-votes",
                sheet,
                cells.get("registered_voters"),
                voters=registered,
                valid=valid,
            )
        elif ballots_cast is not None and ballots_cast > registered:
            findings.problem(
                "voters-fewer-than-ballots",
                sheet,
                cells.get("registered_voters"),
                voters=registered,
                ballots=ballots_cast,
            )
