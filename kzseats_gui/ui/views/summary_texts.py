"""The summary's line at a glance: method, threshold, parties passed. Translated in the summary's own
context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...core.result import AllocationResult
from ..formatting import (
    number_text,
    percent_value_text,
)

translate = QCoreApplication.translate
SEPARATOR = " \u00b7 "


def glance_text(result: AllocationResult, method: str) -> str:
    """Method · threshold · parties passed, the figures a reader looks for first."""
    settings = result.settings
    parts = [method]
    if settings.list_seats:
        on_list = [p for p in result.parties if p.votes is not None]
        parts.append(
            translate("SummaryView", "threshold {percent} = {votes} votes").format(
                percent=percent_value_text(settings.threshold_percent),
                votes=number_text(result.threshold_min_votes),  # the fewest whole votes that pass
            )
        )
        parts.append(
            translate("SummaryView", "{passed} of {parties} parties passed").format(
                passed=sum(1 for p in on_list if p.passed), parties=len(on_list)
            )
        )
    return SEPARATOR.join(parts)


__all__ = ["glance_text"]
