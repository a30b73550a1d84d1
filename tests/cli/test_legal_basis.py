"""`rules` and `departures` in the JSON; the not-the-law mark on `chart` and `report` for any departure."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from cli_run import kzseats
from defusedxml import ElementTree

from kzseats_gui.core.rules import RULES


def test_the_legal_result_lists_its_rules_and_no_departure(sample_2023):
    run = kzseats("allocate", sample_2023, "--json")
    assert run.code == 0, run.err
    document = run.json()
    assert document["departures"] == [] and document["not_the_law"] is None
    rules = {r["id"]: r for r in document["rules"]}
    expected = {"id": "quota-hare", "basis": "statute", "source": RULES["quota-hare"].source}
    assert rules["quota-hare"] == expected
    assert rules["threshold-base-valid"]["basis"] == "practice"
    assert rules["holders-suggestion"]["basis"] == "assumption"  # the sample has no chosen holders
    assert all(r["basis"] in ("statute", "practice", "assumption") for r in document["rules"])
    # every step names rules, and the rules listed are exactly those the steps applied
    assert len(document["step_rules"]) == len(document["steps"]) and all(document["step_rules"])
    assert {r for step in document["step_rules"] for r in step} == set(rules)


@pytest.mark.parametrize(("options", "expected"), [
    (("--method", "dhondt"), ["method"]),
    (("--quota-rounding", "floor"), ["quota-rounding"]),
    (("--runner-up", "yes"), ["runner-up"]),
    (("--against-all-leads", "void"), ["void-districts"]),
    (("--threshold", "7"), ["threshold"]),
    (("--method", "sainte-lague", "--quota-rounding", "half-up"), ["method", "quota-rounding"]),
])
def test_each_departing_setting_is_listed(sample_2023, options, expected):
    document = kzseats("allocate", sample_2023, "--json", *options).json()
    assert document["departures"] == expected
    assert document["not_the_law"].startswith("NOT THE LAW")


def test_list_seats_on_a_local_maslikhat_warn_and_depart(sample_2023):
    run = kzseats("allocate", sample_2023, "--json", "--body", "maslikhat-local", "--list-seats", "5",
                  "--district-seats", "29")
    document = run.json()
    assert document["departures"] == ["list-seats-local"]
    assert any("local maslikhat has no party-list tier" in w for w in document["warnings"])
    assert kzseats("allocate", sample_2023, "--body", "maslikhat-local", "--list-seats", "5",
                   "--district-seats", "29").out.startswith("NOT THE LAW")


def marks(svg) -> list[str]:
    root = ElementTree.parse(svg).getroot()
    return ["".join(e.itertext()) for e in root.iter() if e.get("class") == "not-the-law"]


@pytest.mark.parametrize("options", [("--method", "dhondt"), ("--quota-rounding", "floor"),
                                     ("--against-all-leads", "void")])
def test_every_departure_marks_the_chart(sample_2023, tmp_path, options):
    out = tmp_path / "chart.svg"
    assert kzseats("chart", sample_2023, "--out", out, *options).code == 0
    found = marks(out)
    assert found[0] == "NOT THE LAW — a comparison" and len(found) >= 2
    legal = tmp_path / "legal.svg"
    assert kzseats("chart", sample_2023, "--out", legal).code == 0
    assert marks(legal) == []


def pdf_text(path, first: int, last: int | None = None) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    args = ["pdftotext", "-f", str(first), *(["-l", str(last)] if last else []), str(path), "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def test_a_comparison_report_cannot_be_signed_and_the_legal_one_can(sample_2023, tmp_path):
    comparison, legal = tmp_path / "dhondt.pdf", tmp_path / "legal.pdf"
    assert kzseats("report", sample_2023, "--out", comparison, "--method", "dhondt").code == 0
    assert kzseats("report", sample_2023, "--out", legal).code == 0
    first = " ".join(pdf_text(comparison, 1, 1).split())
    assert "NOT THE LAW" in first and "cannot be signed" in first
    assert "Signatures of the commission members" not in first
    later = pdf_text(comparison, 2).split("\f")
    assert all("NOT THE LAW" in page for page in later if page.strip())  # every page's footer
    lawful = " ".join(pdf_text(legal, 1, 1).split())
    assert "Signatures of the commission members" in lawful and "NOT THE LAW" not in lawful
    whole = " ".join(pdf_text(legal, 2).split())
    assert "Legal basis" in whole and "quota-hare — statute:" in whole
    assert "[quota-hare]" in whole  # the audit trail names the rule of each step
