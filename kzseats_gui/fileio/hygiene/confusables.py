"""Latin and Cyrillic letters that look alike (А/A, о/o, е/e, Р/P ...).

A clerk who types one Cyrillic letter into a Latin name (or the reverse) sees the same word on screen,
yet the text differs. Names are matched exactly first; a name that matches only after folding the
look-alikes is still understood, and the caller reports which letters were folded, naming the cell.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable
from typing import Any

from ..names import normalize
from ..problems import Findings

# Cyrillic letter -> the Latin letter it cannot be told from in common fonts (both cases).
_LOOKALIKES = {
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T",
    "Х": "X", "У": "Y", "Ү": "Y", "І": "I", "Ј": "J", "Ѕ": "S",
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y", "і": "i", "ј": "j", "ѕ": "s",
    "һ": "h", "ԁ": "d", "ԛ": "q", "ԝ": "w",
}  # fmt: skip
_FOLD = str.maketrans(_LOOKALIKES)
# For keys, after case folding: a letter whose capital is a look-alike folds too (Т -> т -> t), so that
# "ИТОГО" and "Итого" with Latin O's still agree.
_FOLD_LOWER = str.maketrans({c.casefold(): latin.casefold() for c, latin in _LOOKALIKES.items()})


def fold(text: str) -> str:
    """The text with every Cyrillic look-alike replaced by its Latin twin."""
    return text.translate(_FOLD)


def folded_key(text: str) -> str:
    """A key for matching: case, spaces and Latin/Cyrillic look-alikes aside."""
    return normalize(text).translate(_FOLD_LOWER)


def _script(char: str) -> str | None:
    name = unicodedata.name(char, "")
    if name.startswith("LATIN"):
        return "Latin"
    if name.startswith("CYRILLIC"):
        return "Cyrillic"
    return None


def odd_letters(written: str, meant: str) -> str:
    """The letters of ``written`` that are of another script than ``meant``: '"о" U+043E, "А" U+0410'."""
    scripts = Counter(s for s in map(_script, meant) if s)
    main = scripts.most_common(1)[0][0] if scripts else None
    odd: list[str] = []
    for char in written:
        script = _script(char)
        if script and script != main and char not in odd:
            odd.append(char)
    return ", ".join(f'"{char}" U+{ord(char):04X}' for char in odd)


class NameMatcher:
    """Finds the role of a name: exactly (case and spaces aside), else after folding look-alikes.

    ``match`` returns (role, the name it matched or None when exact); the caller reports a folded
    match as a warning that names the cell and the letters.
    """

    def __init__(self, names: Iterable[tuple[str, str]] = ()):
        self._exact: dict[str, str] = {}
        self._folded: dict[str, tuple[str, str]] = {}
        for role, name in names:
            self.add(role, name)

    @classmethod
    def of_table(cls, table: dict[str, tuple[str, ...]]) -> NameMatcher:
        return cls((role, name) for role, names in table.items() for name in names)

    def add(self, role: str, name: str) -> None:
        self._exact.setdefault(normalize(name), role)
        self._folded.setdefault(folded_key(name), (role, name))

    def exact(self, text: str) -> str | None:
        return self._exact.get(normalize(text))

    def match(self, text: str) -> tuple[str | None, str | None]:
        role = self._exact.get(normalize(text))
        if role is not None:
            return role, None
        found = self._folded.get(folded_key(text))
        if found is None:
            return None, None
        return found

    def __contains__(self, text: str) -> bool:
        return self.match(text)[0] is not None


def note_lookalike(
    findings: Findings,
    code: str,
    sheet: str | None,
    cell: str | None,
    written: str,
    matched: str,
    **params: Any,
) -> None:
    """Warn that ``written`` was read as ``matched`` only after folding Latin/Cyrillic look-alikes."""
    findings.warn(code, sheet, cell, written=written, letters=odd_letters(written, matched), **params)
