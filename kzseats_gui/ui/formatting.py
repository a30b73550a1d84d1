"""How the window shows numbers: grouped, right-aligned, exact values never silently rounded.

Built on the ``kzseats_gui.text`` helpers so the window, the charts and the report print the same
figures, in the number style of the interface language (``use_language``: en 53.90, ru/kk 53,90; groups
of thousands spaced in all three), and the spin boxes follow the same locale. Two forms of each value:
display text (grouped, a trailing ellipsis when a decimal had to be cut) and plain text for the
clipboard (no grouping, the language's decimal mark, so a spreadsheet in that language reads a number).
"""

from __future__ import annotations

import math
from fractions import Fraction

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap

from ..charts.palette import NEUTRAL_FILL, party_colors
from ..charts.scene import INDEPENDENT
from ..core.result import Tie
from ..text import format_fraction, format_number, number_style, use_number_style

MISSING = "\u2014"  # em dash: a value that does not apply or was not given
ELLIPSIS = "\u2026"
NUMBER_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
TEXT_ALIGNMENT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

# Swatches match the hemicycle: the chart's neutral grey for independents.
NO_COLOR = "#9e9e9e"
INDEPENDENT_COLOR = NEUTRAL_FILL[INDEPENDENT]


def use_language(language: str) -> None:
    """Numbers in ``language``'s style from now on: text here, in charts and reports, and new spin boxes."""
    use_number_style(language)
    QLocale.setDefault(QLocale(language))  # spin boxes: 5,00 % in ru and kk, 5.00 % in en


def counted(text: str, count: int) -> str:
    """A ``tr("%n seat(s)", "", n)`` text in English (no English .qm resolves its plural): "1 seat",
    "2 seats". Translated texts carry their own plural forms and pass unchanged."""
    return text.replace("(s)", "" if count == 1 else "s")


def is_exact_decimal(value: Fraction | int, digits: int) -> bool:
    """True when ``value`` has at most ``digits`` decimals, so showing them loses nothing."""
    return (Fraction(value) * 10**digits).denominator == 1


def number_text(value: int | None) -> str:
    """6366441 -> '6 366 441'; None -> an em dash."""
    return MISSING if value is None else format_number(value)


def fraction_text(value: Fraction | int | None, digits: int = 6) -> str:
    """An exact value as a decimal; a cut decimal ends in an ellipsis so nobody takes it as exact."""
    if value is None:
        return MISSING
    value = Fraction(value)
    text = format_fraction(value, digits)
    return text if is_exact_decimal(value, digits) else text + ELLIPSIS


def fixed_decimal(value: Fraction | int, digits: int) -> str:
    """``value`` rounded half up to exactly ``digits`` decimals, grouped: 53.9 -> '53.90'."""
    value = Fraction(value)
    sign = "-" if value < 0 else ""
    scaled = math.floor(abs(value) * 10**digits + Fraction(1, 2))
    whole, frac = divmod(scaled, 10**digits)
    text = format_number(whole) + (f"{number_style().decimal}{frac:0{digits}d}" if digits else "")
    return sign + text


def percent_text(value: Fraction | None, digits: int = 2) -> str:
    """A share (0..1) as a percentage with fixed decimals, 0.539 -> '53.90 %' (exact value: tooltip)."""
    if value is None:
        return MISSING
    return f"{fixed_decimal(value * 100, digits)} %"


def percent_value_text(percent: Fraction | int, digits: int = 4) -> str:
    """A value already in percent (a setting such as 5 or 7.5) -> '5 %'."""
    return f"{fraction_text(percent, digits)} %"


def exact_text(value: Fraction | int | None) -> str:
    """The exact value for a tooltip: '5971719/69' (numerator/denominator), or the whole number."""
    if value is None:
        return MISSING
    value = Fraction(value)
    if value.denominator == 1:
        return format_number(value.numerator)
    return f"{format_number(value.numerator)} / {format_number(value.denominator)}"


def plain_number(value: int | None) -> str:
    """A count for the clipboard: digits only, empty when missing."""
    return "" if value is None else str(value)


def plain_fraction(value: Fraction | int | None, digits: int = 6) -> str:
    """A value for the clipboard: the language's decimal mark, no grouping, rounded to ``digits`` places."""
    if value is None:
        return ""
    return format_fraction(Fraction(value), digits).replace(number_style().group, "")


def plain_percent(value: Fraction | None, digits: int = 2) -> str:
    """A share (0..1) for the clipboard in percent, without the sign: 0.539 -> '53.90'."""
    return "" if value is None else fixed_decimal(value * 100, digits).replace(number_style().group, "")


def standing_text(tie: Tie) -> str:
    """The equal standing of a tie (votes, a remainder or a quotient), exact."""
    if isinstance(tie.standing, int):
        return number_text(tie.standing)
    return fraction_text(Fraction(tie.standing))


def swatch_color(color: str | None, fallback: str = NO_COLOR) -> QColor:
    """The colour for a party swatch; a missing or malformed colour gets a neutral grey."""
    candidate = QColor(color) if color else QColor()
    return candidate if candidate.isValid() else QColor(fallback)


def swatch_icon(color: str | None, fallback: str = NO_COLOR, size: int = 12) -> QIcon:
    """A small filled square in the party colour, for combo boxes and lists."""
    pixmap = QPixmap(size, size)
    pixmap.fill(swatch_color(color, fallback))
    return QIcon(pixmap)


__all__ = [
    "ELLIPSIS",
    "INDEPENDENT_COLOR",
    "MISSING",
    "NO_COLOR",
    "NUMBER_ALIGNMENT",
    "TEXT_ALIGNMENT",
    "counted",
    "exact_text",
    "fixed_decimal",
    "fraction_text",
    "is_exact_decimal",
    "number_text",
    "party_colors",
    "percent_text",
    "percent_value_text",
    "plain_fraction",
    "plain_number",
    "plain_percent",
    "swatch_color",
    "standing_text",
    "swatch_icon",
    "use_language",
]
