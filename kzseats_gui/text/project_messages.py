"""English templates for what the project file beside a workbook tells the user (recorded lots)."""

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
}
