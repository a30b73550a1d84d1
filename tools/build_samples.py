#!/usr/bin/env python3
"""Build the sample workbooks in kzseats_gui/resources/samples/ (run again after changing this script).

    .venv/bin/python tools/build_samples.py

mazhilis-2023.xlsx holds the official 2023 list-tier figures and the district winners found in public
sources (kazakh-election-rules.md); every other figure in it is illustrative and its Notes sheet says
so. maslikhat-regional.xlsx is illustrative throughout. The files are byte-for-byte reproducible: the
same script gives the same bytes, so a rebuilt sample only shows in a diff when its content changed.
"""

from __future__ import annotations

import io
import math
import random
import re
import zipfile
from datetime import date, timedelta
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "kzseats_gui" / "resources" / "samples"
FIXED_TIME = (2023, 3, 27, 12, 0, 0)  # the day of the CEC communiqué
FIXED_STAMP = "2023-03-27T12:00:00Z"
BOLD = Font(bold=True)

# name, short name, list votes, colour: ballot order (drawn by lot), official CEC figures
MAZHILIS_2023_PARTIES = [
    ("Amanat", "Amanat", 3_431_510, "#1F5AA6"),
    ("Auyl (People's Democratic Patriotic Party)", "Auyl", 693_938, "#3C9A3C"),
    ("Respublica", "Respublica", 547_154, "#F2B705"),
    ("People's Party of Kazakhstan", "People's Party", 432_920, "#C8102E"),
    ("Baytaq", "Baytaq", 146_431, "#7FBF3F"),
    ("Ak Zhol (Democratic Party of Kazakhstan)", "Ak Zhol", 535_139, "#29A9E0"),
    ("OSDP (Nationwide Social Democratic Party)", "OSDP", 331_058, "#E8741E"),
]
MAZHILIS_2023_AGAINST_ALL = 248_291
MAZHILIS_2023_REGISTERED = 12_035_578

# District number -> (winner, party short name or None for self-nominated): named in public sources.
NAMED_WINNERS = {
    1: ("Däulet Turlyhanov", "Amanat"),
    3: ("Ermurat Bapi", None),
    5: ("Baqytjan Bazarbek", None),
    6: ("Danarbek Isabekov", "Amanat"),
    7: ("Bolatbek Najmetdinuly", "Amanat"),
    8: ("Nurtai Sabilianov", "Amanat"),
    11: ("Ardaq Nazarov", None),
    12: ("Daniar Qasqaraurov", None),
    19: ("Arman Qalyqov", "Amanat"),
}
# Three more self-nominated winners make the official 7; which districts they won is illustrative.
ILLUSTRATIVE_SELF_NOMINATED = (14, 22, 26)

FEMALE = [
    "Aigerim",
    "Dana",
    "Gulnar",
    "Aizhan",
    "Madina",
    "Saule",
    "Zhanar",
    "Aliya",
    "Asel",
    "Dinara",
    "Kamila",
    "Aruzhan",
    "Gaukhar",
    "Botagoz",
    "Zarina",
    "Akmaral",
    "Raushan",
    "Meruert",
]
MALE = [
    "Nurlan",
    "Yerlan",
    "Daniyar",
    "Asylbek",
    "Bauyrzhan",
    "Yerzhan",
    "Arman",
    "Serik",
    "Marat",
    "Timur",
    "Askar",
    "Olzhas",
    "Nurzhan",
    "Kairat",
    "Talgat",
    "Zhandos",
    "Azamat",
    "Aidos",
    "Ruslan",
]
SURNAMES = [
    "Abenov",
    "Zhaksylykov",
    "Omarov",
    "Nurpeisov",
    "Kassymov",
    "Bekov",
    "Saparov",
    "Iskakov",
    "Ospanov",
    "Zhumabayev",
    "Tulegenov",
    "Baimukhanov",
    "Kenzhebekov",
    "Sadykov",
    "Yessimov",
    "Akhmetov",
    "Serikbayev",
    "Mukanov",
    "Dauletov",
    "Smagulov",
    "Tokhtarov",
    "Utepov",
]


