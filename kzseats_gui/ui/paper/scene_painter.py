"""Paint a ``ChartScene`` with QPainter onto any paint device: widget, QImage, QPdfWriter or QPrinter.

Everything is drawn as vectors in scene units (points) under one scale transform, so the chart is crisp
at any size and resolution. Fonts are sized through the device's logical DPI so that a text of ``size``
scene units is ``size`` units tall whatever the device. The seat styles follow the descriptions in
``charts.scene``; the SVG writer draws the same shapes, so screen, PNG, PDF, print and SVG agree.
"""

from __future__ import annotations

import math
from collections.abc import Collection
from functools import lru_cache

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPaintDevice,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

from ...charts.palette import text_color_on
from ...charts.scene import (
    INK,
    PAPER,
    Anchor,
    ChartScene,
    LegendEntry,
    ReferenceLine,
    SeatMark,
    SeatStyle,
    TextItem,
)

DIMMED_OPACITY = 0.22
_RENDER_HINTS = (
    QPainter.RenderHint.Antialiasing
    | QPainter.RenderHint.TextAntialiasing
    | QPainter.RenderHint.SmoothPixmapTransform
)


def font_families(family_list: str) -> list[str]:
    """'DejaVu Sans, Arial, sans-serif' -> ['DejaVu Sans', 'Arial', 'sans-serif']."""
    return [name.strip().strip("'\"") for name in family_list.split(",") if name.strip()]


@lru_cache(maxsize=256)
def _font(families: tuple[str, ...], size: float, bold: bool, dpi: int) -> QFont:
    font = QFont()
    font.setFamilies(list(families))
    # point size such that the font is ``size`` logical units tall on a device of ``dpi``
    font.setPointSizeF(max(size, 0.1) * 72.0 / dpi)
    font.setBold(bold)
    # unhinted outlines scale linearly, so widths match the layout at every zoom and resolution
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font


def device_dpi(device: QPaintDevice | None) -> int:
    dpi = device.logicalDpiY() if device is not None else 72
    return dpi if dpi > 0 else 72


def scene_font(family_list: str, size: float, bold: bool, device: QPaintDevice | None) -> QFont:
    """A font ``size`` units tall when painted on ``device`` (units = the painter's logical units)."""
    return _font(tuple(font_families(family_list)), round(size, 3), bold, device_dpi(device))


def text_width(text: str, font: QFont, device: QPaintDevice | None) -> float:
    metrics = QFontMetricsF(font, device) if device is not None else QFontMetricsF(font)
    return metrics.horizontalAdvance(text)


def scene_placement(scene: ChartScene, target: QRectF) -> tuple[float, QPointF]:
    """Scale and top-left offset that fit the scene into ``target``, centred, aspect kept."""
    if scene.width <= 0 or scene.height <= 0:
        return 1.0, target.topLeft()
    scale = min(target.width() / scene.width, target.height() / scene.height)
    dx = target.left() + (target.width() - scene.width * scale) / 2
    dy = target.top() + (target.height() - scene.height * scale) / 2
    return scale, QPointF(dx, dy)


def paint_scene(
    painter: QPainter,
    scene: ChartScene,
    target: QRectF | None = None,
    *,
    dimmed: Collection[str] = (),
    background: bool = True,
) -> None:
    """Draw the whole scene into ``target`` (default: the scene's own box at the painter's origin).

    ``dimmed`` names data-party values whose seats are drawn faint (a highlighted party keeps full
    colour). ``background`` False leaves the paper unpainted even when the scene has a background."""
    painter.save()
    painter.setRenderHints(_RENDER_HINTS)
    if target is not None:
        scale, offset = scene_placement(scene, target)
        painter.translate(offset)
        painter.scale(scale, scale)
    if background and scene.background:
        painter.fillRect(QRectF(0, 0, scene.width, scene.height), QColor(scene.background))
    # the SVG writer's order: seats, reference lines on top, legend, free texts
    dimmed_set = set(dimmed)
    for seat in scene.seats:
        if seat.party in dimmed_set:
            painter.setOpacity(DIMMED_OPACITY)
            paint_seat(painter, seat)
            painter.setOpacity(1.0)
        else:
            paint_seat(painter, seat)
    paint_reference_lines(painter, scene)
    paint_legend(painter, scene, dimmed=dimmed_set)
    paint_texts(painter, scene)
    painter.restore()


def paint_reference_lines(painter: QPainter, scene: ChartScene) -> None:
    """Majority and two-thirds markers with their labels."""
    for line in scene.reference_lines:
        paint_reference_line(painter, line, scene.font_family)


def paint_texts(painter: QPainter, scene: ChartScene) -> None:
    """Free texts: title, date, source, the total in the well, notes."""
    for item in scene.texts:
        paint_text(painter, item, scene.font_family)


def paint_legend(painter: QPainter, scene: ChartScene, dimmed: Collection[str] = ()) -> None:
    for entry in scene.legend:
        faint = entry.party in dimmed and entry.kind != "key"
        if faint:
            painter.setOpacity(DIMMED_OPACITY)
        paint_legend_entry(painter, entry, scene.font_family)
        if faint:
            painter.setOpacity(1.0)


def paint_legend_entry(painter: QPainter, entry: LegendEntry, family: str) -> None:
    paint_seat(painter, entry.swatch())
    paint_text(painter, entry.label_item, family)
    if entry.count_item is not None:
        paint_text(painter, entry.count_item, family)


