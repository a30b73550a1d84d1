"""Named what-if scenarios, kept in the project file beside the workbook (``project_file``).

Each scenario holds only what differs from the workbook, so it stays readable and small::

    "scenarios": [
      {
        "name": "Auyl +2 points",
        "list_votes": {"Amanat": 3304220, "Auyl": 821228},   // list votes that differ from the workbook
        "against_all": 248291,                               // or null: as in the workbook
        "district_votes": {"3": {"Ermurat Bapi": 50000}},    // district -> candidate -> votes
        "settings": {"threshold_percent": "7", "method": "dhondt"}  // the settings changed by the user
      }
    ]

``settings`` uses the names of ``core.model.SettingsOverrides``: percentages as exact decimal text,
choices by their value, dates as ISO text. Saving keeps every other key of the file (the recorded lots
first of all). A damaged file is never overwritten: reading and saving raise ``ProjectFileError``
naming the file and the place in it.
"""

from __future__ import annotations

import json
import typing
from collections.abc import Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import date
from enum import Enum
from fractions import Fraction
from pathlib import Path
from typing import Any

from ..core.model import Election, SettingsOverrides
from ..core.result import Notice
from .project_file import (
    FORMAT,
    VERSION,
    ProjectFileError,
    damaged_file,
    project_path,
    read_project_document,
)
from .project_file import write_text_atomically as _write


@dataclass(frozen=True)
class Scenario:
    name: str
    list_votes: dict[str, int] = field(default_factory=dict)
    against_all: int | None = None
    district_votes: dict[str, dict[str, int]] = field(default_factory=dict)
    settings: SettingsOverrides = field(default_factory=SettingsOverrides)

    def election(self, baseline: Election) -> Election:
        """The workbook's figures with this scenario's changes."""
        parties = tuple(replace(p, votes=self.list_votes[p.name])
                        if p.name in self.list_votes and p.votes is not None else p for p in baseline.parties)
        districts = tuple(
            replace(d, candidates=tuple(replace(c, votes=self.district_votes[d.key].get(c.name, c.votes))
                                        for c in d.candidates)) if d.key in self.district_votes else d
            for d in baseline.districts)
        changed = replace(baseline, parties=parties, districts=districts,
                          against_all=baseline.against_all if self.against_all is None else self.against_all)
        return baseline if changed == baseline else changed

    def unmatched(self, baseline: Election) -> tuple[Notice, ...]:
        """The figures this scenario changes that the workbook does not have.

        A party renamed or a district dropped since the scenario was saved would otherwise leave its
        change out without a word, and the scenario would show seats it was never meant to show."""
        lists = {p.name for p in baseline.parties if p.votes is not None}
        problems = [Notice("scenario-party-unknown", {"party": name})
                    for name in self.list_votes if name not in lists]
        candidates = {d.key: {c.name for c in d.candidates} for d in baseline.districts}
        for key, votes in self.district_votes.items():
            if key not in candidates:
                problems.append(Notice("scenario-district-unknown", {"district": key}))
                continue
            problems.extend(Notice("scenario-candidate-unknown", {"district": key, "candidate": name})
                            for name in votes if name not in candidates[key])
        return tuple(problems)


def scenario_of(name: str, baseline: Election, election: Election, settings: SettingsOverrides) -> Scenario:
    """What ``election`` and ``settings`` change against the workbook's ``baseline``."""
    given = {p.name: p.votes for p in baseline.parties}
    list_votes = {p.name: p.votes for p in election.parties
                  if p.votes is not None and given.get(p.name) != p.votes}
    before = {d.key: {c.name: c.votes for c in d.candidates} for d in baseline.districts}
    district_votes = {}
    for district in election.districts:
        given_here = before.get(district.key, {})
        moved = {c.name: c.votes for c in district.candidates if given_here.get(c.name) != c.votes}
        if moved:
            district_votes[district.key] = moved
    against_all = election.against_all if election.against_all != baseline.against_all else None
    return Scenario(name, list_votes, against_all, district_votes, settings)


# ---- settings as JSON ----------------------------------------------------------------------------
def _kind(name: str) -> type:
    hint = typing.get_type_hints(SettingsOverrides)[name]
    kind: type = next(arg for arg in typing.get_args(hint) if arg is not type(None))
    return kind


def settings_to_json(overrides: SettingsOverrides) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for item in fields(SettingsOverrides):
        value = getattr(overrides, item.name)
        if value is None:
            continue
        if isinstance(value, Enum):
            value = value.value
        elif isinstance(value, Fraction):
            value = _exact_text(value)
        elif isinstance(value, date):
            value = value.isoformat()
        out[item.name] = value
    return out


