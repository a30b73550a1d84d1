"""`kzseats simulate` models, `compare` and the margins of `sensitivity`, as a user runs them."""

from __future__ import annotations

from cli_run import kzseats, write_workbook


def amanat(document: dict) -> dict:
    return next(p for p in document["parties"] if "Amanat" in p["name"])


def test_simulate_poll_model_is_reproducible_and_reports_its_model(sample_2023):
    args = ("simulate", sample_2023, "--runs", 2000, "--model", "poll", "--poll-size", 1200, "--seed", 5,
            "--json")
    first, again = kzseats(*args), kzseats(*args)
    assert first.code == 0, first.err
    document = first.json()
    assert document == again.json()
    assert (document["model"], document["poll_size"], document["seed"]) == ("poll", 1200, 5)
    assert document["spread"] is None  # the poll's size sets the uncertainty
    row = amanat(document)
    assert row["seats_p05"] <= row["seats_mean"] <= row["seats_p95"]
    assert abs(sum(row["histogram"].values()) - 1) < 1e-9
    assert set(document["p_two_thirds"]) == set(document["p_majority"])


def test_simulate_proportional_spread_zero_is_the_plain_allocation(sample_2023):
    document = kzseats("simulate", sample_2023, "--runs", 50, "--model", "proportional", "--spread", 0,
                       "--json").json()
    assert amanat(document)["histogram"] == {"62": 1.0}
    assert document["p_majority"][amanat(document)["name"]] == 1.0


def test_simulate_refuses_a_poll_without_its_size_and_a_size_without_the_poll(sample_2023):
    for args in (("--model", "poll"), ("--poll-size", "100")):
        run = kzseats("simulate", sample_2023, "--runs", 10, *args)
        assert run.code == 2 and "--poll-size" in run.err and "Traceback" not in run.err


def test_simulate_prints_a_table_with_the_seed(sample_2023):
    run = kzseats("simulate", sample_2023, "--runs", 100, "--seed", 12)
    assert run.code == 0, run.err
    assert "seed 12" in run.out and "P(2/3)" in run.out and "Amanat" in run.out


def test_compare_json_follows_the_contract_and_marks_what_differs_from_the_law(sample_2023):
    run = kzseats("compare", sample_2023, "--json")
    assert run.code == 0, run.err
    document = run.json()
    assert list(document["methods"]) == ["hare", "droop", "dhondt", "sainte-lague"]
    for method in ("hare", "dhondt"):
        alone = kzseats("allocate", sample_2023, "--method", method, "--json").json()
        seats = {p["name"]: p["list_seats"] for p in alone["parties"] if p["votes"]}
        assert document["methods"][method] == seats
    differs = document["differs_from_law"]["dhondt"]
    assert len(differs) == 2 and any("Amanat" in name for name in differs)
    assert document["lots_required"] is False


def test_compare_table_takes_the_settings_options_and_marks_the_cells(sample_2023):
    run = kzseats("compare", sample_2023, "--list-seats", "70")
    assert run.code == 0, run.err
    assert "List seats (70)" in run.out and "Hare quota (the law)" in run.out and "*" in run.out


def test_compare_says_when_a_lot_is_needed_instead_of_guessing(tmp_path):
    settings = [["Setting", "Value"], ["Body", "mazhilis-2007"], ["List seats", 3]]
    book = write_workbook(tmp_path / "tie.xlsx", {
        "Election": settings, "Parties": [["Party", "Votes"], ["A", 500], ["B", 100], ["C", 100]],
    })
    run = kzseats("compare", book, "--threshold", "0")
    assert run.code == 3, run.err
    assert "LOTS REQUIRED" in run.out and "B, C" in run.out
    document = kzseats("compare", book, "--threshold", "0", "--json").json()
    assert document["ties"]["hare"][0]["between"] == ["B", "C"] and document["ties"]["dhondt"] == []
    assert document["methods"]["dhondt"] == {"A": 3, "B": 0, "C": 0}
    decided = kzseats("compare", book, "--threshold", "0", "--lot", "list=C", "--json")
    assert decided.json()["methods"]["hare"] == {"A": 2, "B": 0, "C": 1}
    assert decided.code == 3  # Sainte-Laguë's tie (A, B, C) is not the one the lot was drawn for


