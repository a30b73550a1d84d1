"""The chart as SVG text: one element per seat, marked up for scripts and tests.

Each seat is one element with ``class="seat"``, ``data-party`` (the party's name exactly, or
"Independent", "Pending", "Vacant"), ``data-tier`` ("list" | "district"), ``data-index`` (its place
left to right), ``data-lot="true"`` when its holder was drawn by lot (a ``<g>`` then, with the lot
mark ``<polygon class="lot-mark">`` on top) and a ``<title>`` child with the hover text. Party
wedges are ``<g class="party">`` groups whose ids keep the party name's letters (Cyrillic and Kazakh
included): only characters XML does not allow in an id are dropped, spaces become hyphens, and a
number is added where two names would give the same id.
"""

from __future__ import annotations

import os
from xml.sax.saxutils import escape

from ..fileio.safe_output import write_bytes_atomically
from .palette import text_color_on
from .scene import INK, PAPER, ChartScene, LegendEntry, SeatMark, SeatStyle, TextItem

SVG_NS = "http://www.w3.org/2000/svg"


def _num(value: float) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _half(number: str) -> str:
    return _num(float(number) / 2)


def _attr(value: str) -> str:
    return escape(value, {'"': "&quot;", "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})


def _id_char_ok(char: str) -> bool:
    if char.isascii():
        return char.isalnum() or char in "-_."
    return ord(char) >= 0xC0 and char.isalnum()


def id_fragment(name: str) -> str:
    """``name`` as much as an XML id allows: letters of every script kept, spaces as hyphens."""
    parts: list[str] = []
    for char in name.strip():
        if char.isspace() or char in "/\\|":
            parts.append("-")
        elif _id_char_ok(char):
            parts.append(char)
    fragment = "-".join(filter(None, "".join(parts).split("-")))
    return fragment or "party"


class _Ids:
    def __init__(self) -> None:
        self._used: set[str] = set()

    def make(self, base: str) -> str:
        candidate, n = base, 1
        while candidate in self._used:
            n += 1
            candidate = f"{base}-{n}"
        self._used.add(candidate)
        return candidate


class _Patterns:
    """Hatch patterns in <defs>, one per (background, line colour, spacing, line width)."""

    def __init__(self) -> None:
        self._ids: dict[tuple[str, str, str, str], str] = {}

    def hatch(self, background: str, color: str, spacing: float, width: float) -> str:
        key = (background, color, _num(spacing), _num(width))
        if key not in self._ids:
            self._ids[key] = f"hatch-{len(self._ids) + 1}"
        return self._ids[key]

    def defs(self) -> list[str]:
        lines = []
        for (background, color, spacing, width), pattern_id in self._ids.items():
            lines.append(
                f'<pattern id="{pattern_id}" patternUnits="userSpaceOnUse" width="{spacing}" '
                f'height="{spacing}" patternTransform="rotate(45)">'
                f'<rect width="{spacing}" height="{spacing}" fill="{background}"/>'
                f'<line x1="{_half(spacing)}" y1="0" x2="{_half(spacing)}" y2="{spacing}" '
                f'stroke="{color}" stroke-width="{width}"/>'
                "</pattern>"
            )
        return lines


def _pattern_lines(mark: SeatMark) -> str:
    """The greyscale pattern of a filled seat (see ``scene``): bars in black or white."""
    path = "".join(
        f"M{_num(x1)} {_num(y1)}L{_num(x2)} {_num(y2)}" for x1, y1, x2, y2 in mark.pattern_segments()
    )
    color = text_color_on(mark.fill)
    return f'<path d="{path}" stroke="{color}" stroke-width="{_num(mark.pattern_width)}" fill="none"/>'


def _mark_body(mark: SeatMark, patterns: _Patterns) -> tuple[str, str]:
    """(element name with its drawing attributes, inner drawing) for one seat or swatch."""
    cx, cy, r, sw = _num(mark.x), _num(mark.y), _num(mark.r), _num(mark.stroke_width)
    edge = f'stroke="{mark.stroke}" stroke-width="{sw}"'
    if mark.style is SeatStyle.FILLED:
        disc = f'circle cx="{cx}" cy="{cy}" r="{r}" fill="{mark.fill}" {edge}'
        if not mark.pattern:
            return disc, ""
        return "g", f"<{disc}/>" + _pattern_lines(mark)
    if mark.style in (SeatStyle.HATCHED, SeatStyle.PENDING):
        background, lines = (
            (PAPER, mark.fill) if mark.style is SeatStyle.HATCHED else (mark.fill, mark.stroke)
        )
        pattern = patterns.hatch(background, lines, mark.hatch_spacing, mark.stroke_width)
        return f'circle cx="{cx}" cy="{cy}" r="{r}" fill="url(#{pattern})" {edge}', ""
    if mark.style is SeatStyle.OUTLINED:
        ring = mark.ring_width
        inner = (
            f'<circle cx="{cx}" cy="{cy}" r="{_num(mark.r - ring / 2)}" fill="{PAPER}" '
            f'stroke="{mark.fill}" stroke-width="{_num(ring)}"/>'
            f'<circle cx="{cx}" cy="{cy}" r="{_num(mark.dot_radius)}" fill="{mark.fill}"/>'
            f'<circle cx="{cx}" cy="{cy}" r="{r}" fill="none" {edge}/>'
        )
        return "g", inner
    # VACANT: dashed edge and a cross; a transparent fill keeps the whole disc hoverable
    d = mark.r / 2**0.5
    dash = ",".join(_num(v) for v in mark.dash)
    inner = (
        f'<circle cx="{cx}" cy="{cy}" r="{r}" fill="{PAPER}" fill-opacity="0" {edge} '
        f'stroke-dasharray="{dash}"/>'
        f'<path d="M{_num(mark.x - d)} {_num(mark.y - d)}L{_num(mark.x + d)} {_num(mark.y + d)}'
        f'M{_num(mark.x - d)} {_num(mark.y + d)}L{_num(mark.x + d)} {_num(mark.y - d)}" {edge}/>'
    )
    return "g", inner


def _lot_mark(mark: SeatMark) -> str:
    points = " ".join(f"{_num(x)},{_num(y)}" for x, y in mark.lot_mark_points())
    return (
        f'<polygon class="lot-mark" points="{points}" fill="{INK}" stroke="{PAPER}" '
        f'stroke-width="{_num(mark.stroke_width)}"/>'
    )


def _with_lot_mark(head: str, inner: str, mark: SeatMark) -> tuple[str, str]:
    """A seat decided by lot is a group: its drawing, then the lot mark on top."""
    if not mark.by_lot:
        return head, inner
    name = head.split(" ", 1)[0]
    drawn = inner if name == "g" else f"<{head}/>"
    return "g", drawn + _lot_mark(mark)


def _seat_element(mark: SeatMark, seat_id: str, patterns: _Patterns) -> str:
    head, inner = _with_lot_mark(*_mark_body(mark, patterns), mark)
    name = head.split(" ", 1)[0]
    data = (
        f'class="seat" id="{_attr(seat_id)}" data-party="{_attr(mark.party)}" data-tier="{mark.tier.value}" '
        f'data-index="{mark.index}"' + (' data-lot="true"' if mark.by_lot else "")
    )
    drawing = head[len(name) :]
    return f"<{name} {data}{drawing}><title>{escape(mark.hover)}</title>{inner}</{name}>"


def _swatch_element(entry: LegendEntry, patterns: _Patterns) -> str:
    swatch = entry.swatch()
    head, inner = _with_lot_mark(*_mark_body(swatch, patterns), swatch)
    name = head.split(" ", 1)[0]
    return f'<{name} class="legend-swatch"{head[len(name) :]}>{inner}</{name}>'


def _text_element(item: TextItem) -> str:
    weight = ' font-weight="bold"' if item.bold else ""
    role = f' class="{_attr(item.role)}"' if item.role else ""
    return (
        f'<text{role} x="{_num(item.x)}" y="{_num(item.y)}" font-size="{_num(item.size)}" '
        f'text-anchor="{item.anchor.value}" fill="{item.color}"{weight}>{escape(item.text)}</text>'
    )


def scene_to_svg(scene: ChartScene) -> str:
    """The scene as a standalone SVG document (UTF-8, with an XML declaration)."""
    patterns = _Patterns()
    ids = _Ids()
    body: list[str] = []
    if scene.background:
        body.append(f'<rect width="100%" height="100%" fill="{scene.background}"/>')

    body.append('<g id="seats">')
    group_party: str | None = None
    group_id = ""
    counter = 0
    for mark in scene.seats:
        if mark.party != group_party:
            if group_party is not None:
                body.append("</g>")
            group_party = mark.party
            group_id = ids.make(f"party-{id_fragment(mark.party)}")
            counter = 0
            body.append(f'<g class="party" id="{_attr(group_id)}" data-party="{_attr(mark.party)}">')
        counter += 1
        body.append(_seat_element(mark, ids.make(f"seat-{group_id[len('party-') :]}-{counter}"), patterns))
    if group_party is not None:
        body.append("</g>")
    body.append("</g>")

    for line in scene.reference_lines:
        dash = f' stroke-dasharray="{",".join(_num(v) for v in line.dash)}"' if line.dash else ""
        body.append(
            f'<line class="reference {line.kind}" data-seats="{line.seats}" x1="{_num(line.x1)}" '
            f'y1="{_num(line.y1)}" x2="{_num(line.x2)}" y2="{_num(line.y2)}" stroke="{line.color}" '
            f'stroke-width="{_num(line.width)}"{dash}/>'
        )
        body.append(_text_element(line.label))

    body.append('<g class="legend">')
    for entry in scene.legend:
        party = f' data-party="{_attr(entry.party)}"' if entry.party else ""
        body.append(f'<g class="legend-entry {entry.kind}"{party} data-total="{entry.total}">')
        body.append(_swatch_element(entry, patterns))
        body.append(_text_element(entry.label_item))
        if entry.count_item is not None:
            body.append(_text_element(entry.count_item))
        body.append("</g>")
    body.append("</g>")
    body.extend(_text_element(item) for item in scene.texts)

    width, height = _num(scene.width), _num(scene.height)
    head = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="{SVG_NS}" version="1.1" width="{width}pt" height="{height}pt" '
        f'viewBox="0 0 {width} {height}" font-family="{_attr(scene.font_family)}" '
        f'data-seats="{scene.total_seats}" data-majority="{scene.majority}" '
        f'data-two-thirds="{scene.two_thirds}" '
        'data-generator="kzseats">',  # fileio.output_origin: an output that may be written again
    ]
    if scene.title:
        head.append(f"<title>{escape(scene.title)}</title>")
    defs = patterns.defs()
    if defs:
        head.append("<defs>" + "".join(defs) + "</defs>")
    return "\n".join(head + body + ["</svg>", ""])


def write_svg(scene: ChartScene, path: str | os.PathLike[str]) -> None:
    """Write the scene as SVG to ``path`` atomically (a complete file or none)."""
    write_bytes_atomically(path, scene_to_svg(scene).encode("utf-8"))


__all__ = ["id_fragment", "scene_to_svg", "write_svg"]
