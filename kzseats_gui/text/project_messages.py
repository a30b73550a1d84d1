"""English templates for what the project file beside a workbook tells the user (lots, scenarios)."""

PROJECT_TEMPLATES: dict[str, str] = {
    "project-lots-applied": (
        "Recorded lots applied from {file} ({lots} record(s)); the workbook is unchanged."
    ),
    "project-lots-stale": (
        "Recorded lots in {file} were NOT applied: the workbook has changed since they were recorded "
        "({lots} record(s)). Check the ties and record the lots again."
    ),
    "project-file-damaged": (
        "{file}: the project file cannot be used ({problem}); recorded lots in it were not applied, and "
        "the file was left as it is."
    ),
    "project-file-unwritable": "{file}: the recorded lots cannot be saved ({problem}).",
    "project-lots-saved": "Recorded lots saved to {file}.",
    # A saved scenario that names what the workbook no longer has (renamed, or another workbook).
    "scenario-party-unknown": (
        "it changes the list votes of {party}, and the workbook has no party list of that name"
    ),
    "scenario-district-unknown": (
        "it changes votes in district {district}, and the workbook has no such district"
    ),
    "scenario-candidate-unknown": (
        "it changes the votes of {candidate} in district {district}, and the workbook has no such "
        "candidate there"
    ),
}
