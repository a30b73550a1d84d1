"""The chart's user-visible strings in the user's language, for ``charts.scene.build_scene``.

The chart layer is Qt-free and speaks English; the window, the exports and the report all pass these
translated labels so that every rendering of the chart reads the same.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication

from ...charts.scene import ChartLabels
from ..i18n import translate_message
from ..vocabulary_tr import seat_holder_name


def _tr(text: str) -> str:
    return QCoreApplication.translate("charts", text)


def _known_translations() -> dict[str, object]:
    # Literal calls, so that the translation tools find every string.
    return {
        "seats": _tr("seats"),
        "majority": _tr("Majority"),
        "two_thirds": _tr("Two-thirds"),
        "reference_format": _tr("{label}: {seats}"),
        "list": _tr("list"),
        "district": _tr("district"),
        "list_key": _tr("List seat"),
        "district_key": _tr("District seat"),
        "independent": seat_holder_name("self_nominated"),
        "pending": seat_holder_name("pending"),
        "vacant": seat_holder_name("vacant"),
        "lot_key": seat_holder_name("by_lot"),
        "hover_by_lot_format": _tr("{hover} — decided by lot"),
        "date_format": _tr("{day} {month} {year}"),
        "month_names": (
            _tr("January"),
            _tr("February"),
            _tr("March"),
            _tr("April"),
            _tr("May"),
            _tr("June"),
            _tr("July"),
            _tr("August"),
            _tr("September"),
            _tr("October"),
            _tr("November"),
            _tr("December"),
        ),
        "source_format": _tr("Source: {source}"),
        "counts_format": _tr("{list} + {district} = {total}"),
        "count_format": _tr("{total}"),
        "hover_format": _tr("{party} — {tier} seat"),
        "hover_member_format": _tr("{member} — {party}, {tier} seat"),
        "hover_district_format": _tr("{member} — {party}, district {district}"),
        "hover_pending_format": _tr("{pending} — district {district}"),
        "hover_lot_format": _tr("{pending} — {tier} seat, lot between {between}"),
        "hover_vacant_format": _tr("{vacant} — {tier} seat of {party}"),
        "hover_plain_format": _tr("{party} — {tier} seat"),
        "lots_note": _tr("{seats} seat(s) await a drawing of lots"),
    }


def translated_chart_labels(title: str | None = None) -> ChartLabels:
    """ChartLabels with every string passed through Qt's translator (context "charts").

    A label the chart layer adds later is still translated (from its English default) until it is
    listed above."""
    known = _known_translations()
    values: dict[str, object] = {}
    for field in dataclasses.fields(ChartLabels):
        if field.name == "title":
            values["title"] = title
        elif field.name in known:
            values[field.name] = known[field.name]
        elif field.name == "messages":
            values["messages"] = translate_message
        elif isinstance(field.default, str):
            values[field.name] = _tr(field.default)
    return ChartLabels(**values)  # type: ignore[arg-type]


__all__ = ["translated_chart_labels"]
