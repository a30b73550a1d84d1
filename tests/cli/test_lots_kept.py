"""`--save-lots` keeps recorded lots beside the workbook; every later command applies them while the
workbook is unchanged and says so; a changed workbook gets a warning instead. Also whole votes and
quota verdicts in the JSON contract."""

from __future__ import annotations

import json

from cli_run import SAMPLES, kzseats, write_workbook


def tie_book(tmp_path, extra=()):
    settings = [["Setting", "Value"], ["Body", "mazhilis-2007"], ["List seats", 3]]
    parties = [["Party", "Votes"], ["A", 100], ["B", 100], *extra]
    return write_workbook(tmp_path / "tie.xlsx", {"Election": settings, "Parties": parties})


def test_saved_lots_are_applied_by_later_runs_and_refused_after_a_change(tmp_path):
    book = tie_book(tmp_path)
    saved = kzseats("allocate", book, "--json", "--lot", "list=B", "--lot-drawn-on", "21 March, CEC hall",
                    "--save-lots")
    assert saved.code == 0, saved.err
    project = json.loads((tmp_path / "tie.kzseats.json").read_text(encoding="utf-8"))
    assert project["lots"][0]["winners"] == ["B"] and project["lots"][0]["drawn_on"] == "21 March, CEC hall"

    later = kzseats("allocate", book, "--json")
    document = later.json()
    assert later.code == 0 and document["status"] == "ok" and document["seats_by_lot"] == 1
    assert document["status_text"] == "Complete — 1 seat decided by lot"
    assert any("applied from tie.kzseats.json" in note for note in document["notes"])
    text = kzseats("allocate", book)
    assert "Status: Complete — 1 seat decided by lot" in text.out
    assert "B won by lot, drawn 21 March, CEC hall" in text.out
    chart = kzseats("chart", book, "--out", tmp_path / "chart.svg")
    assert chart.code == 0 and "applied from tie.kzseats.json" in chart.err
    assert (tmp_path / "chart.svg").read_text(encoding="utf-8").count('data-lot="true"') == 1

    tie_book(tmp_path, extra=[["C", 1]])  # same name, other figures
    changed = kzseats("allocate", book, "--json")
    document = changed.json()
    assert changed.code == 3 and document["status"] == "lots-required"
    assert any("NOT applied" in warning for warning in document["warnings"])


def test_save_lots_needs_lots_and_never_touches_a_damaged_file(tmp_path):
    book = tie_book(tmp_path)
    run = kzseats("allocate", book, "--save-lots")
    assert run.code == 2 and "--lot" in run.err
    damaged = tmp_path / "tie.kzseats.json"
    damaged.write_text("{not json", encoding="utf-8")
    run = kzseats("allocate", book, "--lot", "list=A", "--save-lots")
    assert run.code == 2 and "tie.kzseats.json" in run.err and "Traceback" not in run.err
    assert damaged.read_text(encoding="utf-8") == "{not json"
    run = kzseats("allocate", book, "--json")
    assert run.code == 3 and any("tie.kzseats.json" in w for w in run.json()["warnings"])


def test_whole_votes_and_no_quota_verdict_without_list_seats():
    document = kzseats("allocate", SAMPLES / "mazhilis-2023.xlsx", "--json").json()
    assert document["threshold"]["min_votes"] == 318_323
    baytaq = next(p for p in document["parties"] if p["name"] == "Baytaq")
    assert baytaq["quota"] is None or (baytaq["quota"]["applies"] is False and baytaq["quota"]["met"] is None)
    amanat = next(p for p in document["parties"] if p["name"] == "Amanat")
    assert amanat["quota"]["applies"] is True and amanat["quota"]["met"] is True
