"""The settings a result was computed with, in words: for the report's settings block and footers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...core.result import AllocationResult
from ...text.legal import not_the_law_title
from ..formatting import fraction_text, number_text, percent_value_text
from ..i18n import translate_message
from ..vocabulary_tr import (
    against_all_rule,
    body_name,
    method_name,
    rounding_name,
    status_text,
    threshold_base_name,
    tie_rule,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("report", text)


def settings_summary(result: AllocationResult) -> str:
    """One line for the footer: body, seats, threshold, method; a comparison says so first, so that
    every page of it is marked."""
    s = result.settings
    mark = "" if result.is_the_law else not_the_law_title(translate_message) + " · "
    return mark + _tr(
        "{body} · {list} list + {district} district seats · threshold {percent} of {base} · {method}"
    ).format(
        body=body_name(s.body),
        list=s.list_seats,
        district=s.district_seats,
        percent=percent_value_text(s.threshold_percent),
        base=threshold_base_name(s.threshold_base, short=True),
        method=method_name(s.method, short=True, law_mark=True),
    )


def settings_lines(result: AllocationResult) -> list[tuple[str, str]]:
    """The settings the result was computed with, as (name, value) pairs."""
    s = result.settings
    lines = [
        (_tr("Body"), body_name(s.body)),
        (
            _tr("Seats"),
            _tr("{list} list + {district} district = {total}").format(
                list=s.list_seats, district=s.district_seats, total=s.total_seats
            ),
        ),
        (
            _tr("Threshold"),
            _tr("{percent} of {base} ({votes}): at least {needed} votes").format(
                percent=percent_value_text(s.threshold_percent),
                base=threshold_base_name(s.threshold_base),
                votes=number_text(result.threshold_base),
                needed=number_text(result.threshold_min_votes),
            ),
        ),
        (_tr("Method"), method_name(s.method, law_mark=True)),
    ]
    if result.quota is not None:
        lines.append(
            (_tr("Quota"), _tr("{quota} votes per seat").format(quota=fraction_text(result.quota, 4)))
        )
    lines.append((_tr("Equal remainders"), tie_rule(s)))
    if s.mandate_quota:
        lines.append(
            (
                _tr("Mandate quota"),
                _tr(
                    "{percent} women, youth (under {age}) and persons with disabilities, rounded {rounding}"
                ).format(
                    percent=percent_value_text(s.quota_percent),
                    age=s.youth_age_limit,
                    rounding=rounding_name(s.quota_rounding, short=True),
                ),
            )
        )
    lines.append((_tr("“Against all” leads a district"), against_all_rule(s)))
    lines.append((_tr("Status"), status_text(result)))
    lines.extend(lot_lines(result))
    lines.append((_tr("Legal basis"), _tr(
        "each step of the audit trail names its rules; their basis and sources are listed at the end"
    )))
    return lines


def lot_lines(result: AllocationResult) -> list[tuple[str, str]]:
    """Each seat decided by lot: who won it, between whom, drawn when and where."""
    lines = []
    for tie in result.lot_ties:
        where = (
            _tr("District {district}").format(district=tie.district)
            if tie.district
            else _tr("List seats")
        )
        # a list lot gives each winner one seat, so the winners say how many seats it decided
        text = _tr("{winners} won by lot between {between}").format(
            winners=", ".join(tie.winners), between=", ".join(tie.between)
        )
        drawn = tie.drawn_on or _tr("when and where not recorded")
        lines.append((_tr("Decided by lot: {where}").format(where=where),
                      _tr("{text}; drawn: {drawn}").format(text=text, drawn=drawn)))
    return lines


__all__ = ["lot_lines", "settings_lines", "settings_summary"]
