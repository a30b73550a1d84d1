"""Every step and warning the engine can emit has an English template that uses only its parameters."""

from __future__ import annotations

import ast
import string
from datetime import date
from fractions import Fraction
from pathlib import Path

from core_builders import AGAINST_ALL_2023, OFFICIAL_2023, district, election_2023_with_districts, parties
from core_builders import settings as make_settings

import kzseats_gui.core
from kzseats_gui.core.allocator import allocate
from kzseats_gui.core.model import (
    AgainstAllLeads,
    Body,
    Candidate,
    Election,
    Gender,
    LotRecord,
    Method,
    ThresholdBase,
)
from kzseats_gui.text import render_notice, render_step
from kzseats_gui.text.core_messages import CORE_TEMPLATES

CORE_DIR = Path(kzseats_gui.core.__file__).parent
# Modules of the engine written elsewhere with their own messages are not checked here.
ENGINE_MODULES = ("allocator", "bodies", "districts", "list_tier", "methods", "quota", "threshold", "ties")


def literal_codes() -> set[str]:
    """String codes written in Step(...) / Notice(...) calls, or in the dicts such calls look up."""
    found: set[str] = set()
    for name in ENGINE_MODULES:
        tree = ast.parse((CORE_DIR / f"{name}.py").read_text(encoding="utf-8"))
        tables = {
            target.id: node.value
            for node in ast.walk(tree)
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Dict)
            for target in node.targets
            if isinstance(target, ast.Name)
        }
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("Step", "Notice")):
                continue
            first = node.args[0]
            if isinstance(first, ast.Subscript) and isinstance(first.value, ast.Name):
                first = tables[first.value.id]
                parts = first.values
            else:
                parts = [first]
            for part in parts:
                constants = (n for n in ast.walk(part) if isinstance(n, ast.Constant))
                found |= {n.value for n in constants if isinstance(n.value, str)}
    return found


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_code_written_in_the_engine_has_a_template_and_no_template_is_unused():
    codes = literal_codes()
    assert len(codes) > 60
    assert sorted(codes - CORE_TEMPLATES.keys()) == []
    assert sorted(CORE_TEMPLATES.keys() - codes) == []


def scenario_results():
    """Elections that between them reach every branch that emits a step or a warning."""
    yield allocate(election_2023_with_districts(), make_settings(list_seats=69, district_seats=29))
    official = Election(parties(*OFFICIAL_2023), against_all=AGAINST_ALL_2023)
    for method in Method:
        yield allocate(official, make_settings(list_seats=69, method=method))
    tie = Election(parties(("A", 100, 2), ("B", 100, 1)))
    yield allocate(tie, make_settings(list_seats=3), [LotRecord("list", ("A",))])
    by_lot = make_settings(list_seats=3, use_registration_order=False)
    yield allocate(tie, by_lot, [LotRecord("list", ("Z",))])
    yield allocate(tie, by_lot, [LotRecord("list", ("B",))])
    yield allocate(Election(parties(("A", 1), ("B", 99))), make_settings(list_seats=3, admit_runner_up=True))
    yield allocate(Election(parties(("A", 1), ("B", 1), ("C", 98))),
                   make_settings(list_seats=3, admit_runner_up=True))
    yield allocate(Election(parties(("A", 1), ("B", 1)), against_all=98), make_settings(list_seats=3))
    yield allocate(Election(parties(("A", 0)), against_all=5),
                   make_settings(list_seats=3, threshold_percent=Fraction(0)))
    yield allocate(Election((), districts=(district("1", ("X", None, 1)),)), make_settings(list_seats=3))
    yield allocate(Election(parties(("A", 5), ("B", 3))),
                   make_settings(list_seats=3, threshold_base=ThresholdBase.BALLOTS, ballots_cast=4))
    yield allocate(Election(parties(("A", 11), ("B", 47))), make_settings(list_seats=13, method=Method.DROOP))
    yield allocate(Election(parties(("A", 5), ("B", 3))),
                   make_settings(list_seats=3, threshold_base=ThresholdBase.PARTIES))
    districts = (
        district("1", ("Aida", "Amanat", 5), ("Bolat", None, 5)),
        district("2", ("Dana", "Amanat", 5), ("Erlan", None, 5)),
        district("3", ("Farida", "Amanat", 5), against_all=9),
        district("4", ("Gani", None, 0)),
        district("5", against_all=3),
        district("6", ("Hana", None, 5), ("Iskak", "Amanat", 5)),
    )
    lots = [LotRecord("district", ("Bolat",), "1"), LotRecord("district", ("Nobody",), "2"),
            LotRecord("district", ("Aida",), "99")]
    local = make_settings(body=Body.MASLIKHAT_LOCAL, district_seats=8)
    yield allocate(Election((), districts=districts), local, lots)
    yield allocate(Election(parties(("A", 5), ("B", 3))),
                   make_settings(body=Body.MASLIKHAT_LOCAL, list_seats=3, district_seats=2))
    void = make_settings(body=Body.MASLIKHAT_LOCAL, district_seats=2, against_all_leads=AgainstAllLeads.VOID)
    yield allocate(Election((), districts=districts), void)
    candidates = tuple(
        Candidate("A", i, f"A{i}", Gender.FEMALE if i == 5 else Gender.MALE, birth_date=date(1980, 1, 1),
                  elected=True if i == 1 else None)
        for i in range(1, 10)
    ) + tuple(Candidate("B", i, f"B{i}", Gender.MALE if i < 2 else Gender.FEMALE) for i in range(1, 3))
    candidates += (Candidate("C", 1, "C1", Gender.MALE), Candidate("C", 2, "C2", Gender.FEMALE))
    candidates += (Candidate("Stray", 1, "S1"),)
    quota_election = Election(parties(("A", 300), ("B", 550), ("C", 150)), candidates=candidates)
    yield allocate(quota_election, make_settings(list_seats=6))
    yield allocate(quota_election, make_settings(list_seats=6, election_date=date(2023, 3, 19)))


def test_every_emitted_code_renders_with_its_own_parameters():
    emitted: set[str] = set()
    for result in scenario_results():
        for item in (*result.steps, *result.warnings):
            emitted.add(item.code)
            assert item.code in CORE_TEMPLATES, item.code
            assert fields(CORE_TEMPLATES[item.code]) <= set(item.params), item
        for step in result.steps:
            assert "{" not in render_step(step), step
        for notice in result.warnings:
            assert "{" not in render_notice(notice), notice
    engine_codes = CORE_TEMPLATES.keys() - {"setting-required", "setting-negative", "setting-percent-range"}
    assert sorted(engine_codes - emitted) == [], sorted(engine_codes - emitted)
