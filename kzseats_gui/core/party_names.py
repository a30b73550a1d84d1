"""Finding a party by the name a district row, a candidate row or a lot record gives.

Exact name first, then the short name, then either one ignoring case and surrounding spaces.
"""

from __future__ import annotations

from collections.abc import Iterable

from .model import Party


def _folded(text: str) -> str:
    return text.strip().casefold()


class PartyNames:
    def __init__(self, parties: Iterable[Party]):
        self._exact: dict[str, str] = {}
        self._short: dict[str, str] = {}
        self._folded: dict[str, str] = {}
        for party in parties:
            self.add(party.name, party.short_name)

    def add(self, name: str, short_name: str | None = None) -> None:
        self._exact.setdefault(name, name)
        if short_name:
            self._short.setdefault(short_name, name)
            self._folded.setdefault(_folded(short_name), name)
        self._folded.setdefault(_folded(name), name)

    def canonical(self, name: str) -> str | None:
        """The party's own name for ``name``, or None when no party goes by it."""
        return self._exact.get(name) or self._short.get(name) or self._folded.get(_folded(name))
