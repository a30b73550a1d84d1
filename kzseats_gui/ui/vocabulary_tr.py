"""The vocabulary (``kzseats_gui.text.vocabulary``) in the window's language: one translation context,
"vocabulary", for every name the window, the charts and the report show. Same functions, same names,
with the translator filled in."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication

from ..text import vocabulary
from ..text.vocabulary import CONTEXT


def tr_term(text: str) -> str:
    """The ``translate`` callable for the vocabulary's functions."""
    return QCoreApplication.translate(CONTEXT, text)


def _translated(function):
    return partial(function, translate=tr_term)


body_name = _translated(vocabulary.body_name)
method_name = _translated(vocabulary.method_name)
threshold_base_name = _translated(vocabulary.threshold_base_name)
rounding_name = _translated(vocabulary.rounding_name)
against_all_rule = _translated(vocabulary.against_all_rule)
tie_rule = _translated(vocabulary.tie_rule)
runner_up_rule = _translated(vocabulary.runner_up_rule)
seat_holder_name = _translated(vocabulary.seat_holder_name)
self_nominated = _translated(vocabulary.self_nominated)
status_text = _translated(vocabulary.status_text)
district_state = _translated(vocabulary.district_state)
margin_tie = _translated(vocabulary.margin_tie)

def neutral_names() -> dict[str, str]:
    """The SVG contract's neutral data-party values -> what a reader sees for them."""
    return {
        "Independent": seat_holder_name("self_nominated"),
        "Pending": seat_holder_name("pending"),
        "Vacant": seat_holder_name("vacant"),
    }


__all__ = [
    "neutral_names",
    "against_all_rule",
    "body_name",
    "district_state",
    "margin_tie",
    "method_name",
    "rounding_name",
    "runner_up_rule",
    "seat_holder_name",
    "self_nominated",
    "status_text",
    "threshold_base_name",
    "tie_rule",
    "tr_term",
]
