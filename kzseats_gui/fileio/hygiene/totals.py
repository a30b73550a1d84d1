"""Total rows: a sum typed under the data, which must never be counted as a party or a candidate.

Found by name (Total, Итого, Всего, Барлығы, Жиыны ... also "Total votes", "Итого:", in any case and
with look-alike letters) and by arithmetic (a row that equals the sum of the others).
"""

from __future__ import annotations

import re

from .confusables import folded_key

TOTAL_WORDS = (
    "Total", "Totals", "Grand total", "Sum", "Overall",
    "Итого", "Итог", "Всего", "Сумма", "Общий итог", "Общее число",
    "Барлығы", "Барлыгы", "Жиыны", "Жиынтығы", "Қорытынды", "Барлық",
)  # fmt: skip
_WORD_KEYS = frozenset(folded_key(word) for word in TOTAL_WORDS)
_PUNCTUATION = re.compile(r"[\s:;.,()\[\]\-–—=*#№]+")


def is_total_name(text: str) -> bool:
    """'Итого', 'TOTAL:', 'Total votes', 'Всего по партиям', 'Барлығы' -> True."""
    words = [w for w in _PUNCTUATION.split(folded_key(text)) if w]
    if not words:
        return False
    return words[0] in _WORD_KEYS or " ".join(words[:2]) in _WORD_KEYS


def equals_sum_of_others(values: list[int], index: int, extra: int = 0) -> bool:
    """``values[index]`` is the sum of the other values (plus ``extra``), and at least two others count."""
    others = [v for i, v in enumerate(values) if i != index]
    if sum(1 for v in others if v) < 2:
        return False
    total = sum(others)
    return values[index] in (total, total + extra) and values[index] > 0