def person(rng: random.Random, female: bool) -> str:
    surname = rng.choice(SURNAMES)
    if female:
        return f"{rng.choice(FEMALE)} {surname}a"
    return f"{rng.choice(MALE)} {surname}"


def header(sheet: Worksheet, names: list[str], widths: list[int]) -> None:
    sheet.append(names)
    for index, width in enumerate(widths):
        sheet.cell(row=1, column=index + 1).font = BOLD
        sheet.column_dimensions[chr(65 + index)].width = width
    sheet.freeze_panes = "A2"


def election_sheet(book: Workbook, rows: list[tuple[str, object]]) -> None:
    sheet = book.create_sheet("Election")
    header(sheet, ["Setting", "Value"], [22, 34])
    for setting, value in rows:
        sheet.append([setting, value])
        if isinstance(value, date):
            sheet.cell(row=sheet.max_row, column=2).number_format = "yyyy-mm-dd"


def parties_sheet(book: Workbook, parties: list[tuple[str, str, int, str]], against_all: int) -> None:
    sheet = book.create_sheet("Parties")
    header(sheet, ["Party", "Votes", "Short name", "Color"], [44, 12, 16, 10])
    for name, short, votes, color in parties:
        sheet.append([name, votes, short, color])
    sheet.append(["Against all", against_all])


def notes_sheet(book: Workbook, lines: list[str]) -> None:
    sheet = book.create_sheet("Notes")
    sheet.column_dimensions["A"].width = 120
    for line in lines:
        sheet.append([line])
        sheet.cell(row=sheet.max_row, column=1).alignment = Alignment(wrap_text=True)
    sheet["A1"].font = Font(bold=True, size=13)


def district_rows(
    rng: random.Random, number: int, winner: str, winner_party: str | None, rivals: list[str | None]
) -> list[list[object]]:
    """A winner, 2-4 rivals and "against all", with illustrative votes the winner clearly leads."""
    winner_votes = rng.randrange(42_000, 96_000)
    rows: list[list[object]] = [[number, winner, winner_party or "Self-nominated", winner_votes]]
    votes = winner_votes
    for rival_party in rivals:
        votes = int(votes * rng.uniform(0.35, 0.8))
        rows.append([number, person(rng, rng.random() < 0.35), rival_party or "Self-nominated", votes])
    rows.append([number, "Against all", None, int(winner_votes * rng.uniform(0.04, 0.12))])
    return rows


def districts_sheet(book: Workbook, rows: list[list[object]]) -> None:
    sheet = book.create_sheet("Districts")
    header(sheet, ["District", "Candidate", "Party", "Votes"], [10, 30, 44, 12])
    for row in rows:
        sheet.append(row)


def candidate_list(
    rng: random.Random, party: str, length: int, election_day: date, eligible_share: float, eligible_low: bool
) -> list[list[object]]:
    """An illustrative party list with ``eligible_share`` of women, youth and persons with disabilities.

    With ``eligible_low`` most of them sit low on the list, so the suggested mandate holders show swaps.
    """
    eligible_count = math.ceil(eligible_share * length)
    top = round(length * 0.6)
    if eligible_low:
        in_top = eligible_count // 3
        eligible = set(rng.sample(range(1, top + 1), in_top))
        eligible |= set(rng.sample(range(top + 1, length + 1), eligible_count - in_top))
    else:
        eligible = set(rng.sample(range(1, length + 1), eligible_count))
    youth_born_after = election_day.replace(year=election_day.year - 29)
    rows = []
    for position in range(1, length + 1):
        kind = rng.choice(("woman", "woman", "youth", "disability")) if position in eligible else None
        female = kind == "woman"
        if kind == "youth":
            born = youth_born_after + timedelta(days=rng.randrange(30, 2_500))
        else:
            born = date(rng.randrange(1958, 1992), rng.randrange(1, 13), rng.randrange(1, 29))
        rows.append(
            [
                party,
                position,
                person(rng, female),
                "F" if female else "M",
                born,
                "yes" if kind == "disability" else "no",
            ]
        )
    return rows


