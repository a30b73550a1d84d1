"""English templates for workbook problems and import notes (codes from kzseats_gui.fileio).

Each problem says what is wrong and what would be right. The location (file, sheet!cell) is added by
the caller, so templates do not repeat it.
"""

INPUT_TEMPLATES: dict[str, str] = {
    # The file itself
    "file-missing": "The file does not exist. Check the name and the folder.",
    "file-is-directory": "This is a folder, not a workbook. Choose an .xlsx file.",
    "file-permission": "The file cannot be opened: permission denied. Copy it somewhere you may read it.",
    "file-unreadable": "The file cannot be read ({reason}).",
    "file-too-large": (
        "The file is {size} bytes, more than the {limit} bytes a results workbook may have. "
        "Remove sheets the calculation does not need."
    ),
    "file-empty": "The file is empty. Choose the saved workbook, or save it again.",
    "file-not-xlsx": (
        "This is not an .xlsx workbook. Open it in Excel or LibreOffice and save it as "
        '"Excel Workbook (.xlsx)".'
    ),
    "file-xls": (
        "This is an old Excel 97-2003 (.xls) file or a password-protected workbook. Save it as "
        '"Excel Workbook (.xlsx)" without a password.'
    ),
    "file-ods": 'This is an OpenDocument (.ods) spreadsheet. Save it as "Excel Workbook (.xlsx)".',
    "file-xlsb": 'This is an Excel Binary Workbook (.xlsb). Save it as "Excel Workbook (.xlsx)".',
    "file-not-workbook": (
        "This zip archive holds no workbook (perhaps a Word or other document). "
        "Choose the .xlsx results file."
    ),
    "zip-damaged": (
        "The workbook is damaged or truncated ({reason}). Save it again from Excel or LibreOffice, or copy "
        "the file again in full."
    ),
    "zip-encrypted": "The workbook is password-protected. Save it again without a password.",
    "zip-unsupported": "Part {part} is packed in a way this app does not read ({reason}). "
    "Save the file again "
    "as .xlsx from Excel or LibreOffice.",
    "part-missing": "The workbook lacks its part {part}; it is damaged. Save it again as .xlsx.",
    "part-too-large": (
        "Part {part} unpacks to {size} bytes, more than the limit of {limit}. The file is refused; a results "
        "workbook is far smaller."
    ),
    "part-ratio": (
        "Part {part} is compressed {ratio} times, more than the {limit} times a real workbook is; "
        "the file is "
        "refused as a possible zip bomb."
    ),
    "too-many": "The workbook has more {what} than the limit of {limit}; the file is refused.",
    "xml-unsafe": (
        "Part {part} contains a document type declaration (DTD or entities), which no workbook needs; the "
        "file is refused for safety. Save it again from Excel or LibreOffice."
    ),
    "xml-malformed": "Part {part} is not well-formed XML ({reason} at line {line}); the workbook is damaged. "
    "Save it again from Excel or LibreOffice.",
    # Cells the reader cannot make sense of
    "cell-reference-invalid": "The cell reference {ref} is not valid (columns run A to XFD).",
    "row-number-invalid": "Row number {row} is not valid (rows run 1 to 1048576).",
    "cell-text-misplaced": (
        "The cell holds text outside any value or inline string; the workbook is damaged. "
        "Save it again from Excel or LibreOffice, or retype the cell."
    ),
    "cell-number-invalid": "The cell is marked as a number but holds \"{text}\"; retype the value.",
    "shared-string-missing": "The cell points at text number {index}, which the workbook does not have; "
    "the file is damaged. Save it again.",
    "sheet-too-many-cells": "The sheet has more than {limit} filled cells; the file is refused.",
    "cell-formula-no-value": (
        "The cell holds the formula {formula} but no calculated value was saved. Open the file in Excel or "
        "LibreOffice, let it recalculate, and save it (or type the value instead of the formula)."
    ),
    "cell-error-value": "{what} shows the error {value}. Fix the formula or type the value.",
    # Values
    "count-negative": (
        "{what} cannot be negative (\"{value}\"). Write a whole number of 0 or more, such as 3431510."
    ),
    "count-fractional": (
        "{what} must be a whole number, not \"{value}\". Write a count such as 3431510 or 3 431 510."
    ),
    "count-not-number": (
        "{what} must be a whole number; \"{value}\" is not one. Write digits only, such as 3431510, "
        "3 431 510 or 3,431,510."
    ),
    "count-scientific": (
        "{what} is the text \"{value}\", a number in scientific notation as Excel displays it in a "
        "narrow column: the digits it does not show are lost. Type or paste the full number, such as "
        "3431510."
    ),
    "percent-invalid": "{what} must be a percentage such as 5 or 7.5; \"{value}\" is not one.",
    "date-invalid": "{what} must be a date; \"{value}\" is not one. "
    "Format the cell as a date or write 2023-03-19 "
    "(or 19.03.2023).",
    "yes-no-invalid": "{what} must be yes or no (да/нет, иә/жоқ); \"{value}\" is neither.",
    "choice-invalid": "{what}: \"{value}\" is not a value this app knows. Write one of: {choices}.",
    "gender-invalid": "{what} must be F or M (Ж/М, Ә/Е); \"{value}\" is neither.",
    "position-invalid": "{what} must be 1 or more (the place on the list), not \"{value}\".",
    "color-invalid": "{what} must be a colour written as #RRGGBB, such as #1F77B4; \"{value}\" is not one.",
    # Sheets and columns
    "sheet-unknown": "This sheet is not part of the workbook format; it was ignored.",
    "sheet-duplicate": (
        "This sheet and sheet {other} are both the {what} sheet. Keep one, or rename the other."
    ),
    "sheet-missing": (
        "There are {seats} list seats but no {what} sheet. Add a sheet named Parties with the columns Party "
        "and Votes (one row per party)."
    ),
    "parties-none": "There are {seats} list seats but this sheet lists no party. Add one row per party.",
    "column-missing": (
        "The header row has no column {column}. Add a header cell with that name (the column order is free)."
    ),
    "column-duplicate": "This column and column {other} are both {column}. Keep one.",
    "sheet-empty": "This sheet has a header row but no data; it was ignored.",
    "column-unknown": "Column \"{column}\" is not part of the format; it was ignored.",
    # Election sheet
    "election-header-missing": (
        "The header row must name the columns Setting [Параметр] and Value [Значение]."
    ),
    "setting-name-missing": (
        "A value without a setting name. Write the setting (such as List seats) to its left."
    ),
    "setting-unknown": "The setting \"{setting}\" is not known; it was ignored.",
    "setting-duplicate": "{setting} is given twice (also at {other}). Keep one row.",
    "election-setting-required": (
        "{setting} must be given for the body {body}: write its value on the Election sheet "
        "(columns Setting and Value)."
    ),
    "election-setting-negative": "{setting} cannot be negative ({value}).",
    "election-setting-out-of-range": "{setting} must be between 0 and 100, not {value}.",
    # Parties and votes
    "party-name-missing": "A row without a party name. Write the party's name, or clear the row.",
    "party-duplicate": (
        "{party} is listed twice (also at {other}). Each party, and each short name, appears once."
    ),
    "registration-order-duplicate": (
        "Registration order {order} is given twice (also at {other}). "
        "Each list was registered at its own place."
    ),
    "against-all-duplicate": '"Against all" is given twice (also at {other}). Keep one row.',
    "votes-column-missing": (
        "There are {seats} list seats but this sheet has no column of list votes; its header row holds "
        "{headers}. Name that column one of: {names}; or give the votes on a List votes sheet. "
        "Leave the Votes cells blank if the count is not in yet."
    ),
    "votes-missing": (
        "{party} has no votes: fill its Votes cell, or add a {party} column to the List votes sheet."
    ),
    "list-votes-mismatch": (
        "{what} has {given} here but {summed} in total on the {sheet_name} sheet. Make the two agree, or "
        "leave this cell blank to use the {sheet_name} total."
    ),
    "list-votes-party-unknown": (
        "Column \"{column}\" holds counts but matches no party on the Parties sheet ({parties}). "
        "Rename it to a party's name or short name, or add the party to the Parties sheet."
    ),
    "list-votes-summed": "{rows} rows of list votes were summed.",
    # Districts and candidates
    "district-missing": "A candidate row without a district. Write the district number or name.",
    "candidate-name-missing": "A row without a candidate name. Write the name, or clear the row.",
    "candidate-duplicate": (
        "{candidate} is listed twice in district {district} (also at {other}). Keep one row per candidate."
    ),
    "district-key-lookalike": (
        "District \"{district}\" and district \"{other_district}\" at {other} are one number written two "
        "ways: on paper they are one district, yet read apart they would elect two members. Write the "
        "district the same way in every row."
    ),
    "districts-too-many": (
        "{count} districts are listed but there are only {seats} district seats. Remove the extra districts "
        "or set District seats on the Election sheet."
    ),
    "party-districts-only": (
        "{party} is on no list (not on the Parties sheet): it is taken as a party with district seats only."
    ),
    "candidate-field-missing": "{what} is missing. Every list candidate needs Party, Position and Name.",
    "candidate-party-unknown": (
        "{party} is not on the Parties sheet. Write the party's name or short name as on the Parties sheet."
    ),
    "position-duplicate": "{party} has two candidates at position {position} (also at {other}).",
    "more-problems": "... and {count} more problems.",
    # How the file is packed (read as Excel reads it, or refused)
    "zip-duplicate-part": (
        "The workbook holds the part {part} twice; which copy is meant cannot be known. "
        "Save the file again from Excel or LibreOffice."
    ),
    "zip-backslashes": (
        "{count} parts of the zip are named with backslashes (such as {part}); they were read as the "
        "workbook parts they name."
    ),
    "cell-text-too-long": (
        "The cell holds {length} characters of text, more than the {limit} a spreadsheet cell can hold; "
        "the file is refused. Shorten the text or move it to a Notes sheet."
    ),
    # Mistakes real workbooks contain: read as meant and said so (warnings), or refused
    "sheet-lookalike": (
        "The sheet name \"{written}\" mixes Latin and Cyrillic look-alike letters ({letters}); "
        "it was read as the {meant} sheet."
    ),
    "header-lookalike": (
        "The header \"{written}\" mixes Latin and Cyrillic look-alike letters ({letters}); "
        "it was read as the column {meant}."
    ),
    "percent-looks-like-fraction": (
        "{what} is {percent} %, less than one percent. If the cell meant {meant} % (a share typed as a "
        "fraction, 0.05 for 5 %), write {meant} or format the cell as a percentage; it was read as typed."
    ),
    "setting-lookalike": (
        "The setting \"{written}\" mixes Latin and Cyrillic look-alike letters ({letters}); "
        "it was read as {meant}."
    ),
    "name-lookalike": (
        "\"{written}\" mixes Latin and Cyrillic look-alike letters ({letters}); it was read as {meant}."
    ),
    "party-lookalike": (
        "The party \"{written}\" differs from {party} only in look-alike Latin/Cyrillic letters "
        "({letters}); did you mean {party}? It was counted as {party}. Retype the name to be sure."
    ),
    "party-lookalike-duplicate": (
        "\"{party}\" and \"{other_party}\" at {other} differ only in look-alike Latin/Cyrillic "
        "letters ({letters}): on paper they are one name. Keep one row, or rename one party."
    ),
    "text-invisible": (
        "The text \"{written}\" contains an invisible character ({chars}); it was read as \"{meant}\". "
        "Retype the cell to be sure."
    ),
    "text-invisible-many": (
        "The text \"{written}\" contains invisible characters ({chars}); it was read as \"{meant}\". "
        "Retype the cell to be sure."
    ),
    "text-odd-space": (
        "The text \"{written}\" contains {chars} instead of a plain space; it was read as \"{meant}\"."
    ),
    "party-invisible-duplicate": (
        "\"{party}\" and the party at {other} differ only in characters that cannot be seen ({chars}): "
        "on paper they are one name. Keep one row, or rename one party."
    ),
    "total-row": (
        "\"{name}\" is a total row, not a party: it was left out of the calculation "
        "(its {votes} votes; the parties above sum to {summed})."
    ),
    "total-row-mismatch": (
        "The total row \"{name}\" gives {votes} votes but the parties sum to {summed}: "
        "check the figures. The total was left out; the party rows were counted."
    ),
    "total-row-arithmetic": (
        "\"{name}\" has {votes} votes, exactly the sum of all other rows: it looks like a total row. "
        "Delete it (or name it Total) if it is a total; the workbook is refused until this is clear."
    ),
    "list-votes-total-row": (
        "Row {row} (\"{name}\") is a total of the rows above, not a region or polling station: "
        "it was left out of the sums."
    ),
    "list-votes-total-column": (
        "Column \"{column}\" is a total of the parties' columns, not a party: it was not summed."
    ),
    "candidate-total-row": (
        "\"{name}\" in district {district} is a total row, not a candidate: it was left out."
    ),
    "candidate-total-arithmetic": (
        "\"{name}\" in district {district} has {votes} votes, exactly the sum of the other candidates, "
        "and no party: it looks like a total row. Delete it if it is a total; the workbook is refused "
        "until this is clear."
    ),
    "sheet-hidden": "This sheet is hidden but its data counts: it was read. Unhide it to check it.",
    "rows-hidden": (
        "Hidden rows hold data that counts (rows {rows}): they were read, as Excel's own sums read them. "
        "Unhide them to check them."
    ),
    "column-hidden": (
        "Column {column} is hidden but holds data: it was read like any other column. Unhide it to check it."
    ),
    "ballots-fewer-than-votes": (
        "Ballots cast is {ballots}, fewer than the {valid} valid votes (party votes and against all) plus "
        "{invalid} invalid ballots. One of the figures is mistyped: correct it."
    ),
    "voters-fewer-than-votes": (
        "Registered voters is {voters}, fewer than the {valid} valid votes (party votes and against all). "
        "One of the figures is mistyped: correct it."
    ),
    "voters-fewer-than-ballots": (
        "Registered voters is {voters}, fewer than the {ballots} ballots cast. "
        "One of the figures is mistyped: correct it."
    ),
    # Outputs (the location is in the message: there is no sheet or cell)
    "output-exists-workbook": (
        "{path} already exists; a new workbook is never written over one (it may hold someone's "
        "figures). Choose another name, or add --overwrite to replace it."
    ),
    "output-exists-foreign": (
        "{path} already exists and is not a chart, report or results workbook written by kzseats; it is "
        "not written over. Choose another name, or add --overwrite to replace it."
    ),
    "output-is-input": (
        "{path} is the input workbook {source} (or a link to it); it is never written over. "
        "Choose another output file."
    ),
    "output-is-folder": "{path} is a folder. Give the output a file name.",
    "output-folder-missing": "{path} cannot be written: the folder {folder} does not exist.",
    "output-permission": (
        "{path} cannot be written: no permission to write in {folder} ({reason}). "
        "Choose a folder you may write to."
    ),
    "output-disk-full": (
        "{path} cannot be written: the disk is full ({reason}). Any earlier file of that name is unchanged."
    ),
    "output-failed": "{path} cannot be written ({reason}). Any earlier file of that name is unchanged.",
}
