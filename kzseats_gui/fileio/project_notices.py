"""Where the project file's notices go: a fact (lots applied, saved) is a note about the input; lots that
could not be applied are a warning on the result, so nobody takes the open ties for an oversight."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from ..core.model import Election
from ..core.result import AllocationResult, Notice

WARNING_CODES = frozenset({"project-lots-stale", "project-file-damaged", "project-file-unwritable"})


def with_project_notes(election: Election, notices: Sequence[Notice]) -> Election:
    notes = tuple(n for n in notices if n.code not in WARNING_CODES)
    return dataclasses.replace(election, notes=(*notes, *election.notes)) if notes else election


def with_project_warnings(result: AllocationResult, notices: Sequence[Notice]) -> AllocationResult:
    warnings = tuple(n for n in notices if n.code in WARNING_CODES)
    return dataclasses.replace(result, warnings=(*warnings, *result.warnings)) if warnings else result


def with_project_notices(
    election: Election, result: AllocationResult, notices: Sequence[Notice]
) -> tuple[Election, AllocationResult]:
    return with_project_notes(election, notices), with_project_warnings(result, notices)