def candidates_sheet(book: Workbook, rows: list[list[object]]) -> None:
    sheet = book.create_sheet("Candidates")
    header(sheet, ["Party", "Position", "Name", "Gender", "Birth date", "Disability"], [44, 9, 30, 8, 12, 10])
    for row in rows:
        sheet.append(row)
        sheet.cell(row=sheet.max_row, column=5).number_format = "yyyy-mm-dd"


MAZHILIS_2023_NOTES = [
    "About this sample",
    (
        "OFFICIAL (Central Election Commission communiqué of 27 March 2023): the list votes of the seven "
        "parties, the 248,291 'against all' list votes, 12,035,578 registered voters, the ballot order "
        "(drawn by lot) and the election date."
    ),
    (
        "OFFICIAL: Amanat won 22 of the 29 districts and self-nominated candidates 7. The winners named "
        "in districts 1, 3, 5, 6, 7, 8, 11, 12 and 19 are those reported in public sources."
    ),
    (
        "ILLUSTRATIVE (invented for this sample): every other district winner's name, which districts "
        "the three remaining self-nominated winners took (14, 22, 26), all district rivals, and ALL "
        "per-district vote counts and 'against all' figures. They were not published in the sources "
        "used."
    ),
    (
        "ILLUSTRATIVE: the whole Candidates sheet (names, genders, birth dates, disability). It exists "
        "so that the 30 % quota figures can be shown; it is not any party's real list."
    ),
    "Party colours are chosen for the charts and are not official.",
]


def mazhilis_2023() -> Workbook:
    rng = random.Random(2023)
    book = Workbook()
    book.remove(book.active)
    election_day = date(2023, 3, 19)
    election_sheet(
        book,
        [
            ("Body", "mazhilis"),
            ("Title", "Mazhilis election 2023"),
            ("Election date", election_day),
            ("Registered voters", MAZHILIS_2023_REGISTERED),
        ],
    )
    parties_sheet(book, MAZHILIS_2023_PARTIES, MAZHILIS_2023_AGAINST_ALL)
    full = {short: name for name, short, _, _ in MAZHILIS_2023_PARTIES}
    others = [full[s] for s in ("Auyl", "Respublica", "People's Party", "Ak Zhol", "OSDP", "Baytaq")]

    rows: list[list[object]] = []
    for number in range(1, 30):
        if number in NAMED_WINNERS:
            winner, short = NAMED_WINNERS[number]
            party = full[short] if short else None
        else:
            party = None if number in ILLUSTRATIVE_SELF_NOMINATED else full["Amanat"]
            winner = person(rng, rng.random() < 0.3)
        pool = others if party else [full["Amanat"], *others]
        rivals = rng.sample(pool, rng.randrange(1, 4)) + ([None] if rng.random() < 0.4 else [])
        if party is None and full["Amanat"] not in rivals:
            rivals[0] = full["Amanat"]
        rows.extend(district_rows(rng, number, winner, party, rivals))
    districts_sheet(book, rows)

    lists = {"Amanat": 52, "Auyl": 12, "Respublica": 10, "People's Party": 9, "Ak Zhol": 10, "OSDP": 8}
    candidates: list[list[object]] = []
    for short, length in lists.items():
        candidates += candidate_list(
            rng, full[short], length, election_day, 0.36, eligible_low=short == "Amanat"
        )
    candidates_sheet(book, candidates)

    notes_sheet(book, MAZHILIS_2023_NOTES)
    return book


ALMATY_DISTRICTS = ["Alatau", "Almaly", "Auezov", "Bostandyk", "Zhetysu", "Medeu", "Nauryzbay", "Turksib"]
MASLIKHAT_PARTIES = [  # illustrative
    ("Amanat", "Amanat", 198_512, "#1F5AA6"),
    ("Auyl (People's Democratic Patriotic Party)", "Auyl", 22_871, "#3C9A3C"),
    ("Respublica", "Respublica", 61_243, "#F2B705"),
    ("People's Party of Kazakhstan", "People's Party", 25_648, "#C8102E"),
    ("Baytaq", "Baytaq", 8_905, "#7FBF3F"),
    ("Ak Zhol (Democratic Party of Kazakhstan)", "Ak Zhol", 47_316, "#29A9E0"),
    ("OSDP (Nationwide Social Democratic Party)", "OSDP", 20_117, "#E8741E"),
]
MASLIKHAT_AGAINST_ALL = 14_236


