"""The not-the-law mark on paper and on screen, for results that depart from the law.

A comparison (any entry in ``AllocationResult.departures``) must never pass for the legal result:
the report's first page carries a diagonal "NOT THE LAW" across it and, instead of the signature
block, a statement that it is a comparison and cannot be signed; the window shows a red banner. The
chart's own mark is part of the chart scene (``charts.scene_layout``), so every renderer draws it.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from ...charts.scene import NOT_THE_LAW_RED
from ...core.result import AllocationResult
from ...text.legal import not_signable_line, not_the_law_title
from ..i18n import translate_message
from .report_layout import Typesetter

STATEMENT_SIZE = 9.0
WATERMARK_ALPHA = 40  # of 255: the page stays readable under it


def _statement_lines(setter: Typesetter, width: float, result: AllocationResult) -> list[str]:
    return setter.wrap(not_signable_line(result, translate_message), STATEMENT_SIZE, width - 16, bold=True)


def comparison_block_height(setter: Typesetter, width: float, result: AllocationResult) -> float:
    lines = _statement_lines(setter, width, result)
    return STATEMENT_SIZE * 1.2 + len(lines) * STATEMENT_SIZE * 1.4 + 8


def draw_comparison_block(
    painter: QPainter, setter: Typesetter, rect: QRectF, result: AllocationResult
) -> None:
    """The statement that replaces the signature block: a comparison, not a signable result."""
    lines = _statement_lines(setter, rect.width(), result)
    height = comparison_block_height(setter, rect.width(), result)
    painter.save()
    painter.setPen(QPen(QColor(NOT_THE_LAW_RED), 1.2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(QRectF(rect.left(), rect.top(), rect.width(), height))
    painter.restore()
    y = rect.top() + 4 + STATEMENT_SIZE * 1.2
    for line in lines:
        setter.draw(painter, rect.left() + 8, y, line, STATEMENT_SIZE, bold=True, color=NOT_THE_LAW_RED)
        y += STATEMENT_SIZE * 1.4


def draw_watermark(painter: QPainter, setter: Typesetter, page: QRectF) -> None:
    """"NOT THE LAW — a comparison" diagonally across the page, large and pale."""
    text = not_the_law_title(translate_message)
    diagonal = (page.width() ** 2 + page.height() ** 2) ** 0.5
    size = 80.0
    while size > 20 and setter.width(text, size, True) > diagonal * 0.8:
        size -= 4
    color = QColor(NOT_THE_LAW_RED)
    color.setAlpha(WATERMARK_ALPHA)
    painter.save()
    painter.translate(page.center())
    painter.rotate(-57.0 if page.height() > page.width() else -32.0)
    painter.setFont(setter.font(size, True))
    painter.setPen(color)
    width = setter.width(text, size, True)
    painter.drawText(QPointF(-width / 2, size * 0.35), text)
    painter.restore()


__all__ = [
    "comparison_block_height",
    "draw_comparison_block",
    "draw_watermark",
]