def paint_reference_line(painter: QPainter, line: ReferenceLine, family: str) -> None:
    pen = QPen(QColor(line.color), line.width)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    if line.dash and line.width > 0:
        pen.setDashPattern([max(d / line.width, 0.01) for d in line.dash])
    painter.setPen(pen)
    painter.drawLine(QLineF(line.x1, line.y1, line.x2, line.y2))
    paint_text(painter, line.label, family)


def paint_text(painter: QPainter, item: TextItem, family: str) -> None:
    if not item.text:
        return
    font = scene_font(family, item.size, item.bold, painter.device())
    painter.setFont(font)
    painter.setPen(QColor(item.color))
    x = item.x
    if item.anchor is not Anchor.START:
        width = text_width(item.text, font, painter.device())
        x -= width if item.anchor is Anchor.END else width / 2
    painter.drawText(QPointF(x, item.y), item.text)


def _pen(color: str, width: float) -> QPen:
    pen = QPen(QColor(color), width)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _circle(x: float, y: float, r: float) -> QRectF:
    return QRectF(x - r, y - r, 2 * r, 2 * r)


def _hatch(painter: QPainter, seat: SeatMark, color: str, width: float) -> None:
    """45° lines ('/' on the page) every ``hatch_spacing``, clipped to the disc."""
    spacing = seat.hatch_spacing
    if spacing <= 0 or width <= 0:
        return
    painter.save()
    clip = QPainterPath()
    clip.addEllipse(_circle(seat.x, seat.y, seat.r))
    painter.setClipPath(clip, Qt.ClipOperation.IntersectClip)
    painter.setPen(_pen(color, width))
    half = math.sqrt(0.5)
    steps = int(seat.r / spacing) + 1
    lines = []
    for k in range(-steps, steps + 1):
        # a point on the normal (1, 1)/√2 at distance k·spacing, line along (1, -1)/√2
        cx = seat.x + k * spacing * half
        cy = seat.y + k * spacing * half
        dx = seat.r * half * 1.5
        lines.append(QLineF(cx - dx, cy + dx, cx + dx, cy - dx))
    painter.drawLines(lines)
    painter.restore()


def _edge(painter: QPainter, seat: SeatMark) -> None:
    """The seat's outline in its stroke colour (every style but FILLED draws it last, on top)."""
    if seat.stroke_width <= 0:
        return
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(_pen(seat.stroke, seat.stroke_width))
    painter.drawEllipse(_circle(seat.x, seat.y, seat.r))


def _pattern(painter: QPainter, seat: SeatMark) -> None:
    """The greyscale pattern of a filled seat: bars across the disc in black or white."""
    pen = _pen(text_color_on(seat.fill), seat.pattern_width)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    painter.setPen(pen)
    painter.drawLines([QLineF(*segment) for segment in seat.pattern_segments()])


def paint_seat(painter: QPainter, seat: SeatMark) -> None:
    """One seat in its style (see ``charts.scene`` for what each style means), with the lot mark."""
    _paint_style(painter, seat)
    if seat.by_lot:
        painter.setPen(_pen(PAPER, seat.stroke_width))
        painter.setBrush(QBrush(QColor(INK)))
        painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in seat.lot_mark_points()]))


def _paint_style(painter: QPainter, seat: SeatMark) -> None:
    x, y, r = seat.x, seat.y, seat.r
    style = seat.style
    if style is SeatStyle.FILLED:
        painter.setBrush(QBrush(QColor(seat.fill)))
        painter.setPen(_pen(seat.stroke, seat.stroke_width) if seat.stroke_width > 0 else Qt.PenStyle.NoPen)
        painter.drawEllipse(_circle(x, y, r))
        if seat.pattern:
            _pattern(painter, seat)
    elif style is SeatStyle.OUTLINED:
        ring = min(seat.ring_width, r)
        painter.setBrush(QBrush(QColor(PAPER)))
        painter.setPen(_pen(seat.fill, ring))
        painter.drawEllipse(_circle(x, y, r - ring / 2))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(QColor(seat.fill)))
        painter.drawEllipse(_circle(x, y, seat.dot_radius))
        _edge(painter, seat)
    elif style is SeatStyle.HATCHED:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(QColor(PAPER)))
        painter.drawEllipse(_circle(x, y, r))
        _hatch(painter, seat, seat.fill, seat.stroke_width)
        _edge(painter, seat)
    elif style is SeatStyle.PENDING:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(QColor(seat.fill)))
        painter.drawEllipse(_circle(x, y, r))
        _hatch(painter, seat, seat.stroke, seat.stroke_width)
        _edge(painter, seat)
    elif style is SeatStyle.VACANT:
        pen = _pen(seat.stroke, seat.stroke_width)
        width = max(seat.stroke_width, 1e-6)
        dash, gap = seat.dash
        pen.setDashPattern([max(dash / width, 0.01), max(gap / width, 0.01)])
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(pen)
        painter.drawEllipse(_circle(x, y, r))
        painter.setPen(_pen(seat.stroke, seat.stroke_width))
        d = r * math.sqrt(0.5)
        painter.drawLines([QLineF(x - d, y - d, x + d, y + d), QLineF(x - d, y + d, x + d, y - d)])


__all__ = [
    "DIMMED_OPACITY",
    "device_dpi",
    "font_families",
    "paint_legend",
    "paint_legend_entry",
    "paint_reference_line",
    "paint_reference_lines",
    "paint_scene",
    "paint_seat",
    "paint_text",
    "paint_texts",
    "scene_font",
    "scene_placement",
    "text_width",
]
