"""What "nothing cut" means for a breakdown chart, checked on the drawn chart: every value label ends
inside its plot, no two labels of a row lie on each other, the bottom axis's tick labels neither
overlap nor run off the axis, and every title keeps its words whole."""

from __future__ import annotations

from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QLabel

# isort: split
import pyqtgraph as pg  # after PySide6: pyqtgraph uses the binding already loaded


def value_labels(chart) -> list[tuple[pg.PlotItem, pg.TextItem]]:
    """(plot, label) for every figure written beside a bar."""
    if hasattr(chart, "seats_plot"):
        return [(chart.seats_plot, label) for label, _, _ in chart._count_labels] + [
            (chart.share_plot, label) for label, _, _ in chart._share_labels
        ]
    return [(chart.plot, label) for label, _, _ in chart._row_labels]


def labels_cut(chart) -> list[str]:
    problems = []
    shown = [(plot, label) for plot, label in value_labels(chart) if label.isVisible()]
    for plot, label in shown:
        area = plot.getViewBox().sceneBoundingRect()
        box = label.sceneBoundingRect()
        if box.right() > area.right() + 1 or box.left() < area.left() - 1:
            problems.append(f"label {label.textItem.toPlainText()!r} runs out of its plot")
    for index, (plot, label) in enumerate(shown):
        for other_plot, other in shown[index + 1 :]:
            if other_plot is plot:
                overlap = label.sceneBoundingRect().intersected(other.sceneBoundingRect())
                glyphs = 2 * label.textItem.document().documentMargin()
                if overlap.height() > glyphs and overlap.width() > 0:
                    texts = (label.textItem.toPlainText(), other.textItem.toPlainText())
                    problems.append(f"labels {texts[0]!r} and {texts[1]!r} overlap")
    return problems


def ticks_cut(chart) -> list[str]:
    problems = []
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        for plot in chart._plots:
            axis = plot.getAxis("bottom")
            painter.setFont(axis.style.get("tickFont") or painter.font())
            specs = axis.generateDrawSpecs(painter)
            texts = specs[2] if specs else []
            rects = [rect for rect, _, _ in texts]
            for k, rect in enumerate(rects):
                for other in rects[k + 1 :]:
                    if rect.intersects(other):
                        problems.append(f"tick labels {texts[k][2]!r} and others overlap")
    finally:
        painter.end()
    return problems


def titles_cut(chart) -> list[str]:
    problems = []
    for title in chart.findChildren(QLabel):
        if not title.isVisible() or not title.text():
            continue
        metrics = title.fontMetrics()
        longest = max(metrics.horizontalAdvance(word) for word in title.text().split())
        if longest > title.contentsRect().width():
            problems.append(f"title {title.text()!r} cuts a word")
    heading = getattr(chart, "share_heading", None)
    if heading is not None and heading.isVisible():
        if heading.itemRect().width() > heading.rect().width() + 1:
            problems.append("the share plot's heading is wider than its place")
        if heading.sceneBoundingRect().right() > chart.graphics.viewport().width() + 1:
            problems.append("the share plot's heading runs out of the chart")
    return problems


def chart_cut(chart) -> list[str]:
    """Everything cut in ``chart`` (empty when it all reads)."""
    return labels_cut(chart) + ticks_cut(chart) + titles_cut(chart)
