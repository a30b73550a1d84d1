"""The top of a chart: the not-the-law mark of a comparison, the title, the date line and a note when
seats wait for a lot. ``title_block`` returns the texts and where the rest of the chart may begin.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..core.model import Election
from ..core.result import AllocationResult
from ..text.legal import departure_texts, not_the_law_title
from .scene import INK, NOT_THE_LAW_RED, Anchor, ChartLabels, TextItem
from .text_metrics import fit_text, text_width

MUTED = "#555555"


@dataclass(frozen=True)
class TitleBlock:
    texts: tuple[TextItem, ...]
    bottom: float


def _date_text(election: Election, result: AllocationResult, labels: ChartLabels) -> str | None:
    day = result.settings.election_date
    if day is None:
        return None
    return labels.date_format.format(day=day.day, month=labels.month_names[day.month - 1], year=day.year)


def title_block(
    election: Election,
    result: AllocationResult,
    labels: ChartLabels,
    width: float,
    margin: float,
    include_title: bool = True,
) -> TitleBlock:
    title_size = min(22.0, max(11.0, width * 0.028))
    usable = width - 2 * margin
    title: str | None = labels.title if labels.title is not None else result.settings.title
    if not include_title:
        title = None
    texts: list[TextItem] = []
    y = margin
    if not result.is_the_law:
        y = _not_the_law_mark(result, labels, width, usable, y, texts)
    if title:
        size = title_size
        while size > 11 and text_width(title, size, bold=True) > usable:
            size -= 1
        y += size
        texts.append(
            TextItem(
                width / 2,
                y,
                fit_text(title, size, usable, bold=True),
                size,
                Anchor.MIDDLE,
                True,
                INK,
                "title",
            )
        )
    small = max(8.0, title_size * 0.6)
    date = _date_text(election, result, labels) if include_title else None
    if date:
        y += small * 1.5
        texts.append(
            TextItem(width / 2, y, fit_text(date, small, usable), small, Anchor.MIDDLE, False, MUTED, "date")
        )
    if result.undecided:
        y += small * 1.5
        note = labels.lots_note.format(seats=result.undecided)
        texts.append(
            TextItem(width / 2, y, fit_text(note, small, usable), small, Anchor.MIDDLE, True, INK, "note")
        )
    return TitleBlock(tuple(texts), y + small * 0.4)


def _not_the_law_mark(
    result: AllocationResult, labels: ChartLabels, width: float, usable: float, y: float,
    texts: list[TextItem],
) -> float:
    """The not-the-law mark across the top of a comparison's chart: a bold red heading, then the
    departures (wrapped, at most three lines). Drawn by every renderer, since it
    is part of the scene. Returns the new top."""
    heading_size = min(16.0, max(10.0, width * 0.022))
    size = max(7.5, heading_size * 0.62)
    heading = not_the_law_title(labels.messages)
    y += heading_size
    texts.append(TextItem(width / 2, y, fit_text(heading, heading_size, usable, bold=True), heading_size,
                          Anchor.MIDDLE, True, NOT_THE_LAW_RED, "not-the-law"))
    words = "; ".join(departure_texts(result, labels.messages)).split(" ")
    lines: list[str] = []
    for word in words:
        if lines and text_width(f"{lines[-1]} {word}", size) <= usable:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    if len(lines) > 3:
        lines = [*lines[:2], " ".join(lines[2:])]  # the last line is cut with an ellipsis
    for line in lines:
        y += size * 1.35
        texts.append(TextItem(width / 2, y, fit_text(line, size, usable), size, Anchor.MIDDLE, False,
                              NOT_THE_LAW_RED, "not-the-law"))
    return y + size * 0.6


__all__ = ["MUTED", "TitleBlock", "title_block"]
