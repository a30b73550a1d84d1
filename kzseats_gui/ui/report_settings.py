"""The settings a result was computed with, in words: for the report's settings block and footers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.model import Body, Method, QuotaRounding, ThresholdBase
from ..core.result import AllocationResult
from .formatting import fraction_text, number_text, percent_value_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("report", text)


def body_name(body: Body) -> str:
    return {
        Body.MAZHILIS: _tr("Mazhilis"),
        Body.MASLIKHAT_REGIONAL: _tr("Regional maslikhat"),
        Body.MASLIKHAT_LOCAL: _tr("Local maslikhat"),
        Body.MAZHILIS_2007: _tr("Mazhilis, 2007–2021 rules"),
    }[body]


def method_name(method: Method) -> str:
    return {
        Method.HARE: _tr("Hare quota, largest remainders (the law)"),
        Method.DROOP: _tr("Droop quota, largest remainders (comparison only, not the law)"),
        Method.DHONDT: _tr("D'Hondt (comparison only, not the law)"),
        Method.SAINTE_LAGUE: _tr("Sainte-Laguë (comparison only, not the law)"),
    }[method]


def rounding_name(rounding: QuotaRounding) -> str:
    return {
        QuotaRounding.CEIL: _tr("up"),
        QuotaRounding.FLOOR: _tr("down"),
        QuotaRounding.HALF_UP: _tr("to the nearest (halves up)"),
    }[rounding]


def short_method_name(method: Method) -> str:
    return {
        Method.HARE: _tr("Hare quota (the law)"),
        Method.DROOP: _tr("Droop quota (not the law)"),
        Method.DHONDT: _tr("D'Hondt (not the law)"),
        Method.SAINTE_LAGUE: _tr("Sainte-Laguë (not the law)"),
    }[method]


def threshold_base_name(base: ThresholdBase) -> str:
    return {
        ThresholdBase.VALID: _tr("valid list ballots (party votes + against all)"),
        ThresholdBase.PARTIES: _tr("party votes only"),
        ThresholdBase.BALLOTS: _tr("ballots cast"),
    }[base]


def settings_summary(result: AllocationResult) -> str:
    """One line for the footer: body, seats, threshold, method."""
    s = result.settings
    return _tr(
        "{body} · {list} list + {district} district seats · threshold {percent} of {base} · {method}"
    ).format(
        body=body_name(s.body),
        list=s.list_seats,
        district=s.district_seats,
        percent=percent_value_text(s.threshold_percent),
        base=threshold_base_name(s.threshold_base),
        method=short_method_name(s.method),
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
            _tr("{percent} of {base} ({votes}) = {needed} votes").format(
                percent=percent_value_text(s.threshold_percent),
                base=threshold_base_name(s.threshold_base),
                votes=number_text(result.threshold_base),
                needed=fraction_text(result.threshold_votes, 2),
            ),
        ),
        (_tr("Method"), method_name(s.method)),
    ]
    if result.quota is not None:
        lines.append(
            (_tr("Quota"), _tr("{quota} votes per seat").format(quota=fraction_text(result.quota, 4)))
        )
    lines.append(
        (
            _tr("Equal remainders"),
            _tr("the list registered earlier wins") if s.use_registration_order else _tr("a drawing of lots"),
        )
    )
    if s.mandate_quota:
        lines.append(
            (
                _tr("Mandate quota"),
                _tr(
                    "{percent} women, youth (under {age}) and persons with disabilities, rounded {rounding}"
                ).format(
                    percent=percent_value_text(s.quota_percent),
                    age=s.youth_age_limit,
                    rounding=rounding_name(s.quota_rounding),
                ),
            )
        )
    lines.append(
        (
            _tr("“Against all” leads a district"),
            _tr("the leading candidate wins, with a warning")
            if s.against_all_leads.value == "warn"
            else _tr("the seat stays pending (what-if)"),
        )
    )
    status = (
        _tr("complete")
        if not result.lots_required
        else _tr("lots required: {seats} seat(s) undecided").format(seats=result.undecided)
    )
    lines.append((_tr("Status"), status))
    return lines


__all__ = [
    "body_name",
    "method_name",
    "rounding_name",
    "settings_lines",
    "settings_summary",
    "short_method_name",
    "threshold_base_name",
]
