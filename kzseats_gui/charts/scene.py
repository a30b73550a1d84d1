"""A complete, Qt-free description of the seat chart, ready to draw.

Every renderer (the SVG writer here, QPainter for PNG/PDF/print, pyqtgraph on screen) draws the same
``ChartScene``, so export and print look like the screen.

Coordinates are points (1/72 inch) with the origin at the top left and y growing downward, as in SVG.
Text positions are baselines; ``anchor`` says which end of the text sits at ``x``.

How each ``SeatStyle`` is drawn (radius ``r``, centre ``x, y``; helper properties on ``SeatMark``).
Every style ends with a hairline edge of width ``stroke_width`` in ``stroke`` at radius ``r``
(dashed for VACANT):

- FILLED (list seat): a disc filled with ``fill``; with a ``pattern`` (a party whose colour prints as
  nearly the same grey as another's) also a bar (1), an upright bar (2) or both (3) across the disc,
  ``pattern_width`` wide, in black or white, whichever reads on ``fill``.
- OUTLINED (district seat): a paper-coloured disc with a ring of width ``ring_width`` (inside radius
  ``r``) in ``fill`` and an inner dot of radius ``dot_radius`` in ``fill``. In greyscale it still
  reads as "ring with a dot", never as a plain disc.
- HATCHED (district seat, alternative encoding): a paper-coloured disc with diagonal lines (45°,
  bottom left to top right, spacing ``hatch_spacing``, width ``stroke_width``) in ``fill``, clipped
  to the disc.
- PENDING: a pale ``fill`` disc with the same diagonal hatch in ``stroke``.
- A seat decided by lot (``by_lot``) carries, on top of its style, the lot mark: a diamond of
  half-diagonal ``lot_mark_radius`` at the centre, filled with INK and edged with PAPER (width
  ``stroke_width``), so it reads on any colour and in greyscale. On a filled seat with a pattern the
  two share the disc: the diamond in the upper half, the bars in the lower (``lot_mark_points`` and
  ``pattern_segments`` give both places; they never overlap).
- VACANT: no fill (``fill`` is the paper colour, for renderers that need one); a dashed edge
  (``dash`` = dash and gap lengths in points) and a cross (the two diagonals of the inscribed square)
  in ``stroke``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from ..text.vocabulary import seat_holder_name

FONT_FAMILY = "DejaVu Sans, Arial, sans-serif"
PAPER = "#FFFFFF"
INK = "#1A1A1A"
NOT_THE_LAW_RED = "#B00020"  # the not-the-law mark on every chart of a comparison

# Proportions of the seat radius for the greyscale-safe styles (shared by every renderer).
RING_WIDTH_FRACTION = 0.34
DOT_RADIUS_FRACTION = 0.36
HATCH_SPACING_FRACTION = 0.45
DASH_FRACTION = (0.42, 0.30)  # dash, gap
LOT_MARK_FRACTION = 0.5  # half-diagonal of the lot mark's diamond
PATTERN_WIDTH_FRACTION = 0.3  # width of a pattern bar
PATTERN_HALF_LENGTH = 0.72  # a pattern bar reaches this far from the centre
# A seat decided by lot whose party has a pattern: the diamond moves up, the bars into the lower half,
# so that neither covers the other.
SHARED_LOT_MARK_OFFSET = 0.45  # the diamond's centre above the disc's centre
SHARED_LOT_MARK_FRACTION = 0.34  # its half-diagonal
SHARED_BAR_OFFSET = 0.48  # the bar's centre line below the disc's centre
SHARED_BAR_HALF = 0.66  # its half-length
SHARED_UPRIGHT = (0.06, 0.86)  # the upright bar, from and to, below the disc's centre


class SeatStyle(StrEnum):
    FILLED = "filled"
    OUTLINED = "outlined"
    HATCHED = "hatched"
    PENDING = "pending"
    VACANT = "vacant"


class Tier(StrEnum):
    LIST = "list"
    DISTRICT = "district"


class SeatKind(StrEnum):
    """Whose seat it is: a party's, an independent's, or nobody's yet."""

    PARTY = "party"
    INDEPENDENT = "independent"
    PENDING = "pending"
    VACANT = "vacant"


class Anchor(StrEnum):
    START = "start"
    MIDDLE = "middle"
    END = "end"


# data-party values of the neutral seats (fixed: the command-line contract names them).
INDEPENDENT = "Independent"
PENDING = "Pending"
VACANT = "Vacant"


