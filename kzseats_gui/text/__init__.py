"""Human text for the engine's language-neutral steps, warnings and input problems.

Templates are English source strings. The command line uses them as they are; the window passes a
``translate`` callable (Qt's ``QCoreApplication.translate`` with context "messages") so the same
templates are translated there. Unknown codes fall back to the code and its parameters, never fail.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from fractions import Fraction

from ..core.result import Notice, Param, Step
from .core_messages import CORE_TEMPLATES
from .input_messages import INPUT_TEMPLATES
from .project_messages import PROJECT_TEMPLATES

TEMPLATES: dict[str, str] = {**CORE_TEMPLATES, **INPUT_TEMPLATES, **PROJECT_TEMPLATES}

Translate = Callable[[str], str]


def format_number(value: int) -> str:
    """6366441 -> '6 366 441' (thin grouping that reads the same in kk, ru and en)."""
    return f"{value:,}".replace(",", "\u202f")


def format_fraction(value: Fraction, digits: int = 6) -> str:
    """An exact value shown as a decimal; whole numbers without decimals."""
    if value.denominator == 1:
        return format_number(value.numerator)
    sign = "-" if value < 0 else ""
    value = abs(value)
    scaled = round(value * 10**digits)
    whole, frac = divmod(scaled, 10**digits)
    text = f"{format_number(whole)}.{frac:0{digits}d}".rstrip("0").rstrip(".")
    return sign + text


def format_percent(value: Fraction, digits: int = 2) -> str:
    return f"{format_fraction(value * 100, digits)} %"


def format_param(value: Param) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
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
    formatted = {k: format_param(v) for k, v in params.items()}
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
    if with_source and notice.source is not None and str(notice.source):
        return f"{notice.source}: {text}"
    return text
