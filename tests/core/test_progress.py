"""A window runs ``allocate`` in a thread: it reports progress and stops when asked."""

from __future__ import annotations

import pytest
from core_builders import election_2023_with_districts, settings

from kzseats_gui.core.allocator import allocate
from kzseats_gui.core.errors import Cancelled

RULES_2023 = dict(list_seats=69, district_seats=29)


def test_progress_climbs_to_the_total():
    seen: list[tuple[int, int]] = []
    allocate(
        election_2023_with_districts(), settings(**RULES_2023), progress=lambda d, t: seen.append((d, t))
    )
    dones = [done for done, _ in seen]
    assert dones == sorted(dones) and len(seen) > 29
    assert seen[-1][0] == seen[-1][1] > 0


def test_cancelled_before_the_start():
    with pytest.raises(Cancelled):
        allocate(election_2023_with_districts(), settings(**RULES_2023), is_cancelled=lambda: True)


def test_cancelled_while_counting_districts():
    reports: list[int] = []

    def cancel_after_ten_districts() -> bool:
        return len(reports) > 10

    with pytest.raises(Cancelled):
        allocate(
            election_2023_with_districts(),
            settings(**RULES_2023),
            progress=lambda done, total: reports.append(done),
            is_cancelled=cancel_after_ten_districts,
        )
    assert 10 < len(reports) < 29
