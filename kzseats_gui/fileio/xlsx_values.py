"""Cell values as the .xlsx reader hands them over, and what number formats mean.

A cell value is ``str``, ``int``, ``float``, ``bool``, ``date``/``datetime``, ``PercentNumber`` (a
number the workbook shows as a percentage), ``CellError`` (``#N/A`` and the like) or
``FormulaWithoutValue`` (a formula the saving program never calculated).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta


class PercentNumber(float):
    """A number shown with a percent format: 0.05 is what the user sees as 5 %."""


@dataclass(frozen=True)
class CellError:
    """An error value the formula produced (``#N/A``, ``#DIV/0!``, ...)."""

    text: str


@dataclass(frozen=True)
class FormulaWithoutValue:
    """A formula cell saved without its result (the file was never calculated)."""

    formula: str


CellValue = str | int | float | bool | date | datetime | CellError | FormulaWithoutValue

# Built-in number formats (ECMA-376 part 1, 18.8.30) that show dates and times.
BUILTIN_DATE_FORMATS = frozenset({*range(14, 23), *range(27, 37), 45, 46, 47, *range(50, 59)})
BUILTIN_PERCENT_FORMATS = frozenset({9, 10})

DATE_KIND = "date"
PERCENT_KIND = "percent"

_QUOTED_OR_ESCAPED = re.compile(r'"[^"]*"|\\.|_.|\*.')
_BRACKETS = re.compile(r"\[[^\]]*\]")


def format_kind(code: str) -> str | None:
    """'date', 'percent' or None for a custom number format code such as 'dd.mm.yyyy' or '0.0%'."""
    section = code.split(";", 1)[0]
    section = _QUOTED_OR_ESCAPED.sub("", section)
    section = _BRACKETS.sub("", section)  # colours, conditions, locales; elapsed [h] is a duration
    lowered = section.casefold()
    if "%" in lowered:
        return PERCENT_KIND
    if lowered in ("general", "@"):
        return None
    if any(letter in lowered for letter in "dmyhs"):
        return DATE_KIND
    return None


def builtin_kind(format_id: int) -> str | None:
    if format_id in BUILTIN_DATE_FORMATS:
        return DATE_KIND
    if format_id in BUILTIN_PERCENT_FORMATS:
        return PERCENT_KIND
    return None


_EPOCH_1900 = datetime(1899, 12, 30)
_EPOCH_1904 = datetime(1904, 1, 1)
MAX_SERIAL = 2958465  # 9999-12-31


def serial_to_date(serial: float, date1904: bool) -> date | datetime | None:
    """An Excel date serial as a date (or datetime when it has a time); None when out of range."""
    if not 0 <= serial <= MAX_SERIAL:
        return None
    if date1904:
        moment = _EPOCH_1904 + timedelta(days=serial)
    elif 1 <= serial < 61:
        # Excel counts a 29 February 1900 that never was: serials before March 1900 sit one day later.
        moment = _EPOCH_1900 + timedelta(days=serial + 1)
    else:
        moment = _EPOCH_1900 + timedelta(days=serial)
    rounded = moment.replace(microsecond=0) + timedelta(seconds=round(moment.microsecond / 1e6))
    if rounded.hour == rounded.minute == rounded.second == 0:
        return rounded.date()
    return rounded


_ISO_DATE = re.compile(
    r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*Z?\s*$"
)


def parse_iso_date(text: str) -> date | datetime | None:
    """'2023-03-19' or '2023-03-19T10:00:00' as a date or datetime; None when it is not one."""
    match = _ISO_DATE.match(text)
    if match is None:
        return None
    year, month, day, hour, minute, second = (int(g) if g else 0 for g in match.groups())
    try:
        moment = datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None
    if hour == minute == second == 0:
        return moment.date()
    return moment


# Excel's own limit for the text of one cell; a longer text cannot come from a spreadsheet program.
MAX_TEXT_LENGTH = 32_767


@dataclass(frozen=True)
class TextTooLong:
    """A text longer than MAX_TEXT_LENGTH: kept as its length only, and refused where it is used."""

    length: int


_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def decode_escapes(text: str) -> str:
    """Excel's ``_xHHHH_`` escapes decoded as Excel does: '_x000D_' is a carriage return, and
    '_x005F_x0041_' is the literal text '_x0041_' (an escaped underscore is not read again)."""
    if "_x" not in text:
        return text
    decoded = _ESCAPE.sub(lambda match: chr(int(match.group(1), 16)), text)
    try:  # a pair of escaped UTF-16 surrogates is one character
        return decoded.encode("utf-16", "surrogatepass").decode("utf-16")
    except UnicodeDecodeError:  # a lone surrogate is no character: keep the escape as written
        return _ESCAPE.sub(
            lambda m: m.group(0) if 0xD800 <= int(m.group(1), 16) <= 0xDFFF else chr(int(m.group(1), 16)),
            text,
        )