@dataclass(frozen=True)
class TextItem:
    """One line of text. ``role`` tells renderers what it is (title, date, source, total, ...)."""

    x: float
    y: float  # baseline
    text: str
    size: float  # points
    anchor: Anchor = Anchor.START
    bold: bool = False
    color: str = INK
    role: str = ""


@dataclass(frozen=True)
class SeatMark:
    index: int  # 0-based position in wedge order (left to right)
    x: float
    y: float
    r: float
    party: str  # the data-party value: party name, "Independent", "Pending" or "Vacant"
    label: str  # what a reader sees for the party (short name where given; translated neutrals)
    tier: Tier
    kind: SeatKind
    style: SeatStyle
    fill: str  # "#RRGGBB"
    stroke: str
    stroke_width: float
    member: str | None  # who holds the seat, when known
    hover: str  # tooltip / SVG <title> text
    row: int = 0  # 0 = innermost row
    angle: float = 0.0  # radians, pi at the left end, 0 at the right end
    district: str | None = None  # district key for a district seat, when known
    by_lot: bool = False  # the holder was drawn by lot among equal standings

    pattern: int = 0  # greyscale pattern on a filled seat (palette.greyscale_patterns): 0 none

    @property
    def shows_pattern(self) -> bool:
        """The seat is drawn with its party's greyscale pattern (filled seats only)."""
        return bool(self.pattern) and self.style is SeatStyle.FILLED

    @property
    def _shares_disc(self) -> bool:
        """Lot mark and pattern on one disc: the mark takes the upper half, the pattern the lower."""
        return self.by_lot and self.shows_pattern

    @property
    def lot_mark_radius(self) -> float:
        return self.r * (SHARED_LOT_MARK_FRACTION if self._shares_disc else LOT_MARK_FRACTION)

    def lot_mark_points(self) -> tuple[tuple[float, float], ...]:
        """The lot mark's diamond: top, right, bottom, left."""
        d = self.lot_mark_radius
        x, y = self.x, self.y - (self.r * SHARED_LOT_MARK_OFFSET if self._shares_disc else 0.0)
        return ((x, y - d), (x + d, y), (x, y + d), (x - d, y))

    def pattern_segments(self) -> tuple[tuple[float, float, float, float], ...]:
        """The pattern's bars as (x1, y1, x2, y2) centre lines, ``pattern_width`` wide with flat ends:
        across the disc's middle, or, on a seat that also carries the lot mark, in its lower half."""
        if not self.shows_pattern:
            return ()
        x, y, r = self.x, self.y, self.r
        segments = []
        if self._shares_disc:
            if self.pattern in (1, 3):
                row, half = y + r * SHARED_BAR_OFFSET, r * SHARED_BAR_HALF
                segments.append((x - half, row, x + half, row))
            if self.pattern in (2, 3):
                segments.append((x, y + r * SHARED_UPRIGHT[0], x, y + r * SHARED_UPRIGHT[1]))
            return tuple(segments)
        d = r * PATTERN_HALF_LENGTH
        if self.pattern in (1, 3):
            segments.append((x - d, y, x + d, y))
        if self.pattern in (2, 3):
            segments.append((x, y - d, x, y + d))
        return tuple(segments)

    @property
    def pattern_width(self) -> float:
        return self.r * PATTERN_WIDTH_FRACTION

    @property
    def ring_width(self) -> float:
        return self.r * RING_WIDTH_FRACTION

    @property
    def dot_radius(self) -> float:
        return self.r * DOT_RADIUS_FRACTION

    @property
    def hatch_spacing(self) -> float:
        return self.r * HATCH_SPACING_FRACTION

    @property
    def dash(self) -> tuple[float, float]:
        return (self.r * DASH_FRACTION[0], self.r * DASH_FRACTION[1])


@dataclass(frozen=True)
class ReferenceLine:
    """A radial marker at the seat that completes a majority or a two-thirds majority."""

    kind: str  # "majority" | "two-thirds"
    seats: int  # seats needed (50 % + 1, or two thirds rounded up)
    x1: float  # inner end
    y1: float
    x2: float  # outer end
    y2: float
    color: str
    width: float
    dash: tuple[float, ...]  # points; empty = solid
    label: TextItem


