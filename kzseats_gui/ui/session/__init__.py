"""The open workbook and the background work on it, apart from any widget: ``DocumentSession``."""