def split(rng: random.Random, total: int, parts: int) -> list[int]:
    weights = [rng.uniform(0.6, 1.4) for _ in range(parts)]
    shares = [int(total * w / sum(weights)) for w in weights]
    shares[-1] += total - sum(shares)
    return shares


MASLIKHAT_NOTES = [
    "About this sample",
    (
        "ILLUSTRATIVE THROUGHOUT: a regional maslikhat shaped like Almaty city's (42 seats = 21 by party "
        "list + 21 in single-member districts). Every vote count, name and candidate here is invented to "
        "show how a maslikhat workbook looks; none is an official result."
    ),
    (
        "The List votes sheet gives the counts per city district; they add up to the Votes on the "
        "Parties sheet (the app checks that they agree)."
    ),
    (
        "The 30 % mandate quota is a Mazhilis rule; for a maslikhat the app shows the figures for "
        "information only."
    ),
]


def maslikhat_regional() -> Workbook:
    rng = random.Random(42)
    book = Workbook()
    book.remove(book.active)
    election_day = date(2023, 3, 19)
    election_sheet(
        book,
        [
            ("Body", "maslikhat-regional"),
            ("Title", "Almaty city maslikhat (illustrative)"),
            ("Election date", election_day),
            ("List seats", 21),
            ("District seats", 21),
        ],
    )
    parties_sheet(book, MASLIKHAT_PARTIES, MASLIKHAT_AGAINST_ALL)

    sheet = book.create_sheet("List votes")
    shorts = [short for _, short, _, _ in MASLIKHAT_PARTIES]
    header(sheet, ["Region", *shorts, "Against all"], [14, *[12] * len(shorts), 12])
    columns = [split(rng, votes, len(ALMATY_DISTRICTS)) for _, _, votes, _ in MASLIKHAT_PARTIES]
    columns.append(split(rng, MASLIKHAT_AGAINST_ALL, len(ALMATY_DISTRICTS)))
    for index, region in enumerate(ALMATY_DISTRICTS):
        sheet.append([region, *[column[index] for column in columns]])

    full = {short: name for name, short, _, _ in MASLIKHAT_PARTIES}
    winners = ["Amanat"] * 15 + ["Respublica"] * 2 + ["Ak Zhol"] + [None] * 3
    rng.shuffle(winners)
    rows: list[list[object]] = []
    for number, short in enumerate(winners, start=1):
        party = full[short] if short else None
        pool = [name for name in full.values() if name != party]
        rows.extend(
            district_rows(
                rng, number, person(rng, rng.random() < 0.4), party, rng.sample(pool, rng.randrange(1, 4))
            )
        )
    districts_sheet(book, rows)

    lists = {"Amanat": 16, "Respublica": 6, "Ak Zhol": 5, "People's Party": 4, "Auyl": 4, "OSDP": 4}
    candidates: list[list[object]] = []
    for short, length in lists.items():
        candidates += candidate_list(rng, full[short], length, election_day, 0.4, eligible_low=False)
    candidates_sheet(book, candidates)

    notes_sheet(book, MASLIKHAT_NOTES)
    return book


def reproducible(book: Workbook) -> bytes:
    """The workbook's bytes with fixed timestamps, so the same content gives the same file."""
    raw = io.BytesIO()
    book.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "docProps/core.xml":
                text = re.sub(
                    r"(<dcterms:(?:created|modified)[^>]*>)[^<]*",
                    rf"\g<1>{FIXED_STAMP}",
                    data.decode("utf-8"),
                )
                data = text.encode("utf-8")
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            target.writestr(fixed, data)
    return out.getvalue()


def main() -> None:
    SAMPLES.mkdir(parents=True, exist_ok=True)
    for name, build in (
        ("mazhilis-2023.xlsx", mazhilis_2023),
        ("maslikhat-regional.xlsx", maslikhat_regional),
    ):
        path = SAMPLES / name
        path.write_bytes(reproducible(build()))
        print(f"wrote {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
