"""Turning one cell's value into what the election needs: a count, a percentage, a date, yes/no.

Each parser returns the value or raises BadCell with a problem code and the value as the user wrote it,
so the caller can say which cell is wrong and what would be right. Percentages become exact fractions
through their decimal text (5.5 -> 11/2), never through binary floating point.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import Any

from .names import YES_NO, Names, lookup, normalize, value_key
from .xlsx_values import CellError, FormulaWithoutValue, PercentNumber, parse_iso_date


class BadCell(Exception):
    def __init__(self, code: str, **params: Any):
        super().__init__(code)
        self.code = code
        self.params = params


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def shown_value(value: Any) -> str:
    """The value as the user sees it, for messages."""
    if isinstance(value, CellError):
        return value.text
    if isinstance(value, FormulaWithoutValue):
        return f"={value.formula}"
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return repr(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return str(value)[:60]


def _check_readable(value: Any) -> None:
    if isinstance(value, FormulaWithoutValue):
        raise BadCell("cell-formula-no-value", formula=f"={value.formula}"[:60])
    if isinstance(value, CellError):
        raise BadCell("cell-error-value", value=value.text)


_GROUPING = str.maketrans("", "", " \u00a0\u2007\u2009\u202f'’_")
_COMMA_GROUPS = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$")  # 3,431,510 or 1,234.5
_DOT_GROUPS = re.compile(r"^[+-]?\d{1,3}(\.\d{3}){2,}(,\d*)?$")  # 3.431.510 (one dot is a decimal point)
_DECIMAL_COMMA = re.compile(r"^[+-]?\d*,\d+$")  # 5,5
# 3.43152E+06 (or 3,43152E+06): how Excel displays a long number in a narrow column or a General cell.
_SCIENTIFIC = re.compile(r"^\s*[+-]?\d*[.,]?\d+\s*[eE]\s*[+-]?\d+\s*$")


def decimal_from_text(text: str) -> Decimal | None:
    """'3 431 510', '3,431,510', '3.431.510', '5,5', '5.5 %' -> Decimal; None when it is no number."""
    cleaned = text.strip().translate(_GROUPING).replace("\u2212", "-").removesuffix("%")
    if _COMMA_GROUPS.match(cleaned):
        cleaned = cleaned.replace(",", "")
    elif _DOT_GROUPS.match(cleaned):
        cleaned = cleaned.replace(".", "").replace(",", ".")
    elif _DECIMAL_COMMA.match(cleaned):
        cleaned = cleaned.replace(",", ".")
    try:
        number = Decimal(cleaned)
    except InvalidOperation:
        return None
    # Far beyond any count or percentage, and too big to turn into an exact number cheaply.
    if not number.is_finite() or (number and not -30 <= number.adjusted() <= 18):
        return None
    return number


def parse_count(value: Any) -> int:
    """A whole number 0 or more: 1234, 1234.0, '3 431 510', '3,431,510'."""
    if type(value) is int:
        if value < 0:
            raise BadCell("count-negative", value=shown_value(value))
        return value
    _check_readable(value)
    if isinstance(value, bool) or isinstance(value, (date, datetime)):
        raise BadCell("count-not-number", value=shown_value(value))
    if isinstance(value, float):
        if not math.isfinite(value):
            raise BadCell("count-not-number", value=shown_value(value))
        number = Decimal(repr(value))
        if number and number.adjusted() > 18:
            raise BadCell("count-not-number", value=shown_value(value))
    elif isinstance(value, int):
        number = Decimal(value)
    else:
        text = str(value)
        if _SCIENTIFIC.match(text):  # copied as displayed: the digits Excel did not show are lost
            raise BadCell("count-scientific", value=shown_value(value))
        parsed = decimal_from_text(text)
        if parsed is None:
            raise BadCell("count-not-number", value=shown_value(value))
        number = parsed
    if number != number.to_integral_value():
        raise BadCell("count-fractional", value=shown_value(value))
    if number < 0:
        raise BadCell("count-negative", value=shown_value(value))
    return int(number)


def parse_percent(value: Any) -> Fraction:
    """5, 5.5, '5,5', '5.5 %' -> exact percent; a cell formatted as a percentage (0.055) -> 5.5."""
    _check_readable(value)
    if isinstance(value, bool) or isinstance(value, (date, datetime)):
        raise BadCell("percent-invalid", value=shown_value(value))
    if isinstance(value, int):
        return Fraction(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise BadCell("percent-invalid", value=shown_value(value))
        exact = Fraction(Decimal(repr(float(value))))
        return exact * 100 if isinstance(value, PercentNumber) else exact
    parsed = decimal_from_text(str(value))
    if parsed is None:
        raise BadCell("percent-invalid", value=shown_value(value))
    return Fraction(parsed)


_DOTTED_DATE = re.compile(r"^\s*(\d{1,2})[./](\d{1,2})[./](\d{4})\s*(?:г\.?)?\s*$")


def parse_date(value: Any) -> date:
    """A date cell, '2023-03-19' or '19.03.2023' (day first, as written in Kazakhstan)."""
    _check_readable(value)
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        parsed = parse_iso_date(value)
        if isinstance(parsed, datetime):
            return parsed.date()
        if parsed is not None:
            return parsed
        match = _DOTTED_DATE.match(value)
        if match:
            day, month, year = (int(g) for g in match.groups())
            try:
                return date(year, month, day)
            except ValueError:
                pass
    raise BadCell("date-invalid", value=shown_value(value))


def parse_text(value: Any) -> str:
    """Text as written; numbers as their digits (a district numbered 5 is '5')."""
    _check_readable(value)
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return " ".join(str(value).split())


_YES_NO = {normalize(name): flag for flag, names in YES_NO.items() for name in names}


def parse_yes_no(value: Any) -> bool:
    _check_readable(value)
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and value in (0, 1):
        return bool(value)
    flag = _YES_NO.get(normalize(str(value))) if isinstance(value, str) else None
    if flag is None:
        raise BadCell("yes-no-invalid", value=shown_value(value))
    return flag


class Choice:
    """One of a fixed set of values, by any of its names: 'Sainte-Laguë' -> 'sainte-lague'."""

    def __init__(self, names: Names, key_of: Callable[[str], str] = value_key) -> None:
        self._key_of = key_of
        self._roles = lookup(names, key_of)
        self.choices = tuple(names)

    def parse(self, value: Any) -> str:
        _check_readable(value)
        role = self._roles.get(self._key_of(str(value))) if isinstance(value, (str, int)) else None
        if role is None:
            raise BadCell("choice-invalid", value=shown_value(value), choices=self.choices)
        return role
