"""Human text for the engine's language-neutral steps, warnings and input problems.

Templates are English source strings. The command line uses them as they are; the window passes a
``translate`` callable (Qt's ``QCoreApplication.translate`` with context "messages") so the same
templates are translated there. Unknown codes fall back to the code and its parameters, never fail.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from fractions import Fraction

from ..core.result import Notice, Param, Step
from .core_messages import CORE_TEMPLATES
from .input_messages import INPUT_TEMPLATES
from .legal_messages import LEGAL_TEMPLATES
from .project_messages import PROJECT_TEMPLATES

# Words that parameters put into messages ("met: yes"), translated with the templates.
PARAM_WORDS: dict[str, str] = {"param-yes": "yes", "param-no": "no"}
# Added to a warning that holds in many cells (``fileio.problems.repeated_cells``).
REPEATED_CELLS: dict[str, str] = {
    "repeated-cells": "The same in {cell_count} cells: {cells}.",
    "repeated-cells-more": "The same in {cell_count} cells: {cells} \u2026and {more_cells} more.",
}
TEMPLATES: dict[str, str] = {
    **CORE_TEMPLATES, **INPUT_TEMPLATES, **PROJECT_TEMPLATES, **PARAM_WORDS, **LEGAL_TEMPLATES,
    **REPEATED_CELLS,
}

Translate = Callable[[str], str]


@dataclass(frozen=True)
class NumberStyle:
    """How one language writes numbers: its decimal mark and the space between groups of thousands."""

    decimal: str
    group: str = "\u202f"  # narrow no-break space: never split across lines, reads the same in all three


NUMBER_STYLES: dict[str, NumberStyle] = {
    "en": NumberStyle("."),
    "ru": NumberStyle(","),  # ГОСТ 8.417 / Russian typography: decimal comma, spaced thousands
    "kk": NumberStyle(","),
}
_style = NUMBER_STYLES["en"]  # the command line keeps the English form (scripts parse it)


def use_number_style(language: str) -> NumberStyle:
    """Format every number from now on as ``language`` writes it (unknown languages: English)."""
    global _style
    _style = NUMBER_STYLES.get(language, NUMBER_STYLES["en"])
    return _style


def number_style() -> NumberStyle:
    return _style


def format_number(value: int) -> str:
    """6366441 -> '6 366 441' (narrow no-break spaces between the groups)."""
    return f"{value:,}".replace(",", _style.group)


def format_fraction(value: Fraction, digits: int = 6) -> str:
    """An exact value shown as a decimal; whole numbers without decimals."""
    if value.denominator == 1:
        return format_number(value.numerator)
    sign = "-" if value < 0 else ""
    value = abs(value)
    scaled = round(value * 10**digits)
    whole, frac = divmod(scaled, 10**digits)
    text = f"{format_number(whole)}.{frac:0{digits}d}".rstrip("0").rstrip(".")
    return sign + text.replace(".", _style.decimal)


def format_percent(value: Fraction, digits: int = 2) -> str:
    return f"{format_fraction(value * 100, digits)} %"


def format_param(value: Param, translate: Translate | None = None) -> str:
    if isinstance(value, bool):
        word = PARAM_WORDS["param-yes" if value else "param-no"]
        return translate(word) if translate is not None else word
    if isinstance(value, int):
        return format_number(value)
    if isinstance(value, Fraction):
        return format_fraction(value)
    if isinstance(value, tuple):
        return ", ".join(value)
    if value is None:
        return "-"
    return str(value)


def render(code: str, params: Mapping[str, Param], translate: Translate | None = None) -> str:
    template = TEMPLATES.get(code)
    formatted = {k: format_param(v, translate) for k, v in params.items()}
    if template is None:
        details = ", ".join(f"{k}={v}" for k, v in formatted.items())
        return f"{code}: {details}" if details else code
    if translate is not None:
        template = translate(template)
    try:
        return template.format(**formatted)
    except (KeyError, IndexError, ValueError):
        return template


def render_step(step: Step, translate: Translate | None = None) -> str:
    return render(step.code, step.params, translate)


def render_notice(notice: Notice, translate: Translate | None = None, with_source: bool = True) -> str:
    text = render(notice.code, notice.params, translate)
    if "cell_count" in notice.params:  # one warning for the same mistake in many cells
        repeated = "repeated-cells-more" if notice.params.get("more_cells") else "repeated-cells"
        text = f"{text} {render(repeated, notice.params, translate)}"
    if with_source and notice.source is not None and str(notice.source):
        return f"{notice.source}: {text}"
    return text
