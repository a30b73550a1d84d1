"""The `allocate --json` document (cli.md contract), built from an AllocationResult."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from ..core.model import Election
from ..core.result import AllocationResult, QuotaResult, Tie
from ..core.rules import rules_used
from ..fileio.problems import input_warnings, is_warning
from ..text import render_notice, render_step
from ..text.legal import departure_texts, not_the_law_mark
from ..text.vocabulary import status_text


def number(value: Fraction | int) -> int | float:
    """A whole number as int, anything else as a float for display (decisions never read it back)."""
    if isinstance(value, int) or value.denominator == 1:
        return int(value)
    return float(value)


def exact(value: Fraction | int | None) -> str | None:
    """The exact value as text ('5971719/69'), for readers who must re-check a figure."""
    if value is None:
        return None
    value = Fraction(value)
    return str(value.numerator) if value.denominator == 1 else f"{value.numerator}/{value.denominator}"


def quota_json(quota: QuotaResult | None) -> dict[str, Any] | None:
    if quota is None:
        return None
    return {
        "required": quota.required,
        "eligible": quota.eligible,
        "filled": quota.filled,
        "met": quota.met,
        "applies": quota.applies,
        "chosen": quota.chosen,
        "holders": [
            {"position": h.position, "name": h.name, "category": h.category, "swapped_in": h.swapped_in}
            for h in quota.holders
        ],
        "list_length": quota.list_length,
        "list_eligible_ok": quota.list_eligible_ok,
        "list_length_ok": quota.list_length_ok,
    }


def tie_json(tie: Tie) -> dict[str, Any]:
    return {
        "tier": tie.tier,
        "district": tie.district,
        "between": list(tie.between),
        "seats": tie.seats,
        "standing": exact(tie.standing),
        "resolved_by": tie.resolved_by,
        "winners": list(tie.winners),
        "drawn_on": tie.drawn_on,
    }


def result_json(election: Election, result: AllocationResult) -> dict[str, Any]:
    settings = result.settings
    return {
        "status": result.status,
        "status_text": status_text(result),
        "seats_by_lot": result.seats_by_lot,
        "body": settings.body.value,
        "title": settings.title,
        "source": {"file": election.source_name, "sha256": election.source_sha256},
        "seats": {
            "list": settings.list_seats,
            "district": settings.district_seats,
            "total": settings.total_seats,
        },
        "threshold": {
            "percent": number(settings.threshold_percent),
            "base": result.threshold_base,
            "base_kind": settings.threshold_base.value,
            "votes": number(result.threshold_votes),
            "votes_exact": exact(result.threshold_votes),
            "min_votes": result.threshold_min_votes,
        },
        "method": settings.method.value,
        "method_is_the_law": settings.method.is_the_law,
        "valid_ballots": result.valid_ballots,
        "against_all": election.against_all,
        "admitted_votes": result.admitted_votes,
        "quota": number(result.quota) if result.quota is not None else None,
        "quota_exact": exact(result.quota),
        "parties": [
            {
                "name": p.name,
                "votes": p.votes,
                "share": number(p.share) if p.share is not None else None,
                "passed": p.passed,
                "list_seats": p.list_seats,
                "list_seats_won": p.list_seats_won,
                "vacant": p.vacant,
                "district_seats": p.district_seats,
                "total_seats": p.total_seats,
                "quota": quota_json(p.quota),
            }
            for p in result.parties
        ],
        "districts": [
            {
                "district": d.key,
                "winner": d.winner,
                "party": d.party,
                "votes": d.winner_votes,
                "margin": d.margin,
                "against_all": d.against_all,
                "pending": d.pending,
                "void": d.void,
                "against_all_leads": d.against_all_leads,
                "tie": d.tie,
                "by_lot": d.by_lot,
            }
            for d in result.districts
        ],
        "independents": result.independents,
        "pending": result.pending,
        "vacant": result.vacant,
        "undecided": result.undecided,
        "ties": [tie_json(t) for t in result.ties],
        "settings": {
            "quota_percent": number(settings.quota_percent),
            "quota_rounding": settings.quota_rounding.value,
            "youth_age_limit": settings.youth_age_limit,
            "election_date": settings.election_date.isoformat() if settings.election_date else None,
            "use_registration_order": settings.use_registration_order,
            "admit_runner_up": settings.admit_runner_up,
            "against_all_leads": settings.against_all_leads.value,
            "mandate_quota": settings.mandate_quota,
        },
        # Input warnings (a workbook read as meant, not as typed) come first: they name the cell.
        "warnings": [render_notice(n) for n in (*input_warnings(election), *result.warnings)],
        "notes": [render_notice(n) for n in election.notes if not is_warning(n)],
        "steps": [render_step(s) for s in result.steps],
        "step_rules": [list(s.rules) for s in result.steps],  # the rules of each step, in step order
        "rules": [
            {"id": rule.id, "basis": rule.basis.value, "source": rule.source}
            for rule in rules_used(result.rule_ids)
        ],
        "departures": list(result.departures),
        "departures_text": departure_texts(result),
        "not_the_law": not_the_law_mark(result) or None,
    }
