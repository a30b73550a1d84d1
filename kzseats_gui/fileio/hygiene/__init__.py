"""Input hygiene: the mistakes real workbooks contain, caught in one place for every workbook.

A result must never change silently because of how a workbook was typed. The reader calls these
checks on every workbook; each either reads the workbook as the clerk meant it and says so (a warning
naming the cell) or refuses it (a problem naming the cell, exit 2):

- ``confusables``: Latin and Cyrillic look-alike letters in sheet names, headers, settings and party
  names (folded for matching, and reported);
- ``invisible``: zero-width spaces, soft hyphens, byte-order and direction marks and odd spaces in any
  text (removed for reading, and reported);
- ``totals``: total rows typed under the data (by name in three languages, and by arithmetic);
- ``hidden``: hidden rows, columns and sheets that hold data that counts;
- ``plausibility``: more valid ballots than ballots cast or registered voters.

Messages are language-neutral codes; their text is in ``kzseats_gui.text.input_messages``.
"""

from .confusables import NameMatcher, fold, note_lookalike, odd_letters
from .hidden import HiddenWatch, check_hidden_sheet
from .invisible import CleanedText, InvisibleWatch, as_meant, note_invisible
from .plausibility import check_plausibility
from .totals import TOTAL_WORDS, is_total_name

__all__ = [
    "TOTAL_WORDS",
    "CleanedText",
    "HiddenWatch",
    "InvisibleWatch",
    "NameMatcher",
    "as_meant",
    "check_hidden_sheet",
    "check_plausibility",
    "fold",
    "is_total_name",
    "note_invisible",
    "note_lookalike",
    "odd_letters",
]
