"""Spin boxes that write numbers as the tables do: the project's number style of the interface language
(groups of thousands split by a narrow no-break space; ru/kk decimal comma), not Qt's locale format.

A language switch re-renders them: ``setLocale`` sends the LocaleChange event that redraws the text.
"""

from __future__ import annotations

import re
from fractions import Fraction

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox

from ...text import format_number, number_style
from ..formatting import fixed_decimal

# Typed figures may be grouped by any space or by an English comma (pasted from elsewhere).
_GROUPS = re.compile("[\\s\u00a0\u202f\u2009]")


def _figure(box: QSpinBox | QDoubleSpinBox, text: str) -> str:
    """The typed text without prefix, suffix and group separators."""
    text = text.strip()
    for part in (box.prefix().strip(), box.suffix().strip()):
        if part:
            text = text.replace(part, "")
    return _GROUPS.sub("", text)


def _validate(box: QSpinBox | QDoubleSpinBox, text: str, pos: int, value_of) -> object:
    figure = _figure(box, text)
    if figure in ("", "-", "+"):
        return QValidator.State.Intermediate, text, pos
    value = value_of(figure)
    if value is None:
        return QValidator.State.Invalid, text, pos
    inside = box.minimum() <= value <= box.maximum()
    return (QValidator.State.Acceptable if inside else QValidator.State.Intermediate), text, pos


class NumberSpinBox(QSpinBox):
    """A whole-number spin box; grouped like the tables when ``setGroupSeparatorShown(True)``."""

    def textFromValue(self, value: int) -> str:  # noqa: N802 (Qt's name)
        return format_number(value) if self.isGroupSeparatorShown() else str(value)

    def valueFromText(self, text: str) -> int:  # noqa: N802
        value = _whole(_figure(self, text))
        return self.value() if value is None else value

    def validate(self, text: str, pos: int) -> object:
        return _validate(self, text, pos, _whole)


class DecimalSpinBox(QDoubleSpinBox):
    """A decimal spin box in the language's decimal mark: 5.00 (en), 5,00 (ru, kk)."""

    def textFromValue(self, value: float) -> str:  # noqa: N802
        digits = self.decimals()
        return fixed_decimal(Fraction(str(round(value, digits))), digits)

    def valueFromText(self, text: str) -> float:  # noqa: N802
        value = _decimal(_figure(self, text))
        return self.value() if value is None else value

    def validate(self, text: str, pos: int) -> object:
        return _validate(self, text, pos, _decimal)


def _whole(figure: str) -> int | None:
    figure = figure.replace(",", "") if number_style().decimal != "," else figure
    return int(figure) if re.fullmatch(r"[-+]?\d+", figure) else None


def _decimal(figure: str) -> float | None:
    figure = figure.replace(",", ".")  # either mark reads, whatever the language
    return float(figure) if re.fullmatch(r"[-+]?\d*\.?\d*", figure) and figure.strip("+-.") else None
