"""What the settings are called on screen: bodies, methods, threshold bases, quota rounding and the
rules the settings choose, translated in one context ("SettingNames") so every view says the same."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...core.model import AgainstAllLeads, Body, Method, QuotaRounding, Settings, ThresholdBase

CONTEXT = "SettingNames"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def body_name(body: Body) -> str:
    return {
        Body.MAZHILIS: _tr("Mazhilis"),
        Body.MASLIKHAT_REGIONAL: _tr("Regional maslikhat"),
        Body.MASLIKHAT_LOCAL: _tr("Local maslikhat"),
        Body.MAZHILIS_2007: _tr("Mazhilis (2007–2021 rules)"),
    }[body]


def method_name(method: Method) -> str:
    return {
        Method.HARE: _tr("Hare quota, largest remainder"),
        Method.DROOP: _tr("Droop quota, largest remainder"),
        Method.DHONDT: _tr("D'Hondt"),
        Method.SAINTE_LAGUE: _tr("Sainte-Laguë"),
    }[method]


def threshold_base_name(base: ThresholdBase) -> str:
    return {
        ThresholdBase.VALID: _tr("valid list ballots (party votes + against all)"),
        ThresholdBase.PARTIES: _tr("party votes only"),
        ThresholdBase.BALLOTS: _tr("ballots cast, invalid ones included"),
    }[base]


def rounding_name(rounding: QuotaRounding) -> str:
    return {
        QuotaRounding.CEIL: _tr("rounded up"),
        QuotaRounding.FLOOR: _tr("rounded down"),
        QuotaRounding.HALF_UP: _tr("rounded half up"),
    }[rounding]


def against_all_rule(settings: Settings) -> str:
    if settings.against_all_leads is AgainstAllLeads.VOID:
        return _tr("district void, seat pending a repeat election (what-if)")
    return _tr("the leading candidate wins; the district is flagged")


def tie_rule(settings: Settings) -> str:
    if settings.use_registration_order:
        return _tr("the list registered earlier wins; otherwise lots")
    return _tr("drawing of lots")


def runner_up_rule(settings: Settings) -> str:
    if settings.admit_runner_up:
        return _tr("the runner-up is admitted too (historical rule)")
    return _tr("no special rule (default)")
