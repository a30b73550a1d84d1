"""Fixtures for the workbook import, template and export tests."""

from __future__ import annotations

import pytest
from fileio_books import official_parties_rows


@pytest.fixture
def official_parties() -> list[list[object]]:
    return official_parties_rows()
