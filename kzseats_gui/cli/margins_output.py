"""The margins `kzseats sensitivity` adds to the per-party figures: steps, the next seat, districts."""

from __future__ import annotations

from collections.abc import Sequence

from ..core.allocator import allocate
from ..core.margins import district_margins, next_list_seat
from ..core.model import Election, LotRecord, Settings
from ..core.seat_curve import seat_curve
from ..core.sensitivity import PartySensitivity
from ..text import format_number


def add_margins(
    document: dict, election: Election, settings: Settings, figures: Sequence[PartySensitivity],
    lots: Sequence[LotRecord],
) -> dict:
    """``document`` (the contract's ``{"parties": [...]}``) with the new keys filled in."""
    for row, figure in zip(document["parties"], figures, strict=True):
        curve = seat_curve(election, settings, figure.name)
        row.update({
            "votes": figure.votes,
            "list_seats": figure.list_seats,
            "threshold_votes": curve.threshold_votes,
            "seat_steps": [{"votes": s.votes, "list_seats": s.list_seats} for s in curve.steps],
            "seat_steps_complete": curve.complete,
            # the 2009 runner-up rule, or the threshold moving with the votes: then one figure per
            # direction cannot tell the whole story, and the steps must be read
            "seats_fall_as_votes_grow": curve.falls,
        })
    seat = next_list_seat(election, settings)
    document["next_seat"] = {
        "list_seats": seat.list_seats,
        "gains": list(seat.gains),
        "losses": list(seat.losses),
        "open_tie": (
            {"between": list(seat.open_tie.between), "seats": seat.open_tie.seats} if seat.open_tie else None
        ),
        "vacant": seat.vacant,
    }
    document["districts"] = [
        {
            "district": m.district, "winner": m.winner, "party": m.party, "votes": m.votes,
            "runner_up": m.runner_up, "runner_up_party": m.runner_up_party,
            "runner_up_votes": m.runner_up_votes, "margin": m.margin, "votes_to_flip": m.votes_to_flip,
            "tie": m.tie,
        }
        for m in district_margins(allocate(election, settings, lots))
    ]
    return document


def margin_lines(document: dict) -> list[str]:
    """The readable lines for the new keys, after the per-party table."""
    seat = document["next_seat"]
    lines = [""]
    for row in document["parties"]:
        if row["seats_fall_as_votes_grow"]:
            lines.append(
                f"{row['name']}: its list seats do not always rise with its votes (between 0 and twice its "
                "count some more votes give fewer seats); the figures are the fewest votes that first give "
                "a seat more or fewer, and --json seat_steps shows every change."
            )
    if len(lines) > 1:
        lines.append("")
    parts = list(seat["gains"])
    if seat["open_tie"]:
        parts.append(f"a tie between {', '.join(seat['open_tie']['between'])} (lots required)")
    if seat["vacant"]:
        parts.append("vacant (the list it falls to has no candidate left)")
    what = "; ".join(parts) or "no party"
    lines.append(f"Next list seat (with {seat['list_seats']} list seats): {what}")
    if seat["losses"]:
        lines.append(f"  and with it fewer list seats for: {', '.join(seat['losses'])}")
    closest = sorted((d for d in document["districts"] if d["margin"] is not None), key=lambda d: d["margin"])
    if closest:
        lines += ["", f"{'District':10} {'winner':28} {'runner-up':28} {'margin':>9} {'to flip':>8}"]
        for d in closest:
            winner = d["winner"] or "(tie)"
            lines.append(
                f"{d['district'][:10]:10} {winner[:28]:28} {(d['runner_up'] or '-')[:28]:28} "
                f"{format_number(d['margin']):>9} {format_number(d['votes_to_flip']):>8}"
            )
    return lines
