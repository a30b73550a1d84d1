"""Chart fixtures: results built directly from the result dataclasses (see chart_results)."""

from __future__ import annotations

import pytest
from chart_results import MAZHILIS_2023, build

from kzseats_gui.core.model import Election
from kzseats_gui.core.result import AllocationResult


@pytest.fixture
def mazhilis_2023() -> tuple[Election, AllocationResult]:
    return build(MAZHILIS_2023)
