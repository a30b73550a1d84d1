"""Party colours, neutral greys and text contrast.

A party keeps the colour its workbook gives. Parties without one take, in ballot order, the next
colour of a colour-blind-safe sequence (Okabe–Ito, then Paul Tol's bright and muted sets), skipping
colours the workbook already uses, so the same workbook always gets the same colours. Greys are kept
for the neutral seats, which are also told apart by their marks (see ``scene.SeatStyle``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from ..core.model import Election
from ..core.result import AllocationResult
from .scene import INDEPENDENT, PENDING, VACANT

# Okabe & Ito (2008) without black, then Paul Tol's bright and muted schemes without their greys,
# ordered so that neighbours differ in lightness (CIE L*, mostly by 15 or more): parties next to each
# other still read apart on a greyscale print.
DEFAULT_COLORS = (
    "#0072B2",
    "#E69F00",
    "#D55E00",
    "#F0E442",
    "#56B4E9",
    "#332288",
    "#009E73",
    "#882255",
    "#88CCEE",
    "#CC79A7",
    "#117733",
    "#DDCC77",
    "#44AA99",
    "#AA4499",
    "#66CCEE",
    "#999933",
    "#AA3377",
    "#EE6677",
    "#4477AA",
    "#CC6677",
    "#228833",
)
GREY_STEP = 12.0  # L* two parties' colours must differ by to read apart in greyscale ...
PATTERNS = 4  # ... else the later one gets a pattern: 0 none, 1 a bar, 2 an upright bar, 3 a cross

NEUTRAL_FILL = {INDEPENDENT: "#8C8C8C", PENDING: "#E3E3E3", VACANT: "#FFFFFF"}
NEUTRAL_STROKE = {INDEPENDENT: "#595959", PENDING: "#7A7A7A", VACANT: "#6B6B6B"}
KEY_COLOR = "#4D4D4D"  # swatches of the tier key (what list and district marks mean)

_HEX = re.compile(r"#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})")


def normalise_color(value: str | None) -> str | None:
    """``"#RRGGBB"`` in upper case, from "#rgb", "rrggbb" or "#rrggbb"; None if not a colour."""
    if not value:
        return None
    match = _HEX.fullmatch(value.strip())
    if match is None:
        return None
    digits = match.group(1)
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    return "#" + digits.upper()


def assign_colors(parties: Iterable[tuple[str, int, str | None]]) -> dict[str, str]:
    """Colour for each party from (name, ballot order, workbook colour) triples."""
    entries = sorted(parties, key=lambda p: (p[1], p[0]))
    given = {name: normalise_color(color) for name, _, color in entries}
    used = {color for color in given.values() if color}
    free = [color for color in DEFAULT_COLORS if color not in used] or list(DEFAULT_COLORS)
    colors: dict[str, str] = {}
    next_free = 0
    for name, _, _ in entries:
        color = given[name]
        if color is None:
            color = free[next_free % len(free)]
            next_free += 1
        colors[name] = color
    return colors


def party_colors(result: AllocationResult, election: Election | None = None) -> dict[str, str]:
    """Every party's colour, the one place that decides it: the workbook's colour (from the result,
    else from ``election``), else the next free palette colour in ballot order."""
    workbook_colors = {p.name: p.color for p in election.parties} if election is not None else {}
    return assign_colors(
        (p.name, p.ballot_order, p.color or workbook_colors.get(p.name)) for p in result.parties
    )


def _channels(color: str) -> tuple[float, float, float]:
    hex_color = normalise_color(color) or "#000000"
    return tuple(int(hex_color[i : i + 2], 16) / 255 for i in (1, 3, 5))  # type: ignore[return-value]


def relative_luminance(color: str) -> float:
    """WCAG 2 relative luminance of an sRGB colour (0 black … 1 white)."""

    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in _channels(color))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2 contrast ratio, 1 … 21."""
    a, b = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def text_color_on(fill: str) -> str:
    """Black or white, whichever reads better on ``fill``."""
    return "#000000" if contrast_ratio(fill, "#000000") >= contrast_ratio(fill, "#FFFFFF") else "#FFFFFF"


def mix(color: str, other: str, amount: float) -> str:
    """``color`` moved ``amount`` (0 … 1) of the way towards ``other``."""
    blended = [a + (b - a) * amount for a, b in zip(_channels(color), _channels(other), strict=True)]
    return "#" + "".join(f"{round(c * 255):02X}" for c in blended)


@lru_cache(maxsize=256)
def outline_for(fill: str) -> str:
    """A darker edge for a filled seat, so light colours (yellow) still show on white paper."""
    return mix(fill, "#000000", 0.35)


def lightness(color: str) -> float:
    """CIE L* of an sRGB colour (0 black … 100 white): how light it prints in greyscale."""
    y = relative_luminance(color)
    return 116 * y ** (1 / 3) - 16 if y > 216 / 24389 else y * 24389 / 27


def greyscale_patterns(colors_in_order: Sequence[tuple[str, str]]) -> dict[str, int]:
    """A pattern number (0 = none) for each (party, colour), in wedge order, so that two parties whose
    colours print as nearly the same grey never share a pattern: lightness first, then the pattern."""
    chosen: dict[str, int] = {}
    for index, (party, color) in enumerate(colors_in_order):
        level = lightness(color)
        taken = {
            chosen[other]
            for other, other_color in colors_in_order[:index]
            if abs(lightness(other_color) - level) < GREY_STEP
        }
        chosen[party] = next((k for k in range(PATTERNS) if k not in taken), index % PATTERNS)
    return chosen


def greyscale(color: str) -> str:
    """The grey a greyscale print gives ``color`` (by luminance), for previews and tests."""
    level = relative_luminance(color)
    srgb = level * 12.92 if level <= 0.0031308 else 1.055 * level ** (1 / 2.4) - 0.055
    value = round(max(0.0, min(1.0, srgb)) * 255)
    return f"#{value:02X}{value:02X}{value:02X}"


__all__ = [
    "DEFAULT_COLORS",
    "GREY_STEP",
    "KEY_COLOR",
    "NEUTRAL_FILL",
    "NEUTRAL_STROKE",
    "assign_colors",
    "party_colors",
    "contrast_ratio",
    "greyscale",
    "greyscale_patterns",
    "lightness",
    "mix",
    "normalise_color",
    "outline_for",
    "relative_luminance",
    "text_color_on",
]
