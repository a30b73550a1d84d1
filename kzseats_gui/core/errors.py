"""Exceptions the engine raises: cancellation and settings that cannot be resolved."""

from __future__ import annotations

from .notices import Notice


class Cancelled(Exception):
    """The caller's ``is_cancelled`` returned True; no partial result is returned."""


class SettingsError(ValueError):
    """Settings that cannot be used (e.g. a regional maslikhat without a list-seat count).

    ``problems`` are Notices whose params name the setting (``{"setting": "list_seats", ...}``), so the
    workbook reader can point at the cell and the window can translate the text.
    """

    def __init__(self, problems: list[Notice]):
        super().__init__("; ".join(p.code for p in problems))
        self.problems = problems
