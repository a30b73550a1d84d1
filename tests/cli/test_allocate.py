"""`kzseats allocate`: the contract in cli.md, run as a user runs it."""

from __future__ import annotations

import hashlib

from cli_run import kzseats, write_workbook

OFFICIAL_2023_LIST = {
    "Amanat": 40,
    "Auyl": 8,
    "Respublica": 6,
    "Ak Zhol": 6,
    "People's Party": 5,
    "OSDP": 4,
    "Baytaq": 0,
}


def seats_by_short_name(document: dict) -> dict[str, int]:
    """Sample party names are full names; match them by the official short names they contain."""
    seats = {}
    for party in document["parties"]:
        for short in OFFICIAL_2023_LIST:
            if short.casefold() in party["name"].casefold():
                seats[short] = party["list_seats"]
    return seats


def test_sample_gives_the_official_2023_result(sample_2023):
    run = kzseats("allocate", sample_2023, "--json")
    assert run.code == 0, run.err
    document = run.json()
    assert document["status"] == "ok"
    assert document["seats"] == {"list": 69, "district": 29, "total": 98}
    assert document["threshold"]["percent"] == 5
    assert document["threshold"]["base"] == 6_366_441
    assert seats_by_short_name(document) == OFFICIAL_2023_LIST
    amanat = next(p for p in document["parties"] if "Amanat" in p["name"])
    assert (amanat["list_seats"], amanat["district_seats"], amanat["total_seats"]) == (40, 22, 62)
    assert document["independents"] == 7
    assert document["pending"] == 0 and document["vacant"] == 0
    baytaq = next(p for p in document["parties"] if "Baytaq" in p["name"])
    assert baytaq["passed"] is False and baytaq["total_seats"] == 0
    assert document["steps"], "the audit trail is part of the JSON document"


def test_method_override_is_labelled_and_changes_the_last_seat(sample_2023):
    document = kzseats("allocate", sample_2023, "--json", "--method", "dhondt").json()
    seats = seats_by_short_name(document)
    assert seats["Amanat"] == 41 and seats["OSDP"] == 3
    assert document["method_is_the_law"] is False
    table = kzseats("allocate", sample_2023, "--method", "dhondt")
    assert "not the law" in table.out


def test_table_output_lists_every_party(sample_2023):
    run = kzseats("allocate", sample_2023)
    assert run.code == 0
    for short in OFFICIAL_2023_LIST:
        assert short in run.out


def test_bad_count_exits_2_naming_sheet_and_cell(tmp_path):
    book = write_workbook(
        tmp_path / "bad.xlsx",
        {"Parties": [["Party", "Votes"], ["A", 1000], ["B", -5], ["C", "lots"]]},
    )
    before = hashlib.sha256(book.read_bytes()).hexdigest()
    run = kzseats("allocate", book, "--json")
    assert run.code == 2
    assert "Traceback" not in run.err
    assert "bad.xlsx" in run.err
    assert "Parties!B3" in run.err and "Parties!B4" in run.err
    assert run.out == ""
    assert hashlib.sha256(book.read_bytes()).hexdigest() == before


def test_not_a_workbook_exits_2(tmp_path):
    junk = tmp_path / "results.xlsx"
    junk.write_text("this is not a spreadsheet")
    run = kzseats("allocate", junk)
    assert run.code == 2
    assert "Traceback" not in run.err and "results.xlsx" in run.err


def test_missing_file_exits_2(tmp_path):
    run = kzseats("allocate", tmp_path / "nowhere.xlsx")
    assert run.code == 2
    assert "Traceback" not in run.err and "nowhere.xlsx" in run.err


def tie_workbook(tmp_path, registration: bool):
    header = ["Party", "Votes"] + (["Registration order"] if registration else [])
    rows = [["A", 100] + ([2] if registration else []), ["B", 100] + ([1] if registration else [])]
    settings = [["Setting", "Value"], ["Body", "mazhilis-2007"], ["List seats", 3]]
    return write_workbook(tmp_path / "tie.xlsx", {"Election": settings, "Parties": [header, *rows]})


def test_tie_without_registration_order_needs_lots_then_a_recorded_lot_completes(tmp_path):
    book = tie_workbook(tmp_path, registration=False)
    run = kzseats("allocate", book, "--json")
    assert run.code == 3
    document = run.json()
    assert document["status"] == "lots-required"
    (tie,) = document["ties"]
    assert sorted(tie["between"]) == ["A", "B"] and tie["seats"] == 1 and tie["resolved_by"] is None

    done = kzseats("allocate", book, "--json", "--lot", "list=B", "--lot-drawn-on", "2023-03-21 10:00")
    assert done.code == 0, done.err
    document = done.json()
    seats = {p["name"]: p["list_seats"] for p in document["parties"]}
    assert seats == {"A": 1, "B": 2}
    assert document["ties"][0]["resolved_by"] == "lot"
    assert document["ties"][0]["drawn_on"] == "2023-03-21 10:00"


def test_tie_goes_to_the_earlier_registered_list(tmp_path):
    document = kzseats("allocate", tie_workbook(tmp_path, registration=True), "--json").json()
    seats = {p["name"]: p["list_seats"] for p in document["parties"]}
    assert seats == {"A": 1, "B": 2}
    assert document["ties"][0]["resolved_by"] == "registration-order"


def test_bad_lot_syntax_exits_2(sample_2023):
    run = kzseats("allocate", sample_2023, "--lot", "whoever")
    assert run.code == 2 and "--lot" in run.err and "Traceback" not in run.err