@dataclass(frozen=True)
class LegendEntry:
    """A legend row: a swatch (a seat drawn at ``x, y`` with ``swatch_r``) and two texts."""

    kind: str  # "party" | "neutral" | "key" (a tier key: what the list / district styles mean)
    party: str  # data-party value ("" for a key)
    label: str
    fill: str
    stroke: str
    style: SeatStyle
    list_seats: int
    district_seats: int
    total: int
    x: float  # swatch centre
    y: float
    swatch_r: float
    stroke_width: float
    label_item: TextItem
    count_item: TextItem | None  # e.g. "40 + 22 = 62"; None for a key
    by_lot: bool = False  # the key to the lot mark
    pattern: int = 0  # the party's greyscale pattern, drawn on the swatch too

    def swatch(self) -> SeatMark:
        """The swatch as a seat, so renderers draw it with their seat code."""
        return SeatMark(
            index=-1,
            x=self.x,
            y=self.y,
            r=self.swatch_r,
            party=self.party,
            label=self.label,
            tier=Tier.DISTRICT if self.style in (SeatStyle.OUTLINED, SeatStyle.HATCHED) else Tier.LIST,
            kind=SeatKind.PARTY,
            style=self.style,
            fill=self.fill,
            stroke=self.stroke,
            stroke_width=self.stroke_width,
            member=None,
            hover=self.label,
            by_lot=self.by_lot,
            pattern=self.pattern,
        )


@dataclass(frozen=True)
class ChartLabels:
    """Every user-visible string of the chart, English by default; the window passes translations.

    Formats use ``str.format`` fields named in the comments.
    """

    title: str | None = None  # None: the election's title from the settings
    seats: str = "seats"
    majority: str = "Majority"
    two_thirds: str = "Two-thirds"
    reference_format: str = "{label}: {seats}"  # label, seats
    list: str = "list"
    district: str = "district"
    list_key: str = "List seat"
    district_key: str = "District seat"
    lot_key: str = seat_holder_name("by_lot")
    hover_by_lot_format: str = "{hover} — decided by lot"  # hover
    independent: str = seat_holder_name("self_nominated")
    pending: str = seat_holder_name("pending")
    vacant: str = seat_holder_name("vacant")
    date_format: str = "{day} {month} {year}"  # day, month (from month_names), year
    month_names: tuple[str, ...] = (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    )
    source_format: str = "Source: {source}"  # source (file name)
    counts_format: str = "{list} + {district} = {total}"  # list, district, total
    count_format: str = "{total}"  # one tier only: total
    hover_format: str = "{party} — {tier} seat"  # party, tier
    hover_member_format: str = "{member} — {party}, {tier} seat"  # member, party, tier
    hover_district_format: str = "{member} — {party}, district {district}"  # member, party, district
    hover_pending_format: str = "{pending} — district {district}"  # pending, district
    hover_lot_format: str = "{pending} — {tier} seat, lot between {between}"  # pending, tier, between
    hover_vacant_format: str = "{vacant} — {tier} seat of {party}"  # vacant, tier, party
    hover_plain_format: str = "{party} — {tier} seat"  # a neutral seat with nothing more known
    lots_note: str = "{seats} seat(s) await a drawing of lots"  # seats
    # translate callable for engine texts (the not-the-law mark names the departures); None = English
    messages: Callable[[str], str] | None = None


@dataclass(frozen=True)
class ChartScene:
    width: float  # points
    height: float
    seats: tuple[SeatMark, ...]
    reference_lines: tuple[ReferenceLine, ...]
    legend: tuple[LegendEntry, ...]
    texts: tuple[TextItem, ...]  # title, date, source, total in the well, notes (not legend texts)
    total_seats: int
    majority: int  # 50 % + 1 of total_seats (0 when there are no seats)
    two_thirds: int
    centre_x: float  # centre of the arc (middle of the baseline)
    centre_y: float
    outer_radius: float  # points
    inner_radius: float
    title: str = ""
    background: str | None = PAPER  # None = transparent
    font_family: str = FONT_FAMILY
    labels: ChartLabels = field(default_factory=ChartLabels)

    def seats_by_party(self) -> dict[str, int]:
        return dict(Counter(seat.party for seat in self.seats))

    def all_texts(self) -> tuple[TextItem, ...]:
        """Every text of the scene: free texts, reference labels and legend texts."""
        items = list(self.texts)
        items.extend(line.label for line in self.reference_lines)
        for entry in self.legend:
            items.append(entry.label_item)
            if entry.count_item is not None:
                items.append(entry.count_item)
        return tuple(items)


__all__ = [
    "Anchor",
    "ChartLabels",
    "ChartScene",
    "FONT_FAMILY",
    "INDEPENDENT",
    "LegendEntry",
    "PENDING",
    "ReferenceLine",
    "SeatKind",
    "SeatMark",
    "SeatStyle",
    "TextItem",
    "Tier",
    "VACANT",
]
