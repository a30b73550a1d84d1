"""Colours, contrast and the text-width estimate."""

from __future__ import annotations

from kzseats_gui.charts.palette import (
    DEFAULT_COLORS,
    NEUTRAL_FILL,
    assign_colors,
    contrast_ratio,
    greyscale,
    normalise_color,
    outline_for,
    relative_luminance,
    text_color_on,
)
from kzseats_gui.charts.text_metrics import fit_text, text_width


def test_workbook_colours_are_kept_and_the_rest_follow_ballot_order():
    parties = [("B", 2, None), ("A", 1, "#0072b2"), ("C", 3, None)]
    colors = assign_colors(parties)
    assert colors["A"] == "#0072B2"
    # the default sequence skips the colour the workbook already uses
    assert colors["B"] == DEFAULT_COLORS[1] and colors["C"] == DEFAULT_COLORS[2]
    assert assign_colors(list(reversed(parties))) == colors  # same workbook, same colours


def test_many_parties_get_distinct_colours_that_are_not_the_neutral_greys():
    colors = assign_colors((f"P{i}", i, None) for i in range(1, len(DEFAULT_COLORS) + 1))
    assert len(set(colors.values())) == len(DEFAULT_COLORS)
    assert not set(colors.values()) & set(NEUTRAL_FILL.values())
    for color in colors.values():
        red, green, blue = (int(color[i : i + 2], 16) for i in (1, 3, 5))
        assert max(red, green, blue) - min(red, green, blue) > 40  # a hue, not a grey


def test_colour_parsing():
    assert normalise_color("#abc") == "#AABBCC"
    assert normalise_color("1f5aa6") == "#1F5AA6"
    assert normalise_color("blue") is None and normalise_color(None) is None


def test_contrast_helpers():
    assert text_color_on("#F0E442") == "#000000"  # yellow: dark text
    assert text_color_on("#332288") == "#FFFFFF"  # indigo: light text
    assert round(contrast_ratio("#000000", "#FFFFFF")) == 21
    assert relative_luminance(outline_for("#F0E442")) < relative_luminance("#F0E442")
    assert greyscale("#FFFFFF") == "#FFFFFF" and greyscale("#000000") == "#000000"


def test_text_estimate_grows_with_text_size_and_weight():
    assert text_width("Ақ жол", 10) < text_width("Ақ жол партиясы", 10)
    assert text_width("Ақ жол", 10) < text_width("Ақ жол", 12)
    assert text_width("Ақ жол", 10) < text_width("Ақ жол", 10, bold=True)
    assert text_width("ШЩЖ", 10) > text_width("ііі", 10)


def test_fit_text_cuts_with_an_ellipsis_to_the_width():
    name = "Қазақстанның «Ақ жол» демократиялық партиясы"
    assert fit_text(name, 10, 1000) == name
    cut = fit_text(name, 10, 120)
    assert cut.endswith("…") and name.startswith(cut[:-1]) and text_width(cut, 10) <= 120
