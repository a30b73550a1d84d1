"""Workbook import, template and results export (openpyxl lives here, never in core)."""
