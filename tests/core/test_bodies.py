"""Body presets: one source for every default, the resolver and the template agree with it."""

from __future__ import annotations

import dataclasses
from fractions import Fraction

import pytest
from openpyxl import load_workbook

from kzseats_gui.core.bodies import given_or_preset, preset_values, resolve_settings
from kzseats_gui.core.errors import SettingsError
from kzseats_gui.core.model import Body, Method, SettingsOverrides
from kzseats_gui.fileio.template import write_template

SEATS_GIVEN = {Body.MASLIKHAT_REGIONAL: SettingsOverrides(list_seats=16),
               Body.MASLIKHAT_LOCAL: SettingsOverrides(district_seats=15)}


@pytest.mark.parametrize("body", list(Body))
def test_the_resolver_fills_every_setting_from_the_body_preset(body: Body) -> None:
    given = dataclasses.replace(SEATS_GIVEN.get(body, SettingsOverrides()), body=body)
    settings = resolve_settings(given)
    preset = preset_values(body, given.list_seats)
    for field in dataclasses.fields(preset):
        expected = getattr(preset, field.name)
        if expected is None:  # must be given for this body
            expected = getattr(given, field.name)
        assert getattr(settings, field.name) == expected, field.name


def test_the_regional_maslikhat_splits_its_seats_half_and_half() -> None:
    assert preset_values(Body.MASLIKHAT_REGIONAL, 16).district_seats == 16
    assert preset_values(Body.MASLIKHAT_REGIONAL).district_seats is None


def test_given_values_take_the_place_of_the_preset_unchecked() -> None:
    values = given_or_preset(SettingsOverrides(body=Body.MAZHILIS_2007, threshold_percent=Fraction(120),
                                               method=Method.DHONDT, title=""))
    assert (values.threshold_percent, values.method) == (Fraction(120), Method.DHONDT)
    assert values.list_seats == 98 and values.title == preset_values(Body.MAZHILIS_2007).title
    with pytest.raises(SettingsError):
        resolve_settings(SettingsOverrides(body=Body.MAZHILIS_2007, threshold_percent=Fraction(120)))


@pytest.mark.parametrize("body", list(Body))
def test_the_template_shows_the_body_preset(tmp_path, body: Body) -> None:
    path = tmp_path / "template.xlsx"
    write_template(path, body)
    rows = {row[0]: row[1] for row in load_workbook(path)["Election"].iter_rows(min_row=2, values_only=True)}
    preset = preset_values(body)
    assert rows["List seats"] == preset.list_seats
    assert rows["Threshold percent"] == preset.threshold_percent
    assert rows["Quota percent"] == preset.quota_percent
    assert rows["Youth age limit"] == preset.youth_age_limit
    assert rows["Method"] == preset.method.value