def test_compare_applies_the_lots_recorded_beside_the_workbook_and_says_so(tmp_path):
    settings = [["Setting", "Value"], ["Body", "mazhilis-2007"], ["List seats", 3]]
    book = write_workbook(tmp_path / "tie.xlsx", {
        "Election": settings, "Parties": [["Party", "Votes"], ["A", 500], ["B", 100], ["C", 100]],
    })
    kept = kzseats("allocate", book, "--threshold", "0", "--lot", "list=C", "--save-lots")
    assert kept.code == 0, kept.err
    run = kzseats("compare", book, "--threshold", "0", "--json")
    assert run.code == 3  # the lot was drawn for Hare's tie; Sainte-Laguë's three-way tie stays open
    document = run.json()
    assert document["methods"]["hare"] == {"A": 2, "B": 0, "C": 1} and document["ties"]["hare"] == []
    assert [t["between"] for t in document["ties"]["sainte-lague"]] == [["A", "B", "C"]]
    assert "note:" in run.err and "Traceback" not in run.err


def test_compare_refuses_a_method_option(sample_2023):
    run = kzseats("compare", sample_2023, "--method", "droop")
    assert run.code == 2 and "--method" in run.err


def seats_at(steps: list[dict], votes: int) -> int:
    return [s["list_seats"] for s in steps if s["votes"] <= votes][-1]


def test_sensitivity_json_adds_steps_the_next_seat_and_district_margins(sample_2023):
    run = kzseats("sensitivity", sample_2023, "--json")
    assert run.code == 0, run.err
    document = run.json()
    for row in document["parties"]:
        steps = row["seat_steps"]
        assert steps[0]["votes"] == 0 and row["seat_steps_complete"]
        assert seats_at(steps, row["votes"]) == row["list_seats"]
        gain = row["votes_to_gain_seat"]
        if gain is not None and gain <= row["votes"]:
            assert seats_at(steps, row["votes"] + gain) == row["list_seats"] + 1
            assert seats_at(steps, row["votes"] + gain - 1) == row["list_seats"]
    now = kzseats("allocate", sample_2023, "--json").json()
    grown = kzseats("allocate", sample_2023, "--list-seats", "70", "--json").json()
    changed = [p["name"] for p, q in zip(now["parties"], grown["parties"], strict=True)
               if q["list_seats"] > p["list_seats"]]
    assert document["next_seat"]["gains"] == changed and document["next_seat"]["list_seats"] == 70
    margins = {d["district"]: d["margin"] for d in document["districts"]}
    assert margins == {d["district"]: d["margin"] for d in now["districts"] if not d["pending"]}
    assert all(d["votes_to_flip"] == d["margin"] // 2 + 1 for d in document["districts"])


def test_sensitivity_table_names_the_next_seat_and_the_closest_district(sample_2023):
    run = kzseats("sensitivity", sample_2023)
    assert run.code == 0, run.err
    assert "Next list seat (with 70 list seats)" in run.out and "to flip" in run.out


def test_simulate_can_draw_the_district_votes_too(sample_2023):
    run = kzseats("simulate", sample_2023, "--runs", 500, "--districts", "--spread", 10, "--json")
    assert run.code == 0, run.err
    document = run.json()
    assert document["districts_varied"] is True
    row = amanat(document)
    # at 10 points some of the 29 districts change hands: Amanat's district seats are no longer fixed
    assert row["district_seats_mean"] != row["district_seats"]


def test_sensitivity_says_so_where_seats_do_not_rise_with_votes(tmp_path):
    # The 2007-2021 rules: only P0 passes 7 %, P1 comes in as runner-up. P0 holds 7 of 9 seats, one
    # fewer 6 votes down, but 8 from 51 to 112 votes: no single "votes to lose a seat" says all that.
    book = write_workbook(tmp_path / "2007.xlsx", {
        "Election": [["Setting", "Value"], ["Body", "mazhilis-2007"], ["List seats", 9]],
        "Parties": [["Party", "Votes"], ["P0", 149], ["P1", 10], ["Against all", 20]],
    })
    run = kzseats("sensitivity", book, "--json")
    assert run.code == 0, run.err
    rows = {row["name"]: row for row in run.json()["parties"]}
    assert rows["P0"]["votes_to_lose_seat"] == 6 and rows["P0"]["seats_fall_as_votes_grow"] is True
    table = kzseats("sensitivity", book)
    assert "P0: its list seats do not always rise with its votes" in table.out
    plain = kzseats("sensitivity", book, "--body", "mazhilis", "--threshold", "0", "--json").json()
    assert not any(row["seats_fall_as_votes_grow"] for row in plain["parties"])
