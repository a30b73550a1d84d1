"""Ties that decide a seat: resolved by registration order or a recorded lot, never silently.

A list tie is decided by the earlier-registered list when the setting allows it and every tied party
has its own registration order; otherwise by a recorded lot whose winners are among the tied parties and
as many as the seats at stake. A district tie is decided by a recorded lot only. Anything else stays
open: the result says "lots required".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from fractions import Fraction

from . import rules
from .model import LotRecord, Party, Settings
from .notices import Param
from .result import Notice, ResolvedBy, Step, Tie

LIST_TIER = "list"
DISTRICT_TIER = "district"


@dataclass(frozen=True)
class TieDecision:
    tie: Tie
    steps: tuple[Step, ...]
    notices: tuple[Notice, ...]
    lot_used: LotRecord | None = None
    winners: tuple[str, ...] = field(default=())  # empty while the tie is open
    rejected: tuple[LotRecord, ...] = ()  # lots that did not match this tie (already reported)


def registration_winners(tied: Sequence[Party], seats: int) -> tuple[Party, ...] | None:
    """The ``seats`` earliest-registered parties, or None when any order is missing or shared."""
    known = [(p.registration_order, p) for p in tied if p.registration_order is not None]
    if len(known) != len(tied) or len({order for order, _ in known}) != len(known):
        return None
    return tuple(p for _, p in sorted(known, key=lambda pair: pair[0])[:seats])


def resolve_list_tie(
    tied: Sequence[Party],
    seats: int,
    standing: Fraction,
    settings: Settings,
    lots: Sequence[LotRecord],
    canonical: Callable[[str], str | None],
) -> TieDecision:
    """Decide (or leave open) a list tie between ``tied`` (ballot order) for ``seats`` seats."""
    between = tuple(p.name for p in tied)
    steps = [Step("list-tie", {"between": between, "seats": seats, "standing": standing}, (rules.TIE_LOT,))]
    notices: list[Notice] = []
    rejected: list[LotRecord] = []

    if settings.use_registration_order:
        by_registration = registration_winners(tied, seats)
        if by_registration is not None:
            chosen = set(by_registration)
            winners = tuple(p.name for p in tied if p in chosen)
            steps.append(Step("tie-registration-order", {
                "winners": winners,
                "orders": tuple(f"{p.name}: {p.registration_order}" for p in tied),
            }, (rules.REMAINDER_TIE_REGISTRATION,)))
            tie = Tie(LIST_TIER, between, seats, standing, ResolvedBy.REGISTRATION_ORDER, winners)
            return TieDecision(tie, tuple(steps), tuple(notices), winners=winners)

    for lot in (lot for lot in lots if lot.tier == LIST_TIER):
        named = [canonical(w) for w in lot.winners]
        if all(n in between for n in named) and len(set(named)) == len(named) == seats:
            winners = tuple(n for n in between if n in named)
            figures: dict[str, Param] = {"winners": winners, "drawn_on": lot.drawn_on or "-"}
            steps.append(Step("tie-lot", figures, (rules.TIE_LOT,)))
            steps.extend(Step("tie-lot-seat", {"party": name}, (rules.TIE_LOT,)) for name in winners)
            # a seat decided by lot is never shown as an ordinary one: it is also a notice of the result
            notices.append(Notice("seat-decided-by-lot", {
                "winners": winners, "between": between, "drawn_on": lot.drawn_on or "-",
            }))
            tie = Tie(LIST_TIER, between, seats, standing, ResolvedBy.LOT, winners, drawn_on=lot.drawn_on)
            return TieDecision(tie, tuple(steps), tuple(notices), lot_used=lot, winners=winners)
        rejected.append(lot)
        notices.append(
            Notice("lot-not-matching", {"winners": tuple(lot.winners), "between": between, "seats": seats})
        )

    steps.append(Step("tie-lots-required", {"between": between, "seats": seats}, (rules.TIE_LOT,)))
    notices.append(Notice("lots-required", {"between": between, "seats": seats}))
    tie = Tie(LIST_TIER, between, seats, standing)
    return TieDecision(tie, tuple(steps), tuple(notices), rejected=tuple(rejected))


def _same_name(a: str, b: str) -> bool:
    return a.strip().casefold() == b.strip().casefold()


def district_lots(lots: Sequence[LotRecord], key: str) -> list[LotRecord]:
    return [lot for lot in lots if lot.tier == DISTRICT_TIER and lot.district is not None
            and _same_name(lot.district, key)]


def resolve_district_tie(
    key: str, between: tuple[str, ...], votes: int, lots: Sequence[LotRecord]
) -> TieDecision:
    """Decide (or leave open) a tie between the leading candidates of district ``key``."""
    figures: dict[str, Param] = {"district": key, "between": between, "votes": votes}
    steps = [Step("district-tie", figures, (rules.DISTRICT_TIE_LOT,))]
    notices: list[Notice] = []
    rejected: list[LotRecord] = []
    for lot in district_lots(lots, key):
        named = [next((c for c in between if _same_name(c, w)), None) for w in lot.winners]
        if len(named) == 1 and named[0] is not None:
            winner = named[0]
            steps.append(Step("district-tie-lot", {
                "district": key, "winner": winner, "drawn_on": lot.drawn_on or "-",
            }, (rules.DISTRICT_TIE_LOT,)))
            notices.append(Notice("district-seat-decided-by-lot", {
                "district": key, "winner": winner, "between": between, "drawn_on": lot.drawn_on or "-",
            }))
            tie = Tie(DISTRICT_TIER, between, 1, votes, ResolvedBy.LOT, (winner,), key, lot.drawn_on)
            return TieDecision(tie, tuple(steps), tuple(notices), lot_used=lot, winners=(winner,))
        rejected.append(lot)
        notices.append(Notice("district-lot-not-matching", {
            "district": key, "winners": tuple(lot.winners), "between": between,
        }))
    steps.append(Step("district-tie-lots-required", {"district": key, "between": between},
                      (rules.DISTRICT_TIE_LOT,)))
    notices.append(Notice("district-lots-required", {"district": key, "between": between}))
    tie = Tie(DISTRICT_TIER, between, 1, votes, district=key)
    return TieDecision(tie, tuple(steps), tuple(notices), rejected=tuple(rejected))


def unused_lot_notices(lots: Sequence[LotRecord], decisions: Sequence[TieDecision]) -> list[Notice]:
    """A recorded lot that decided nothing is reported, so a typo does not go unnoticed."""
    seen = [d.lot_used for d in decisions if d.lot_used is not None]
    seen += [lot for d in decisions for lot in d.rejected]
    notices = []
    for lot in lots:
        if any(lot is s for s in seen):
            continue
        if lot.tier == DISTRICT_TIER:
            notices.append(Notice("district-lot-unused", {
                "district": lot.district or "-", "winners": tuple(lot.winners),
            }))
        else:
            notices.append(Notice("lot-unused", {"winners": tuple(lot.winners)}))
    return notices


def with_lots(earlier: Sequence[LotRecord], later: Sequence[LotRecord]) -> tuple[LotRecord, ...]:
    """``earlier`` lot records with ``later`` ones added; a later record replaces an earlier one for the
    same tie (the list tie, or the tie of one district)."""
    lots = list(earlier)
    for record in later:
        key = (record.tier, _district_key(record))
        lots = [lot for lot in lots if (lot.tier, _district_key(lot)) != key]
        lots.append(record)
    return tuple(lots)


def _district_key(lot: LotRecord) -> str | None:
    return lot.district.strip().casefold() if lot.district else None