def _exact_text(value: Fraction) -> str:
    """'7.5' where the value has a finite decimal form, else '22/3' (both read back exactly)."""
    for digits in range(0, 12):
        scaled = value * 10**digits
        if scaled.denominator == 1:
            whole, part = divmod(abs(scaled.numerator), 10**digits)
            sign = "-" if value < 0 else ""
            return f"{sign}{whole}" + (f".{part:0{digits}d}" if digits else "")
    return f"{value.numerator}/{value.denominator}"


def settings_from_json(path: Path, where: str, data: object) -> SettingsOverrides:
    if not isinstance(data, dict):
        raise damaged_file(path, f'{where}: "settings" must be an object')
    known = {item.name for item in fields(SettingsOverrides)}
    values: dict[str, Any] = {}
    for name, value in data.items():
        if name not in known:
            raise damaged_file(path, f'{where}: unknown setting "{name}"')
        kind = _kind(name)
        try:
            if issubclass(kind, Enum):
                values[name] = kind(value)
            elif kind is Fraction and isinstance(value, str | int) and not isinstance(value, bool):
                values[name] = Fraction(value)
            elif kind is date and isinstance(value, str):
                values[name] = date.fromisoformat(value)
            elif kind is bool and isinstance(value, bool):
                values[name] = value
            elif kind is int and isinstance(value, int) and not isinstance(value, bool):
                values[name] = value
            elif kind is str and isinstance(value, str):
                values[name] = value
            else:
                raise ValueError
        except (ValueError, ZeroDivisionError):
            raise damaged_file(path, f'{where}: setting "{name}" has an unusable value {value!r}') from None
    return SettingsOverrides(**values)


# ---- scenarios as JSON ---------------------------------------------------------------------------
def _counts(path: Path, where: str, data: object) -> dict[str, int]:
    if not isinstance(data, dict) or not all(
            isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool) and v >= 0
            for k, v in data.items()):
        raise damaged_file(path, f"{where} must map names to whole numbers of votes (0 or more)")
    return dict(data)


def _scenario_from_json(path: Path, index: int, item: object) -> Scenario:
    where = f"scenarios[{index}]"
    if not isinstance(item, dict):
        raise damaged_file(path, f"{where} is not an object")
    name = item.get("name")
    if not isinstance(name, str) or not name.strip():
        raise damaged_file(path, f'{where}: "name" must be text')
    against_all = item.get("against_all")
    if against_all is not None and (not isinstance(against_all, int) or isinstance(against_all, bool)
                                    or against_all < 0):
        raise damaged_file(path, f'{where}: "against_all" must be a whole number or null')
    districts = item.get("district_votes", {})
    if not isinstance(districts, dict):
        raise damaged_file(path, f'{where}: "district_votes" must be an object')
    return Scenario(
        name=name,
        list_votes=_counts(path, f'{where}: "list_votes"', item.get("list_votes", {})),
        against_all=against_all,
        district_votes={key: _counts(path, f'{where}: "district_votes"', value)
                        for key, value in districts.items()},
        settings=settings_from_json(path, where, item.get("settings", {})),
    )


def scenario_to_json(scenario: Scenario) -> dict[str, Any]:
    return {
        "name": scenario.name,
        "list_votes": dict(scenario.list_votes),
        "against_all": scenario.against_all,
        "district_votes": {k: dict(v) for k, v in scenario.district_votes.items()},
        "settings": settings_to_json(scenario.settings),
    }


def read_scenarios(workbook: Path) -> tuple[Scenario, ...]:
    """The scenarios kept beside ``workbook`` (none when there is no project file).

    Raises ProjectFileError when the file exists but cannot be used."""
    path = project_path(workbook)
    document = read_project_document(path)
    if document is None:
        return ()
    items = document.get("scenarios", [])
    if not isinstance(items, list):
        raise damaged_file(path, '"scenarios" must be a list')
    return tuple(_scenario_from_json(path, i, item) for i, item in enumerate(items))


def save_scenarios(workbook: Path, scenarios: Sequence[Scenario]) -> Path:
    """Store ``scenarios`` beside ``workbook``; every other key of the file is kept.

    Raises ProjectFileError when an existing file is damaged (it is not overwritten) or cannot be
    written (an earlier file is then untouched). The workbook itself is never written."""
    path = project_path(workbook)
    document = read_project_document(path) or {"format": FORMAT, "version": VERSION, "lots": []}
    read_scenarios(workbook)  # a file with damaged scenarios is not overwritten either
    document["scenarios"] = [scenario_to_json(s) for s in scenarios]
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    try:
        _write(path, text)
    except OSError as error:
        raise ProjectFileError(Notice("project-file-unwritable", {
            "file": path.name, "problem": error.strerror or str(error),
        })) from None
    return path
