"""Human text for the legal basis of a result: rule sources, bases, departures, the not-the-law mark.

Every function takes the ``translate`` callable of ``kzseats_gui.text.render`` (None: English).
"""

from __future__ import annotations

from ..core import departures as d
from ..core.bodies import preset_values
from ..core.model import Settings
from ..core.result import AllocationResult, FigureEdit
from ..core.rules import RULES, Basis
from . import Translate, render


def rule_source(rule_id: str, translate: Translate | None = None) -> str:
    return render(f"rule-{rule_id}", {}, translate)


def basis_name(basis: Basis | str, translate: Translate | None = None) -> str:
    return render(f"basis-{basis}", {}, translate)


def rule_line(rule_id: str, translate: Translate | None = None) -> str:
    """'statute: Art. 97-1 ...' — one rule with its basis, for a tooltip or the report."""
    rule = RULES[rule_id]
    return render("legal-basis-line", {
        "basis": basis_name(rule.basis, translate), "source": rule_source(rule_id, translate),
    }, translate)


MOST_EDITS_NAMED = 3  # the mark names this many edited figures, then says how many more


def edit_text(edit: FigureEdit, translate: Translate | None = None) -> str:
    """'list votes of Amanat edited: 3 000 000 → 3 100 000'."""
    params = {"party": edit.name, "candidate": edit.name, "district": edit.district,
              "before": edit.before, "after": edit.after}
    return render(f"edited-{edit.kind}", params, translate)


def edits_text(edits: tuple[FigureEdit, ...], translate: Translate | None = None,
               most: int | None = MOST_EDITS_NAMED) -> str:
    """The edited figures in one departure: the first ``most`` named, then how many more (None: all)."""
    named = edits if most is None else edits[:most]
    text = ", ".join(edit_text(edit, translate) for edit in named)
    if len(edits) > len(named):
        text += " " + render("edited-more", {"count": len(edits) - len(named)}, translate)
    return render("departure-edited-figures", {"edits": text}, translate)


def departure_text(departure: str, settings: Settings, translate: Translate | None = None,
                   edits: tuple[FigureEdit, ...] = ()) -> str:
    """One departure in words, with the figures of ``settings`` (and the ``edits`` of the figures)."""
    if departure == d.EDITED_FIGURES:
        return edits_text(edits, translate)
    if departure == d.METHOD:
        return render(f"departure-method-{settings.method.value}", {}, translate)
    if departure == d.QUOTA_ROUNDING:
        return render(f"departure-quota-rounding-{settings.quota_rounding.value}", {}, translate)
    if departure == d.RUNNER_UP:
        return render("departure-runner-up-" + ("on" if settings.admit_runner_up else "off"), {}, translate)
    if departure == d.MANDATE_QUOTA:
        return render("departure-mandate-quota-" + ("on" if settings.mandate_quota else "off"), {}, translate)
    params = {
        "list": settings.list_seats,
        "district": settings.district_seats,
        "percent": settings.threshold_percent if departure == d.THRESHOLD else settings.quota_percent,
        "law": preset_values(settings.body).threshold_percent,
        "age": settings.youth_age_limit,
    }
    return render(f"departure-{departure}", params, translate)


def departure_texts(result: AllocationResult, translate: Translate | None = None) -> list[str]:
    return [departure_text(code, result.settings, translate, result.edits) for code in result.departures]


def not_the_law_mark(result: AllocationResult, translate: Translate | None = None) -> str:
    """The mark every output of a comparison carries ("NOT THE LAW — a comparison: ..."); "" for the law."""
    if result.is_the_law:
        return ""
    return render("not-the-law", {"departures": "; ".join(departure_texts(result, translate))}, translate)


def not_the_law_title(translate: Translate | None = None) -> str:
    """The heading of the mark alone ("NOT THE LAW — a comparison"), where the departures follow below."""
    return render("not-the-law-title", {}, translate)


def not_signable_line(result: AllocationResult, translate: Translate | None = None) -> str:
    """What the report prints instead of the signature block for a comparison; "" for the law."""
    if result.is_the_law:
        return ""
    return render("not-signable", {"departures": "; ".join(departure_texts(result, translate))}, translate)


__all__ = [
    "basis_name",
    "departure_text",
    "departure_texts",
    "edit_text",
    "edits_text",
    "not_signable_line",
    "not_the_law_mark",
    "not_the_law_title",
    "rule_line",
    "rule_source",
]
