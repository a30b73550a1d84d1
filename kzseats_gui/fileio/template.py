"""An empty results workbook in the contract format, with instructions, for a chosen body.

Example rows are grey, italic and named "Example ..." so nobody mistakes them for results; they are
consistent with each other, so the template also imports as it is.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from ..core.bodies import preset_values
from ..core.model import Body, Method, ThresholdBase
from .output_origin import GENERATOR
from .safe_output import write_atomically

HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDE5F0")
EXAMPLE_FONT = Font(italic=True, color="808080")
REQUIRED_FILL = PatternFill("solid", fgColor="FFF2B3")
MAX_ROW = 10_000  # how far down the data validations reach

INSTRUCTIONS = [
    ("kzseats results workbook", "Рабочая книга результатов kzseats"),
    ("", ""),
    (
        "Fill in the sheets below and open the file in kzseats (or run: kzseats allocate FILE).",
        "Заполните листы ниже и откройте файл в kzseats (или выполните: kzseats allocate ФАЙЛ).",
    ),
    (
        "Grey italic rows are EXAMPLES: replace them with real rows or delete them.",
        "Серые строки курсивом — ПРИМЕРЫ: замените их настоящими данными или удалите.",
    ),
    (
        "Election: settings (Setting / Value). Leave a value blank to use the body's default.",
        "Выборы (Election): параметры. Пустое значение — значение по умолчанию для органа.",
    ),
    (
        "Parties: one row per party in ballot order; Votes = list votes. "
        "A row 'Against all' holds those votes.",
        "Партии (Parties): по строке на партию в порядке бюллетеня; Голоса — голоса за список. "
        "Строка «Против всех».",
    ),
    (
        "List votes (optional): counts per region or polling station, one column per party; summed.",
        "Голоса по спискам (необязательно): по регионам или участкам, столбец на партию; суммируются.",
    ),
    (
        "Districts: one row per candidate per district; Party blank or 'Self-nominated' for independents.",
        "Округа (Districts): строка на кандидата в округе; Партия пустая или «Самовыдвижение».",
    ),
    (
        "Candidates (optional): the party lists, for the 30 % quota (Gender F/M, Disability yes/no).",
        "Кандидаты (необязательно): партийные списки для квоты 30 % (Пол Ж/М, Инвалидность да/нет).",
    ),
    (
        "Counts are whole numbers: 3431510, 3 431 510 or 3,431,510. Dates: 2023-03-19 or a date cell.",
        "Числа — целые: 3431510, 3 431 510 или 3,431,510. Даты: 2023-03-19 или ячейка с датой.",
    ),
    (
        "Sheet and column names may also be Russian or Kazakh; column order is free.",
        "Названия листов и столбцов можно писать по-русски или по-казахски; порядок столбцов любой.",
    ),
]

EXAMPLE_PARTIES = ("Example party A", "Example party B", "Example party C")
EXAMPLE_LIST_VOTES = [  # region, station, A, B, C, against all, invalid
    ("Example region 1", 1, 620, 310, 40, 25, 12),
    ("Example region 1", 2, 540, 280, 55, 18, 9),
    ("Example region 2", 3, 700, 190, 70, 30, 15),
]
EXAMPLE_COLORS = ("#1F77B4", "#FF7F0E", "#2CA02C")


def write_template(path: Path | str, body: Body = Body.MAZHILIS) -> None:
    """Write the template for ``body`` to ``path`` (replacing it atomically)."""
    book = Workbook()
    book.properties.creator = GENERATOR
    book.remove(book.active)
    _instructions(book.create_sheet("Instructions"))
    preset = preset_values(body)
    has_list = preset.list_seats != 0
    has_districts = preset.district_seats != 0 or body is Body.MASLIKHAT_REGIONAL
    _election(book.create_sheet("Election"), body)
    _parties(book.create_sheet("Parties"), has_list)
    if has_list:
        _list_votes(book.create_sheet("List votes"))
    _districts(book.create_sheet("Districts"), examples=has_districts)
    if has_list:
        _candidates(book.create_sheet("Candidates"))
    save_atomically(book, Path(path))


def save_atomically(book: Workbook, path: Path, inputs: Iterable[Path | str] = ()) -> None:
    """Save complete or not at all (see safe_output); never over one of ``inputs``."""

    def write(stream: BinaryIO) -> None:
        buffer = io.BytesIO()  # openpyxl leaves its zip open when a write fails: keep that in memory
        book.save(buffer)
        stream.write(buffer.getbuffer())

    write_atomically(path, write, inputs=inputs)


def _instructions(sheet: Worksheet) -> None:
    for english, russian in INSTRUCTIONS:
        sheet.append([english, russian])
    sheet["A1"].font = sheet["B1"].font = Font(bold=True, size=14)
    for column in "AB":
        sheet.column_dimensions[column].width = 95
        for cell in sheet[column]:
            cell.alignment = Alignment(wrap_text=True, vertical="top")


def _header(sheet: Worksheet, names: list[str], widths: list[int]) -> None:
    sheet.append(names)
    for index, width in enumerate(widths, start=1):
        cell = sheet.cell(row=1, column=index)
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"


def _example(sheet: Worksheet, values: list[Any]) -> None:
    sheet.append(values)
    for cell in sheet[sheet.max_row]:
        cell.font = EXAMPLE_FONT


def _validate(sheet: Worksheet, cells: str, **options: Any) -> None:
    validation = DataValidation(allow_blank=True, showErrorMessage=True, **options)
    sheet.add_data_validation(validation)
    validation.add(cells)


def _whole_number(sheet: Worksheet, column: str, minimum: int = 0) -> None:
    _validate(
        sheet,
        f"{column}2:{column}{MAX_ROW}",
        type="whole",
        operator="greaterThanOrEqual",
        formula1=str(minimum),
        error=f"A whole number of {minimum} or more",
    )


def _list(sheet: Worksheet, cells: str, choices: list[str]) -> None:
    _validate(
        sheet, cells, type="list", formula1='"' + ",".join(choices) + '"', error="Pick a value from the list"
    )


def _election(sheet: Worksheet, body: Body) -> None:
    preset = preset_values(body)
    list_seats, district_seats = preset.list_seats, preset.district_seats
    if body is Body.MASLIKHAT_REGIONAL:
        note_district = (
            "Default: equal to List seats (50/50). / По умолчанию равно числу мандатов по спискам."
        )
    else:
        note_district = "Required for this body. / Обязательно." if district_seats is None else ""
    rows: list[tuple[str, Any, str]] = [
        ("Body", body.value, "mazhilis, maslikhat-regional, maslikhat-local, mazhilis-2007"),
        ("Title", preset.title, ""),
        ("Election date", None, "Needed for the youth age. / Нужна для возраста молодёжи."),
        ("List seats", list_seats, "Required for this body. / Обязательно." if list_seats is None else ""),
        ("District seats", district_seats, note_district),
        ("Threshold percent", int(preset.threshold_percent), "Порог, %"),
        (
            "Threshold base",
            preset.threshold_base.value,
            "valid = party votes + against all; parties; ballots (needs Ballots cast)",
        ),
        ("Ballots cast", None, "Optional. / Необязательно."),
        ("Registered voters", None, "Optional. / Необязательно."),
        ("Invalid", None, "Invalid ballots, optional. / Недействительные бюллетени."),
        ("Method", preset.method.value, "hare = the law; droop, dhondt, sainte-lague for comparison only"),
        ("Quota percent", int(preset.quota_percent), "Women, youth and persons with disabilities, %"),
        ("Youth age limit", preset.youth_age_limit, "Youth = younger than this on election day"),
    ]
    _header(sheet, ["Setting", "Value", "Notes"], [22, 28, 80])
    for setting, value, note in rows:
        sheet.append([setting, value, note])
        if value is None and "Required" in note:
            sheet.cell(row=sheet.max_row, column=2).fill = REQUIRED_FILL
    row_of = {setting: index for index, (setting, _, _) in enumerate(rows, start=2)}
    _list(sheet, f"B{row_of['Body']}", [b.value for b in Body])
    _list(sheet, f"B{row_of['Method']}", [m.value for m in Method])
    _list(sheet, f"B{row_of['Threshold base']}", [b.value for b in ThresholdBase])
    for name in (
        "List seats",
        "District seats",
        "Ballots cast",
        "Registered voters",
        "Invalid",
        "Youth age limit",
    ):
        _validate(
            sheet,
            f"B{row_of[name]}",
            type="whole",
            operator="greaterThanOrEqual",
            formula1="0",
            error="A whole number of 0 or more",
        )
    for name in ("Threshold percent", "Quota percent"):
        _validate(
            sheet,
            f"B{row_of[name]}",
            type="decimal",
            operator="between",
            formula1="0",
            formula2="100",
            error="A percentage from 0 to 100",
        )
    _validate(
        sheet,
        f"B{row_of['Election date']}",
        type="date",
        operator="greaterThan",
        formula1=str(date(1990, 1, 1).toordinal() - date(1899, 12, 30).toordinal()),
        error="A date, such as 2023-03-19",
    )
    sheet.cell(row=row_of["Election date"], column=2).number_format = "yyyy-mm-dd"


def _parties(sheet: Worksheet, has_list: bool) -> None:
    if not has_list:
        _header(sheet, ["Party", "Short name", "Color"], [40, 16, 12])
        for name, color in zip(EXAMPLE_PARTIES, EXAMPLE_COLORS, strict=True):
            _example(sheet, [name, name[-1], color])
        return
    _header(sheet, ["Party", "Votes", "Short name", "Color", "Registration order"], [40, 14, 16, 12, 20])
    votes = (row[2:6] for row in EXAMPLE_LIST_VOTES)  # A, B, C, against all
    totals = [sum(column) for column in zip(*votes, strict=True)]
    for index, (name, color) in enumerate(zip(EXAMPLE_PARTIES, EXAMPLE_COLORS, strict=True)):
        _example(sheet, [name, totals[index], name[-1], color, index + 1])
    _example(sheet, ["Against all", totals[3]])
    _whole_number(sheet, "B")
    _whole_number(sheet, "E", minimum=1)


def _list_votes(sheet: Worksheet) -> None:
    _header(
        sheet,
        ["Region", "Polling station", *EXAMPLE_PARTIES, "Against all", "Invalid"],
        [24, 16, 18, 18, 18, 14, 14],
    )
    for row in EXAMPLE_LIST_VOTES:
        _example(sheet, list(row))
    for column in "CDEFG":
        _whole_number(sheet, column)


def _districts(sheet: Worksheet, examples: bool) -> None:
    _header(sheet, ["District", "Candidate", "Party", "Votes"], [12, 36, 30, 14])
    if examples:
        _example(sheet, [1, "Example candidate 1", EXAMPLE_PARTIES[0], 5200])
        _example(sheet, [1, "Example candidate 2", "Self-nominated", 3100])
        _example(sheet, [1, "Against all", None, 240])
        _example(sheet, [2, "Example candidate 3", EXAMPLE_PARTIES[1], None])
    _whole_number(sheet, "D")


def _candidates(sheet: Worksheet) -> None:
    _header(
        sheet,
        ["Party", "Position", "Name", "Gender", "Birth date", "Disability", "Elected"],
        [30, 10, 36, 10, 14, 12, 10],
    )
    people = [
        ("Example candidate 4", "F", date(1980, 5, 1), "no"),
        ("Example candidate 5", "M", date(1999, 2, 11), "no"),
        ("Example candidate 6", "M", date(1975, 9, 30), "yes"),
    ]
    for position, (name, gender, born, disability) in enumerate(people, start=1):
        _example(sheet, [EXAMPLE_PARTIES[0], position, name, gender, born, disability, None])
        sheet.cell(row=sheet.max_row, column=5).number_format = "yyyy-mm-dd"
    _whole_number(sheet, "B", minimum=1)
    _list(sheet, f"D2:D{MAX_ROW}", ["F", "M", "Ж", "М", "Ә", "Е"])
    _validate(
        sheet,
        f"E2:E{MAX_ROW}",
        type="date",
        operator="greaterThan",
        formula1="1",
        error="A date, such as 1985-04-23",
    )
    _list(sheet, f"F2:F{MAX_ROW}", ["yes", "no", "да", "нет", "иә", "жоқ"])
    _list(sheet, f"G2:G{MAX_ROW}", ["yes", "no", "да", "нет", "иә", "жоқ"])
