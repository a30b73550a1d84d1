"""A font-free estimate of how wide a line of text is, so the layout can avoid overlaps without Qt.

Widths are advance widths in em of DejaVu Sans (the first font of the chart's font list and the widest
of the three), rounded up per character class: narrow letters and punctuation have their own entries,
wide Latin and Cyrillic letters (м, ж, ш, щ, ю, Ж, Ш, Щ, Ю, M, W, …) theirs, other lower-case letters
count 0.65 em, capitals 0.79 em, digits 0.64 em, East Asian wide characters 1 em. Bold text is 12 %
wider. Arial is narrower than DejaVu Sans, so text laid out by this estimate fits in either; a Qt
painter may measure again with the real font and only gain room.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_NARROW = {
    **dict.fromkeys("ijlIіІ'|!.,:;", 0.34),
    **dict.fromkeys('ft()[]{}/\\-" ', 0.40),
    "r": 0.42,
    "«": 0.56,
    "»": 0.56,
    "–": 0.50,
    "—": 1.00,
    "…": 1.00,
}
_WIDE = {
    **dict.fromkeys("mwфжшщюыМЖШЩЮЫФЪMWŒÆ", 1.10),
    **dict.fromkeys("%@&+=#~<>±×", 1.00),
    "ъ": 0.72,
}
LOWER_EM = 0.65
UPPER_EM = 0.79
DIGIT_EM = 0.64
OTHER_EM = 0.80
BOLD_FACTOR = 1.12


@lru_cache(maxsize=4096)
def char_em(char: str) -> float:
    """Estimated advance width of one character, in em (regular weight)."""
    if char in _NARROW:
        return _NARROW[char]
    if char in _WIDE:
        return _WIDE[char]
    if char.isdigit():
        return DIGIT_EM
    if unicodedata.east_asian_width(char) in ("W", "F"):
        return 1.0
    if unicodedata.combining(char):
        return 0.0
    if char.isupper():
        return UPPER_EM
    if char.islower():
        return LOWER_EM
    return OTHER_EM


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """Estimated width in points of ``text`` set at ``size`` points."""
    width = sum(char_em(c) for c in text) * size
    return width * BOLD_FACTOR if bold else width


def fit_text(text: str, size: float, max_width: float, *, bold: bool = False) -> str:
    """``text`` cut with an ellipsis where it would be wider than ``max_width``."""
    if text_width(text, size, bold=bold) <= max_width:
        return text
    ellipsis = "…"
    room = max_width - text_width(ellipsis, size, bold=bold)
    kept: list[str] = []
    used = 0.0
    factor = size * (BOLD_FACTOR if bold else 1.0)
    for char in text:
        used += char_em(char) * factor
        if used > room:
            break
        kept.append(char)
    return "".join(kept).rstrip() + ellipsis


__all__ = ["BOLD_FACTOR", "char_em", "fit_text", "text_width"]
