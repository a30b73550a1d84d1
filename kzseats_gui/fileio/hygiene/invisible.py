"""Characters that cannot be seen: zero-width spaces, soft hyphens, byte-order and direction marks,
and spaces other than the plain one.

Pasted from a web page, a PDF or a chat, ``Ama\\u200bnat`` looks exactly like ``Amanat`` on screen and
on paper, yet it is another text: it would be another party, header or district. Every text cell of a
sheet the reader uses passes through ``InvisibleWatch``, which removes the invisible characters (and
reads an unusual space as a plain one), so every later match, message and chart sees the name as it
was meant; a warning names the cell and the characters. Counts written with non-breaking or thin
spaces between the digit groups are the contract's own form and pass without a word.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from ..cells import decimal_from_text
from ..problems import Findings
from ..xlsx_sheet import Row, cell_name

# Invisible, yet neither a format (Cf) nor a control (Cc) character: the combining grapheme joiner,
# the Hangul fillers, the Khmer inherent vowels, the Mongolian and other variation selectors.
_INVISIBLE_OTHERS = re.compile("[\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180d\u3164\ufe00-\ufe0f\uffa0]")
_LINE_BREAKS = frozenset("\n\r")  # Alt+Enter in a cell: seen as a new line, read as a space
_CONTROL_NAMES = {"\t": "TAB"}


class CleanedText(str):
    """A cell's text as meant: invisible characters removed, odd spaces plain; ``chars`` names them."""

    chars: str = ""
    invisible: bool = False  # it held a character that cannot be seen (not only an odd space)


def is_invisible(char: str) -> bool:
    category = unicodedata.category(char)
    if category == "Cf" or (category == "Cc" and not char.isspace()):
        return True
    return _INVISIBLE_OTHERS.match(char) is not None


def is_odd_space(char: str) -> bool:
    return char.isspace() and char != " " and char not in _LINE_BREAKS


def char_name(char: str) -> str:
    """'U+200B ZERO WIDTH SPACE'; control characters have no name of their own."""
    name = _CONTROL_NAMES.get(char) or unicodedata.name(char, "CONTROL CHARACTER")
    return f"U+{ord(char):04X} {name}"


def _suspect(text: str) -> bool:
    # isprintable() is False for every format, control and space character but the plain space:
    # one fast test in C for the common clean text.
    return not text.isprintable() or _INVISIBLE_OTHERS.search(text) is not None


def clean_text(text: str) -> tuple[str, str, str, bool] | None:
    """(the text as meant, the text with each odd character marked '[U+200B]', the characters'
    names, whether any was invisible), or None when the text needs no word."""
    if not _suspect(text):
        return None
    meant: list[str] = []
    marked: list[str] = []
    found: list[str] = []
    invisible = False
    for char in text:
        if is_invisible(char):
            invisible = True
        elif not is_odd_space(char):
            meant.append(char)
            marked.append(char)
            continue
        else:
            meant.append(" ")
        marked.append(f"[U+{ord(char):04X}]")
        if char not in found:
            found.append(char)
    if not found:  # line breaks only
        return None
    clean = " ".join("".join(meant).split())
    if not invisible and (not clean or decimal_from_text(clean) is not None):
        # Blank as it looks (and as it was always read), or '3 431 510' with non-breaking spaces: a
        # count as the contract writes it.
        return None
    return clean, "".join(marked), ", ".join(char_name(c) for c in found), invisible


def as_meant(text: str) -> str:
    """``text`` without its invisible characters and odd spaces (no warning)."""
    cleaned = clean_text(text)
    return text if cleaned is None else cleaned[0]


def note_invisible(findings: Findings, sheet: str, cell: str | None, text: str) -> str:
    """``text`` as meant; a warning naming ``cell`` when it held invisible characters or odd spaces."""
    cleaned = clean_text(text)
    if cleaned is None:
        return text
    meant, marked, chars, invisible = cleaned
    said = {"written": marked, "meant": meant, "chars": chars}
    if not invisible:  # often in every name pasted from Word: one warning per sheet and kind of space
        findings.warn_alike("text-odd-space", sheet, cell, {"chars": chars}, first=said)
    elif ", " in chars:
        findings.warn("text-invisible-many", sheet, cell, **said)
    else:
        findings.warn("text-invisible", sheet, cell, **said)
    result = CleanedText(meant)
    result.chars, result.invisible = chars, invisible
    return result


class InvisibleWatch:
    """Passes a sheet's rows through with every text read as meant (see the module docstring)."""

    def __init__(self, rows: Iterator[Row], sheet: str, findings: Findings):
        self._rows = rows
        self.sheet = sheet
        self.findings = findings

    def __iter__(self) -> Iterator[Row]:
        for number, cells in self._rows:
            for column, value in cells.items():
                if type(value) is str and _suspect(value):
                    cell = cell_name(number, column)
                    cells[column] = note_invisible(self.findings, self.sheet, cell, value)
            yield number, cells
