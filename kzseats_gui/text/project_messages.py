"""English templates for what the project file beside a workbook tells the user (recorded lots)."""

PROJECT_TEMPLATES: dict[str, str] = {
    "project-lots-applied": (
        "Recorded lots applied from {file} ({lots} record(s)); the workbook is unchanged."
    ),
    "project-lots-stale": (
        "Recorded lots in {file} were NOT applied: the workbook has changed since they were recorded "
        "({lots} record(s)). Check the ties and record the lots again."
    ),
    "project-file-unusable": "{problem}",
    "project-lots-saved": "Recorded lots saved to {file}.",
}
